package progress

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"
	"time"

	"codesafety/app/checklist"
)

// st builds a state from a compact description, for the tables below:
// ticks and answers of one checklist ("asked"), and the settings.
type st struct {
	lang, phone string
	done        []string
	answers     map[string]string
	pin         string
	started     bool // the checklist exists (false: never opened, or started over)
}

func (d st) state() State {
	s := newState()
	s.Language, s.Phone = d.lang, d.phone
	if d.started || d.done != nil || d.answers != nil || d.pin != "" {
		s.Checklists["asked"] = &Checklist{Done: d.done, Answers: d.answers, PinAskedOn: d.pin}
	}
	return s
}

// Two windows, each its own changes since the state both read: Merge keeps
// both, and where both changed the same thing, this window's wins.
func TestMerge(t *testing.T) {
	a := map[string]string{"sent-code": "no"}
	cases := []struct {
		name             string
		base, mine, disk st
		want             st
	}{
		{"nothing changed", st{done: []string{"x"}}, st{done: []string{"x"}}, st{done: []string{"x"}}, st{done: []string{"x"}}},
		{"only the other window ticked", st{started: true}, st{started: true}, st{done: []string{"y"}}, st{done: []string{"y"}}},
		{"only this window ticked", st{started: true}, st{done: []string{"x"}}, st{started: true}, st{done: []string{"x"}}},
		{"both ticked", st{started: true}, st{done: []string{"x"}}, st{done: []string{"y"}}, st{done: []string{"y", "x"}}},
		{"this window unticked, the other ticked another", st{done: []string{"x"}}, st{started: true}, st{done: []string{"x", "y"}}, st{done: []string{"y"}}},
		{"the other unticked what this window left alone", st{done: []string{"x"}}, st{done: []string{"x"}}, st{started: true}, st{started: true}},
		{"both ticked the same", st{started: true}, st{done: []string{"x"}}, st{done: []string{"x"}}, st{done: []string{"x"}}},
		{"an answer here, a tick there", st{started: true}, st{answers: a}, st{done: []string{"y"}}, st{done: []string{"y"}, answers: a}},
		{"both answered: this window's wins", st{started: true}, st{answers: a}, st{answers: map[string]string{"sent-code": "yes"}}, st{answers: a}},
		{"an answer forgotten here", st{answers: map[string]string{"sent-code": "yes", "can-use-whatsapp": "no"}},
			st{answers: a}, st{answers: map[string]string{"sent-code": "yes", "can-use-whatsapp": "no"}}, st{answers: a}},
		{"started over here, ticked there", st{done: []string{"x"}}, st{}, st{done: []string{"x", "y"}}, st{}},
		{"opened only there", st{}, st{}, st{done: []string{"y"}}, st{done: []string{"y"}}},
		{"a language here, a phone there", st{}, st{lang: "hi"}, st{phone: "android"}, st{lang: "hi", phone: "android"}},
		{"both chose a language: this window's wins", st{lang: "es"}, st{lang: "hi"}, st{lang: "ar"}, st{lang: "hi"}},
		{"the other chose a language", st{lang: "es"}, st{lang: "es"}, st{lang: "ar"}, st{lang: "ar"}},
		{"a day noted here", st{started: true}, st{pin: "2026-12-01"}, st{done: []string{"y"}}, st{done: []string{"y"}, pin: "2026-12-01"}},
		{"a day cleared there", st{pin: "2026-12-01"}, st{pin: "2026-12-01"}, st{started: true}, st{started: true}},
	}
	for _, c := range cases {
		got := Merge(c.base.state(), c.mine.state(), c.disk.state())
		if want := c.want.state(); !Equal(got, want) {
			gj, _ := encodeState(got)
			wj, _ := encodeState(want)
			t.Errorf("%s:\n got %s\nwant %s", c.name, gj, wj)
		}
	}
}

// Merge changes none of its inputs, keeps the file's unknown fields and the
// later update time.
func TestMergeIsPure(t *testing.T) {
	base := st{done: []string{"x"}}.state()
	mine := base.Tick(checklist.Asked, "z", true, time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC))
	disk := base.Tick(checklist.Asked, "y", true, time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC))
	disk.extra = map[string]json.RawMessage{"future": json.RawMessage(`{"a":1}`)}
	b0, m0, d0 := base.clone(), mine.clone(), disk.clone()
	got := Merge(base, mine, disk)
	if !Equal(base, b0) || !Equal(mine, m0) || !Equal(disk, d0) {
		t.Error("Merge changed an input")
	}
	if string(got.extra["future"]) != `{"a":1}` {
		t.Error("the file's unknown field is lost")
	}
	c := got.Checklists["asked"]
	if !slices.Equal(c.Done, []string{"x", "y", "z"}) || !c.Updated.Equal(time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("merged %+v", *c)
	}
	got.Checklists["asked"].Done[0] = "changed"
	if disk.Checklists["asked"].Done[0] != "x" {
		t.Error("the merge shares a list with the file's state")
	}
}

// The day a step was ticked goes with its tick: this window's tick keeps
// this window's day, the other's its own, and an untick takes the day away.
func TestMergeKeepsTheDaysOfTicks(t *testing.T) {
	with := func(done []string, days map[string]string) State {
		s := newState()
		s.Checklists["asked"] = &Checklist{Done: done, DoneOn: days}
		return s
	}
	base := with([]string{"z"}, map[string]string{"z": "2026-12-01"})
	mine := with([]string{"z", "x"}, map[string]string{"z": "2026-12-01", "x": "2026-12-06"})
	disk := with([]string{"z", "y"}, map[string]string{"z": "2026-12-01", "y": "2026-12-05"})
	got := Merge(base, mine, disk).Checklists["asked"].DoneOn
	if want := map[string]string{"z": "2026-12-01", "x": "2026-12-06", "y": "2026-12-05"}; !maps.Equal(got, want) {
		t.Errorf("days %v, want %v", got, want)
	}
	untick := with(nil, nil) // this window unticked z
	got = Merge(base, untick, disk).Checklists["asked"].DoneOn
	if want := map[string]string{"y": "2026-12-05"}; !maps.Equal(got, want) {
		t.Errorf("after an untick here: days %v, want %v", got, want)
	}
}
