package progress

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"codesafety/app/checklist"
)

// Two windows of Code Safety on the same folder: each one's ticks survive
// the other's saves, and the one that finds the other's changes says so.
func TestTwoWindowsKeepEachOthersChanges(t *testing.T) {
	dir := t.TempDir()
	a, b := OpenStore(dir), OpenStore(dir)
	var merged atomic.Int32
	b.OnChange(func(c Change) {
		if c.Merged {
			merged.Add(1)
		}
	})

	a.SetDone(checklist.Unrequested, "never-share-code", true)
	must(t, a.Flush())
	b.SetDone(checklist.Unrequested, "turn-on-two-step", true) // b has not seen a's tick
	must(t, b.Flush())
	a.SetLanguage("es")
	must(t, a.Flush())

	got := mustRead(t, dir)
	if c := got.Checklists[string(checklist.Unrequested)]; c == nil ||
		!c.IsDone("never-share-code") || !c.IsDone("turn-on-two-step") {
		t.Fatalf("a tick was lost: %+v", got.Checklists[string(checklist.Unrequested)])
	}
	if got.Language != "es" {
		t.Errorf("language = %q", got.Language)
	}
	if merged.Load() != 1 {
		t.Errorf("b was told of %d merges, want 1", merged.Load())
	}
	if !b.Checklist(checklist.Unrequested).IsDone("never-share-code") {
		t.Error("b does not show a's tick after merging")
	}
}

// Both windows change things at the same time, many times over.
func TestTwoWindowsAtOnce(t *testing.T) {
	dir := t.TempDir()
	a, b := OpenStore(dir), OpenStore(dir)
	steps := checklist.Scenarios()[0].Steps
	done := make(chan bool)
	for i, s := range []*Store{a, b} {
		go func() {
			for round := range 50 {
				for j, st := range steps {
					if j%2 == i { // a owns the even steps, b the odd ones
						s.SetDone(checklist.Unrequested, st.ID, round%2 == 0)
					}
				}
			}
			done <- true
		}()
	}
	<-done
	<-done
	must(t, a.Flush())
	must(t, b.Flush())
	// Round 49 was odd: every step ends unticked. Now each ticks its own.
	for j, st := range steps {
		[]*Store{a, b}[j%2].SetDone(checklist.Unrequested, st.ID, true)
	}
	must(t, a.Flush())
	must(t, b.Flush())
	got := mustRead(t, dir).Checklists[string(checklist.Unrequested)]
	for _, st := range steps {
		if !got.IsDone(st.ID) {
			t.Errorf("%s lost", st.ID)
		}
	}
}

// A change this window makes while its saver is still writing what it
// combined with another window's ticks is moved onto that first: the
// other window's tick is not read as one this window took away.
func TestAChangeDuringAMergeKeepsTheOtherWindowsTick(t *testing.T) {
	dir := t.TempDir()
	a, b := OpenStore(dir), OpenStore(dir) // b has not read a's tick
	steps := checklist.Scenarios()[0].Steps
	a.SetDone(checklist.Unrequested, steps[0].ID, true)
	must(t, a.Flush())
	writing, release := make(chan bool), make(chan bool)
	first := true
	b.write = func(path string, data []byte) error {
		if first { // the save that takes in a's tick: held until b changes again
			first = false
			writing <- true
			<-release
		}
		return writeFileAtomic(path, data)
	}
	b.SetDone(checklist.Unrequested, steps[1].ID, true)
	<-writing
	b.SetDone(checklist.Unrequested, steps[2].ID, true) // made before b took in a's tick
	release <- true
	must(t, b.Flush())
	got := mustRead(t, dir).Checklists[string(checklist.Unrequested)]
	for _, st := range steps[:3] {
		if !got.IsDone(st.ID) {
			t.Errorf("%s lost: %v", st.ID, got.Done)
		}
	}
	if !b.Checklist(checklist.Unrequested).IsDone(steps[0].ID) {
		t.Error("b does not show a's tick")
	}
}

// A save cut short leaves a temporary file; the next start removes it.
func TestStaleTemporaryFilesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, StateFile+".tmp-123")
	must(t, os.WriteFile(stale, []byte("{"), 0o600))
	OpenStore(dir)
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file kept: %v", err)
	}
}

// Another window of a newer version writes meanwhile: stop saving, say so,
// and leave its file alone.
func TestNewerWindowMeanwhileStopsSaving(t *testing.T) {
	dir := t.TempDir()
	s := OpenStore(dir)
	s.SetDone(checklist.Unrequested, "never-share-code", true)
	must(t, s.Flush())
	newer := `{"version": 99, "checklists": {}}` + "\n"
	must(t, os.WriteFile(s.Path(), []byte(newer), 0o600))
	var got error
	s.OnChange(func(c Change) {
		if c.Err != nil {
			got = c.Err
		}
	})
	s.SetDone(checklist.Unrequested, "turn-on-two-step", true)
	if err := s.Flush(); err == nil {
		t.Fatal("no error")
	}
	if got == nil || !strings.Contains(got.Error(), "newer") {
		t.Errorf("save error = %v", got)
	}
	if !s.ReadOnly() || s.Problem() != ProblemNewer {
		t.Errorf("read-only %v, problem %v", s.ReadOnly(), s.Problem())
	}
	if readFile(t, s.Path()) != newer {
		t.Error("the newer file was overwritten")
	}
}

func TestNoFolderSavesNothing(t *testing.T) {
	cwd, _ := os.Getwd()
	s := OpenStore("")
	if s.Problem() != ProblemUnwritable || !s.ReadOnly() {
		t.Fatalf("problem %v", s.Problem())
	}
	s.SetDone(checklist.Unrequested, "never-share-code", true)
	s.Flush() // reports the problem again; nothing to wait for
	if _, err := os.Stat(filepath.Join(cwd, StateFile)); !os.IsNotExist(err) {
		t.Error("wrote state.json into the current folder")
	}
	if !s.Checklist(checklist.Unrequested).IsDone("never-share-code") {
		t.Error("the tick is not kept in memory")
	}
}

func TestDataFolderIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "data")
	must(t, os.WriteFile(file, []byte("not a folder"), 0o600))
	s := OpenStore(file)
	if s.Problem() != ProblemUnwritable {
		t.Fatalf("problem %v", s.Problem())
	}
	s.SetDone(checklist.Unrequested, "never-share-code", true)
	s.Flush()
	if readFile(t, file) != "not a folder" {
		t.Error("the file was changed")
	}
}

// ---- crash safety: a child process saving in a loop, killed at random ----

const childEnv = "CODESAFETY_STORE_CHILD"

// TestStoreChild is the child: with CODESAFETY_STORE_CHILD=<dir>[,<offset>]
// it saves changes in a tight loop and prints "saved N" after each save of
// change N is durable (Flush returned). Run alone, it does nothing.
func TestStoreChild(t *testing.T) {
	arg := os.Getenv(childEnv)
	if arg == "" {
		t.Skip("only run as a child process")
	}
	dir, offset, _ := strings.Cut(arg, ",")
	off, _ := strconv.Atoi(offset)
	s := OpenStore(dir)
	steps := checklist.Scenarios()[0].Steps
	out := bufio.NewWriter(os.Stdout)
	for n := 1; n <= 1_000_000; n++ {
		setCounter(s, off, n, steps)
		if err := s.Flush(); err != nil {
			fmt.Fprintln(out, "error", err)
			out.Flush()
			os.Exit(3)
		}
		fmt.Fprintln(out, "saved", n)
		out.Flush()
	}
}

// setCounter records n in the state: as an answer (the number itself) and
// as ticks (its bits), so a torn or mixed file would not match.
func setCounter(s *Store, off, n int, steps []checklist.Step) {
	s.update(func(st State) State {
		st = st.clone()
		c := st.checklist(checklist.Unrequested)
		if c.Answers == nil {
			c.Answers = map[string]string{}
		}
		c.Answers[fmt.Sprintf("counter-%d", off)] = strconv.Itoa(n)
		for b := range 4 {
			id := steps[off+b].ID
			c.Done = slices.DeleteFunc(c.Done, func(d string) bool { return d == id })
			if n>>b&1 == 1 {
				c.Done = append(c.Done, id)
			}
		}
		return st
	})
}

// counter reads back what setCounter wrote, checking ticks and answer agree.
func counter(st State, off int, steps []checklist.Step) (int, error) {
	c := st.Checklists[string(checklist.Unrequested)]
	if c == nil {
		return 0, nil
	}
	v, ok := c.Answers[fmt.Sprintf("counter-%d", off)]
	if !ok {
		return 0, nil // nothing of this process's in the file
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, err
	}
	for b := range 4 {
		if c.IsDone(steps[off+b].ID) != (n>>b&1 == 1) {
			return n, fmt.Errorf("ticks do not match change %d", n)
		}
	}
	return n, nil
}

func startChild(t *testing.T, dir string, off int) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestStoreChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s,%d", childEnv, dir, off))
	stdout, err := cmd.StdoutPipe()
	must(t, err)
	cmd.Stderr = os.Stderr
	must(t, cmd.Start())
	return cmd, bufio.NewScanner(stdout)
}

// lastSaved reads the child's reports until it has printed at least min
// lines, and returns the last change it reported as saved.
func lastSaved(t *testing.T, sc *bufio.Scanner, lines chan<- int) {
	last := 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == "saved" {
			last, _ = strconv.Atoi(f[1])
			lines <- last
		} else if len(f) > 0 && f[0] == "error" {
			t.Errorf("child: %s", sc.Text())
		}
	}
	close(lines)
}

// TestCrashSafety kills a saving child process with SIGKILL at random
// moments, at least 200 times. After each kill state.json must load and
// hold the last change the child reported as saved, or the one after it
// (saved, but killed before it could report).
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short")
	}
	const kills = 200
	dir := t.TempDir()
	steps := checklist.Scenarios()[0].Steps
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	killedMidSave := 0
	for i := range kills {
		cmd, sc := startChild(t, dir, 0)
		reports := make(chan int, 1<<16)
		go lastSaved(t, sc, reports)
		// wait for the first save of this run, then a random moment more
		first, ok := <-reports
		if !ok {
			cmd.Wait()
			t.Fatalf("kill %d: the child saved nothing", i)
		}
		time.Sleep(time.Duration(rng.IntN(20_000)) * time.Microsecond)
		must(t, cmd.Process.Signal(syscall.SIGKILL))
		cmd.Wait()
		last := first
		for n := range reports {
			last = n
		}
		st, err := ReadState(dir)
		if err != nil {
			t.Fatalf("kill %d: state.json does not load: %v", i, err)
		}
		n, err := counter(st, 0, steps)
		if err != nil {
			t.Fatalf("kill %d: %v", i, err)
		}
		if n != last && n != last+1 {
			t.Fatalf("kill %d: file holds change %d, child reported %d saved", i, n, last)
		}
		if n == last+1 {
			killedMidSave++
		}
	}
	stale, _ := filepath.Glob(filepath.Join(dir, StateFile+".tmp-*"))
	if len(stale) > 1 { // a kill during the last save may leave one
		t.Errorf("temporary files pile up: %v", stale)
	}
	t.Logf("crash safety: %d SIGKILLs, state.json loaded and matched every time "+
		"(%d times the change being saved at the kill had reached the disk)", kills, killedMidSave)
}

// TestTwoProcessesAtOnce runs two saving processes on one folder, each
// owning its own steps and counter: after both are stopped, the file holds
// each one's last reported change.
func TestTwoProcessesAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short")
	}
	dir := t.TempDir()
	steps := checklist.Scenarios()[0].Steps
	var cmds []*exec.Cmd
	var chans []chan int
	for _, off := range []int{0, 4} {
		cmd, sc := startChild(t, dir, off)
		ch := make(chan int, 1<<16)
		go lastSaved(t, sc, ch)
		cmds, chans = append(cmds, cmd), append(chans, ch)
	}
	// Let both save side by side: until each has saved at least 10 times
	// (a fixed time was too short for a child slow to start on a busy
	// machine), then a moment more.
	lasts := []int{0, 0}
	deadline := time.After(30 * time.Second)
	for lasts[0] < 10 || lasts[1] < 10 {
		select {
		case n, ok := <-chans[0]:
			lasts[0] = max(lasts[0], n)
			if !ok {
				t.Fatal("process 0 stopped")
			}
		case n, ok := <-chans[1]:
			lasts[1] = max(lasts[1], n)
			if !ok {
				t.Fatal("process 1 stopped")
			}
		case <-deadline:
			t.Fatalf("in 30 s the processes saved only %v changes", lasts)
		}
	}
	time.Sleep(300 * time.Millisecond)
	for _, cmd := range cmds {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}
	st, err := ReadState(dir)
	must(t, err)
	for i, off := range []int{0, 4} {
		last := lasts[i]
		for n := range chans[i] {
			last = n
		}
		n, err := counter(st, off, steps)
		if err != nil {
			t.Fatalf("process %d: %v", i, err)
		}
		if last < 10 {
			t.Fatalf("process %d saved only %d changes", i, last)
		}
		if n != last && n != last+1 {
			t.Errorf("process %d: file holds change %d, it reported %d saved", i, n, last)
		}
		t.Logf("process %d: %d saves", i, last)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustRead(t *testing.T, dir string) State {
	t.Helper()
	st, err := ReadState(dir)
	must(t, err)
	return st
}
