package screens

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"codesafety/app/checklist"
	"codesafety/app/progress"
	"codesafety/screens/widgets"
)

// Every way of answering every situation's questions, one screen at a
// time, ends on the checklist the domain plans, with its title, its Right
// now steps, and each answer given with a way to change it.
func TestEveryAnswerLeadsToItsChecklist(t *testing.T) {
	for _, entry := range checklist.Entries() {
		for _, answers := range checklist.Combinations(entry) {
			h := start(t, "en")
			h.reach(t, entry, answers, checklist.PhoneAndroid)
			_, plan := checklist.Next(entry, answers)
			k, id := h.open()
			if k != checklistRoute || id != plan.First() {
				t.Errorf("%s %v: shows %v %s, want the checklist %s", entry, answers, k, id, plan.First())
				continue
			}
			sc, _ := checklist.ScenarioByID(id)
			find(t, h, roleText, h.t("en", id.TitleKey()))
			// Not sure whether WhatsApp still works: the way out of steps
			// that need it comes first, in place of the intro; elsewhere
			// the intro, and the way out (if any) after Right now.
			notSure := answers[checklist.QuestionCanUse] == checklist.AnswerNotSure
			if sc.WayOut != "" {
				find(t, h, roleButton, h.t("en", checklist.WayOutKey)+". "+h.t("en", sc.WayOut.TitleKey()))
			}
			if sc.WayOut != "" && notSure == sees(h, h.t("en", id.IntroKey())) {
				t.Errorf("%s %v: intro shown %v, not sure %v", entry, answers, !notSure, notSure)
			}
			if sc.WayOut == "" || !notSure {
				find(t, h, roleText, h.t("en", id.IntroKey()))
			}
			for _, st := range sc.StepsIn(checklist.PhaseNow) {
				if lookFor(h, roleButton, h.stepLabel(st.ID, false)) == nil {
					t.Errorf("%s %v: the Right now step %s is not shown", entry, answers, st.ID)
				}
			}
			for _, q := range checklist.AskedQuestions(entry, answers) {
				yours := h.tr("en", "checklist.your_answer", map[string]any{
					"Answer": h.t("en", q.TextKey()) + " " + h.t("en", q.AnswerKey(answers[q.ID]))})
				if !sees(h, yours) || lookFor(h, roleButton, h.t("en", "checklist.change_answer")+": "+h.t("en", q.TextKey())) == nil {
					t.Errorf("%s %v: the answer to %s is not shown with Change answer", entry, answers, q.ID)
				}
			}
			var got map[string]string // an entry with no question saves none
			if c := h.saved(t).Checklists[string(entry)]; c != nil {
				got = c.Answers
			}
			if len(got) != len(answers) {
				t.Errorf("%s: saved answers %v, gave %v", entry, got, answers)
			}
		}
	}
}

// Changing the second answer asks it again and keeps the first.
func TestChangingALaterAnswerKeepsTheFirst(t *testing.T) {
	h := start(t, "en")
	answers := map[string]string{checklist.QuestionSentCode: checklist.AnswerYes, checklist.QuestionCanUse: checklist.AnswerYes}
	h.reach(t, checklist.Asked, answers, checklist.PhoneAndroid)
	tap(t, h, h.t("en", "checklist.change_answer")+": "+h.t("en", "question."+checklist.QuestionCanUse+".text"))
	tap(t, h, h.t("en", "question."+checklist.QuestionCanUse+".answer."+checklist.AnswerNo))
	answers[checklist.QuestionCanUse] = checklist.AnswerNo
	_, plan := checklist.Next(checklist.Asked, answers)
	if k, id := h.open(); k != checklistRoute || id != plan.First() {
		t.Fatalf("after the change: %v %s, want %s", k, id, plan.First())
	}
	if got := h.saved(t).Checklists["asked"].Answers; got[checklist.QuestionSentCode] != checklist.AnswerYes {
		t.Errorf("the first answer was lost: %v", got)
	}
}

// The phone is asked once, in the first how that names a menu path; it is
// saved, and can be changed in Settings.
func TestThePhoneIsAskedOnceAndSaved(t *testing.T) {
	h := start(t, "en")
	entry, answers := pathTo(t, checklist.Unrequested)
	tap(t, h, h.t("en", entry.TitleKey()))
	h.through(t, entry, answers, checklist.PhoneIPhone)
	if got := h.saved(t).Phone; got != checklist.PhoneIPhone {
		t.Fatalf("saved phone = %q", got)
	}
	tap(t, h, h.t("en", "a11y.back"))
	for _, id := range []checklist.ScenarioID{checklist.Recover, checklist.GhostPairing} {
		entry, answers := pathTo(t, id)
		tap(t, h, h.t("en", entry.TitleKey()))
		for range 3 {
			if k, _ := h.open(); k != triageRoute {
				break
			}
			q, _ := checklist.Next(entry, h.store.Checklist(entry).Answers)
			tap(t, h, h.t("en", q.AnswerKey(answers[q.ID])))
		}
		h.home()
	}
	// Settings shows it and changes it; a checklist then shows the other
	// phone's menus.
	tap(t, h, h.t("en", "a11y.settings"))
	find(t, h, roleButton, h.option("en", "settings.phone", h.t("en", checklist.PhoneQuestion.AnswerKey(checklist.PhoneIPhone)), true))
	h.choose(t, "en", "settings.phone", h.t("en", checklist.PhoneQuestion.AnswerKey(checklist.PhoneAndroid)))
	if got := h.saved(t).Phone; got != checklist.PhoneAndroid {
		t.Fatalf("Settings saved phone = %q", got)
	}
	tap(t, h, h.t("en", "a11y.back"))
	h.scenario(t, entry)
	st := stepOf(t, checklist.Unrequested, "turn-on-two-step")
	h.openHow(t, st.ID)
	if !sees(h, h.how("en", st, checklist.PhoneAndroid)) {
		t.Error("the checklist does not show the phone chosen in Settings")
	}
}

// Each phone gets its own menu path; not sure gets both, each labelled.
func TestMenuPathsForThePhone(t *testing.T) {
	for _, phone := range checklist.Phones() {
		h := start(t, "en")
		h.openPath(t, checklist.GhostPairing, phone)
		sc, _ := checklist.ScenarioByID(checklist.GhostPairing)
		h.openLater(t)
		for _, st := range sc.Steps {
			if st.Menu == "" {
				continue
			}
			h.openHow(t, st.ID)
			how := h.how("en", st, phone)
			android, iphone := h.t("en", st.Menu.AndroidKey()), h.t("en", st.Menu.IPhoneKey())
			if !sees(h, how) {
				t.Errorf("%s/%s: the how-text for the phone is not shown", phone, st.ID)
			}
			hasA, hasI := strings.Contains(how, android), strings.Contains(how, iphone)
			want := map[string][2]bool{checklist.PhoneAndroid: {true, false}, checklist.PhoneIPhone: {false, true},
				checklist.PhoneNotSure: {true, true}}[phone]
			// (An Android path may end like the iPhone one: compare the whole text.)
			if phone == checklist.PhoneAndroid && how != h.tr("en", st.HowKey(), map[string]any{"Menu": android}) ||
				phone == checklist.PhoneIPhone && how != h.tr("en", st.HowKey(), map[string]any{"Menu": iphone}) ||
				phone == checklist.PhoneNotSure && !(hasA && hasI) || (want[0] && !hasA) || (want[1] && !hasI) {
				t.Errorf("%s/%s: how = %q", phone, st.ID, how)
			}
		}
	}
}

// The don'ts are a box of words, nothing to tick: at the top of a calm
// path, and on an urgent one right after the steps to do right now (which
// start on the first screen, their how open), before the next ones.
func TestTheDontsAreABoxNotSteps(t *testing.T) {
	for _, id := range []checklist.ScenarioID{checklist.GhostPairing, checklist.Unrequested} {
		h := start(t, "en")
		h.openPath(t, id, checklist.PhoneAndroid)
		sc, _ := checklist.ScenarioByID(id)
		heading := find(t, h, roleText, h.t("en", checklist.DontsKey))
		abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
		after := float32(0) // the box is below this
		if now := sc.StepsIn(checklist.PhaseNow); len(now) > 0 {
			after = abs(h.stepCard(t, now[len(now)-1].ID)).Y
		}
		before := abs(h.stepCard(t, sc.StepsIn(checklist.PhaseNext)[0].ID)).Y // and above this
		if y := abs(heading).Y; y < after || y > before {
			t.Errorf("%s: the don'ts box is at y=%.0f, not between %.0f and %.0f", id, y, after, before)
		}
		for _, d := range sc.Donts {
			words := h.t("en", d.TextKey())
			o := find(t, h, roleText, words)
			if abs(o).Y < abs(heading).Y || abs(o).Y > before {
				t.Errorf("%s: %s is not in the box", id, d.ID)
			}
			for _, o := range shown(h) {
				if label(o) != words && strings.Contains(label(o), words) || o.(fyne.Accessible).AccessibilityRole() == roleButton && label(o) == words {
					t.Errorf("%s can be tapped or ticked: %q", d.ID, label(o))
				}
			}
		}
	}
}

// "When you have time" is folded until opened, and stays open after a
// refresh and a visit elsewhere.
func TestWhenYouHaveTimeIsFolded(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
	sc, _ := checklist.ScenarioByID(checklist.Recover)
	later := sc.StepsIn(checklist.PhaseLater)
	if len(later) == 0 {
		t.Fatal("no steps for later")
	}
	for _, p := range []checklist.Phase{checklist.PhaseNow, checklist.PhaseNext, checklist.PhaseLater} {
		if lookFor(h, roleText, h.t("en", p.TitleKey())) == nil && lookFor(h, roleButton, h.tr("en", "a11y.more", map[string]any{"Title": h.t("en", p.TitleKey())})) == nil {
			t.Errorf("the part %s has no heading", p)
		}
	}
	if h.ticked(later[0].ID) || lookFor(h, roleButton, h.stepLabel(later[0].ID, false)) != nil {
		t.Fatal("a step for later is shown before it is opened")
	}
	h.openLater(t)
	if lookFor(h, roleButton, h.stepLabel(later[0].ID, false)) == nil {
		t.Fatal("opening did not show the steps for later")
	}
	h.tick(t, sc.Steps[0].ID) // a refresh
	h.tick(t, later[0].ID)
	h.settle()
	tap(t, h, h.t("en", "a11y.settings"))
	tap(t, h, h.t("en", "a11y.back"))
	h.store.SetTextSize(progress.TextLarge) // built again
	h.store.SetTextSize(progress.TextNormal)
	if !h.ticked(later[0].ID) {
		t.Error("the steps for later were folded again")
	}
}

// When every Right now step is done, the person is told, calmly, at the
// top, that they are safe for now; once Next is done too, that they can
// close the app. A calm path says "You're safe" at the top from the start.
func TestSafeForNowAfterTheLastRightNowTick(t *testing.T) {
	for _, tag := range []string{"en", "hi", "ar"} {
		h := start(t, tag)
		h.openPath(t, checklist.ActNow, checklist.PhoneAndroid)
		sc, _ := checklist.ScenarioByID(checklist.ActNow)
		now := sc.StepsIn(checklist.PhaseNow)
		safe := h.t(tag, checklist.StandingDoneForNow.TitleKey())
		for i, st := range now {
			if sees(h, safe) {
				t.Fatalf("%s: safe for now shown after %d of %d", tag, i, len(now))
			}
			h.tickIn(t, tag, st.ID)
		}
		find(t, h, roleText, safe)
		find(t, h, roleText, h.t(tag, checklist.StandingDoneForNow.TextKey()))
		h.tickIn(t, tag, now[0].ID)
		if sees(h, safe) {
			t.Errorf("%s: safe for now still shown after unticking", tag)
		}
		h.tickIn(t, tag, now[0].ID)
		for _, st := range sc.StepsIn(checklist.PhaseNext) {
			h.tickIn(t, tag, st.ID)
		}
		find(t, h, roleText, h.t(tag, checklist.StandingAllDone.TitleKey()))
		if sees(h, safe) {
			t.Errorf("%s: all done, and still safe for now", tag)
		}

		h = start(t, tag)
		h.reach(t, checklist.Asked, map[string]string{checklist.QuestionSentCode: checklist.AnswerNo}, checklist.PhoneAndroid)
		find(t, h, roleText, h.t(tag, checklist.StandingSafe.TitleKey()))
		find(t, h, roleText, h.t(tag, checklist.Asked.IntroKey()))
	}
}

// A word a person may not know opens its plain explanation, and closes it.
func TestAWordOpensItsExplanation(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.GhostPairing, checklist.PhoneAndroid)
	st := stepOf(t, checklist.GhostPairing, "check-linked-devices")
	h.openHow(t, st.ID)
	for _, term := range st.Terms {
		explain := h.t("en", term.ExplainKey())
		word := h.tr("en", "a11y.term", map[string]any{"Term": h.t("en", term.NameKey())})
		if sees(h, explain) {
			t.Fatalf("%s explained before it was tapped", term)
		}
		b := find(t, h, roleButton, word).(*widgets.Button)
		if !sees(h, h.t("en", term.NameKey())) {
			t.Errorf("the word %q is not shown", h.t("en", term.NameKey()))
		}
		test.Tap(b)
		if !sees(h, explain) {
			t.Errorf("%s: tapping did not explain it", term)
		}
		test.Tap(b)
		if sees(h, explain) {
			t.Errorf("%s: tapping again did not close it", term)
		}
	}
}

// Both halves of the rule are said, in the person's language, on the
// ghost-pairing checklist (in its don'ts box) and in the explainer: never
// give out a code WhatsApp sends you; never type into WhatsApp a code that
// someone gives you.
func TestBothHalvesOfTheRuleAreShown(t *testing.T) {
	sc, _ := checklist.ScenarioByID(checklist.GhostPairing)
	for _, tag := range []string{"en", "hi", "ar"} {
		h := start(t, tag)
		h.openPath(t, checklist.GhostPairing, checklist.PhoneAndroid)
		said := map[checklist.Rule]bool{}
		for _, d := range sc.Donts {
			if d.Rule != "" && sees(h, h.t(tag, d.TextKey())) {
				said[d.Rule] = true
			}
		}
		h.home()
		tap(t, h, h.t(tag, "home.explain"))
		explained := map[checklist.Rule]bool{}
		for _, p := range checklist.ExplainerDetail {
			if p.Rule != "" && sees(h, h.t(tag, p.Key)) {
				explained[p.Rule] = true
			}
		}
		for _, r := range checklist.Rules() {
			if !said[r] {
				t.Errorf("%s: the ghost-pairing checklist does not show the %q half of the rule", tag, r)
			}
			if !explained[r] {
				t.Errorf("%s: the explainer does not show the %q half of the rule", tag, r)
			}
		}
	}
}

// The explainer ends with every word and its explanation, says when the
// sources were checked, and lists no address twice.
func TestTheExplainerHasTheGlossaryAndItsSources(t *testing.T) {
	h := start(t, "en")
	tap(t, h, h.t("en", "home.explain"))
	find(t, h, roleText, h.t("en", "glossary.heading"))
	for _, p := range checklist.ExplainerDetail {
		find(t, h, roleText, h.t("en", p.Key))
	}
	h.openSources(t)
	find(t, h, roleText, h.tr("en", "explain.sources_checked", map[string]any{"Date": checklist.SourcesChecked}))
	for _, term := range checklist.Terms() {
		find(t, h, roleText, h.t("en", term.ID.NameKey()))
		find(t, h, roleText, h.t("en", term.ID.ExplainKey()))
	}
	links := map[string]int{}
	for _, o := range shown(h) {
		if l, ok := o.(*widgets.Link); ok {
			links[l.URL.String()]++
		}
	}
	for _, ref := range checklist.References(checklist.ExplainerSources...) {
		for _, u := range ref.URLs {
			if links[u] != 1 {
				t.Errorf("%s is listed %d times", u, links[u])
			}
		}
	}
	if len(links) == 0 {
		t.Error("no sources")
	}
}

// A step lists each address once, however many of its sources share it,
// each under the name of its own page: signing in again rests on W4 too,
// whose second page (the forgotten PIN) comes under that page's name, not
// under a name that also speaks of the account security page above it.
func TestAStepListsEachAddressOnce(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
	st := stepOf(t, checklist.Recover, "sign-in-again") // W3, W8, W5: two share a page
	h.openHow(t, st.ID)
	h.openSources(t)
	links := map[string]int{}
	names := map[string]string{}
	for _, o := range h.inStep(t, st.ID) {
		if l, ok := o.(*widgets.Link); ok {
			links[l.URL.String()]++
			names[l.URL.String()] = l.Text
		}
	}
	for u, want := range map[string]string{
		"https://faq.whatsapp.com/1131652977717250": h.t("en", "source.W1"),
		"https://faq.whatsapp.com/2183055648554771": h.t("en", "source.W10"),
	} {
		if names[u] != want {
			t.Errorf("the link to %s says %q, not %q", u, names[u], want)
		}
	}
	want := 0
	for _, ref := range checklist.References(st.Sources...) {
		want += len(ref.URLs)
	}
	for u, n := range links {
		if n != 1 {
			t.Errorf("%s listed %d times", u, n)
		}
	}
	if len(links) != want {
		t.Errorf("%d addresses, want %d", len(links), want)
	}
}

// The 7-day wait, with a clock the test sets: recorded today, it says 7
// days left and the day to try again, on the step and at home; after 7
// days, it says today.
func TestTheSevenDayWait(t *testing.T) {
	clock := time.Date(2026, 12, 1, 10, 0, 0, 0, time.Local)
	h := startWith(t, t.TempDir(), "en", func() time.Time { return clock })
	h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
	st := stepOf(t, checklist.Recover, "unknown-pin-wait")
	if !st.RecordsDate {
		t.Fatal("the wait step records no day")
	}
	tap(t, h, h.t("en", "step.unknown-pin-wait.record"))
	if got := h.saved(t).Checklists["recover"].PinAskedOn; got != "2026-12-01" {
		t.Fatalf("recorded %q", got)
	}
	left := h.cat.Localizer("en").N("step.unknown-pin-wait.try_again", checklist.WaitDays,
		map[string]any{"Date": "2026-12-08"})
	find(t, h, roleText, left)
	if lookFor(h, roleButton, h.t("en", "step.unknown-pin-wait.record")) != nil {
		t.Error("the day can still be recorded")
	}
	h.home()
	find(t, h, roleText, left) // at home too

	clock = clock.AddDate(0, 0, 3)
	h.store.SetTheme(progress.ThemeDark) // any change: home refreshes
	find(t, h, roleText, h.cat.Localizer("en").N("step.unknown-pin-wait.try_again", 4, map[string]any{"Date": "2026-12-08"}))

	clock = clock.AddDate(0, 0, 4)
	entry, _ := pathTo(t, checklist.Recover)
	h.scenario(t, entry)
	find(t, h, roleText, h.t("en", "step.unknown-pin-wait.today"))
	h.home()
	find(t, h, roleText, h.t("en", "step.unknown-pin-wait.today"))
}

// Home says, in one calm line, that the advice may be out of date, only
// when it is more than a year old.
func TestTheOutOfDateLine(t *testing.T) {
	checked, _ := time.Parse(checklist.DayLayout, checklist.SourcesChecked)
	line := func(h *harness) string {
		return h.tr("en", checklist.OutOfDateKey, map[string]any{"Date": checklist.SourcesChecked})
	}
	h := startWith(t, t.TempDir(), "en", func() time.Time { return checked.AddDate(0, 1, 0) })
	if sees(h, line(h)) {
		t.Error("out of date a month after the check")
	}
	h = startWith(t, t.TempDir(), "en", func() time.Time { return checked.AddDate(2, 0, 0) })
	o := find(t, h, roleText, line(h))
	if b := find(t, h, roleText, h.t("en", "warning.never_share")); o == b {
		t.Error("the line is the warning")
	}
}

// rawKey is a message ID shown as it is, as go-i18n does for a missing one.
var rawKey = regexp.MustCompile(`^[a-z0-9_-]+(\.[A-Za-z0-9_-]+)+$`)

// No screen shows "<no value>" or a message ID: every checklist, opened
// all the way, for each phone, with a wait running, in English and Arabic.
func TestNoScreenShowsAMissingWord(t *testing.T) {
	for _, tag := range []string{"en", "ar"} {
		for _, phone := range checklist.Phones() {
			h := start(t, tag)
			h.store.SetPinAskedOn(checklist.Recover, time.Now().Format(checklist.DayLayout))
			check := func(where string) {
				t.Helper()
				for _, o := range shown(h) {
					if l := label(o); strings.Contains(l, "<no value>") || strings.Contains(l, "{{") || rawKey.MatchString(l) {
						t.Errorf("%s/%s/%s: %q", tag, phone, where, l)
					}
				}
			}
			check("home")
			tap(t, h, h.t(tag, "home.explain"))
			check("explainer")
			tap(t, h, h.t(tag, "a11y.back"))
			tap(t, h, h.t(tag, "a11y.settings"))
			check("settings")
			tap(t, h, h.t(tag, "a11y.back"))
			for _, sc := range checklist.Scenarios() {
				entry, answers := pathTo(t, sc.ID)
				h.store.StartOver(entry) // so that its questions are asked
				h.store.SetPinAskedOn(checklist.Recover, time.Now().Format(checklist.DayLayout))
				tap(t, h, h.t(tag, entry.TitleKey()))
				check("question")
				h.through(t, entry, answers, phone)
				openEveryMore(t, h)
				check(string(sc.ID))
				h.home()
			}
			if !slices.Contains(checklist.Phones(), h.store.State().Phone) {
				t.Errorf("%s: the phone was not saved", phone)
			}
		}
	}
}

// home goes back, screen by screen, to the home screen.
func (h *harness) home() {
	for len(h.ui.stack) > 1 {
		h.ui.back()
	}
}

// One tap is one change: answering a question, ticking a step and choosing
// the phone each make one save and one update of the screen (the next
// screen, or the same one brought up to date), never a screen built and
// then replaced.
func TestOneTapIsOneUpdateAndOneSave(t *testing.T) {
	h := start(t, "en")
	h.scenario(t, checklist.Asked)
	count := func(what string, tap func()) {
		t.Helper()
		if err := h.store.Flush(); err != nil {
			t.Fatal(err)
		}
		updates, saves := h.ui.updates, h.store.Saves()
		tap()
		if err := h.store.Flush(); err != nil {
			t.Fatal(err)
		}
		if n := h.ui.updates - updates; n != 1 {
			t.Errorf("%s: %d screen updates", what, n)
		}
		if n := h.store.Saves() - saves; n != 1 {
			t.Errorf("%s: %d saves", what, n)
		}
	}
	q, _ := checklist.Next(checklist.Asked, nil)
	count("an answer", func() { tap(t, h, h.t("en", q.AnswerKey(checklist.AnswerYes))) })
	q2, _ := checklist.Next(checklist.Asked, h.store.Checklist(checklist.Asked).Answers)
	count("a second answer", func() { tap(t, h, h.t("en", q2.AnswerKey(checklist.AnswerYes))) })
	if k, _ := h.open(); k != checklistRoute {
		t.Fatal("not on the checklist")
	}
	count("the phone", func() { tap(t, h, h.t("en", checklist.PhoneQuestion.AnswerKey(checklist.PhoneAndroid))) })
	_, plan := checklist.Next(checklist.Asked, h.store.Checklist(checklist.Asked).Answers)
	sc, _ := checklist.ScenarioByID(plan.First())
	count("a tick", func() { h.tick(t, sc.Steps[0].ID) })
	// Changing the first answer forgets the second in the same change.
	tap(t, h, h.t("en", "checklist.change_answer")+": "+h.t("en", q.TextKey()))
	count("a changed answer", func() { tap(t, h, h.t("en", q.AnswerKey(checklist.AnswerNo))) })
	if got := h.store.Checklist(checklist.Asked).Answers; len(got) != 1 || got[q.ID] != checklist.AnswerNo {
		t.Errorf("answers after the change: %v", got)
	}
}
