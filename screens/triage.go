package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
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

// question is the question a route asks, given the saved answers: the one
// to change, while the answers still reach it, or the next unanswered.
func question(r *route, answers map[string]string) *checklist.Question {
	if r.question != "" {
		for _, q := range checklist.AskedQuestions(r.scenario, answers) {
			if q.ID == r.question {
				return q
			}
		}
	}
	q, _ := checklist.Next(r.scenario, answers)
	return q
}

func newTriageScreen(e env, r *route) *triageScreen {
	id := r.scenario
	answers := e.store.Checklist(id).Answers
	s := &triageScreen{e: e, r: r, q: question(r, answers)}
	objs := []fyne.CanvasObject{e.text(e.loc.T(id.TitleKey()))}
	if q := s.q; q != nil {
		s.current = answers[q.ID]
		objs = append(objs, e.heading(e.loc.T(q.TextKey())), e.text(e.loc.T(q.HelpKey())))
		for _, a := range q.Answers {
			answer := a.ID
			objs = append(objs, s.answerTile(q, answer, func() { s.answered(answer) }))
		}
		objs = append(objs, e.text(e.loc.T("triage.saved")))
	}
	s.page = newPage(objs...)
	return s
}

// answerTile is a big answer button, the answer saved marked.
func (s *triageScreen) answerTile(q *checklist.Question, answer string, tapped func()) fyne.CanvasObject {
	var icon fyne.Resource
	if answer == s.current {
		icon = theme.ConfirmIcon()
	}
	v := widgets.Tile{Title: s.e.loc.T(q.AnswerKey(answer)), Icon: icon, Importance: widget.HighImportance,
		Tapped: tapped}.Build(s.e.rtl())
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
func (s *triageScreen) refresh() bool {
	answers := s.e.store.Checklist(s.r.scenario).Answers
	q := question(s.r, answers)
	if q == nil || s.q == nil {
		return q == s.q
	}
	return q.ID == s.q.ID && answers[q.ID] == s.current
}

// phoneScreen asks once which phone has the person's WhatsApp, before the
// first checklist that names menu paths; the answer can be changed in
// Settings.
type phoneScreen struct {
	triageScreen
}

func newPhoneScreen(e env) *phoneScreen {
	q := checklist.PhoneQuestion
	s := &phoneScreen{triageScreen{e: e, q: q, current: e.store.State().Phone}}
	objs := []fyne.CanvasObject{e.heading(e.loc.T(q.TextKey())), e.text(e.loc.T(q.HelpKey()))}
	for _, a := range q.Answers {
		phone := a.ID
		objs = append(objs, s.answerTile(q, phone, func() {
			e.nav.act(func() { e.store.SetPhone(phone) }, e.nav.back) // to the checklist under it
		}))
	}
	s.page = newPage(objs...)
	return s
}

// refresh: the question stays as it is until answered here.
func (s *phoneScreen) refresh() bool { return true }
