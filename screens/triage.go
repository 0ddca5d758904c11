package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/screens/widgets"
)

// triageScreen asks one question before a checklist, so that someone who
// may already have lost their account starts with getting it back.
type triageScreen struct {
	page
	e       env
	id      checklist.ScenarioID
	current string // the answer saved when the screen was built, marked
}

func newTriageScreen(e env, id checklist.ScenarioID) *triageScreen {
	sc, _ := checklist.ScenarioByID(id)
	q := sc.Question
	s := &triageScreen{e: e, id: id, current: e.store.Checklist(id).Answers[q.ID]}
	objs := []fyne.CanvasObject{e.text(e.loc.T(id.TitleKey())), e.heading(e.loc.T(q.TextKey())), e.text(e.loc.T(q.HelpKey()))}
	for _, a := range q.Answers {
		answer := a.ID
		var icon fyne.Resource
		if answer == s.current {
			icon = theme.ConfirmIcon()
		}
		v := widgets.Tile{Title: e.loc.T(q.AnswerKey(answer)), Icon: icon, Importance: widget.HighImportance,
			Tapped: func() {
				e.store.SetAnswer(id, q.ID, answer)
				e.nav.replace(scenarioRoutes(e.store, id)...)
			}}.Build(e.rtl())
		s.control("answer:"+answer, v.Button)
		objs = append(objs, v.Object)
	}
	objs = append(objs, e.text(e.loc.T("triage.saved")))
	s.page = newPage(objs...)
	return s
}

// refresh asks for the screen to be built again when another window
// answered the question, so the answer marked is the one saved.
func (s *triageScreen) refresh() bool {
	sc, _ := checklist.ScenarioByID(s.id)
	return s.e.store.Checklist(s.id).Answers[sc.Question.ID] == s.current
}
