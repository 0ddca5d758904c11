// Package checklist holds Code Safety's checklists as typed data: the
// entry situations, the questions that pick a path, the paths with their
// steps in three parts, the don'ts, the sources behind each step, the menu
// paths for each phone, the glossary and the 7-day wait. Like everything
// under app/, it imports nothing from Fyne, so it is tested fast and
// without a display.
package checklist

// ScenarioID names one checklist (a path). Four of them are also the
// situations a person picks on the home screen (the entries).
type ScenarioID string

// The checklists. Unrequested, Asked, Recover and FriendTaken are the four
// situations on the home screen (entries) and also paths: Unrequested and
// Asked are the "nothing went out, you're safe" paths of their situations,
// Recover is the logged-out path, FriendTaken helps someone whose account
// was taken (it asks no question: its title says what happened). ActNow,
// GhostPairing and LostPhone are paths the questions lead to.
const (
	Unrequested  ScenarioID = "unrequested"
	Asked        ScenarioID = "asked"
	Recover      ScenarioID = "recover"
	ActNow       ScenarioID = "act-now"
	GhostPairing ScenarioID = "ghost-pairing"
	LostPhone    ScenarioID = "lost-phone"
	FriendTaken  ScenarioID = "friend-taken"
)

// Phase is the part of a checklist a step is in.
type Phase string

// The three parts of a checklist, in the order they are shown.
const (
	PhaseNow   Phase = "now"   // Right now: urgent, at most MaxNow steps
	PhaseNext  Phase = "next"  // Next: lock your account
	PhaseLater Phase = "later" // When you have time: optional extras, folded
)

// MaxNow is the most steps a checklist's Right now part may have.
const MaxNow = 4

// Phases lists the parts in the order they are shown.
func Phases() []Phase { return []Phase{PhaseNow, PhaseNext, PhaseLater} }

// TitleKey is the message ID of the part's heading.
func (p Phase) TitleKey() string { return "phase." + string(p) + ".title" }

// Scenario is one checklist: its steps in the order they are shown (Right
// now first), the don'ts shown in one box above them, and the first
// question asked before it when it is an entry.
type Scenario struct {
	ID       ScenarioID
	Steps    []Step
	Question *Question // the entry's first question; nil for a path only
	Donts    []Dont
	Calm     bool // nothing went out: the intro says the person is safe, and nothing is urgent
	// Messages are the messages to copy that the checklist shows, in order.
	Messages []MessageKind
	// Home is how the situation shows on the home screen; nil: it is a
	// path the questions lead to, not a situation there.
	Home *Home
	// Report: the checklist ends with a way to "Where to report it" and
	// someone to talk to: every path where something went out (a code,
	// a device linked, an account, a friend's account, money).
	Report bool
	// WayOut is the path to take instead if the person finds they are
	// logged out (asked for their phone number again): a checklist for
	// someone whose WhatsApp still works shows a way to it at its top, so
	// that "Not sure" never leaves them with steps they cannot do.
	WayOut ScenarioID
	// Headings are the message IDs of the parts' headings where this
	// checklist's own say better what is under them than Phase.TitleKey
	// ("Right now: check on the person who wrote").
	Headings map[Phase]string
	// Lead, for a situation: the step that comes first in Right now on
	// every other checklist its answers lead to (moved there when the
	// checklist has it, added otherwise). Where someone you know asked for
	// your code, checking on them leads, whatever else is urgent.
	Lead *Step
}

// ScenarioFrom is checklist id as shown when reached from the situation
// from ("" when opened directly): with from's Lead, if any, first in
// Right now.
func ScenarioFrom(id, from ScenarioID) (Scenario, bool) {
	sc, ok := ScenarioByID(id)
	entry, _ := ScenarioByID(from)
	if !ok || entry.Lead == nil || id == from {
		return sc, ok
	}
	lead := *entry.Lead
	steps := []Step{lead.in(PhaseNow)}
	for _, st := range sc.Steps {
		if st.ID != lead.ID {
			steps = append(steps, st)
		}
	}
	sc.Steps = steps
	return sc, true
}

// HeadingKey is the message ID of the heading of part p.
func (s Scenario) HeadingKey(p Phase) string {
	if k, ok := s.Headings[p]; ok {
		return k
	}
	return p.TitleKey()
}

// ToDo are the steps the person should do: Right now and Next. What is
// "When you have time" is extra: it is never counted as left to do.
func (s Scenario) ToDo() []Step {
	var out []Step
	for _, st := range s.Steps {
		if st.Phase != PhaseLater {
			out = append(out, st)
		}
	}
	return out
}

// Standing is where a person stands on a checklist, said at its top and
// on its home tile.
type Standing string

// The standings.
const (
	// StandingSafe: nothing went out (a calm path); steps are left that
	// make the account stronger or help someone else.
	StandingSafe Standing = "safe"
	// StandingActNow: a Right now step is not done.
	StandingActNow Standing = "act-now"
	// StandingDoneForNow: every Right now step is done; Next is not.
	StandingDoneForNow Standing = "done-for-now"
	// StandingAllDone: every step to do (Right now and Next) is done.
	StandingAllDone Standing = "all-done"
)

// Standings lists every standing.
func Standings() []Standing {
	return []Standing{StandingSafe, StandingActNow, StandingDoneForNow, StandingAllDone}
}

// TitleKey is the message ID of the standing's banner title ("You're safe").
func (st Standing) TitleKey() string { return "standing." + string(st) + ".title" }

// TextKey is the message ID of the banner's line under the title; a safe
// checklist says instead why the person is safe (its IntroKey).
func (st Standing) TextKey() string { return "standing." + string(st) + ".text" }

// HomeKey is the message ID of the standing in a word or two on home's
// tile ("Safe", "1 thing to do now", "Done"); act-now's takes a Count.
func (st Standing) HomeKey() string { return "standing." + string(st) + ".home" }

// StandingOf is where the person stands on the checklist, from which steps
// are done.
func (s Scenario) StandingOf(done func(stepID string) bool) Standing {
	left := 0
	for _, st := range s.ToDo() {
		if !done(st.ID) {
			left++
		}
	}
	switch {
	case left == 0:
		return StandingAllDone
	case s.Calm:
		return StandingSafe
	case s.LeftNow(done) > 0:
		return StandingActNow
	}
	return StandingDoneForNow
}

// LeftNow counts the Right now steps not done.
func (s Scenario) LeftNow(done func(stepID string) bool) int {
	n := 0
	for _, st := range s.StepsIn(PhaseNow) {
		if !done(st.ID) {
			n++
		}
	}
	return n
}

// Home is a situation's tile on the home screen.
type Home struct {
	Tone Tone
	Icon Icon
}

// Tone is how strongly a tile speaks.
type Tone string

// The tones of home's tiles. Neither is the warning's red, which only the
// "never share the code" banner uses.
const (
	ToneCalm   Tone = "calm"   // the situations people arrive with: the primary colour
	ToneUrgent Tone = "urgent" // something may already have gone wrong: the urgent colour
)

// Icon names the picture on a tile; the screens draw it.
type Icon string

// The icons of home's tiles.
const (
	IconMessage Icon = "message" // a message with a hidden code: a code came
	IconPerson  Icon = "person"  // someone asking
	IconSignIn  Icon = "sign-in" // getting back in
	IconSend    Icon = "send"    // sending a friend the way back
)

// Step is one thing a person can do. Its words live in translations under
// the keys returned by TitleKey, SummaryKey, HowKey and WhyKey; the structure
// lives here. The same step (same ID, same words, sources, terms and menu)
// may be in several checklists, in a different part of each.
type Step struct {
	ID       string
	Phase    Phase
	Urgent   bool // Phase == PhaseNow (kept for the screens that read it)
	Optional bool // only in some situations (for example, if money was involved)
	Sources  []SourceID
	Terms    []TermID // the glossary words its English text uses
	Menu     MenuID   // the menu path its how-text names as {{.Menu}}, or ""
	// RecordsDate: the step has a button that records today, to count the
	// 7-day wait (TryAgainOn, DaysLeft).
	RecordsDate bool
	// Report: a way to "Where to report it" follows the step (money sent).
	Report bool
	// Trouble is the message ID of "It didn't work?": what to do when
	// the step goes wrong in a way its sources describe ("": none).
	Trouble string
}

// TitleKey is the message ID of the step's title, an action.
func (s Step) TitleKey() string { return "step." + s.ID + ".title" }

// SummaryKey is the message ID of the step's one-line summary.
func (s Step) SummaryKey() string { return "step." + s.ID + ".summary" }

// HowKey is the message ID of the step's "how to do it" text. When the
// step has a Menu, the text has a {{.Menu}} placeholder: use How.
func (s Step) HowKey() string { return "step." + s.ID + ".how" }

// WhyKey is the message ID of the step's "why" text.
func (s Step) WhyKey() string { return "step." + s.ID + ".why" }

// in returns the step placed in a part of a checklist.
func (s Step) in(p Phase) Step {
	s.Phase, s.Urgent = p, p == PhaseNow
	return s
}

// TitleKey is the message ID of the scenario's title.
func (id ScenarioID) TitleKey() string { return "scenario." + string(id) + ".title" }

// SubtitleKey is the message ID of the scenario's one-line subtitle.
func (id ScenarioID) SubtitleKey() string { return "scenario." + string(id) + ".subtitle" }

// IntroKey is the message ID of the line at the top of the checklist: for a
// calm path it tells the person they are safe and why.
func (id ScenarioID) IntroKey() string { return "path." + string(id) + ".intro" }

// Dont is one thing not to do, shown in the checklist's "Don't" box (never
// a step to tick). Rule says which half of the two-part rule it states, if
// either.
type Dont struct {
	ID      string
	Sources []SourceID
	Rule    Rule
}

// TextKey is the message ID of the don't.
func (d Dont) TextKey() string { return "dont." + d.ID }

// Rule is one half of the rule the app teaches (SOURCES.md, "Two kinds of
// code"): the two codes are dangerous in opposite directions.
type Rule string

// The two halves.
const (
	// RuleGiveOut: never give out a code WhatsApp sends you (the 6-digit
	// registration code): not by message, not read out, not into a page.
	RuleGiveOut Rule = "give-out"
	// RuleIntoWhatsApp: never type into your WhatsApp a code that a page,
	// a message or a caller gives you (a pairing code), never confirm a
	// request to link a device you did not start, never scan a QR code
	// someone sends or shows you.
	RuleIntoWhatsApp Rule = "into-whatsapp"
)

// Rules lists both halves.
func Rules() []Rule { return []Rule{RuleGiveOut, RuleIntoWhatsApp} }

// The don'ts.
var (
	dontShare = Dont{ID: "share-code", Rule: RuleGiveOut, Sources: []SourceID{"W1", "W7", "A3"}}
	dontLinks = Dont{ID: "tap-links", Sources: []SourceID{"A7", "A8"}}
	// The pairing code goes the other way round: shown by a page, typed
	// into WhatsApp (A7, W11).
	dontIntoWhatsApp = Dont{ID: "type-code-into-whatsapp", Rule: RuleIntoWhatsApp, Sources: []SourceID{"A7", "W11"}}
	dontLinkRequest  = Dont{ID: "confirm-link-request", Rule: RuleIntoWhatsApp, Sources: []SourceID{"A7", "W17"}}
	dontQR           = Dont{ID: "scan-qr-code", Rule: RuleIntoWhatsApp, Sources: []SourceID{"A7", "W11"}}
	dontScreen       = Dont{ID: "share-screen", Sources: []SourceID{"A11", "W17"}}
	dontPay          = Dont{ID: "pay", Sources: []SourceID{"A9", "W15"}}
	// The first minute: no reply is owed ("STOP before you respond", W15);
	// the SMS itself is harmless unless given out, as forwarding does.
	dontReply      = Dont{ID: "no-reply", Sources: []SourceID{"W15"}}
	dontForwardSMS = Dont{ID: "forward-sms", Rule: RuleGiveOut, Sources: []SourceID{"W1", "W7"}}
)

// TroubleSignIn is "It didn't work?" of signing in again: no code by SMS
// (W16), a wait before a new code (A11), a PIN not known (W4).
const TroubleSignIn = "trouble.sign-in"

// The steps. Several appear in more than one checklist with the same words.
var (
	stepCallThem = Step{ID: "call-them",
		Sources: []SourceID{"W15", "A9"}}
	stepWarnThem = Step{ID: "warn-them-another-way",
		Sources: []SourceID{"A1", "W3", "W16"}, Terms: []TermID{TermRegistrationCode}}
	stepReportBlock = Step{ID: "report-and-block", Menu: MenuBlockReport,
		Sources: []SourceID{"W12"}}
	stepTwoStep = Step{ID: "turn-on-two-step", Menu: MenuTwoStep,
		Sources: []SourceID{"W9", "W7", "A7"}, Terms: []TermID{TermTwoStep, TermRegistrationCode, TermRegistering, TermLinkedDevice}}
	stepEmail = Step{ID: "add-email", Menu: MenuEmail,
		Sources: []SourceID{"W16", "W10"}, Terms: []TermID{TermAccountEmail, TermTwoStep, TermRegistrationCode}}
	// After a taken account is back: the email and any passkey are yours (W16).
	stepCheckEmail = Step{ID: "check-email-and-passkey", Menu: MenuEmail,
		Sources: []SourceID{"W16", "W13"}, Terms: []TermID{TermAccountEmail, TermPasskey, TermPrivacyCheckup}}
	stepLinked = Step{ID: "check-linked-devices", Menu: MenuLinkedDevices,
		Sources: []SourceID{"W11", "A7"}, Terms: []TermID{TermLinkedDevice, TermQRCode, TermPairingCode}}
	stepNotifications = Step{ID: "keep-notifications-on",
		Sources: []SourceID{"W11"}, Terms: []TermID{TermLinkedDevice}}
	stepVoicemail = Step{ID: "protect-voicemail",
		Sources: []SourceID{"A4"}, Terms: []TermID{TermVoicemailPIN, TermMobileCompany, TermTwoStep}}
	// A SIM PIN protects a lost or stolen SIM only; a SIM swap happens at
	// the operator, where the account PIN is the defence (A5a, A5b).
	stepSIMPIN = Step{ID: "set-sim-pin",
		Sources: []SourceID{"A5a"}, Terms: []TermID{TermSIMPIN, TermSIMSwap, TermMobileCompany, TermAccountPIN}}
	stepOperatorPIN = Step{ID: "ask-for-sim-pin", // kept ID: asking the operator, as before
		Sources: []SourceID{"A5b", "A5a"}, Terms: []TermID{TermAccountPIN, TermMobileCompany, TermSIMSwap, TermSIMPIN}}
	stepPrivacyCheckup = Step{ID: "privacy-checkup", Menu: MenuPrivacyCheckup,
		Sources: []SourceID{"W13"}, Terms: []TermID{TermPrivacyCheckup, TermPasskey, TermAccountEmail, TermTwoStep}}
	stepWarnFamily = Step{ID: "warn-family", Optional: true,
		Sources: []SourceID{"A1", "W15"}}
	stepMoney = Step{ID: "money-bank-police", Optional: true, Report: true,
		Sources: []SourceID{"A6", "A3"}}
	// The code may come by SMS, call or email (W16); WhatsApp may make you
	// wait before it sends a new one (A11).
	stepSignIn = Step{ID: "sign-in-again", Trouble: TroubleSignIn,
		Sources: []SourceID{"W3", "W8", "W5", "W16", "A11", "W4"}, Terms: []TermID{TermRegistrationCode, TermLinkedDevice, TermRegistering, TermAccountEmail}}
	stepUnknownPIN = Step{ID: "unknown-pin-wait", RecordsDate: true,
		Sources: []SourceID{"W4"}, Terms: []TermID{TermTwoStep}}
	stepTellContacts = Step{ID: "tell-contacts",
		Sources: []SourceID{"W2", "A7"}}
	stepPolice = Step{ID: "report-to-police", Optional: true,
		Sources: []SourceID{"A10", "A7"}}
	stepLockSIM = Step{ID: "lock-sim",
		Sources: []SourceID{"W14"}, Terms: []TermID{TermMobileCompany}}
	stepNewSIM = Step{ID: "sign-in-with-new-sim", Trouble: TroubleSignIn,
		Sources: []SourceID{"W14", "W3", "W16", "A11", "W4"}, Terms: []TermID{TermRegistrationCode, TermMobileCompany}}
	// A friend's account was taken (FriendTaken).
	stepSendRecovery = Step{ID: "send-recovery-message",
		Sources: []SourceID{"W4", "W3", "W16"}, Terms: []TermID{TermRegistrationCode}}
	stepWarnMutual = Step{ID: "warn-people-you-both-know",
		Sources: []SourceID{"W2", "A1"}}
	stepFriendTellsContacts = Step{ID: "friend-tells-contacts",
		Sources: []SourceID{"W2"}}
)

// Question and answer IDs, as saved in a checklist's answers.
const (
	QuestionCanUse   = "can-use-whatsapp" // Does WhatsApp still open your chats on your phone?
	QuestionSentCode = "sent-code"        // What did you do with the code?

	AnswerYes     = "yes"
	AnswerNo      = "no"
	AnswerNotSure = "not-sure"
	// AnswerWebsite (sent-code): I tapped a link, then gave my number on a
	// page, typed a code from it into WhatsApp, confirmed a link request or
	// scanned a QR code (A7, A8). Saved as before.
	AnswerWebsite   = "website-or-qr"
	AnswerLostPhone = "lost-phone" // can-use-whatsapp, in Recover: my phone was lost or stolen
)

var (
	// questionSentCode is asked when someone asked for the code.
	questionSentCode = &Question{ID: QuestionSentCode, Answers: []Answer{
		{ID: AnswerNo, Route: []ScenarioID{Asked}},
		{ID: AnswerYes, Route: []ScenarioID{ActNow, Recover}, Urgent: true, Then: questionCanUse},
		{ID: AnswerWebsite, Route: []ScenarioID{GhostPairing, Recover}, Urgent: true, Then: questionCanUseGhost},
		{ID: AnswerNotSure, Route: []ScenarioID{ActNow, Recover}, Urgent: true, Then: questionCanUse},
	}}
	// questionCanUse is asked whenever a code may have gone out.
	questionCanUse = &Question{ID: QuestionCanUse, Answers: []Answer{
		{ID: AnswerYes, Route: []ScenarioID{ActNow}, Urgent: true},
		{ID: AnswerNo, Route: []ScenarioID{Recover}, Urgent: true},
		{ID: AnswerNotSure, Route: []ScenarioID{ActNow, Recover}, Urgent: true},
	}}
	// questionCanUseGhost follows "I tapped a link, then typed a code into
	// WhatsApp…": a linked device leaves WhatsApp working (A7); a 6-digit
	// code given to a page after the number (A8) logs the person out.
	questionCanUseGhost = &Question{ID: QuestionCanUse, Answers: []Answer{
		{ID: AnswerYes, Route: []ScenarioID{GhostPairing}, Urgent: true},
		{ID: AnswerNo, Route: []ScenarioID{Recover, GhostPairing}, Urgent: true},
		{ID: AnswerNotSure, Route: []ScenarioID{GhostPairing, Recover}, Urgent: true},
	}}
	// questionUnrequested: a code came unasked. If WhatsApp still works,
	// nothing went out; if it is logged out, the code was taken some other
	// way (voicemail, SIM swap).
	questionUnrequested = &Question{ID: QuestionCanUse, Answers: []Answer{
		{ID: AnswerYes, Route: []ScenarioID{Unrequested}},
		{ID: AnswerNo, Route: []ScenarioID{Recover, Unrequested}, Urgent: true},
		{ID: AnswerNotSure, Route: []ScenarioID{ActNow, Recover}, Urgent: true},
	}}
	// questionRecover: "I shared my code, or I'm locked out".
	questionRecover = &Question{ID: QuestionCanUse, Answers: []Answer{
		{ID: AnswerYes, Route: []ScenarioID{ActNow}, Urgent: true},
		{ID: AnswerNo, Route: []ScenarioID{Recover}, Urgent: true},
		{ID: AnswerLostPhone, Route: []ScenarioID{LostPhone}, Urgent: true},
		{ID: AnswerNotSure, Route: []ScenarioID{ActNow, Recover}, Urgent: true},
	}}
)

// steps builds a checklist's steps: Right now, Next and When you have time.
func steps(now, next, later []Step) []Step {
	var out []Step
	for _, part := range []struct {
		p     Phase
		steps []Step
	}{{PhaseNow, now}, {PhaseNext, next}, {PhaseLater, later}} {
		for _, s := range part.steps {
			out = append(out, s.in(part.p))
		}
	}
	return out
}

// nextPlain heads a Next part that holds more than locking the account
// (reporting, warning others): "Next", which says nothing untrue of it.
const nextPlain = "phase.next.plain"

var scenarios = []Scenario{
	{
		ID: Unrequested, Calm: true, Question: questionUnrequested,
		Home:     &Home{Tone: ToneCalm, Icon: IconMessage},
		Messages: []MessageKind{MessageWarnFamily, MessageAskForHelp},
		Donts:    []Dont{dontShare, dontForwardSMS, dontIntoWhatsApp, dontScreen},
		Steps: steps(nil,
			[]Step{stepTwoStep, stepEmail, stepLinked},
			[]Step{stepNotifications, stepVoicemail, stepSIMPIN, stepOperatorPIN, stepPrivacyCheckup, stepWarnFamily}),
	},
	{
		// Nothing went out, but the person who wrote (family or a friend)
		// has probably lost their account: Right now is checking on them
		// and sending them the way back (W15, W3, W4), then reporting the
		// message (W12); protecting one's own account comes next. Where
		// the code went out, the paths it leads to start with warning
		// them another way (Lead).
		ID: Asked, Calm: true, Question: questionSentCode, Lead: &stepWarnThem,
		Home:     &Home{Tone: ToneCalm, Icon: IconPerson},
		Messages: []MessageKind{MessageReply, MessageFriendTaken, MessageWarnFamily, MessageAskForHelp},
		Donts:    []Dont{dontReply, dontShare, dontForwardSMS, dontLinks, dontIntoWhatsApp, dontScreen, dontPay},
		Headings: map[Phase]string{PhaseNow: "phase.now.check_on_them", PhaseNext: "phase.next.protect_yours"},
		Steps: steps(
			[]Step{stepCallThem, stepSendRecovery, stepReportBlock},
			[]Step{stepTwoStep, stepEmail},
			[]Step{stepLinked, stepNotifications, stepVoicemail, stepSIMPIN, stepOperatorPIN, stepPrivacyCheckup,
				stepWarnFamily, stepMoney}),
	},
	{
		ID: Recover, Question: questionRecover, Report: true,
		Home:     &Home{Tone: ToneUrgent, Icon: IconSignIn},
		Messages: []MessageKind{MessageAccountTaken, MessageAskForHelp},
		Donts:    []Dont{dontShare, dontPay},
		Steps: steps(
			[]Step{stepSignIn, stepUnknownPIN, stepTellContacts},
			[]Step{stepTwoStep, stepCheckEmail, stepLinked},
			[]Step{stepNotifications, stepVoicemail, stepSIMPIN, stepOperatorPIN, stepPrivacyCheckup, stepMoney, stepPolice}),
	},
	{
		ID: FriendTaken, Report: true,
		Home:     &Home{Tone: ToneUrgent, Icon: IconSend},
		Headings: map[Phase]string{PhaseNext: nextPlain},
		Messages: []MessageKind{MessageReply, MessageFriendTaken, MessageWarnFamily, MessageAskForHelp},
		Donts:    []Dont{dontReply, dontShare, dontPay, dontLinks, dontIntoWhatsApp},
		Steps: steps(
			[]Step{stepCallThem, stepSendRecovery, stepWarnMutual},
			[]Step{stepReportBlock, stepFriendTellsContacts},
			[]Step{stepTwoStep, stepMoney}),
	},
	{
		// The code went out: an account being taken, where money may
		// be asked for next; it ends with where to report it and a
		// person to talk to, as every path after a takeover does.
		ID:       ActNow,
		WayOut:   Recover,
		Report:   true,
		Messages: []MessageKind{MessageWarnFamily, MessageAskForHelp},
		Headings: map[Phase]string{PhaseNext: nextPlain},
		Donts:    []Dont{dontShare, dontIntoWhatsApp, dontPay},
		Steps: steps(
			[]Step{stepTwoStep, stepLinked},
			[]Step{stepEmail, stepNotifications, stepWarnThem, stepReportBlock},
			[]Step{stepVoicemail, stepSIMPIN, stepOperatorPIN, stepPrivacyCheckup, stepMoney}),
	},
	{
		// A linked device: log it out and warn contacts now; two-step
		// verification protects the account but does not remove a linked
		// device (the intro says so), so it comes next, not first.
		ID: GhostPairing, Report: true, WayOut: Recover,
		Messages: []MessageKind{MessageAccountTaken, MessageWarnFamily, MessageAskForHelp},
		Headings: map[Phase]string{PhaseNext: nextPlain},
		Donts:    []Dont{dontIntoWhatsApp, dontLinkRequest, dontQR, dontLinks, dontShare},
		Steps: steps(
			[]Step{stepLinked, stepTellContacts},
			[]Step{stepTwoStep, stepNotifications, stepEmail, stepReportBlock, stepPolice},
			[]Step{stepPrivacyCheckup, stepVoicemail, stepSIMPIN, stepOperatorPIN, stepMoney}),
	},
	{
		ID: LostPhone, Report: true,
		Messages: []MessageKind{MessageAccountTaken, MessageAskForHelp},
		Donts:    []Dont{dontShare, dontPay},
		Steps: steps(
			[]Step{stepLockSIM, stepNewSIM, stepTellContacts},
			[]Step{stepTwoStep, stepEmail, stepLinked},
			[]Step{stepNotifications, stepSIMPIN, stepOperatorPIN, stepPrivacyCheckup, stepMoney}),
	},
}

// Scenarios returns every checklist: the entries, then the other paths.
func Scenarios() []Scenario { return scenarios }

// Entries lists the situations on the home screen (the checklists with a
// Home), in order.
func Entries() []ScenarioID {
	var out []ScenarioID
	for _, s := range scenarios {
		if s.Home != nil {
			out = append(out, s.ID)
		}
	}
	return out
}

// ScenarioByID returns the checklist with that ID.
func ScenarioByID(id ScenarioID) (Scenario, bool) {
	for _, s := range scenarios {
		if s.ID == id {
			return s, true
		}
	}
	return Scenario{}, false
}

// ScenarioIDs lists the valid scenario IDs, for error messages.
func ScenarioIDs() []string {
	ids := make([]string, len(scenarios))
	for i, s := range scenarios {
		ids[i] = string(s.ID)
	}
	return ids
}

// StepsIn returns the checklist's steps in one part, in order.
func (s Scenario) StepsIn(p Phase) []Step {
	var out []Step
	for _, st := range s.Steps {
		if st.Phase == p {
			out = append(out, st)
		}
	}
	return out
}

// Messages the checklist screen shows around the steps.
const (
	DontsKey     = "checklist.donts"         // heading of the don'ts box
	WayOutKey    = "checklist.way_out"       // the way to the WayOut path: "If WhatsApp asks for your phone number again…"
	TroubleKey   = "step.trouble"            // "It didn't work?"
	OutOfDateKey = "home.may_be_out_of_date" // one calm line on home when MayBeOutOfDate
)
