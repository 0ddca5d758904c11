// Package checklist holds Code Safety's checklists as typed data: the
// scenarios, their steps, the sources behind each step and triage. Like
// everything under app/, it imports nothing from Fyne, so it is tested fast
// and without a display.
package checklist

// ScenarioID names one checklist.
type ScenarioID string

// The three checklists. Unrequested and Asked are the two situations a person
// arrives with; Recover is where triage sends them when the account may
// already be lost.
const (
	Unrequested ScenarioID = "unrequested"
	Asked       ScenarioID = "asked"
	Recover     ScenarioID = "recover"
)

// Scenario is one checklist: its steps in the order they are shown (urgent
// steps first) and the triage question asked before it, if any.
type Scenario struct {
	ID       ScenarioID
	Steps    []Step
	Question *Question
}

// Step is one thing a person can do. Its words live in translations under
// the keys returned by TitleKey, SummaryKey, HowKey and WhyKey; the structure
// lives here.
type Step struct {
	ID       string
	Urgent   bool // do it now; shown first and marked
	Optional bool // only in some situations (for example, if money was involved)
	Sources  []SourceID
}

// TitleKey is the message ID of the step's title, an action.
func (s Step) TitleKey() string { return "step." + s.ID + ".title" }

// SummaryKey is the message ID of the step's one-line summary.
func (s Step) SummaryKey() string { return "step." + s.ID + ".summary" }

// HowKey is the message ID of the step's "how to do it" text.
func (s Step) HowKey() string { return "step." + s.ID + ".how" }

// WhyKey is the message ID of the step's "why" text.
func (s Step) WhyKey() string { return "step." + s.ID + ".why" }

// TitleKey is the message ID of the scenario's title.
func (id ScenarioID) TitleKey() string { return "scenario." + string(id) + ".title" }

// SubtitleKey is the message ID of the scenario's one-line subtitle.
func (id ScenarioID) SubtitleKey() string { return "scenario." + string(id) + ".subtitle" }

// The steps. Several appear in more than one checklist with the same words.
var (
	stepNeverShare = Step{ID: "never-share-code", Urgent: true,
		Sources: []SourceID{"W1", "W7", "A3"}}
	stepStayCalm = Step{ID: "you-still-have-control",
		Sources: []SourceID{"W6"}}
	stepExpectRequest = Step{ID: "expect-a-request", Urgent: true,
		Sources: []SourceID{"A1", "A3", "A2"}}
	stepSpotTrick = Step{ID: "spot-the-trick", Urgent: true,
		Sources: []SourceID{"A1", "A3"}}
	stepCallThem = Step{ID: "call-them", Urgent: true,
		Sources: []SourceID{"A2"}}
	stepWarnThem = Step{ID: "warn-them-another-way",
		Sources: []SourceID{"A1", "W3"}}
	stepReportBlock = Step{ID: "report-and-block",
		Sources: []SourceID{"W12"}}
	stepTwoStep = Step{ID: "turn-on-two-step",
		Sources: []SourceID{"W9", "W4"}}
	stepEmail = Step{ID: "add-email",
		Sources: []SourceID{"W10"}}
	stepLinked = Step{ID: "check-linked-devices",
		Sources: []SourceID{"W11"}}
	stepVoicemail = Step{ID: "protect-voicemail",
		Sources: []SourceID{"A4"}}
	stepSIM = Step{ID: "ask-for-sim-pin",
		Sources: []SourceID{"A5"}}
	stepWarnFamily = Step{ID: "warn-family", Optional: true,
		Sources: []SourceID{"A1", "A2"}}
	stepMoney = Step{ID: "money-bank-police", Optional: true,
		Sources: []SourceID{"A6", "A3"}}
	stepSignIn = Step{ID: "sign-in-again", Urgent: true,
		Sources: []SourceID{"W3", "W8", "W5"}}
	stepUnknownPIN = Step{ID: "unknown-pin-wait",
		Sources: []SourceID{"W4"}}
	stepTellContacts = Step{ID: "tell-contacts", Urgent: true,
		Sources: []SourceID{"W2"}}
)

// Triage question and answer IDs.
const (
	QuestionCanUse   = "can-use-whatsapp"
	QuestionSentCode = "sent-code"

	AnswerYes     = "yes"
	AnswerNo      = "no"
	AnswerNotSure = "not-sure"
)

var scenarios = []Scenario{
	{
		ID: Unrequested,
		Steps: []Step{stepNeverShare, stepExpectRequest, stepStayCalm, stepTwoStep, stepEmail,
			stepLinked, stepVoicemail, stepSIM, stepWarnFamily},
		Question: &Question{ID: QuestionCanUse, Answers: []Answer{
			{ID: AnswerYes, Route: []ScenarioID{Unrequested}},
			{ID: AnswerNo, Route: []ScenarioID{Recover, Unrequested}, Urgent: true},
		}},
	},
	{
		ID: Asked,
		Steps: []Step{stepNeverShare, stepSpotTrick, stepCallThem, stepWarnThem, stepReportBlock,
			stepTwoStep, stepEmail, stepLinked, stepVoicemail, stepWarnFamily, stepMoney},
		Question: &Question{ID: QuestionSentCode, Answers: []Answer{
			{ID: AnswerNo, Route: []ScenarioID{Asked}},
			{ID: AnswerYes, Route: []ScenarioID{Recover, Asked}, Urgent: true},
			{ID: AnswerNotSure, Route: []ScenarioID{Recover, Asked}, Urgent: true},
		}},
	},
	{
		ID: Recover,
		Steps: []Step{stepSignIn, stepTellContacts, stepUnknownPIN, stepTwoStep, stepEmail,
			stepLinked, stepSIM, stepVoicemail, stepMoney},
	},
}

// Scenarios returns the three checklists in the order the home screen shows
// them.
func Scenarios() []Scenario { return scenarios }

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
