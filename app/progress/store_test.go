package progress

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"codesafety/app/checklist"
)

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestStoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := OpenStore(dir)
	if s.Problem() != ProblemNone || s.ReadOnly() {
		t.Fatalf("fresh store: problem %v read-only %v", s.Problem(), s.ReadOnly())
	}
	s.SetDone(checklist.Unrequested, "never-share-code", true)
	s.SetDone(checklist.Unrequested, "turn-on-two-step", true)
	s.SetDone(checklist.Unrequested, "turn-on-two-step", false)
	s.Answer(checklist.Asked, checklist.QuestionSentCode, checklist.AnswerNotSure)
	s.SetLanguage("es")
	s.SetTheme(ThemeDark)
	s.SetTextSize(TextLarger)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}

	again := OpenStore(dir)
	st := again.State()
	if st.Version != 1 || st.Language != "es" || st.Theme != ThemeDark || st.TextSize != TextLarger {
		t.Errorf("settings not kept: %+v", st)
	}
	if got := again.Checklist(checklist.Unrequested).Done; !slices.Equal(got, []string{"never-share-code"}) {
		t.Errorf("done = %v", got)
	}
	if got := again.Checklist(checklist.Asked).Answers[checklist.QuestionSentCode]; got != checklist.AnswerNotSure {
		t.Errorf("answer = %q", got)
	}
	if again.Checklist(checklist.Unrequested).Updated.IsZero() {
		t.Error("updated time not saved")
	}

	// The file has the documented format.
	var raw map[string]any
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(dir, StateFile))), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "language", "theme", "text_size", "checklists"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("state.json has no %q", k)
		}
	}
	cl := raw["checklists"].(map[string]any)["unrequested"].(map[string]any)
	if _, err := time.Parse(time.RFC3339, cl["updated"].(string)); err != nil {
		t.Errorf("updated is not RFC 3339: %v", err)
	}
}

func TestStoreWritesAtomically(t *testing.T) {
	dir := t.TempDir()
	s := OpenStore(dir)
	s.SetDone(checklist.Asked, "call-them", true)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, s.Path())

	// A write that fails half way (the disk fills up after the temporary
	// file is created) must leave the old file as it was and no stray files.
	s.write = func(path string, data []byte) error {
		return writeFileAtomicVia(path, data, func(f *os.File, data []byte) error {
			f.Write(data[:len(data)/2])
			return errors.New("no space left on device")
		})
	}
	var reported error
	s.OnChange(func(c Change) {
		if c.Err != nil {
			reported = c.Err
		}
	})
	s.SetDone(checklist.Asked, "report-and-block", true)
	if err := s.Flush(); err == nil {
		t.Fatal("Flush did not report the failed write")
	}
	if reported == nil {
		t.Error("the save error was not reported")
	}
	if got := readFile(t, s.Path()); got != before {
		t.Errorf("old file changed after a failed write:\n%s", got)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{StateFile, lockFile}) {
		t.Errorf("stray files left: %v", names)
	}

	// With the disk back, the next change saves everything.
	s.write = writeFileAtomic
	s.SetDone(checklist.Asked, "spot-the-trick", true)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := OpenStore(dir).Checklist(checklist.Asked).Done; !slices.Equal(got, []string{"call-them", "report-and-block", "spot-the-trick"}) {
		t.Errorf("done = %v", got)
	}
}

func TestCorruptFileIsKeptAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	garbage := `{"version":1,"checklists":{"asked":{"done":["call-them"` // cut short
	os.WriteFile(path, []byte(garbage), 0o600)

	s := OpenStore(dir)
	if s.Problem() != ProblemCorrupt {
		t.Fatalf("problem = %v, want corrupt", s.Problem())
	}
	aside := s.CorruptCopy()
	if !strings.HasPrefix(filepath.Base(aside), "state.json.corrupt-") {
		t.Errorf("kept as %q", aside)
	}
	if got := readFile(t, aside); got != garbage {
		t.Errorf("corrupt copy differs: %q", got)
	}
	if s.ReadOnly() || s.Checklist(checklist.Asked).IsDone("call-them") {
		t.Error("a corrupt file should give a fresh, writable store")
	}
	s.SetDone(checklist.Asked, "call-them", true)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if OpenStore(dir).Problem() != ProblemNone {
		t.Error("the problem is reported again on the next start")
	}

	// A known field of the wrong type is left out, and the rest is read:
	// TestAFieldOfTheWrongTypeIsLeftOut.
	os.WriteFile(path, []byte(`{"version":1,"checklists":{"asked":{"done":"call-them"}}}`), 0o600)
	if p := OpenStore(dir).Problem(); p != ProblemPartial {
		t.Errorf("wrong types: problem = %v", p)
	}
}

func TestNewerVersionIsNeverOverwritten(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	newer := `{"version":2,"language":"es","checklists":{"asked":{"done":["call-them"]}},"new_field":true}`
	os.WriteFile(path, []byte(newer), 0o600)

	s := OpenStore(dir)
	if s.Problem() != ProblemNewer || !s.ReadOnly() {
		t.Fatalf("problem %v read-only %v", s.Problem(), s.ReadOnly())
	}
	if !s.Checklist(checklist.Asked).IsDone("call-them") || s.State().Language != "es" {
		t.Error("what could be read of the newer file is not shown")
	}
	s.SetDone(checklist.Asked, "report-and-block", true)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if !s.Checklist(checklist.Asked).IsDone("report-and-block") {
		t.Error("changes should still work in memory")
	}
	if err := s.DeleteProgress(); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != newer {
		t.Errorf("newer file was changed:\n%s", got)
	}
}

func TestUnwritableFolder(t *testing.T) {
	// A data folder that is a file fails for everyone, root included.
	base := t.TempDir()
	dir := filepath.Join(base, "not-a-folder")
	os.WriteFile(dir, []byte("x"), 0o600)

	s := OpenStore(dir)
	if s.Problem() != ProblemUnwritable || !s.ReadOnly() {
		t.Fatalf("problem %v read-only %v", s.Problem(), s.ReadOnly())
	}
	s.SetDone(checklist.Unrequested, "never-share-code", true)
	s.Flush()
	if !s.Checklist(checklist.Unrequested).IsDone("never-share-code") {
		t.Error("ticks should still work in memory")
	}
	if got := readFile(t, dir); got != "x" {
		t.Errorf("the file in the folder's place was changed: %q", got)
	}
}

func TestUnwritableFolderWithPermissions(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, StateFile), []byte(`{"version":1,"checklists":{"asked":{"done":["call-them"]}}}`), 0o600)
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	s := OpenStore(dir)
	if s.Problem() != ProblemUnwritable || !s.Checklist(checklist.Asked).IsDone("call-them") {
		t.Errorf("problem %v, progress %v", s.Problem(), s.Checklist(checklist.Asked).Done)
	}
}

func TestUnknownStepIDsAreKept(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	os.WriteFile(path, []byte(`{"version":1,"checklists":{"asked":{"done":["from-the-future","call-them"],"answers":{"future-question":"x"}},"future-scenario":{"done":["a"]}}}`), 0o600)
	s := OpenStore(dir)
	sc, _ := checklist.ScenarioByID(checklist.Asked)
	if n := s.Checklist(checklist.Asked).DoneCount(sc); n != 1 {
		t.Errorf("unknown IDs must not count as done steps: %d", n)
	}
	s.SetDone(checklist.Asked, "call-them", false)
	s.SetDone(checklist.Asked, "spot-the-trick", true)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	st, err := ReadState(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Checklists["asked"].Done; !slices.Equal(got, []string{"from-the-future", "spot-the-trick"}) {
		t.Errorf("done = %v", got)
	}
	if st.Checklists["asked"].Answers["future-question"] != "x" || st.Checklists["future-scenario"] == nil {
		t.Error("unknown answers or checklists were dropped")
	}
}

func TestStartOverAndDelete(t *testing.T) {
	dir := t.TempDir()
	s := OpenStore(dir)
	s.SetDone(checklist.Asked, "call-them", true)
	s.Answer(checklist.Asked, checklist.QuestionSentCode, checklist.AnswerYes)
	s.SetDone(checklist.Recover, "sign-in-again", true)
	s.StartOver(checklist.Asked)
	s.Flush()
	if c := OpenStore(dir).Checklist(checklist.Asked); len(c.Done) != 0 || len(c.Answers) != 0 {
		t.Errorf("start over left %+v", c)
	}
	if !OpenStore(dir).Checklist(checklist.Recover).IsDone("sign-in-again") {
		t.Error("start over touched another checklist")
	}
	s.SetLanguage("hi")
	if err := s.DeleteProgress(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("state.json still there: %v", err)
	}
	if s.Checklist(checklist.Recover).IsDone("sign-in-again") {
		t.Error("progress still in memory after delete")
	}
	if s.State().Language != "hi" {
		t.Error("delete should keep this session's settings")
	}
}

func TestReadStateChangesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	os.WriteFile(path, []byte("not json"), 0o600)
	if _, err := ReadState(dir); err == nil {
		t.Error("no error for a broken file")
	}
	if readFile(t, path) != "not json" {
		t.Error("ReadState changed the file")
	}
	st, err := ReadState(filepath.Join(dir, "missing"))
	if err != nil || st.Version != 1 {
		t.Errorf("missing folder: %v %+v", err, st)
	}
}

// The window hears of every change through one notice, and can tell a
// change of settings (which redoes its look) from a tick.
func TestOneChangeNotice(t *testing.T) {
	s := OpenStore(t.TempDir())
	var got []Change
	s.OnChange(func(c Change) { got = append(got, c) })
	s.SetDone(checklist.Asked, "call-them", true)
	s.SetLanguage("es")
	s.SetLanguage("es")
	must(t, s.Flush())
	if len(got) != 3 {
		t.Fatalf("%d notices, want 3: %+v", len(got), got)
	}
	if got[0].Settings || !got[1].Settings || got[2].Settings {
		t.Errorf("settings flags: %v %v %v, want false true false", got[0].Settings, got[1].Settings, got[2].Settings)
	}
	if !got[0].State.Checklists["asked"].IsDone("call-them") || got[1].State.Language != "es" {
		t.Errorf("the notices do not carry the state: %+v", got)
	}
}

func TestPhoneAndPinDayAreSavedAndCleared(t *testing.T) {
	dir := t.TempDir()
	s := OpenStore(dir)
	s.SetPhone(checklist.PhoneIPhone)
	s.SetPinAskedOn(checklist.Recover, "2026-12-01")
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	raw := readFile(t, filepath.Join(dir, "state.json"))
	for _, want := range []string{`"phone": "iphone"`, `"pin_asked_on": "2026-12-01"`} {
		if !strings.Contains(raw, want) {
			t.Errorf("state.json lacks %s:\n%s", want, raw)
		}
	}
	st, err := ReadState(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st.Phone != checklist.PhoneIPhone || st.Checklists[string(checklist.Recover)].PinAskedOn != "2026-12-01" {
		t.Errorf("read back: phone %q, day %+v", st.Phone, st.Checklists[string(checklist.Recover)])
	}
	// A second store sees them, and clearing the day leaves nothing behind.
	s2 := OpenStore(dir)
	if s2.State().Phone != checklist.PhoneIPhone || s2.Checklist(checklist.Recover).PinAskedOn != "2026-12-01" {
		t.Error("a new store did not read the phone or the day")
	}
	s2.SetPinAskedOn(checklist.Recover, "")
	if err := s2.Flush(); err != nil {
		t.Fatal(err)
	}
	if raw := readFile(t, filepath.Join(dir, "state.json")); strings.Contains(raw, "pin_asked_on") {
		t.Errorf("a cleared day is still saved:\n%s", raw)
	}
}

// A Flush that starts while a save is under way, and that save fails, is
// told so (it once waited for ever: the screens' test of a full disk hung).
func TestFlushDuringAFailingSave(t *testing.T) {
	s := OpenStore(t.TempDir())
	started, fail := make(chan bool), make(chan bool)
	s.write = func(string, []byte) error {
		started <- true
		<-fail
		return errors.New("no space left on device")
	}
	s.SetDone(checklist.Asked, "call-them", true)
	<-started
	flushed := make(chan error)
	go func() { flushed <- s.Flush() }()
	time.Sleep(50 * time.Millisecond) // the Flush waits for the save under way
	close(fail)
	select {
	case err := <-flushed:
		if err == nil {
			t.Error("Flush did not report the failed save")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Flush never returned")
	}
}

// The country chosen for reporting is saved, read back, and cleared.
func TestCountryIsSaved(t *testing.T) {
	dir := t.TempDir()
	s := OpenStore(dir)
	s.SetCountry("NL")
	must(t, s.Flush())
	if st, err := ReadState(dir); err != nil || st.Country != "NL" {
		t.Fatalf("read back %q, %v", st.Country, err)
	}
	s.SetCountry("")
	must(t, s.Flush())
	if raw := readFile(t, filepath.Join(dir, "state.json")); strings.Contains(raw, "country") {
		t.Errorf("a cleared country is still saved:\n%s", raw)
	}
}

// A save fails (the file held by another program, a full disk), nothing
// else is changed, and the person quits: the quit's flush tries the kept
// changes once more, so what the screen showed is saved if it can be.
func TestQuitRetriesAFailedSave(t *testing.T) {
	dir := t.TempDir()
	s := OpenStore(dir)
	fail := true
	s.write = func(path string, data []byte) error {
		if fail {
			return errors.New("the process cannot access the file because it is being used by another process")
		}
		return writeFileAtomic(path, data)
	}
	s.SetDone(checklist.Asked, "call-them", true)
	if err := s.Flush(); err == nil {
		t.Fatal("the first save did not fail")
	}
	fail = false // the other program let go
	if err := s.FlushWithin(500 * time.Millisecond); err != nil {
		t.Fatalf("quitting: %v", err)
	}
	st, err := ReadState(dir)
	if err != nil || !st.Checklists[string(checklist.Asked)].IsDone("call-them") {
		t.Errorf("the tick was lost on quitting: %+v, %v", st.Checklists, err)
	}
}

// A notice says where it comes from: a change made through the store is
// told on the caller's goroutine (Saving false); what the saving goroutine
// finds (another window's changes) says so, for the window to move it to
// its own goroutine.
func TestANoticeSaysWhoTellsIt(t *testing.T) {
	dir := t.TempDir()
	a, b := OpenStore(dir), OpenStore(dir)
	var notices []Change
	var mu sync.Mutex
	b.OnChange(func(c Change) { mu.Lock(); notices = append(notices, c); mu.Unlock() })
	a.SetDone(checklist.Asked, "call-them", true)
	must(t, a.Flush())
	b.SetDone(checklist.Asked, "report-and-block", true)
	must(t, b.Flush())
	mu.Lock()
	defer mu.Unlock()
	if len(notices) != 2 || notices[0].Saving || notices[0].Merged || !notices[1].Saving || !notices[1].Merged {
		t.Errorf("notices %+v", notices)
	}
}
