package progress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"codesafety/app/checklist"
)

// stateVersion is the version of state.json this app reads and writes.
const stateVersion = 1

// StateFile is the name of the progress file in the data folder.
const StateFile = "state.json"

// Settings values.
const (
	ThemeSystem = "system"
	ThemeLight  = "light"
	ThemeDark   = "dark"

	TextNormal = "normal"
	TextLarge  = "large"
	TextLarger = "larger"
)

// TextSizes are the text sizes, smallest first.
func TextSizes() []string { return []string{TextNormal, TextLarge, TextLarger} }

// NextTextSize is the size after size, as the top bar's "Aa Text size"
// steps through them: each larger, then normal again (and normal after
// one it does not know).
func NextTextSize(size string) string {
	sizes := TextSizes()
	if i := slices.Index(sizes, size); i >= 0 {
		return sizes[(i+1)%len(sizes)]
	}
	return sizes[0]
}

// State is everything Code Safety remembers, as stored in state.json.
type State struct {
	Version    int                   `json:"version"`  // a newer file's is stateVersion+1, however large
	Language   string                `json:"language"` // empty: follow the system
	Theme      string                `json:"theme"`
	TextSize   string                `json:"text_size"`
	Checklists map[string]*Checklist `json:"checklists"`
	// Phone is the phone the person's WhatsApp is on (checklist.Phones), for
	// the menu paths; "" until asked.
	Phone string `json:"phone,omitempty"`
	// Country is the country chosen on the report screen (a code of
	// report.Countries); "" follows the system's region.
	Country string `json:"country,omitempty"`

	// other top-level fields of the file, written back as they were, so
	// nothing another version keeps there is lost
	extra map[string]json.RawMessage
}

// Checklist is the saved progress of one scenario. Done keeps step IDs this
// version does not know, so an older or newer app's progress is not lost.
type Checklist struct {
	Done    []string          `json:"done"`
	Answers map[string]string `json:"answers"`
	Updated time.Time         `json:"updated"`
	// PinAskedOn is the day (checklist.DayLayout) WhatsApp first asked for a
	// PIN the person does not know, to count the 7-day wait; "" when not recorded.
	PinAskedOn string `json:"pin_asked_on,omitempty"`
	// DoneOn is the day (checklist.DayLayout) each step in Done was ticked,
	// for a report to the police; a step ticked by an older version has none.
	DoneOn map[string]string `json:"done_on,omitempty"`

	// other fields of the entry, written back as they were (never changed
	// in place, so clones share it)
	extra map[string]json.RawMessage
}

// MarshalJSON writes the known fields in their order, then any others the
// file had.
func (c Checklist) MarshalJSON() ([]byte, error) {
	type known Checklist // the same fields, without this method (extra, unexported, is not written)
	b, err := json.Marshal(known(c))
	if err != nil {
		return nil, err
	}
	return withExtra(b, c.extra), nil
}

// withExtra adds the fields of extra, by name, to the JSON object b.
func withExtra(b []byte, extra map[string]json.RawMessage) []byte {
	if len(extra) == 0 {
		return b
	}
	b = b[:len(b)-1] // without the closing brace
	for _, k := range slices.Sorted(maps.Keys(extra)) {
		key, _ := json.Marshal(k)
		b = append(append(append(append(b, ','), key...), ':'), extra[k]...)
	}
	return append(b, '}')
}

// newState returns the state of a first start.
func newState() State {
	return State{Version: stateVersion, Theme: ThemeSystem, TextSize: TextNormal,
		Checklists: map[string]*Checklist{}}
}

func (s *State) normalize() {
	if s.Theme == "" {
		s.Theme = ThemeSystem
	}
	if s.TextSize == "" {
		s.TextSize = TextNormal
	}
	if s.Checklists == nil {
		s.Checklists = map[string]*Checklist{}
	}
	maps.DeleteFunc(s.Checklists, func(_ string, c *Checklist) bool { return c == nil })
}

// clone returns a deep copy, so the saving goroutine and the window never
// share a map. (extra is never changed in place, so it is shared.)
func (s State) clone() State {
	c := s
	c.Checklists = make(map[string]*Checklist, len(s.Checklists))
	for id, cl := range s.Checklists {
		cc := cl.clone()
		c.Checklists[id] = &cc
	}
	return c
}

func (c *Checklist) clone() Checklist {
	cc := *c
	cc.Done = slices.Clone(c.Done)
	cc.Answers = maps.Clone(c.Answers)
	cc.DoneOn = maps.Clone(c.DoneOn)
	return cc
}

// checklist returns a scenario's progress, adding it if it is not there.
func (s *State) checklist(id checklist.ScenarioID) *Checklist {
	c := s.Checklists[string(id)]
	if c == nil {
		c = &Checklist{}
		s.Checklists[string(id)] = c
	}
	return c
}

// IsDone reports whether a step is ticked in a checklist.
func (c Checklist) IsDone(stepID string) bool { return slices.Contains(c.Done, stepID) }

// DoneCount counts the steps of scenario sc that are ticked in c (unknown IDs
// kept in the file do not count).
func (c Checklist) DoneCount(sc checklist.Scenario) int { return c.Ticked(sc.Steps) }

// Ticked counts the steps of steps that are ticked in c.
func (c Checklist) Ticked(steps []checklist.Step) int {
	n := 0
	for _, st := range steps {
		if c.IsDone(st.ID) {
			n++
		}
	}
	return n
}

var errNewer = errors.New("state file is from a newer version of Code Safety")

// errPartial is the reading error of a file that is read, but with a known
// field of the wrong type, which is left out: the rest is there.
var errPartial = errors.New("state file has a field of the wrong type, left out")

// bom is the byte order mark some editors put at the start of a UTF-8 file.
var bom = []byte("\uFEFF")

// parseState reads a state file. A file whose version is newer than this app
// knows is returned as far as it can be read, with errNewer. A known field
// of the wrong type, at any level, is left out and the rest read, with
// errPartial; fields this version does not know are kept, at every level.
func parseState(data []byte) (State, error) {
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		// JSON is UTF-8 (RFC 8259); reading it anyway would turn the bad
		// bytes into U+FFFD and write that back. Kept aside, they survive.
		return State{}, errors.New("state file is not UTF-8")
	}
	top, err := object(data)
	if err != nil {
		return State{}, fmt.Errorf("state file is not a JSON object: %v", err)
	}
	newer, err := parseVersion(top["version"])
	if err != nil {
		return State{}, err
	}
	delete(top, "version")
	st := State{Version: stateVersion}
	if newer {
		st.Version = stateVersion + 1
	}
	partial := false
	for key, to := range map[string]*string{"language": &st.Language, "theme": &st.Theme, "text_size": &st.TextSize,
		"phone": &st.Phone, "country": &st.Country} {
		partial = field(top, key, to) || partial
	}
	if raw, ok := top["checklists"]; ok {
		delete(top, "checklists")
		entries, err := object(raw)
		if err != nil && string(raw) != "null" {
			partial = true
		}
		for id, raw := range entries {
			c, bad, err := parseChecklist(raw)
			partial = partial || bad || err != nil
			if err == nil {
				if st.Checklists == nil {
					st.Checklists = map[string]*Checklist{}
				}
				st.Checklists[id] = &c
			}
		}
	}
	st.extra = compacted(top)
	st.normalize()
	switch {
	case newer:
		return st, errNewer
	case partial:
		return st, errPartial
	}
	return st, nil
}

// parseChecklist reads one checklist's entry: bad reports a known field of
// the wrong type, left out; err that the entry is not an object (or null).
func parseChecklist(raw json.RawMessage) (c Checklist, bad bool, err error) {
	fields, err := object(raw)
	if err != nil {
		return Checklist{}, true, err
	}
	for key, to := range map[string]any{"done": &c.Done, "answers": &c.Answers, "updated": &c.Updated,
		"pin_asked_on": &c.PinAskedOn, "done_on": &c.DoneOn} {
		bad = field(fields, key, to) || bad
	}
	c.extra = compacted(fields)
	return c, bad, nil
}

// object reads a JSON object as its fields (null is not one).
func object(data []byte) (map[string]json.RawMessage, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	if m == nil {
		return nil, errors.New("null")
	}
	return m, nil
}

// field reads fields[key] into to and takes it out of fields; a value of
// the wrong type leaves to as it was and is reported (null is no value).
func field(fields map[string]json.RawMessage, key string, to any) (wrong bool) {
	raw, ok := fields[key]
	if !ok {
		return false
	}
	delete(fields, key)
	if err := json.Unmarshal(raw, to); err != nil {
		return true
	}
	return false
}

// compacted is the fields left, each as compact JSON (nil when none).
func compacted(fields map[string]json.RawMessage) map[string]json.RawMessage {
	if len(fields) == 0 {
		return nil
	}
	for k, raw := range fields {
		var b bytes.Buffer
		json.Compact(&b, raw) // valid: it was parsed; written back indented anew
		fields[k] = b.Bytes()
	}
	return fields
}

// parseVersion reads the version, which must be a whole number of at least
// 1 (written any way JSON allows: 1, 1.0, 1e0). It reports whether the
// number is above stateVersion, however large, without converting it.
func parseVersion(raw json.RawMessage) (newer bool, err error) {
	bad := errors.New("state file has no valid version")
	s := string(raw)
	if s == "" || s[0] != '-' && (s[0] < '0' || s[0] > '9') || !json.Valid(raw) {
		return false, bad // missing, null, a string, ...
	}
	if s[0] == '-' {
		return false, bad // zero or below
	}
	mant, exp, _ := strings.Cut(strings.ToLower(s), "e")
	intPart, frac, _ := strings.Cut(mant, ".")
	digits := intPart + frac
	point := int64(len(intPart)) // value = 0.digits × 10^point
	trimmed := strings.TrimLeft(digits, "0")
	point -= int64(len(digits) - len(trimmed))
	digits = strings.TrimRight(trimmed, "0")
	if digits == "" {
		return false, bad // zero
	}
	if exp != "" {
		e, err := strconv.ParseInt(exp, 10, 64)
		switch {
		case err != nil && strings.HasPrefix(exp, "-"):
			return false, bad // far below 1
		case err != nil:
			return true, nil // far above any version
		}
		e = max(min(e, 1<<40), -1<<40)
		point += e
	}
	switch {
	case point < int64(len(digits)):
		return false, bad // not a whole number (or below 1)
	case digits == "1" && point == 1:
		return false, nil // 1
	}
	return true, nil // a whole number of 2 or more
}

// encodeState is the file for st: the known fields in their order, then any
// others the file had, indented.
func encodeState(st State) ([]byte, error) {
	type known struct {
		Version    int                   `json:"version"`
		Language   string                `json:"language"`
		Theme      string                `json:"theme"`
		TextSize   string                `json:"text_size"`
		Checklists map[string]*Checklist `json:"checklists"`
		Phone      string                `json:"phone,omitempty"`
		Country    string                `json:"country,omitempty"`
	}
	// Without HTML escaping: encoding/json would otherwise rewrite a "&" in
	// the fields kept from the file (Checklist.MarshalJSON's output) as
	// \u0026, and the file would change each time it is saved.
	var enc bytes.Buffer
	e := json.NewEncoder(&enc)
	e.SetEscapeHTML(false)
	if err := e.Encode(known{stateVersion, st.Language, st.Theme, st.TextSize, st.Checklists, st.Phone, st.Country}); err != nil {
		return nil, err
	}
	b := withExtra(bytes.TrimSuffix(enc.Bytes(), []byte("\n")), st.extra)
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}
