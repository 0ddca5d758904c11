//go:build unix

package progress

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"codesafety/app/checklist"
)

// The tests in this file play someone hostile on a shared computer, or a
// file gone wrong: whatever is at state.json or state.lock, the app starts
// at once, reads little, follows no link it should not, and says so.

// within runs f and fails the test if it takes longer than d.
func within(t *testing.T, d time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	start := time.Now()
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s: still not done after %v", what, d)
	}
	t.Logf("%s: %v", what, time.Since(start).Round(time.Millisecond))
}

// A state.json that is not a file (a pipe, a link to a device, a folder)
// is never opened for long nor read: the store starts at once, saves
// nothing, says so, and leaves it alone; export says it cannot be read.
func TestStateFileThatIsNotAFile(t *testing.T) {
	cases := map[string]func(path string) error{
		"pipe":                   func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"link to /dev/zero":      func(p string) error { return os.Symlink("/dev/zero", p) },
		"link to /dev/urandom":   func(p string) error { return os.Symlink("/dev/urandom", p) },
		"folder":                 func(p string) error { return os.Mkdir(p, 0o700) },
		"link to a pipe":         func(p string) error { must(t, syscall.Mkfifo(p+".fifo", 0o600)); return os.Symlink(p+".fifo", p) },
		"link to its own folder": func(p string) error { return os.Symlink(filepath.Dir(p), p) },
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, StateFile)
			must(t, mk(path))
			before, _ := os.Lstat(path)
			var s *Store
			within(t, 2*time.Second, "open", func() { s = OpenStore(dir) })
			if s.Problem() != ProblemUnwritable || !s.ReadOnly() {
				t.Errorf("problem %v read-only %v, want unwritable", s.Problem(), s.ReadOnly())
			}
			s.SetDone(checklist.Asked, "call-them", true)
			within(t, 2*time.Second, "flush", func() { s.Flush() })
			if !s.Checklist(checklist.Asked).IsDone("call-them") {
				t.Error("the tick is not kept in memory")
			}
			after, err := os.Lstat(path)
			if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
				t.Errorf("state.json was not left alone: %v %v", after, err)
			}
			if s.CorruptCopy() != "" {
				t.Errorf("kept aside as %s", s.CorruptCopy())
			}
			var rerr error
			within(t, 2*time.Second, "export's read", func() { _, rerr = ReadState(dir) })
			if rerr == nil {
				t.Error("ReadState gave no error")
			}
		})
	}
}

// A regular file over MaxStateSize is not read: it is kept aside at once
// (a rename, not a copy), and the app starts fresh and can save.
func TestStateFileTooBig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	// valid, and all of it step IDs, as a hostile or runaway writer would
	var b bytes.Buffer
	b.WriteString(`{"version":1,"checklists":{"asked":{"done":["call-them"`)
	for b.Len() <= MaxStateSize {
		b.WriteString(`,"x-step-that-is-not-there"`)
	}
	b.WriteString("]}}}")
	big := b.Bytes()
	must(t, os.WriteFile(path, big, 0o600))
	var rerr error
	within(t, 2*time.Second, "export's read", func() { _, rerr = ReadState(dir) })
	if !errors.Is(rerr, errTooBig) {
		t.Errorf("ReadState: %v, want too big", rerr)
	}
	var s *Store
	within(t, 2*time.Second, "open", func() { s = OpenStore(dir) })
	if s.Problem() != ProblemCorrupt || s.ReadOnly() {
		t.Fatalf("problem %v read-only %v, want corrupt and writable", s.Problem(), s.ReadOnly())
	}
	if s.Checklist(checklist.Asked).IsDone("call-them") {
		t.Error("read a file over the limit")
	}
	if got, err := os.ReadFile(s.CorruptCopy()); err != nil || !bytes.Equal(got, big) {
		t.Errorf("the big file was not kept as it was: %v", err)
	}
	s.SetDone(checklist.Asked, "call-them", true)
	must(t, s.Flush())
	if !mustRead(t, dir).Checklists["asked"].IsDone("call-them") {
		t.Error("not saved after keeping the big file aside")
	}
}

// A link planted at state.lock is never followed: no file is created where
// it points, an existing target is not touched, and nothing is saved (the
// window says progress cannot be saved, not that the disk is full).
func TestLockFileIsNeverFollowed(t *testing.T) {
	elsewhere := t.TempDir()
	existing := filepath.Join(elsewhere, "victim")
	must(t, os.WriteFile(existing, []byte("mine"), 0o644))
	cases := map[string]func(lock string) error{
		"dangling link":  func(l string) error { return os.Symlink(filepath.Join(elsewhere, "created"), l) },
		"link to a file": func(l string) error { return os.Symlink(existing, l) },
		"folder":         func(l string) error { return os.Mkdir(l, 0o700) },
		"pipe":           func(l string) error { return syscall.Mkfifo(l, 0o600) },
	}
	for name, plant := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			must(t, plant(filepath.Join(dir, lockFile)))
			var s *Store
			within(t, 2*time.Second, "open", func() { s = OpenStore(dir) })
			if s.Problem() != ProblemUnwritable || !s.ReadOnly() {
				t.Errorf("problem %v read-only %v, want unwritable", s.Problem(), s.ReadOnly())
			}
			s.SetDone(checklist.Asked, "call-them", true)
			if err := s.Flush(); !errors.Is(err, ErrLockUnusable) {
				t.Errorf("Flush: %v, want the lock file named", err)
			}
			if _, err := os.Lstat(filepath.Join(elsewhere, "created")); !os.IsNotExist(err) {
				t.Error("a file was created where the link points")
			}
			if got, _ := os.ReadFile(existing); string(got) != "mine" {
				t.Error("the link's target was changed")
			}
			// and a lock file that goes bad after the start: the save says so
			s2 := OpenStore(t.TempDir())
			lock := filepath.Join(filepath.Dir(s2.Path()), lockFile)
			must(t, os.Remove(lock))
			must(t, plant(lock))
			s2.SetDone(checklist.Asked, "call-them", true)
			if err := s2.Flush(); !errors.Is(err, ErrLockUnusable) {
				t.Errorf("save with a bad lock: %v", err)
			}
		})
	}
}

// holdLock takes the folder's lock as another window would (a separate
// open file: flock locks of two open files conflict, even in one process)
// and returns the function that lets go of it.
func holdLock(t *testing.T, dir string) func() {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_RDWR|os.O_CREATE, 0o600)
	must(t, err)
	must(t, syscall.Flock(int(f.Fd()), syscall.LOCK_EX))
	return func() { f.Close() }
}

// Another window holds the lock (hung): the window still opens at once; a
// save waits about lockWait, then says another window is busy (not the
// disk), and tries again until it goes through; quitting waits at most
// what it is told.
func TestHeldLock(t *testing.T) {
	dir := t.TempDir()
	release := holdLock(t, dir)
	var s *Store
	within(t, time.Second, "open with the lock held", func() { s = OpenStore(dir) })
	if s.Problem() != ProblemNone {
		t.Errorf("problem %v", s.Problem())
	}
	changes := make(chan Change, 100)
	s.OnChange(func(c Change) {
		if c.Err != nil || c.Saved || c.Merged {
			changes <- c
		}
	})
	s.SetDone(checklist.Asked, "call-them", true)
	start := time.Now()
	var err error
	within(t, time.Second, "quick exit", func() { err = s.FlushWithin(500 * time.Millisecond) })
	if !errors.Is(err, ErrBusy) {
		t.Errorf("FlushWithin: %v, want busy", err)
	}
	select {
	case c := <-changes:
		if !errors.Is(c.Err, ErrBusy) {
			t.Fatalf("first notice: %+v, want busy", c)
		}
		if waited := time.Since(start); waited < lockWait/2 || waited > 2*lockWait {
			t.Errorf("told after %v, want about %v", waited, lockWait)
		}
		if strings.Contains(c.Err.Error(), "disk") {
			t.Errorf("blames the disk: %v", c.Err)
		}
	case <-time.After(3 * lockWait):
		t.Fatal("never told the save was waiting")
	}
	s.SetDone(checklist.Asked, "spot-the-trick", true) // made while busy
	time.Sleep(lockWait + lockWait/2)                  // still busy: said once, not again
	release()
	select {
	case c := <-changes:
		if !c.Saved || c.Err != nil {
			t.Fatalf("after letting go: %+v, want saved", c)
		}
	case <-time.After(3 * lockWait):
		t.Fatal("never saved after the lock was let go")
	}
	must(t, s.Flush())
	got := mustRead(t, dir).Checklists["asked"]
	if !got.IsDone("call-them") || !got.IsDone("spot-the-trick") {
		t.Errorf("changes made while busy were lost: %+v", got)
	}
}

// Two unreadable files kept aside at the same moment get two names; the
// names are finer than a second, and nothing is replaced.
func TestKeptAsideNamesNeverCollide(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	at := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	var names []string
	for _, content := range []string{"first {", "second {", "third {"} {
		must(t, os.WriteFile(path, []byte(content), 0o600))
		name, err := keepAside(path, at)
		must(t, err)
		names = append(names, name)
		if got := readFile(t, name); got != content {
			t.Errorf("%s holds %q, want %q", name, got, content)
		}
	}
	if names[0] == names[1] || names[1] == names[2] || names[0] == names[2] {
		t.Errorf("names collide: %v", names)
	}
	for _, n := range names {
		if got := readFile(t, n); !strings.HasSuffix(got, "{") {
			t.Errorf("%s was replaced: %q", n, got)
		}
	}
	// and through the store, twice within one second
	must(t, os.WriteFile(path, []byte("one {"), 0o600))
	a := OpenStore(dir).CorruptCopy()
	must(t, os.WriteFile(path, []byte("two {"), 0o600))
	b := OpenStore(dir).CorruptCopy()
	if a == b || readFile(t, a) != "one {" || readFile(t, b) != "two {" {
		t.Errorf("kept as %s and %s", a, b)
	}
}

// An unreadable file is set aside only under the folder's lock: while
// another window holds it, the file stays where it is, and this window
// opens at once without saving over it.
func TestAnUnreadableFileIsSetAsideUnderTheLock(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, StateFile)
	must(t, os.WriteFile(path, []byte("not json"), 0o600))
	release := holdLock(t, dir)
	var s *Store
	within(t, time.Second, "open with the lock held", func() { s = OpenStore(dir) })
	if got := readFile(t, path); got != "not json" || !s.ReadOnly() {
		t.Errorf("with the lock held: file %q, read-only %v", got, s.ReadOnly())
	}
	if copies := namesWithPrefix(dir, StateFile+".corrupt-"); len(copies) != 0 {
		t.Errorf("set aside while another window held the lock: %v", copies)
	}
	release()
	if s := OpenStore(dir); s.Problem() != ProblemCorrupt || s.ReadOnly() {
		t.Errorf("after: problem %v, read-only %v", s.Problem(), s.ReadOnly())
	}
}

// A save that fails because the folder may not be written (permissions, a
// disk mounted read-only) is told apart from a full disk.
func TestCannotWriteHere(t *testing.T) {
	wrap := func(err error) error { return &os.LinkError{Op: "rename", Old: "a", New: "b", Err: err} }
	for err, want := range map[error]bool{
		&os.PathError{Op: "open", Path: "x", Err: syscall.EACCES}: true,
		&os.PathError{Op: "open", Path: "x", Err: syscall.EPERM}:  true,
		wrap(syscall.EROFS):  true,
		wrap(syscall.ENOSPC): false,
		ErrBusy:              false,
		errors.New("other"):  false,
	} {
		if got := CannotWriteHere(err); got != want {
			t.Errorf("CannotWriteHere(%v) = %v", err, got)
		}
	}
}
