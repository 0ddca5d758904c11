package progress

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
)

// Merge combines what this window changed with what another window saved:
// base is the state both started from (what this window last read or wrote),
// mine is this window's state now, disk is what the file holds now. Each
// setting, answer, tick and recorded day this window changed since base is
// taken from mine; everything else from disk. A checklist this window
// started over (there in base, gone in mine) is gone. Fields this version
// does not know are kept from the file. It is a pure function: the store's
// only rule for two windows.
func Merge(base, mine, disk State) State {
	out := disk.clone()
	pick := func(b, m, d string) string {
		if m != b {
			return m
		}
		return d
	}
	out.Language = pick(base.Language, mine.Language, disk.Language)
	out.Theme = pick(base.Theme, mine.Theme, disk.Theme)
	out.TextSize = pick(base.TextSize, mine.TextSize, disk.TextSize)
	out.Phone = pick(base.Phone, mine.Phone, disk.Phone)
	out.Country = pick(base.Country, mine.Country, disk.Country)
	ids := map[string]bool{}
	for _, m := range []map[string]*Checklist{base.Checklists, mine.Checklists} {
		for id := range m {
			ids[id] = true
		}
	}
	for id := range ids {
		b, m, d := base.Checklists[id], mine.Checklists[id], disk.Checklists[id]
		switch {
		case m == nil && b == nil:
			// neither here nor there for this window: disk's, as it is
		case m == nil:
			delete(out.Checklists, id) // started over here
		default:
			c := mergeChecklist(orEmpty(b), *m, orEmpty(d))
			out.Checklists[id] = &c
		}
	}
	out.normalize()
	return out
}

func orEmpty(c *Checklist) Checklist {
	if c == nil {
		return Checklist{}
	}
	return *c
}

// mergeChecklist is Merge for one checklist: ticks added or removed here
// are added or removed there; each answer changed here wins; the later
// update time is kept.
func mergeChecklist(base, mine, disk Checklist) Checklist {
	out := disk.clone()
	for _, step := range mine.Done {
		if !slices.Contains(base.Done, step) && !slices.Contains(out.Done, step) {
			out.Done = append(out.Done, step)
		}
		if day, ok := mine.DoneOn[step]; ok && !slices.Contains(base.Done, step) {
			if out.DoneOn == nil {
				out.DoneOn = map[string]string{}
			}
			out.DoneOn[step] = day // ticked here: the day it was ticked here
		}
	}
	out.Done = slices.DeleteFunc(out.Done, func(step string) bool {
		return slices.Contains(base.Done, step) && !slices.Contains(mine.Done, step)
	})
	maps.DeleteFunc(out.DoneOn, func(step, _ string) bool { return !slices.Contains(out.Done, step) })
	keys := map[string]bool{}
	for k := range base.Answers {
		keys[k] = true
	}
	for k := range mine.Answers {
		keys[k] = true
	}
	for k := range keys {
		m, inMine := mine.Answers[k]
		b, inBase := base.Answers[k]
		if m == b && inMine == inBase {
			continue // not changed here
		}
		if out.Answers == nil {
			out.Answers = map[string]string{}
		} else {
			out.Answers = maps.Clone(out.Answers)
		}
		if inMine {
			out.Answers[k] = m
		} else {
			delete(out.Answers, k)
		}
	}
	if mine.PinAskedOn != base.PinAskedOn {
		out.PinAskedOn = mine.PinAskedOn
	}
	if mine.Updated.After(out.Updated) {
		out.Updated = mine.Updated
	}
	return out
}

// Equal reports whether two states hold the same things: what the file
// would say for each (no tick and an empty list of ticks are the same).
func Equal(a, b State) bool {
	if a.Version != b.Version || a.Language != b.Language || a.Theme != b.Theme || a.TextSize != b.TextSize ||
		a.Phone != b.Phone || a.Country != b.Country || len(a.Checklists) != len(b.Checklists) ||
		!maps.EqualFunc(a.extra, b.extra, func(x, y json.RawMessage) bool { return bytes.Equal(x, y) }) {
		return false
	}
	for id, x := range a.Checklists {
		y, ok := b.Checklists[id]
		if !ok || (x == nil) != (y == nil) {
			return false
		}
		if x != nil && (!slices.Equal(x.Done, y.Done) || !maps.Equal(x.Answers, y.Answers) ||
			!x.Updated.Equal(y.Updated) || x.PinAskedOn != y.PinAskedOn || !maps.Equal(x.DoneOn, y.DoneOn) ||
			!maps.EqualFunc(x.extra, y.extra, func(a, b json.RawMessage) bool { return bytes.Equal(a, b) })) {
			return false
		}
	}
	return true
}
