package checklist

import "slices"

// Question is asked before a checklist, one at a time, to pick the path that
// fits what happened.
type Question struct {
	ID      string
	Answers []Answer
}

// Answer is one reply to a question and where it leads: Route lists the
// checklists to work through, first one first; Urgent marks the first as
// "do this now". When Then is set, that question is asked next and its
// answer decides the route; Route is what to show until it is answered.
type Answer struct {
	ID     string
	Route  []ScenarioID
	Urgent bool
	Then   *Question
}

// TextKey is the message ID of the question's wording.
func (q Question) TextKey() string { return "question." + q.ID + ".text" }

// HelpKey is the message ID of a short line under the question.
func (q Question) HelpKey() string { return "question." + q.ID + ".help" }

// AnswerKey is the message ID of an answer's button label.
func (q Question) AnswerKey(answerID string) string {
	return "question." + q.ID + ".answer." + answerID
}

// Answer returns the answer with that ID.
func (q Question) Answer(id string) (Answer, bool) {
	for _, a := range q.Answers {
		if a.ID == id {
			return a, true
		}
	}
	return Answer{}, false
}

// Plan is where a scenario leads once its questions are answered.
type Plan struct {
	Route  []ScenarioID // checklists in the order to do them; Route[0] is opened
	Urgent bool         // the first one is to be done now
}

// First is the checklist to open now.
func (p Plan) First() ScenarioID { return p.Route[0] }

// Next returns, given the saved answers of an entry (or of any checklist),
// the next question to ask, or, when every question is answered, the plan.
// An answer this version does not know counts as not given, so its question
// is asked again. A checklist that asks nothing plans itself: urgent when
// it is an entry of the home screen that is not calm (FriendTaken), not
// urgent when it is a path opened directly. An unknown ID gives neither a
// question nor a plan.
func Next(id ScenarioID, answers map[string]string) (q *Question, plan Plan) {
	s, found := ScenarioByID(id)
	if !found {
		return nil, Plan{}
	}
	if s.Question == nil {
		return nil, s.ownPlan()
	}
	for q = s.Question; ; {
		a, ok := q.Answer(answers[q.ID])
		if !ok {
			return q, Plan{}
		}
		if a.Then == nil {
			return nil, Plan{Route: a.Route, Urgent: a.Urgent}
		}
		q = a.Then
	}
}

// AskedQuestions lists the questions of an entry that the saved answers have reached,
// in order (the answer to each is answers[q.ID]; the last may be unanswered): for
// "Your answer: … Change answer" under the checklist's title.
func AskedQuestions(id ScenarioID, answers map[string]string) []*Question {
	s, found := ScenarioByID(id)
	if !found || s.Question == nil {
		return nil
	}
	var out []*Question
	for q := s.Question; q != nil; {
		out = append(out, q)
		a, ok := q.Answer(answers[q.ID])
		if !ok {
			break
		}
		q = a.Then
	}
	return out
}

// Triage returns the plan for a scenario given its saved answers. ok is
// false when the scenario's first question has not been answered yet (or
// was answered with something this version does not know), so it must be
// asked. When a follow-up question is still open, Triage gives the first
// answer's provisional route (as for "not sure"); Next tells which question
// to ask.
func Triage(id ScenarioID, answers map[string]string) (plan Plan, ok bool) {
	s, found := ScenarioByID(id)
	if !found {
		return Plan{}, false
	}
	if s.Question == nil {
		return s.ownPlan(), true
	}
	a, found := s.Question.Answer(answers[s.Question.ID])
	if !found {
		return Plan{}, false
	}
	if q, p := Next(id, answers); q == nil {
		return p, true
	}
	return Plan{Route: a.Route, Urgent: a.Urgent}, true
}

// ownPlan is the plan of a checklist that asks nothing: itself, urgent
// when it is an entry that is not calm.
func (s Scenario) ownPlan() Plan {
	return Plan{Route: []ScenarioID{s.ID}, Urgent: !s.Calm && slices.Contains(Entries(), s.ID)}
}

// Combinations lists every way the questions of an entry can be answered,
// each as the answers map that reaches a plan: for tests and for tools that
// print every path.
func Combinations(id ScenarioID) []map[string]string {
	s, found := ScenarioByID(id)
	if !found || s.Question == nil {
		return []map[string]string{{}}
	}
	var out []map[string]string
	var walk func(q *Question, given map[string]string)
	walk = func(q *Question, given map[string]string) {
		for _, a := range q.Answers {
			m := map[string]string{}
			for k, v := range given {
				m[k] = v
			}
			m[q.ID] = a.ID
			if a.Then != nil {
				walk(a.Then, m)
			} else {
				out = append(out, m)
			}
		}
	}
	walk(s.Question, map[string]string{})
	return out
}
