package view

import (
	"testing"
	"time"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/translations"
)

var now = time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)

func english(t *testing.T) *lang.Localizer {
	t.Helper()
	c, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c.Localizer("en")
}

// fresh is the state of a first start (as the store gives it).
func fresh() progress.State {
	return progress.Merge(progress.State{}, progress.State{}, progress.State{})
}

// Home: every situation, its line, and where the person stands in words
// once answered or ticked ("Safe", "2 things to do now", "Done"), on the
// checklist the answers lead to first; the wait's line while one runs.
func TestHomeOf(t *testing.T) {
	en := english(t)
	h := HomeOf(fresh(), en, now)
	if len(h.Tiles) != len(checklist.Entries()) || h.Wait != "" {
		t.Fatalf("a first start: %+v", h)
	}
	for i, tile := range h.Tiles {
		if tile.ID != checklist.Entries()[i] || len(tile.Lines) != 1 || tile.Lines[0] != en.T(tile.ID.SubtitleKey()) {
			t.Errorf("tile %d: %+v", i, tile)
		}
	}
	tileOf := func(st progress.State, id checklist.ScenarioID) []string {
		for _, tile := range HomeOf(st, en, now).Tiles {
			if tile.ID == id {
				return tile.Lines
			}
		}
		t.Fatalf("no tile for %s", id)
		return nil
	}
	// Asked, "No": safe, whatever is ticked, until every step to do is.
	st := fresh().Answer(checklist.Asked, checklist.QuestionSentCode, checklist.AnswerNo, now).
		Tick(checklist.Asked, "call-them", true, now)
	safe := en.T(checklist.StandingSafe.HomeKey())
	if lines := tileOf(st, checklist.Asked); len(lines) != 2 || lines[1] != safe {
		t.Errorf("answered and ticked: %q, want %q", lines, safe)
	}
	asked, _ := checklist.ScenarioByID(checklist.Asked)
	for _, step := range asked.ToDo() {
		st = st.Tick(checklist.Asked, step.ID, true, now)
	}
	if lines := tileOf(st, checklist.Asked); lines[len(lines)-1] != en.T(checklist.StandingAllDone.HomeKey()) {
		t.Errorf("every step to do ticked: %q", lines)
	}
	// A situation that asks nothing says where the person stands once a
	// step is done: the Right now steps still to do.
	friend, _ := checklist.ScenarioByID(checklist.FriendTaken)
	st = st.Tick(checklist.FriendTaken, friend.Steps[0].ID, true, now)
	left := len(friend.StepsIn(checklist.PhaseNow)) - 1
	if lines := tileOf(st, checklist.FriendTaken); len(lines) != 2 || lines[1] != en.N(checklist.StandingActNow.HomeKey(), left, nil) {
		t.Errorf("the friend's situation: %q, want %d things to do now", lines, left)
	}
	waiting := st.NotePinDay(checklist.Recover, "2026-12-04", now)
	if w := HomeOf(waiting, en, now).Wait; w != en.N("step.unknown-pin-wait.try_again", 5, map[string]any{"Date": "2026-12-11"}) {
		t.Errorf("the wait: %q", w)
	}
	if w := HomeOf(waiting, en, now.AddDate(0, 0, 7)).Wait; w != en.T("step.unknown-pin-wait.today") {
		t.Errorf("the wait over: %q", w)
	}
}

// A checklist's view: ticks, counts and where the person stands change in
// place; its shape changes only with what the screen is made of. The count
// is of the steps to do (Right now and Next), never "When you have time".
func TestChecklistOf(t *testing.T) {
	en := english(t)
	sc, _ := checklist.ScenarioFrom(checklist.ActNow, checklist.Asked) // as shown there
	todo := sc.ToDo()
	if len(todo) == len(sc.Steps) || len(todo) == 0 {
		t.Fatalf("act now: %d steps to do of %d: the test needs some of each", len(todo), len(sc.Steps))
	}
	st := fresh().Answer(checklist.Asked, checklist.QuestionSentCode, checklist.AnswerYes, now).
		Answer(checklist.Asked, checklist.QuestionCanUse, checklist.AnswerYes, now)
	v := ChecklistOf(st, sc.ID, checklist.Asked, en)
	if v.Ticked != 0 || v.Total != len(todo) || v.Standing != checklist.StandingActNow || v.Banner != "" ||
		len(v.Done) != len(sc.Steps) || v.Count != en.N("progress.count", 0, map[string]any{"Total": len(todo)}) {
		t.Fatalf("nothing done: %+v", v)
	}
	later := sc.StepsIn(checklist.PhaseLater)[0]
	if w := ChecklistOf(st.Tick(sc.ID, later.ID, true, now), sc.ID, checklist.Asked, en); w.Ticked != 0 || !w.Done[later.ID] {
		t.Errorf("a step for when you have time counted: %+v", w)
	}
	ticked := st
	for _, step := range sc.StepsIn(checklist.PhaseNow) {
		ticked = ticked.Tick(sc.ID, step.ID, true, now)
	}
	w := ChecklistOf(ticked, sc.ID, checklist.Asked, en)
	if w.Standing != checklist.StandingDoneForNow || w.Banner != en.T(checklist.StandingDoneForNow.TitleKey()) ||
		w.BannerLine != en.T(checklist.StandingDoneForNow.TextKey()) || w.Ticked != len(sc.StepsIn(checklist.PhaseNow)) || !w.Done[sc.Steps[0].ID] {
		t.Errorf("right now done: %+v", w)
	}
	if w.Shape != v.Shape {
		t.Error("a tick changed the checklist's shape: it would be built again")
	}
	for name, other := range map[string]progress.State{
		"a changed answer": st.Answer(checklist.Asked, checklist.QuestionCanUse, checklist.AnswerNotSure, now),
		"the phone":        st.WithPhone(checklist.PhoneIPhone),
		"the day noted":    st.NotePinDay(sc.ID, "2026-12-06", now),
	} {
		if ChecklistOf(other, sc.ID, checklist.Asked, en).Shape == v.Shape {
			t.Errorf("%s does not change the shape", name)
		}
	}
	all := st
	for _, step := range todo {
		all = all.Tick(sc.ID, step.ID, true, now)
	}
	if v := ChecklistOf(all, sc.ID, "", en); v.Standing != checklist.StandingAllDone || v.Ticked != v.Total ||
		v.Banner != en.T(checklist.StandingAllDone.TitleKey()) {
		t.Errorf("all done: %+v", v)
	}
}

// A calm checklist says at its top that the person is safe, and why (its
// intro), until every step to do is done; then that they can close the app.
func TestCalmChecklistSaysSafe(t *testing.T) {
	en := english(t)
	sc, _ := checklist.ScenarioByID(checklist.Asked)
	st := fresh().Answer(checklist.Asked, checklist.QuestionSentCode, checklist.AnswerNo, now)
	v := ChecklistOf(st, sc.ID, sc.ID, en)
	if v.Standing != checklist.StandingSafe || v.Banner != en.T(checklist.StandingSafe.TitleKey()) || v.BannerLine != en.T(sc.ID.IntroKey()) {
		t.Errorf("nothing ticked: %+v", v)
	}
	for _, step := range sc.StepsIn(checklist.PhaseNow) {
		st = st.Tick(sc.ID, step.ID, true, now)
	}
	if v := ChecklistOf(st, sc.ID, sc.ID, en); v.Standing != checklist.StandingSafe {
		t.Errorf("right now done on a calm path: %v, want still safe", v.Standing)
	}
	for _, step := range sc.ToDo() {
		st = st.Tick(sc.ID, step.ID, true, now)
	}
	if v := ChecklistOf(st, sc.ID, sc.ID, en); v.Standing != checklist.StandingAllDone || v.Banner != en.T(checklist.StandingAllDone.TitleKey()) {
		t.Errorf("every step to do done: %+v", v)
	}
}

// The question a situation asks now, or the one to change, with the answer
// marked; the report's country, chosen or the system's.
func TestQuestionAndCountry(t *testing.T) {
	st := fresh()
	q, a := Question(st, checklist.Asked, "")
	if q == nil || q.ID != checklist.QuestionSentCode || a != "" {
		t.Fatalf("first question %v %q", q, a)
	}
	st = st.Answer(checklist.Asked, checklist.QuestionSentCode, checklist.AnswerYes, now)
	if q, _ := Question(st, checklist.Asked, ""); q == nil || q.ID != checklist.QuestionCanUse {
		t.Errorf("next question %v", q)
	}
	if q, a := Question(st, checklist.Asked, checklist.QuestionSentCode); q == nil || q.ID != checklist.QuestionSentCode || a != checklist.AnswerYes {
		t.Errorf("the question to change: %v %q", q, a)
	}
	if QuestionShape(st, checklist.Asked, "") == QuestionShape(fresh(), checklist.Asked, "") {
		t.Error("the question's shape does not follow the answers")
	}
	if Country(fresh(), []string{"C", "en_GB.UTF-8"}) != "GB" || Country(fresh().WithCountry("fr"), []string{"en_GB"}) != "FR" ||
		Country(fresh(), nil) != "" {
		t.Error("Country")
	}
}
