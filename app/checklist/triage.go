package checklist

// Question is asked before a checklist, to send a person who may already
// have lost their account to the recovery steps first.
type Question struct {
	ID      string
	Answers []Answer
}

// Answer is one reply to a triage question and where it leads: Route lists
// the checklists to work through, first one first. Urgent marks the first
// checklist as "do this now".
type Answer struct {
	ID     string
	Route  []ScenarioID
	Urgent bool
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

// Plan is where a scenario leads once its question is answered.
type Plan struct {
	Route  []ScenarioID // checklists in the order to do them
	Urgent bool         // the first one is to be done now
}

// First is the checklist to open now.
func (p Plan) First() ScenarioID { return p.Route[0] }

// Triage returns the plan for a scenario given the saved answer to its
// question. ok is false when the scenario asks a question that has not
// been answered yet (or was answered with something this version does not
// know), so the question must be asked.
func Triage(id ScenarioID, answers map[string]string) (plan Plan, ok bool) {
	s, found := ScenarioByID(id)
	if !found {
		return Plan{}, false
	}
	if s.Question == nil {
		return Plan{Route: []ScenarioID{id}}, true
	}
	a, found := s.Question.Answer(answers[s.Question.ID])
	if !found {
		return Plan{}, false
	}
	return Plan{Route: a.Route, Urgent: a.Urgent}, true
}
