package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
)

// triageScreen asks one question before a checklist, so that someone who
// may already have lost their account starts with getting it back.
type triageScreen struct {
	content  fyne.CanvasObject
	question *para
	answers  map[string]*button
}

func newTriageScreen(e env, id checklist.ScenarioID) *triageScreen {
	sc, _ := checklist.ScenarioByID(id)
	q := sc.Question
	s := &triageScreen{answers: map[string]*button{}}
	s.question = e.heading(e.loc.T(q.TextKey()))
	current := e.store.Checklist(id).Answers[q.ID]
	objs := []fyne.CanvasObject{e.text(e.loc.T(id.TitleKey())), s.question, e.text(e.loc.T(q.HelpKey()))}
	for _, a := range q.Answers {
		answer := a.ID
		var icon fyne.Resource
		if answer == current {
			icon = theme.ConfirmIcon()
		}
		b, obj := tile{title: e.loc.T(q.AnswerKey(answer)), icon: icon, importance: widget.HighImportance,
			tapped: func() {
				e.store.SetAnswer(id, q.ID, answer)
				e.nav.answered(id)
			}}.build(e)
		s.answers[answer] = b
		objs = append(objs, obj)
	}
	objs = append(objs, e.text(e.loc.T("triage.saved")))
	s.content = readingColumn(objs...)
	return s
}
