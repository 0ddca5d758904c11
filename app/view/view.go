// Package view is what each screen shows of the saved progress, worked out
// from the state alone: pure functions, tested without a window or files.
// A screen is built for a view's Shape (what it is made of: which steps,
// which question, which country); while the shape stays the same, the
// screen brings its widgets up to date from the view in place, and when it
// changes, the screen is built again. Like everything under app/, it
// imports nothing from Fyne.
package view

import (
	"strings"
	"time"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/app/report"
)

// Tile is one situation on the home screen.
type Tile struct {
	ID    checklist.ScenarioID
	Lines []string // its line, then where the person stands ("Safe") once it is answered or ticked
}

// Home is the home screen: its situations, and the 7-day wait's line while
// one runs ("" when none does).
type Home struct {
	Tiles []Tile
	Wait  string
}

// HomeOf is the home screen for the state, in loc's words, at now.
func HomeOf(st progress.State, loc *lang.Localizer, now time.Time) Home {
	var h Home
	for _, id := range checklist.Entries() {
		lines := []string{loc.T(id.SubtitleKey())}
		answers := checklistOf(st, id).Answers
		if q, plan := checklist.Next(id, answers); q == nil && len(plan.Route) > 0 {
			sc, _ := checklist.ScenarioFrom(plan.First(), id)
			c := checklistOf(st, sc.ID)
			// a situation that asks nothing says where the person stands
			// once a step is done
			if len(answers) > 0 || c.DoneCount(sc) > 0 {
				lines = append(lines, StandingWord(sc, c, loc))
			}
		}
		h.Tiles = append(h.Tiles, Tile{ID: id, Lines: lines})
	}
	for _, sc := range checklist.Scenarios() {
		if day, ok := checklist.ParseDay(checklistOf(st, sc.ID).PinAskedOn, now.Location()); ok {
			h.Wait = WaitText(loc, now, day)
		}
	}
	return h
}

// WaitText says when to try again after the 7-day wait that started on the
// day recorded: the date (YYYY-MM-DD in every language) and the days left,
// or that the day has come.
func WaitText(loc *lang.Localizer, now, recorded time.Time) string {
	left := checklist.DaysLeft(now, recorded)
	if left == 0 {
		return loc.T("step.unknown-pin-wait.today")
	}
	return loc.N("step.unknown-pin-wait.try_again", left, map[string]any{
		"Date": checklist.TryAgainOn(recorded).Format(checklist.DayLayout)})
}

// Checklist is a checklist screen: which steps are done and how many, and
// the lines that say where the person stands.
type Checklist struct {
	// Shape is what the screen is made of: the answers that led to it (the
	// words under the title and "Change answer"), the phone (the menu paths)
	// and the day recorded for the wait (a button or the days left).
	Shape    string
	Done     map[string]bool
	Count    string // "3 of 5 done", of the steps to do (Right now and Next)
	Ticked   int    // of the steps to do
	Total    int
	Standing checklist.Standing
	// Banner and BannerLine are the calm banner at the top ("You're safe"
	// and why); both "" while a Right now step is left on a path that is
	// not calm.
	Banner, BannerLine string
}

// ChecklistOf is checklist id's screen for the state, reached from the
// situation from ("" when opened directly), in loc's words.
func ChecklistOf(st progress.State, id, from checklist.ScenarioID, loc *lang.Localizer) Checklist {
	sc, _ := checklist.ScenarioFrom(id, from)
	c := checklistOf(st, id)
	v := Checklist{Shape: ChecklistShape(st, id, from), Done: map[string]bool{}, Total: len(sc.ToDo())}
	for _, step := range sc.Steps {
		v.Done[step.ID] = c.IsDone(step.ID)
	}
	v.Ticked = c.Ticked(sc.ToDo())
	v.Count = loc.N("progress.count", v.Ticked, map[string]any{"Total": v.Total})
	v.Standing = sc.StandingOf(c.IsDone)
	switch v.Standing {
	case checklist.StandingActNow:
	case checklist.StandingSafe: // why the person is safe
		v.Banner, v.BannerLine = loc.T(v.Standing.TitleKey()), loc.T(sc.ID.IntroKey())
	default:
		v.Banner, v.BannerLine = loc.T(v.Standing.TitleKey()), loc.T(v.Standing.TextKey())
	}
	return v
}

// StandingWord is where the person stands on sc, in a word or two, for
// home's tile: "Safe", "2 things to do now", "Done for now", "Done".
func StandingWord(sc checklist.Scenario, c progress.Checklist, loc *lang.Localizer) string {
	st := sc.StandingOf(c.IsDone)
	if st == checklist.StandingActNow {
		n := sc.LeftNow(c.IsDone)
		return loc.N(st.HomeKey(), n, nil)
	}
	return loc.T(st.HomeKey())
}

// WayOutFirst reports whether checklist id, reached from the situation
// from, shows the way to its WayOut path first, in place of its intro: the
// person answered "Not sure" to whether WhatsApp still works, so its steps
// may be ones they cannot do. Otherwise the way out follows the steps to
// do right now.
func WayOutFirst(st progress.State, id, from checklist.ScenarioID) bool {
	sc, _ := checklist.ScenarioByID(id)
	return sc.WayOut != "" && from != "" &&
		checklistOf(st, from).Answers[checklist.QuestionCanUse] == checklist.AnswerNotSure
}

// ChecklistShape is the Shape of ChecklistOf, on its own.
func ChecklistShape(st progress.State, id, from checklist.ScenarioID) string {
	var b strings.Builder
	if from != "" {
		answers := checklistOf(st, from).Answers
		for _, q := range checklist.AskedQuestions(from, answers) {
			b.WriteString(q.ID + "=" + answers[q.ID] + ";")
		}
	}
	b.WriteString("phone=" + st.Phone + ";day=" + checklistOf(st, id).PinAskedOn)
	return b.String()
}

// Question is the question a situation asks now (nil when none is left),
// with the answer already given, marked; asked names a question asked
// again ("Change answer"), "" for the next one.
func Question(st progress.State, entry checklist.ScenarioID, asked string) (q *checklist.Question, answer string) {
	answers := checklistOf(st, entry).Answers
	if asked != "" {
		for _, aq := range checklist.AskedQuestions(entry, answers) {
			if aq.ID == asked {
				return aq, answers[aq.ID]
			}
		}
	}
	q, _ = checklist.Next(entry, answers)
	if q == nil {
		return nil, ""
	}
	return q, answers[q.ID]
}

// QuestionShape is what a question's screen is made of: the question, and
// the answer marked.
func QuestionShape(st progress.State, entry checklist.ScenarioID, asked string) string {
	q, answer := Question(st, entry, asked)
	if q == nil {
		return ""
	}
	return q.ID + "=" + answer
}

// Country is the country the report screen shows: the one chosen, else
// the system's region (system: its locales, most preferred first); "" or
// report.Elsewhere mean your local police.
func Country(st progress.State, system []string) string {
	if st.Country != "" {
		return strings.ToUpper(st.Country)
	}
	return report.SystemCountry(system)
}

func checklistOf(st progress.State, id checklist.ScenarioID) progress.Checklist {
	if c := st.Checklists[string(id)]; c != nil {
		return *c
	}
	return progress.Checklist{}
}
