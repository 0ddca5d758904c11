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

// Home: every situation, its line, and "N of M done" once answered or
// ticked, counted on the checklist the answers lead to first; the wait's
// line while one runs.
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
	st := fresh().Answer(checklist.Asked, checklist.QuestionSentCode, checklist.AnswerNo, now).
		Tick(checklist.Asked, "call-them", true, now)
	asked, _ := checklist.ScenarioByID(checklist.Asked)
	h = HomeOf(st, en, now)
	want := en.N("progress.count", 1, map[string]any{"Total": len(asked.Steps)})
	if lines := h.Tiles[1].Lines; len(lines) != 2 || lines[1] != want {
		t.Errorf("answered and ticked: %q, want %q", lines, want)
	}
	// A situation that asks nothing shows its count once a step is done.
	friend, _ := checklist.ScenarioByID(checklist.FriendTaken)
	st = st.Tick(checklist.FriendTaken, friend.Steps[0].ID, true, now)
	for _, tile := range HomeOf(st, en, now).Tiles {
		if tile.ID == checklist.FriendTaken && len(tile.Lines) != 2 {
			t.Errorf("the friend's situation: %q", tile.Lines)
		}
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
// place; its shape changes only with what the screen is made of.
func TestChecklistOf(t *testing.T) {
	en := english(t)
	sc, _ := checklist.ScenarioByID(checklist.ActNow)
	st := fresh().Answer(checklist.Asked, checklist.QuestionSentCode, checklist.AnswerYes, now).
		Answer(checklist.Asked, checklist.QuestionCanUse, checklist.AnswerYes, now)
	v := ChecklistOf(st, sc.ID, checklist.Asked, en)
	if v.Ticked != 0 || v.Total != len(sc.Steps) || v.NowDone || v.AllDone || len(v.Done) != len(sc.Steps) ||
		v.Count != en.N("progress.count", 0, map[string]any{"Total": len(sc.Steps)}) {
		t.Fatalf("nothing done: %+v", v)
	}
	ticked := st
	for _, step := range sc.StepsIn(checklist.PhaseNow) {
		ticked = ticked.Tick(sc.ID, step.ID, true, now)
	}
	w := ChecklistOf(ticked, sc.ID, checklist.Asked, en)
	if !w.NowDone || w.AllDone || w.Ticked != len(sc.StepsIn(checklist.PhaseNow)) || !w.Done[sc.Steps[0].ID] {
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
	for _, step := range sc.Steps {
		all = all.Tick(sc.ID, step.ID, true, now)
	}
	if v := ChecklistOf(all, sc.ID, "", en); !v.AllDone || v.Ticked != v.Total {
		t.Errorf("all done: %+v", v)
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
