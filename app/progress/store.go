package progress

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"codesafety/app/checklist"
)

// Problem is something about the saved progress the person should be told.
type Problem int

// The problems a store can report.
const (
	ProblemNone       Problem = iota
	ProblemCorrupt            // the file could not be read; it was kept aside and the app started fresh
	ProblemPartial            // a field of the file could not be read: the rest was, and the whole file was kept aside
	ProblemNewer              // the file is from a newer version; progress is read-only
	ProblemUnwritable         // nothing can be saved (no folder, a folder that cannot be written, a state.json that is not a file); progress is kept in memory
)

// lockFile is the name of the file, in the data folder, that two windows
// of Code Safety lock in turn to save.
const lockFile = "state.lock"

// lockWait is how long a save waits for another window to let go of the
// lock before it says so (ErrBusy) and tries again.
const lockWait = 2 * time.Second

// ErrNewerOnDisk is the error when the file is from a newer version of Code
// Safety: export reads it, and a save finds another window of that version
// wrote it meanwhile (this store then stops saving).
var ErrNewerOnDisk = errors.New("a newer version of Code Safety has saved progress in this folder")

// ErrBusy is the save error when another window of Code Safety holds the
// lock for longer than lockWait. The changes are kept and the save is tried
// again until it goes through.
var ErrBusy = errors.New("another window of Code Safety is busy saving progress in this folder")

// ErrLockUnusable is the error when state.lock is not a file the app can
// lock (a link, a folder, ...): nothing is saved, and it is left alone.
var ErrLockUnusable = errors.New("the lock file state.lock cannot be used")

// Change is the one notice a store gives its window: after a change made
// through it, after a save that read in another window's changes, and
// after a save that failed.
type Change struct {
	State    State // the state now; from the saver (Saving), what the file holds: the window reads State()
	Settings bool  // the language, theme or text size differ from before
	Merged   bool  // another window's changes were read in
	Err      error // the save failed: ErrBusy (tried again), ErrNewerOnDisk (no more saving), or another
	Saved    bool  // a save went through after one that failed: a notice about that can go
	// Saving: told by the saving goroutine (a merge, a failed save, a save
	// that went through again), not by the change made on the caller's
	Saving bool
}

// Store is the progress of one window. Its state belongs to the goroutine
// that uses the store (the window's): it is read and changed there only,
// by State's pure operations, and never locked. Each change hands a
// snapshot of it to a saver goroutine of the store's own, the latest
// replacing one not yet taken. The saver writes each snapshot under the
// folder's lock; if another window saved since this one last read or wrote
// the file, it combines the two with Merge (base: what this window last
// had in common with the file; mine: the snapshot; disk: the file) and
// leaves the result for the window to take in (Merge again, with what the
// window changed meanwhile on top). The saver tells the window through
// OnChange, on its own goroutine (Change.Saving): the window moves that to
// its goroutine (fyne.Do).
type Store struct {
	path  string // "" when there is no folder: nothing is saved
	now   func() time.Time
	write func(path string, data []byte) error
	wait  time.Duration // for the lock

	// The window's: read and changed on its goroutine only.
	state State

	// The saver's: used on its goroutine only (set before it starts).
	base State // what this window last read from or wrote to the file
	// lastMade is the snapshot whose save wrote base (nil: base is what was
	// read). A snapshot the window made before it took in base is moved
	// onto base first, as the window itself takes base in: Merge(lastMade,
	// snapshot, base). Merged with the file from base as it was, another
	// window's ticks that base has and the snapshot lacks would read as
	// ticks this window removed, and be lost.
	lastMade *State

	// Between the two, under mu.
	mu       sync.Mutex
	problem  Problem
	aside    string // where an unreadable file was kept
	readOnly bool
	err      error // the last save's error, or why nothing is saved
	saves    int   // how many times the file was written
	onChange func(Change)
	pending  *State        // the latest snapshot, not yet taken by the saver
	sent     uint64        // snapshots handed over so far; pending is the last
	tried    uint64        // the newest snapshot whose save is over (saved, or failed)
	attempts uint64        // saves over so far
	busy     bool          // the last save found the lock held: it is being tried again
	retry    bool          // a Flush hands the state over once more (a failed save, a partly read file)
	deleting chan error    // a DeleteProgress waiting for the saver
	inbox    []readIn      // another window's changes, for the window to take in
	moved    chan struct{} // closed, and made anew, each time done moves
	wake     chan struct{} // the saver's bell
	started  bool          // the saver runs
}

// readIn is a save that found another window's changes: the snapshot, and
// what the file holds now.
type readIn struct{ sent, wrote State }

// OpenStore reads state.json from dir, creating dir if needed. It never
// fails: a problem is reported by Problem and the store still works in
// memory. An empty dir (no folder for this person) saves nothing.
func OpenStore(dir string) *Store {
	s := &Store{state: newState(), base: newState(), now: time.Now, write: writeFileAtomic, wait: lockWait,
		moved: make(chan struct{}), wake: make(chan struct{}, 1)}
	if dir == "" {
		s.readOnly, s.problem, s.err = true, ProblemUnwritable, errors.New("no data folder")
		return s
	}
	s.path = filepath.Join(dir, StateFile)
	data, err := readStateFile(s.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// first start
	case errors.Is(err, errNotRegular):
		// a folder, a pipe, a device: left alone, and so nothing is saved
		s.readOnly, s.problem, s.err = true, ProblemUnwritable, err
		return s
	case err != nil && !unreadable(err):
		// the file is there but this person may not read it: never overwrite it
		s.readOnly, s.problem, s.err = true, ProblemUnwritable, err
		return s
	default:
		st, perr := parseState(data)
		switch {
		case err == nil && errors.Is(perr, errNewer):
			s.state, s.readOnly, s.problem = st, true, ProblemNewer
			return s
		case err == nil && perr == nil:
			s.state, s.base = st, st.clone()
		default:
			// Unreadable, or read but for a field of the wrong type: the
			// whole file is kept aside, and what could be read is kept.
			partial := err == nil && errors.Is(perr, errPartial)
			aside, aerr := s.setAside()
			if aerr != nil {
				// cannot move it aside: keep it and do not write over it
				s.readOnly, s.problem, s.err = true, ProblemUnwritable, aerr
				return s
			}
			s.aside, s.problem = aside, ProblemCorrupt
			if partial {
				s.state, s.problem, s.retry = st, ProblemPartial, true
			}
		}
	}
	if err := probeWritable(dir); err != nil {
		s.readOnly, s.problem, s.err = true, ProblemUnwritable, err
		return s
	}
	// What was read of a partly readable file is dirty: it is saved with
	// the first change, or by the Flush on quitting.
	s.removeStaleTemps()
	return s
}

// keptAside is how many copies of unreadable files are kept in the folder:
// the newest; older ones are removed when another is kept.
const keptAside = 5

// setAsideWait is how long opening waits for another window's lock before
// it leaves an unreadable file where it is (the window opens at once).
const setAsideWait = 300 * time.Millisecond

// setAside moves an unreadable state.json aside under the folder's lock,
// so that another window's save never meets it half moved, and removes
// all but the newest keptAside copies.
func (s *Store) setAside() (aside string, err error) {
	err = s.withLock(min(s.wait, setAsideWait), func() error {
		var err error
		if aside, err = keepAside(s.path, s.now()); err != nil {
			return err
		}
		pruneAside(filepath.Dir(s.path), keptAside)
		return nil
	})
	return aside, err
}

// removeStaleTemps deletes temporary files left by a save that was cut
// short (a crash, a kill), if the lock is free at once (another window's
// save in progress keeps its own; the window never waits to start). A lock
// file that cannot be used means nothing can be saved. The folder is
// listed and names compared, never a pattern made from its path: a folder
// named with * or [ must not match another folder's files.
func (s *Store) removeStaleTemps() {
	err := s.withLock(0, func() error {
		for _, name := range namesWithPrefix(filepath.Dir(s.path), StateFile+".tmp-") {
			os.Remove(name)
		}
		return nil
	})
	if errors.Is(err, ErrLockUnusable) {
		s.readOnly, s.problem, s.err = true, ProblemUnwritable, err
	}
}

// withLock runs f holding the folder's lock, waiting up to wait for
// another window to let go of it (ErrBusy).
func (s *Store) withLock(wait time.Duration, f func() error) error {
	lf, err := openLock(filepath.Join(filepath.Dir(s.path), lockFile))
	if err != nil {
		return err
	}
	defer lf.Close()
	deadline := time.Now().Add(wait)
	for {
		ok, err := tryLock(lf)
		if err != nil {
			return err
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			return ErrBusy
		}
		time.Sleep(5 * time.Millisecond)
	}
	defer unlock(lf)
	return f()
}

// ReadState reads state.json from dir without changing anything on disk,
// for the export command. A missing file (or no folder, dir "") gives a
// fresh state; a file from a newer version gives ErrNewerOnDisk.
func ReadState(dir string) (State, error) {
	if dir == "" {
		return newState(), nil
	}
	data, err := readStateFile(filepath.Join(dir, StateFile))
	if errors.Is(err, fs.ErrNotExist) {
		return newState(), nil
	}
	if err != nil {
		return newState(), err
	}
	st, err := parseState(data)
	switch {
	case errors.Is(err, errNewer):
		return newState(), ErrNewerOnDisk
	case errors.Is(err, errPartial):
		return st, nil // what could be read (the window keeps the file aside)
	case err != nil:
		return newState(), err
	}
	return st, nil
}

// Saves counts the times this store has written the file: a change the
// person makes is one save (or fewer: changes made during a save go
// together in the next).
func (s *Store) Saves() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saves
}

// Path is the full path of state.json ("" when there is no folder).
func (s *Store) Path() string { return s.path }

// Problem says what the person should be told about their saved progress.
func (s *Store) Problem() Problem {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.problem
}

// CorruptCopy is where an unreadable file was kept, if it was.
func (s *Store) CorruptCopy() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.aside
}

// ReadOnly reports whether changes are kept in memory only.
func (s *Store) ReadOnly() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readOnly
}

// OnChange sets the function told of every change: a change made through
// the store at once, on the window's goroutine; what the saver finds (a
// merge, a failed save, a save that went through again) on the saver's
// goroutine (Change.Saving), which the window moves to its own.
func (s *Store) OnChange(f func(Change)) {
	s.mu.Lock()
	s.onChange = f
	s.mu.Unlock()
}

// settingsOf is what a change of which makes the window redo its look.
func settingsOf(st State) [3]string { return [3]string{st.Language, st.Theme, st.TextSize} }

// State returns a copy of the current state, with what the saver read in
// from another window taken in.
func (s *Store) State() State {
	s.takeIn()
	return s.state.clone()
}

// Checklist returns a copy of a scenario's progress (empty if not started).
func (s *Store) Checklist(id checklist.ScenarioID) Checklist {
	s.takeIn()
	if c := s.state.Checklists[string(id)]; c != nil {
		return c.clone()
	}
	return Checklist{}
}

// takeIn combines the window's state with what the saver found another
// window had saved: the window's changes since each snapshot stay on top.
func (s *Store) takeIn() {
	s.mu.Lock()
	in := s.inbox
	s.inbox = nil
	s.mu.Unlock()
	for _, r := range in {
		s.state = Merge(r.sent, s.state, r.wrote)
	}
}

// update changes the state with one of its operations and has it saved. It
// returns at once; Flush waits for the save.
func (s *Store) update(change func(State) State) {
	s.takeIn()
	before := settingsOf(s.state)
	s.state = change(s.state)
	s.state.normalize()
	s.handOver()
	c := Change{State: s.state.clone(), Settings: settingsOf(s.state) != before}
	s.mu.Lock()
	f := s.onChange
	s.mu.Unlock()
	if f != nil {
		f(c)
	}
}

// handOver gives the saver a snapshot of the state, in place of one it has
// not taken yet.
func (s *Store) handOver() {
	snap := s.state.clone()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return
	}
	s.pending = &snap
	s.sent++
	s.ring()
}

// ring starts the saver if need be and rings its bell (s.mu held).
func (s *Store) ring() {
	if !s.started {
		s.started = true
		go s.saver()
	}
	select {
	case s.wake <- struct{}{}:
	default: // already rung
	}
}

// saver is the store's goroutine: at each ring it removes the file if asked,
// then saves the latest snapshot, until none is left. When another window
// holds the lock it tries again at once (waiting for the lock is its pause).
func (s *Store) saver() {
	for range s.wake {
		for {
			s.mu.Lock()
			deleting, snap, seq := s.deleting, s.pending, s.sent
			s.deleting, s.pending = nil, nil
			s.mu.Unlock()
			if deleting != nil {
				// a snapshot here was taken before the delete (the window
				// waits for it): it goes with the rest
				deleting <- s.remove()
				continue
			}
			if snap == nil {
				break
			}
			s.saveOne(*snap, seq)
		}
	}
}

// saveOne saves snapshot number seq and tells how it went.
func (s *Store) saveOne(made State, seq uint64) {
	snap := made
	if s.lastMade != nil {
		snap = Merge(*s.lastMade, made, s.base)
	}
	wrote, err := s.save(s.base, snap)
	if err == nil {
		s.base, s.lastMade = wrote, &made
	}
	s.mu.Lock()
	failedBefore := s.err
	s.err = err
	var tell *Change
	busy := errors.Is(err, ErrBusy)
	switch {
	case err == nil:
		s.saves++
		if !Equal(wrote, snap) {
			// the file had another window's changes: the window takes them in
			s.inbox = append(s.inbox, readIn{made, wrote})
			tell = &Change{Merged: true, Saved: failedBefore != nil, Settings: settingsOf(wrote) != settingsOf(snap)}
		} else if failedBefore != nil {
			tell = &Change{Saved: true}
		}
	case errors.Is(err, ErrNewerOnDisk):
		s.readOnly, s.problem, s.pending = true, ProblemNewer, nil
		tell = &Change{Err: err}
	case busy:
		if s.pending == nil { // nothing newer: this one, again
			s.pending = &snap
		}
		if !errors.Is(failedBefore, ErrBusy) { // said once, until it passes
			tell = &Change{Err: err}
		}
	default:
		s.retry = true // a Flush tries once more
		tell = &Change{Err: err}
	}
	f := s.onChange
	s.mu.Unlock()
	if tell != nil && f != nil {
		tell.State, tell.Saving = wrote, true
		f(*tell)
	}
	// Only now is this save over: a Flush returns after the window has
	// heard of it.
	s.mu.Lock()
	s.tried, s.attempts, s.busy = max(s.tried, seq), s.attempts+1, busy && !s.readOnly
	close(s.moved)
	s.moved = make(chan struct{})
	s.mu.Unlock()
}

// save writes the snapshot to the file under the folder's lock, combined
// (Merge) with what another window wrote there since base; when there is
// no file, or it cannot be read, the snapshot is written as it is. It
// returns what was written.
func (s *Store) save(base, snapshot State) (saved State, err error) {
	err = s.withLock(s.wait, func() error {
		saved = snapshot
		if data, err := readStateFile(s.path); err == nil {
			fresh, perr := parseState(data)
			switch {
			case errors.Is(perr, errNewer):
				return ErrNewerOnDisk
			case perr == nil || errors.Is(perr, errPartial):
				saved = Merge(base, snapshot, fresh)
			}
		}
		data, err := encodeState(saved)
		if err != nil {
			return err
		}
		return s.write(s.path, data)
	})
	return saved, err
}

// Flush waits until every change so far has been saved, or a save of them
// has failed, and returns that save's error (for a store that saves
// nothing, why).
func (s *Store) Flush() error { return s.FlushWithin(-1) }

// FlushWithin is Flush waiting at most d (d < 0: as long as it takes). It
// is for quitting: after d it returns ErrBusy, and the changes not yet
// saved are lost when the app ends. Changes kept after a failed save (and
// what was read of a partly readable file) are handed over once more.
func (s *Store) FlushWithin(d time.Duration) error {
	s.takeIn()
	s.mu.Lock()
	again := s.retry && !s.readOnly && s.tried >= s.sent
	s.retry = s.retry && !again
	s.mu.Unlock()
	if again {
		s.handOver()
	}
	var timeout <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	}
	// Wait for the save of every snapshot so far to be over; while one is
	// being tried again for a busy lock, for that try too.
	s.mu.Lock()
	target, need := s.sent, uint64(0)
	if s.busy {
		need = s.attempts + 1
	}
	for (s.tried < target || s.attempts < need) && !s.readOnly {
		moved := s.moved
		s.mu.Unlock()
		select {
		case <-moved:
		case <-timeout:
			s.takeIn()
			return ErrBusy
		}
		s.mu.Lock()
	}
	err := s.err
	s.mu.Unlock()
	s.takeIn()
	return err
}

// SetDone ticks or unticks a step.
func (s *Store) SetDone(id checklist.ScenarioID, stepID string, done bool) {
	now := s.now()
	s.update(func(st State) State { return st.Tick(id, stepID, done, now) })
}

// Answer saves the answer to a situation's question; a changed answer
// forgets the answers to the questions asked after it (State.Answer), in
// the same change.
func (s *Store) Answer(id checklist.ScenarioID, questionID, answerID string) {
	now := s.now()
	s.update(func(st State) State { return st.Answer(id, questionID, answerID, now) })
}

// StartOver forgets a scenario's ticks and triage answer.
func (s *Store) StartOver(id checklist.ScenarioID) {
	s.update(func(st State) State { return st.StartOver(id) })
}

// SetPhone saves the phone the person's WhatsApp is on (checklist.Phones).
func (s *Store) SetPhone(phone string) { s.update(func(st State) State { return st.WithPhone(phone) }) }

// SetPinAskedOn records the day (checklist.DayLayout) WhatsApp first asked
// for an unknown PIN in a checklist; "" clears it.
func (s *Store) SetPinAskedOn(id checklist.ScenarioID, day string) {
	now := s.now()
	s.update(func(st State) State { return st.NotePinDay(id, day, now) })
}

// SetCountry saves the country chosen on the report screen ("" follows
// the system's region).
func (s *Store) SetCountry(country string) {
	s.update(func(st State) State { return st.WithCountry(country) })
}

// SetLanguage saves the chosen language ("" follows the system).
func (s *Store) SetLanguage(tag string) {
	s.update(func(st State) State { return st.WithLanguage(tag) })
}

// SetTheme saves the chosen theme.
func (s *Store) SetTheme(theme string) { s.update(func(st State) State { return st.WithTheme(theme) }) }

// SetTextSize saves the chosen text size.
func (s *Store) SetTextSize(size string) {
	s.update(func(st State) State { return st.WithTextSize(size) })
}

// DeleteProgress removes state.json and the printed page (PageFile), and
// forgets every checklist. The
// settings stay for this session (and are saved again with the next
// change). A read-only store removes nothing on disk. The saver removes
// the file, between two saves, so no snapshot taken before lands after.
func (s *Store) DeleteProgress() error {
	s.takeIn()
	s.state = s.state.ForgetProgress()
	pageErr := s.removePage() // the printed page holds the ticks too
	s.mu.Lock()
	if s.readOnly {
		s.mu.Unlock()
		return pageErr
	}
	reply := make(chan error, 1)
	s.pending, s.deleting = nil, reply // what was not saved yet goes with the rest
	s.ring()
	s.mu.Unlock()
	err := <-reply
	s.mu.Lock()
	s.tried = max(s.tried, s.sent) // the snapshots dropped count as over
	s.mu.Unlock()
	return errors.Join(err, pageErr)
}

// remove deletes state.json under the folder's lock (on the saver's
// goroutine); what the file had in common with this window is then no
// progress at all.
func (s *Store) remove() error {
	err := s.withLock(s.wait, func() error {
		err := os.Remove(s.path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	})
	if err == nil {
		s.base, s.lastMade = s.base.ForgetProgress(), nil
	}
	return err
}
