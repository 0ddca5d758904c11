package checklist

import (
	"slices"
	"testing"
)

func TestTriageRouting(t *testing.T) {
	cases := []struct {
		scenario ScenarioID
		answers  map[string]string
		ok       bool
		route    []ScenarioID
		urgent   bool
	}{
		{Unrequested, nil, false, nil, false},
		{Unrequested, map[string]string{QuestionCanUse: AnswerYes}, true, []ScenarioID{Unrequested}, false},
		{Unrequested, map[string]string{QuestionCanUse: AnswerNo}, true, []ScenarioID{Recover, Unrequested}, true},
		{Asked, nil, false, nil, false},
		{Asked, map[string]string{QuestionSentCode: AnswerNo}, true, []ScenarioID{Asked}, false},
		{Asked, map[string]string{QuestionSentCode: AnswerYes}, true, []ScenarioID{Recover, Asked}, true},
		{Asked, map[string]string{QuestionSentCode: AnswerNotSure}, true, []ScenarioID{Recover, Asked}, true},
		{Asked, map[string]string{QuestionSentCode: "from-a-newer-version"}, false, nil, false},
		{Recover, nil, true, []ScenarioID{Recover}, false},
		{"nonsense", nil, false, nil, false},
	}
	for _, c := range cases {
		plan, ok := Triage(c.scenario, c.answers)
		if ok != c.ok || !slices.Equal(plan.Route, c.route) || plan.Urgent != c.urgent {
			t.Errorf("Triage(%s, %v) = %v %v, want %v %v urgent=%v", c.scenario, c.answers, plan, ok, c.route, c.ok, c.urgent)
		}
	}
}
