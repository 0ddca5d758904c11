package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/progress"
	"codesafety/app/view"
	"codesafety/screens/widgets"
)

// triageScreen asks one of a situation's questions, so that the checklist
// shown fits what happened: the next one unanswered, or, to change an
// answer, the one the person chose.
type triageScreen struct {
	page
	e       env
	r       *route
	q       *checklist.Question // nil: no question left to ask
	current string              // the answer saved when the screen was built, marked
}

func newTriageScreen(e env, r *route) *triageScreen {
	id := r.scenario
	s := &triageScreen{e: e, r: r}
	s.q, s.current = view.Question(e.store.State(), id, r.question)
	objs := []fyne.CanvasObject{widgets.Text(e.loc.T(id.TitleKey()))}
	if q := s.q; q != nil {
		objs = append(objs, widgets.Heading(e.loc.T(q.TextKey())), widgets.Text(e.loc.T(q.HelpKey())))
		for _, a := range q.Answers {
			answer := a.ID
			objs = append(objs, s.answerTile(q, answer, func() { s.answered(answer) }))
		}
		objs = append(objs, widgets.Text(e.loc.T("triage.saved")))
	}
	s.page.fill(objs...)
	return s
}

// answerTile is a big answer button, the answer saved marked.
func (s *triageScreen) answerTile(q *checklist.Question, answer string, tapped func()) fyne.CanvasObject {
	var icon fyne.Resource
	if answer == s.current {
		icon = theme.ConfirmIcon()
	}
	v := widgets.Tile{Break: s.e.brk(), Title: s.e.loc.T(q.AnswerKey(answer)), Icon: icon, Importance: widget.HighImportance,
		Tapped: tapped}.Build()
	s.control("answer:"+answer, v.Button)
	return v.Object
}

// answered saves the answer, in one change (a changed answer forgets the
// answers to the questions asked after it: progress.State.Answer); then the
// situation leads on, to the next question or the checklist.
func (s *triageScreen) answered(answer string) {
	s.e.nav.act(func() { s.e.store.Answer(s.r.scenario, s.q.ID, answer) },
		func() { s.e.nav.follow(s.r.scenario) })
}

// refresh asks for the screen to be built again when another window
// answered the question, so the question and the answer marked are the
// ones saved.
// update: the question and the answer marked are its shape
// (view.QuestionShape); another window's answer builds it again.
func (s *triageScreen) update(progress.State) {}
