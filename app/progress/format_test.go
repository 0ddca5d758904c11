package progress

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codesafety/app/checklist"
)

// What another version (or a person with an editor) may have put in a
// version-1 file survives a save: unknown top-level fields, a byte order
// mark, a version written as 1.0.
func TestRoundTripKeepsWhatItDoesNotKnow(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	file := "\uFEFF" + `{"version": 1.0, "language": "es", "future": {"a": [1, 2, "x"]}, "zz": null,
		"checklists": {"asked": {"done": ["call-them"]}}}`
	must(t, os.WriteFile(path, []byte(file), 0o600))
	s := OpenStore(dir)
	if s.Problem() != ProblemNone {
		t.Fatalf("problem %v", s.Problem())
	}
	if !s.Checklist(checklist.Asked).IsDone("call-them") || s.State().Language != "es" {
		t.Error("the file was not read")
	}
	s.SetDone(checklist.Asked, "spot-the-trick", true)
	must(t, s.Flush())
	var raw map[string]json.RawMessage
	must(t, json.Unmarshal([]byte(readFile(t, path)), &raw))
	if string(raw["zz"]) != "null" || strings.Join(strings.Fields(string(raw["future"])), "") != `{"a":[1,2,"x"]}` {
		t.Errorf("unknown fields lost: %s", readFile(t, path))
	}
	if string(raw["version"]) != "1" {
		t.Errorf("version written as %s", raw["version"])
	}
	// and again, through a second save and a fresh start
	again := OpenStore(dir)
	again.SetLanguage("fr")
	must(t, again.Flush())
	if st := mustRead(t, dir); st.extra["future"] == nil || st.Language != "fr" || !st.Checklists["asked"].IsDone("spot-the-trick") {
		t.Errorf("second round trip: %+v", st)
	}
}

// Bytes that are not UTF-8 would come back as U+FFFD: the file is kept
// aside, byte for byte, instead.
func TestInvalidUTF8IsKeptAsItWas(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	file := "{\"version\":1,\"checklists\":{\"asked\":{\"done\":[\"call-them\",\"x\xff\xfe\"]}}}"
	must(t, os.WriteFile(path, []byte(file), 0o600))
	s := OpenStore(dir)
	if s.Problem() != ProblemCorrupt {
		t.Fatalf("problem %v", s.Problem())
	}
	if readFile(t, s.CorruptCopy()) != file {
		t.Error("the file was not kept as it was")
	}
	s.SetDone(checklist.Asked, "call-them", true)
	must(t, s.Flush())
	if strings.Contains(readFile(t, path), "\uFFFD") {
		t.Error("U+FFFD written")
	}
}

func TestVersions(t *testing.T) {
	cases := []struct {
		version string
		want    error // nil, errNewer, or errBad
	}{
		{"1", nil}, {"1.0", nil}, {"1e0", nil}, {"10e-1", nil}, {"1.000", nil}, {"0.1e1", nil},
		{"2", errNewer}, {"99", errNewer}, {"2.0", errNewer}, {"99999999999999999999", errNewer},
		{"1e999999999999999999999", errNewer}, {"1e400", errNewer}, {"100e-1", errNewer},
		{"0", errBad}, {"-1", errBad}, {"-0", errBad}, {"1.5", errBad}, {"0.5", errBad}, {"1e-1", errBad},
		{"1e-99999999999999999999", errBad}, {`"1"`, errBad}, {"null", errBad}, {"true", errBad},
		{"[1]", errBad}, {"0.0", errBad}, {"1.0000000000000000000000000000000001", errBad},
	}
	for _, c := range cases {
		_, err := parseState([]byte(`{"version":` + c.version + `,"checklists":{}}`))
		switch {
		case c.want == errBad && (err == nil || errors.Is(err, errNewer)):
			t.Errorf("version %s: %v, want unreadable", c.version, err)
		case c.want != errBad && !errors.Is(err, c.want) && err != c.want:
			t.Errorf("version %s: %v, want %v", c.version, err, c.want)
		}
	}
	if _, err := parseState([]byte(`{"checklists":{}}`)); err == nil || errors.Is(err, errNewer) {
		t.Errorf("no version: %v", err)
	}
}

var errBad = errors.New("unreadable")

// A file from a newer version, however large its number, is never
// overwritten, and export is told (ErrNewerOnDisk).
func TestHugeVersionIsNewer(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	file := `{"version": 99999999999999999999, "checklists": {"asked": {"done": ["call-them"]}}}`
	must(t, os.WriteFile(path, []byte(file), 0o600))
	s := OpenStore(dir)
	if s.Problem() != ProblemNewer || !s.ReadOnly() {
		t.Fatalf("problem %v", s.Problem())
	}
	s.SetDone(checklist.Asked, "spot-the-trick", true)
	must(t, s.Flush())
	if readFile(t, path) != file {
		t.Error("the newer file was changed")
	}
	if _, err := ReadState(dir); !errors.Is(err, ErrNewerOnDisk) {
		t.Errorf("ReadState: %v", err)
	}
}
