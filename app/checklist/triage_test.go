package checklist

import (
	"fmt"
	"maps"
	"slices"
	"strings"
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
		// Saved before "Does WhatsApp still open your chats?" was asked: the
		// route for "not sure" until it is answered.
		{Asked, map[string]string{QuestionSentCode: AnswerYes}, true, []ScenarioID{ActNow, Recover}, true},
		{Asked, map[string]string{QuestionSentCode: AnswerNotSure}, true, []ScenarioID{ActNow, Recover}, true},
		{Asked, map[string]string{QuestionSentCode: AnswerYes, QuestionCanUse: AnswerYes}, true, []ScenarioID{ActNow}, true},
		{Asked, map[string]string{QuestionSentCode: AnswerYes, QuestionCanUse: AnswerNo}, true, []ScenarioID{Recover}, true},
		{Asked, map[string]string{QuestionSentCode: "from-a-newer-version"}, false, nil, false},
		{Recover, nil, false, nil, false},
		{Recover, map[string]string{QuestionCanUse: AnswerLostPhone}, true, []ScenarioID{LostPhone}, true},
		{ActNow, nil, true, []ScenarioID{ActNow}, false},
		// An entry that asks nothing opens itself, urgent.
		{FriendTaken, nil, true, []ScenarioID{FriendTaken}, true},
		{FriendTaken, map[string]string{QuestionSentCode: AnswerYes}, true, []ScenarioID{FriendTaken}, true},
		{GhostPairing, map[string]string{QuestionSentCode: AnswerNo}, true, []ScenarioID{GhostPairing}, false},
		{"nonsense", nil, false, nil, false},
	}
	for _, c := range cases {
		plan, ok := Triage(c.scenario, c.answers)
		if ok != c.ok || !slices.Equal(plan.Route, c.route) || plan.Urgent != c.urgent {
			t.Errorf("Triage(%s, %v) = %v %v, want %v %v urgent=%v", c.scenario, c.answers, plan, ok, c.route, c.ok, c.urgent)
		}
	}
}

// Next asks the questions one at a time, in order, and asks again one whose
// saved answer this version does not know.
func TestNextAsksInOrder(t *testing.T) {
	cases := []struct {
		entry   ScenarioID
		answers map[string]string
		want    string // the question asked, or "" for a plan
	}{
		{Asked, nil, QuestionSentCode},
		{Asked, map[string]string{QuestionSentCode: AnswerYes}, QuestionCanUse},
		{Asked, map[string]string{QuestionSentCode: AnswerWebsite}, QuestionCanUse},
		{Asked, map[string]string{QuestionSentCode: AnswerNotSure}, QuestionCanUse},
		{Asked, map[string]string{QuestionSentCode: AnswerNo}, ""},
		{Asked, map[string]string{QuestionSentCode: AnswerYes, QuestionCanUse: AnswerLostPhone}, QuestionCanUse},
		{Asked, map[string]string{QuestionSentCode: "x", QuestionCanUse: AnswerYes}, QuestionSentCode},
		{Unrequested, nil, QuestionCanUse},
		{Unrequested, map[string]string{QuestionCanUse: AnswerYes}, ""},
		{Recover, nil, QuestionCanUse},
		{Recover, map[string]string{QuestionCanUse: AnswerLostPhone}, ""},
		{ActNow, nil, ""},
		{FriendTaken, nil, ""},
	}
	for _, c := range cases {
		q, plan := Next(c.entry, c.answers)
		switch {
		case c.want == "" && (q != nil || len(plan.Route) == 0):
			t.Errorf("Next(%s, %v) = %v, %v; want a plan", c.entry, c.answers, q, plan)
		case c.want != "" && (q == nil || q.ID != c.want || len(plan.Route) != 0):
			t.Errorf("Next(%s, %v) = %v, %v; want question %s", c.entry, c.answers, q, plan, c.want)
		}
	}
	if q, plan := Next("nonsense", nil); q != nil || plan.Route != nil {
		t.Error("an unknown checklist gives a question or a plan")
	}
}

// Every way of answering every entry's questions leads to the right paths,
// and every path it opens has at most four urgent steps, the right ones.
func TestEveryAnswerCombination(t *testing.T) {
	want := map[string][]ScenarioID{
		"unrequested can-use-whatsapp=yes":                        {Unrequested},
		"unrequested can-use-whatsapp=no":                         {Recover, Unrequested},
		"unrequested can-use-whatsapp=not-sure":                   {ActNow, Recover},
		"asked sent-code=no":                                      {Asked},
		"asked can-use-whatsapp=yes sent-code=yes":                {ActNow},
		"asked can-use-whatsapp=no sent-code=yes":                 {Recover},
		"asked can-use-whatsapp=not-sure sent-code=yes":           {ActNow, Recover},
		"asked can-use-whatsapp=yes sent-code=website-or-qr":      {GhostPairing},
		"asked can-use-whatsapp=no sent-code=website-or-qr":       {Recover, GhostPairing},
		"asked can-use-whatsapp=not-sure sent-code=website-or-qr": {GhostPairing, Recover},
		"asked can-use-whatsapp=yes sent-code=not-sure":           {ActNow},
		"asked can-use-whatsapp=no sent-code=not-sure":            {Recover},
		"asked can-use-whatsapp=not-sure sent-code=not-sure":      {ActNow, Recover},
		"recover can-use-whatsapp=yes":                            {ActNow},
		"recover can-use-whatsapp=no":                             {Recover},
		"recover can-use-whatsapp=lost-phone":                     {LostPhone},
		"recover can-use-whatsapp=not-sure":                       {ActNow, Recover},
		"friend-taken":                                            {FriendTaken},
	}
	seen := map[string]bool{}
	for _, entry := range Entries() {
		for _, answers := range Combinations(entry) {
			name := string(entry)
			for _, k := range slices.Sorted(maps.Keys(answers)) {
				name += fmt.Sprintf(" %s=%s", k, answers[k])
			}
			seen[name] = true
			q, plan := Next(entry, answers)
			if q != nil {
				t.Errorf("%s: still asks %s", name, q.ID)
				continue
			}
			// The table is the routing of the situations it names; a
			// situation added since is held to the rules below alone.
			if w, ok := want[name]; (ok || tabled(want, entry)) && !slices.Equal(plan.Route, w) {
				t.Errorf("%s: route %v, want %v", name, plan.Route, w)
			}
			if len(plan.Route) == 0 {
				t.Errorf("%s: leads nowhere", name)
			}
			if tp, ok := Triage(entry, answers); !ok || !slices.Equal(tp.Route, plan.Route) || tp.Urgent != plan.Urgent {
				t.Errorf("%s: Triage %v %v, Next %v", name, tp, ok, plan)
			}
			first, _ := ScenarioByID(plan.First())
			if plan.Urgent == first.Calm {
				t.Errorf("%s: urgent %v but %s calm %v", name, plan.Urgent, first.ID, first.Calm)
			}
			for _, id := range plan.Route {
				checkPath(t, name, id)
			}
			// The answers to the questions asked are exactly those given.
			var asked []string
			for _, q := range AskedQuestions(entry, answers) {
				asked = append(asked, q.ID)
			}
			if !slices.Equal(slices.Sorted(slices.Values(asked)), slices.Sorted(maps.Keys(answers))) {
				t.Errorf("%s: asked %v", name, asked)
			}
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("%s is not among the combinations", name)
		}
	}
}

// checkPath checks what a path shows Right now.
func checkPath(t *testing.T, name string, id ScenarioID) {
	t.Helper()
	sc, ok := ScenarioByID(id)
	if !ok {
		t.Fatalf("%s: path %s does not exist", name, id)
	}
	var now []string
	for _, st := range sc.StepsIn(PhaseNow) {
		now = append(now, st.ID)
	}
	if len(now) > MaxNow {
		t.Errorf("%s: %s has %d urgent steps", name, id, len(now))
	}
	want := map[ScenarioID][]string{
		Unrequested:  nil,
		ActNow:       {"turn-on-two-step", "check-linked-devices"},
		GhostPairing: {"check-linked-devices", "tell-contacts"},
		Recover:      {"sign-in-again", "unknown-pin-wait"},
		LostPhone:    {"lock-sim"},
		FriendTaken:  {"call-them", "send-recovery-message"},
		// calm, but the person who wrote needs checking on
		Asked: {"call-them", "send-recovery-message", "report-and-block"},
	}[id]
	for _, w := range want {
		if !slices.Contains(now, w) {
			t.Errorf("%s: %s lacks %s in Right now (%v)", name, id, w, now)
		}
	}
	if want == nil && (len(now) > 0 || !sc.Calm) {
		t.Errorf("%s: %s is to be calm, with nothing urgent: %v", name, id, now)
	}
	// Two-step verification does not remove a linked device (SOURCES.md,
	// "Two kinds of code"): it is not what ghost pairing's Right now offers.
	if id == GhostPairing && slices.Contains(now, "turn-on-two-step") {
		t.Errorf("%s: ghost pairing offers two-step verification as if it removed a linked device: %v", name, now)
	}
	if id == LostPhone && now[0] != "lock-sim" {
		t.Errorf("%s: lost phone does not lock the SIM first: %v", name, now)
	}
}

// The calm paths say "You're safe" first, whatever is left to do; the
// others start by acting now.
func TestCalmMessage(t *testing.T) {
	none := func(string) bool { return false }
	for _, sc := range Scenarios() {
		want := StandingActNow
		if sc.Calm {
			want = StandingSafe
		}
		if got := sc.StandingOf(none); got != want {
			t.Errorf("%s: calm %v, stands %s at first", sc.ID, sc.Calm, got)
		}
	}
}

// tabled reports whether the table names any combination of the entry.
func tabled(want map[string][]ScenarioID, entry ScenarioID) bool {
	for name := range want {
		if strings.HasPrefix(name+" ", string(entry)+" ") {
			return true
		}
	}
	return false
}

// "Not sure" never strands: wherever it is answered, the checklist it
// leads to first is the logged-out path itself or shows the way to it at
// its top (WayOut), since its steps need a WhatsApp that still works.
func TestNotSureNeverStrands(t *testing.T) {
	var walk func(entry ScenarioID, q *Question)
	walk = func(entry ScenarioID, q *Question) {
		for _, a := range q.Answers {
			if a.Then != nil {
				walk(entry, a.Then)
				continue
			}
			if a.ID != AnswerNotSure {
				continue
			}
			first, _ := ScenarioByID(a.Route[0])
			if first.ID != Recover && first.WayOut != Recover {
				t.Errorf("%s, %s = not sure: leads to %s, which shows no way to %s", entry, q.ID, first.ID, Recover)
			}
		}
	}
	for _, sc := range Scenarios() {
		if sc.Question != nil {
			walk(sc.ID, sc.Question)
		}
	}
	for _, sc := range Scenarios() {
		if sc.WayOut == "" {
			continue
		}
		if way, ok := ScenarioByID(sc.WayOut); !ok || way.Calm {
			t.Errorf("%s: its way out %q is not a path to act on", sc.ID, sc.WayOut)
		}
	}
}

// "It didn't work?" says only what its sources say: signing in again
// cites the code by call or email (W16), the wait (A11) and the PIN (W4).
func TestTroubleIsBackedBySources(t *testing.T) {
	en := english(t)
	n := 0
	for _, sc := range Scenarios() {
		for _, st := range sc.Steps {
			if st.Trouble == "" {
				continue
			}
			n++
			if en.T(st.Trouble) == st.Trouble {
				t.Errorf("%s: no English for %s", st.ID, st.Trouble)
			}
			if st.Trouble == TroubleSignIn {
				for _, id := range []SourceID{"W16", "A11", "W4"} {
					if !slices.Contains(st.Sources, id) {
						t.Errorf("%s: %s without source %s", st.ID, st.Trouble, id)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Error("no step says what to do when it does not work")
	}
}

// Where someone you know asked for your code, every checklist the answers
// lead to starts Right now with checking on them (the situation's Lead),
// each step once; reached from any other situation, or opened directly,
// a checklist is as written.
func TestTheOneWhoAskedComesFirst(t *testing.T) {
	asked, _ := ScenarioByID(Asked)
	if asked.Lead == nil {
		t.Fatal("someone asked for your code: no step leads the paths it leads to")
	}
	n := 0
	for _, answers := range Combinations(Asked) {
		plan, ok := Triage(Asked, answers)
		if !ok || plan.First() == Asked {
			continue
		}
		n++
		sc, _ := ScenarioFrom(plan.First(), Asked)
		now := sc.StepsIn(PhaseNow)
		if len(now) == 0 || now[0].ID != asked.Lead.ID || !now[0].Urgent {
			t.Errorf("%v: %s starts Right now with %v, not %s", answers, sc.ID, now, asked.Lead.ID)
		}
		seen := map[string]bool{}
		for _, st := range sc.Steps {
			if seen[st.ID] {
				t.Errorf("%v: %s shows %s twice", answers, sc.ID, st.ID)
			}
			seen[st.ID] = true
		}
		for _, entry := range []ScenarioID{"", Recover, Unrequested} {
			plain, _ := ScenarioByID(plan.First())
			if got, _ := ScenarioFrom(plan.First(), entry); !slices.EqualFunc(got.Steps, plain.Steps, func(a, b Step) bool { return a.ID == b.ID && a.Phase == b.Phase }) {
				t.Errorf("%s reached from %q is not as written", plan.First(), entry)
			}
		}
	}
	if n < 3 {
		t.Errorf("only %d paths lead on from %s: act now, recover and the ghost pairing path should", n, Asked)
	}
}
