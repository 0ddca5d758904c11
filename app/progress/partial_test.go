package progress

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"codesafety/app/checklist"
)

// A known field of the wrong type, at any level, is left out: what else
// the file says is read and saved again, the whole file is kept aside, and
// the person is told (ProblemPartial).
func TestAFieldOfTheWrongTypeIsLeftOut(t *testing.T) {
	file := `{"version": 1, "language": "hi", "theme": 7, "phone": "iphone",
		"checklists": {
			"asked": {"done": ["call-them"], "answers": {"sent-code": "no"}, "updated": "yesterday", "note": "mine"},
			"recover": {"done": "sign-in-again"},
			"act-now": 12,
			"unrequested": {"done": ["turn-on-two-step"]}
		}}`
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	must(t, os.WriteFile(path, []byte(file), 0o600))
	s := OpenStore(dir)
	if s.Problem() != ProblemPartial || s.ReadOnly() {
		t.Fatalf("problem %v, read-only %v", s.Problem(), s.ReadOnly())
	}
	if got := readFile(t, s.CorruptCopy()); got != file {
		t.Errorf("the file kept aside is not the whole file: %q", got)
	}
	st := s.State()
	if st.Language != "hi" || st.Phone != "iphone" || st.Theme != ThemeSystem {
		t.Errorf("settings read as %+v", st)
	}
	asked := s.Checklist(checklist.Asked)
	if !asked.IsDone("call-them") || asked.Answers["sent-code"] != "no" || !asked.Updated.IsZero() {
		t.Errorf("asked read as %+v", asked)
	}
	if !s.Checklist(checklist.Unrequested).IsDone("turn-on-two-step") || s.Checklist(checklist.Recover).IsDone("sign-in-again") {
		t.Error("the other checklists are not read as they should be")
	}
	// What was read is saved again (by the Flush on quitting, if nothing
	// else changes), the unknown field with it.
	must(t, s.Flush())
	again := mustRead(t, dir)
	if !again.Checklists["asked"].IsDone("call-them") || string(again.Checklists["asked"].extra["note"]) != `"mine"` {
		t.Errorf("saved again as %s", readFile(t, path))
	}
	if p := OpenStore(dir).Problem(); p != ProblemNone {
		t.Errorf("next start: problem %v", p)
	}
}

// Fields this version does not know are kept inside a checklist too.
func TestUnknownFieldsInsideAChecklistAreKept(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	must(t, os.WriteFile(path, []byte(`{"version":1,"checklists":{"asked":{"done":[],"future":{"x":[1,2]}}}}`), 0o600))
	s := OpenStore(dir)
	s.SetDone(checklist.Asked, "call-them", true)
	must(t, s.Flush())
	var raw struct {
		Checklists map[string]map[string]json.RawMessage `json:"checklists"`
	}
	must(t, json.Unmarshal([]byte(readFile(t, path)), &raw))
	if got := string(raw.Checklists["asked"]["future"]); strings.Join(strings.Fields(got), "") != `{"x":[1,2]}` {
		t.Errorf("the unknown field inside the checklist is %q:\n%s", got, readFile(t, path))
	}
}

// Kept-aside copies do not pile up: the newest few stay.
func TestOnlyTheNewestCopiesAreKeptAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	for i := range keptAside + 3 {
		must(t, os.WriteFile(path, []byte(fmt.Sprintf("not json %d", i)), 0o600))
		s := OpenStore(dir)
		if s.Problem() != ProblemCorrupt {
			t.Fatalf("%d: problem %v", i, s.Problem())
		}
		time.Sleep(2 * time.Millisecond) // a new name each time
	}
	copies := namesWithPrefix(dir, StateFile+".corrupt-")
	if len(copies) != keptAside {
		t.Fatalf("%d copies kept: %v", len(copies), copies)
	}
	if got := readFile(t, copies[len(copies)-1]); got != fmt.Sprintf("not json %d", keptAside+2) {
		t.Errorf("the newest copy is %q", got)
	}
}

// A folder whose name holds * or [ is no pattern: starting in it removes
// its own stale temporary files, and never another folder's.
func TestStaleTemporaryFilesOfAFolderWithAPatternInItsName(t *testing.T) {
	parent := t.TempDir()
	for _, name := range []string{"a*", "b["} {
		dir := filepath.Join(parent, name)
		must(t, os.Mkdir(dir, 0o700))
		mine := filepath.Join(dir, StateFile+".tmp-1")
		must(t, os.WriteFile(mine, []byte("{"), 0o600))
		other := filepath.Join(parent, strings.Trim(name, "*[")+"x")
		must(t, os.MkdirAll(other, 0o700))
		theirs := filepath.Join(other, StateFile+".tmp-2")
		must(t, os.WriteFile(theirs, []byte("{"), 0o600))
		OpenStore(dir)
		if _, err := os.Stat(mine); !os.IsNotExist(err) {
			t.Errorf("%s: its own stale file is kept", name)
		}
		if _, err := os.Stat(theirs); err != nil {
			t.Errorf("%s: another folder's file was removed: %v", name, err)
		}
	}
}
