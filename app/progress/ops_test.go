package progress

import (
	"maps"
	"slices"
	"testing"
	"time"

	"codesafety/app/checklist"
)

var day1 = time.Date(2026, 12, 6, 9, 30, 0, 0, time.FixedZone("CET", 3600))

func TestTick(t *testing.T) {
	s := newState()
	ticked := s.Tick(checklist.Asked, "call-them", true, day1)
	if len(s.Checklists) != 0 {
		t.Error("Tick changed the state it was given")
	}
	c := ticked.Checklists["asked"]
	if !c.IsDone("call-them") || !c.Updated.Equal(day1) || c.Updated.Location() != time.UTC {
		t.Errorf("ticked: %+v", *c)
	}
	if again := ticked.Tick(checklist.Asked, "call-them", true, day1.Add(time.Hour)); len(again.Checklists["asked"].Done) != 1 ||
		!again.Checklists["asked"].Updated.Equal(day1) {
		t.Error("ticking a done step again changed it")
	}
	if un := ticked.Tick(checklist.Asked, "call-them", false, day1); un.Checklists["asked"].IsDone("call-them") || !ticked.Checklists["asked"].IsDone("call-them") {
		t.Error("unticking")
	}
	// The day it was ticked is kept, in the person's time, and goes with the tick.
	east := time.Date(2026, 12, 6, 23, 30, 0, 0, time.FixedZone("", 3*3600)) // 20:30 UTC
	d := newState().Tick(checklist.Asked, "call-them", true, east)
	if got := d.Checklists["asked"].DoneOn["call-them"]; got != "2026-12-06" {
		t.Errorf("ticked on %q, want the person's day 2026-12-06", got)
	}
	if un := d.Tick(checklist.Asked, "call-them", false, east); len(un.Checklists["asked"].DoneOn) != 0 ||
		d.Checklists["asked"].DoneOn["call-them"] == "" {
		t.Error("unticking kept the day, or changed the state it was given")
	}
}

// One answer is one change: a changed answer forgets the answers that
// depended on it, the same answer again changes nothing.
func TestAnswer(t *testing.T) {
	q1, q2 := checklist.QuestionSentCode, checklist.QuestionCanUse
	s := newState().Answer(checklist.Asked, q1, checklist.AnswerYes, day1).Answer(checklist.Asked, q2, checklist.AnswerNo, day1)
	if got := s.Checklists["asked"].Answers; !maps.Equal(got, map[string]string{q1: checklist.AnswerYes, q2: checklist.AnswerNo}) {
		t.Fatalf("answers %v", got)
	}
	same := s.Answer(checklist.Asked, q1, checklist.AnswerYes, day1.Add(time.Hour))
	if !Equal(same, s) {
		t.Error("the same answer again changed something")
	}
	changed := s.Answer(checklist.Asked, q1, checklist.AnswerWebsite, day1)
	if got := changed.Checklists["asked"].Answers; !maps.Equal(got, map[string]string{q1: checklist.AnswerWebsite}) {
		t.Errorf("a changed first answer keeps %v", got)
	}
	if !maps.Equal(s.Checklists["asked"].Answers, map[string]string{q1: checklist.AnswerYes, q2: checklist.AnswerNo}) {
		t.Error("Answer changed the state it was given")
	}
	later := s.Answer(checklist.Asked, q2, checklist.AnswerYes, day1)
	if got := later.Checklists["asked"].Answers; got[q1] != checklist.AnswerYes || got[q2] != checklist.AnswerYes {
		t.Errorf("changing the last answer: %v", got)
	}
	if got := s.Answer(checklist.Asked, q2, "", day1).Checklists["asked"].Answers; !maps.Equal(got, map[string]string{q1: checklist.AnswerYes}) {
		t.Errorf("forgetting an answer: %v", got)
	}
}

func TestStartOverPinDayAndSettings(t *testing.T) {
	s := newState().Tick(checklist.Recover, "sign-in-again", true, day1).NotePinDay(checklist.Recover, "2026-12-06", day1)
	if s.Checklists["recover"].PinAskedOn != "2026-12-06" {
		t.Error("the day is not noted")
	}
	if cleared := s.NotePinDay(checklist.Recover, "", day1); cleared.Checklists["recover"].PinAskedOn != "" {
		t.Error("the day is not cleared")
	}
	over := s.StartOver(checklist.Recover)
	if _, ok := over.Checklists["recover"]; ok || s.Checklists["recover"] == nil {
		t.Error("StartOver")
	}
	set := s.WithPhone("iphone").WithCountry("GB").WithLanguage("hi").WithTheme(ThemeDark).WithTextSize(TextLarger)
	if set.Phone != "iphone" || set.Country != "GB" || set.Language != "hi" || set.Theme != ThemeDark || set.TextSize != TextLarger || s.Phone != "" {
		t.Errorf("settings %+v", set)
	}
	if set.WithTheme("").Theme != ThemeSystem || set.WithTextSize("").TextSize != TextNormal {
		t.Error("an empty theme or size is not the default")
	}
	forgot := set.ForgetProgress()
	if len(forgot.Checklists) != 0 || forgot.Language != "hi" || len(set.Checklists) == 0 {
		t.Error("ForgetProgress")
	}
	if !slices.Equal(s.Checklists["recover"].Done, []string{"sign-in-again"}) {
		t.Error("an operation changed the state it was given")
	}
}

// "Aa Text size" steps through the sizes, smallest first, then back to
// normal; an unknown size goes to normal.
func TestNextTextSize(t *testing.T) {
	for from, want := range map[string]string{TextNormal: TextLarge, TextLarge: TextLarger, TextLarger: TextNormal, "huge": TextNormal, "": TextNormal} {
		if got := NextTextSize(from); got != want {
			t.Errorf("after %q: %q, want %q", from, got, want)
		}
	}
}
