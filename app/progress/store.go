package progress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"codesafety/app/checklist"
)

// StateVersion is the version of state.json this app reads and writes.
const StateVersion = 1

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

// State is everything Code Safety remembers, as stored in state.json.
type State struct {
	Version    int                   `json:"version"`
	Language   string                `json:"language"` // empty: follow the system
	Theme      string                `json:"theme"`
	TextSize   string                `json:"text_size"`
	Checklists map[string]*Checklist `json:"checklists"`
	// Phone is the phone the person's WhatsApp is on (checklist.Phones), for
	// the menu paths; "" until asked.
	Phone string `json:"phone,omitempty"`
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
}

// NewState returns the state of a first start.
func NewState() State {
	return State{Version: StateVersion, Theme: ThemeSystem, TextSize: TextNormal,
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
	for id, c := range s.Checklists {
		if c == nil {
			delete(s.Checklists, id)
		}
	}
}

// clone returns a deep copy, so a snapshot can be written while the UI
// goes on changing the live state.
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
	if c.Answers != nil {
		cc.Answers = make(map[string]string, len(c.Answers))
		for k, v := range c.Answers {
			cc.Answers[k] = v
		}
	}
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

// Problem is something about the saved progress the person should be told.
type Problem int

// The problems a store can report.
const (
	ProblemNone       Problem = iota
	ProblemCorrupt            // the file could not be read; it was kept aside and the app started fresh
	ProblemNewer              // the file is from a newer version; progress is read-only
	ProblemUnwritable         // the folder cannot be written; progress is not saved
)

// Store holds the state in memory and saves every change to state.json at
// once and atomically, on a goroutine of its own so the UI never waits for
// the disk. It is safe for concurrent use.
type Store struct {
	dir  string
	path string

	mu       sync.Mutex
	cond     *sync.Cond
	state    State
	problem  Problem
	aside    string // where a corrupt file was moved
	readOnly bool
	changed  uint64 // generation of the in-memory state
	saved    uint64 // generation last written (or given up on)
	saveErr  error
	writing  bool
	onChange func(Change)
	now      func() time.Time
	write    func(path string, data []byte) error

	// Another window of Code Safety may share the folder. Every save takes
	// the folder's lock, reads the file, and if it is not what this store
	// last read or wrote, replays this store's unsaved changes on top of
	// it, so neither window's change is lost.
	pending     []func(*State) // changes not yet on disk, in order
	base        []byte         // the file as this store last read or wrote it (nil: none)
	lockTimeout time.Duration
}

// LockFile is the name of the file, in the data folder, that two windows
// of Code Safety lock in turn to save.
const LockFile = "state.lock"

// ErrNewerOnDisk is the save error when another window, of a newer
// version, has written the file meanwhile: this one then stops saving.
var ErrNewerOnDisk = errors.New("a newer version of Code Safety has saved progress in this folder")

// errLocked is the save error when the lock stays taken too long.
var errLocked = errors.New("another window of Code Safety kept the progress file locked")

// OpenStore reads state.json from dir, creating dir if needed. It never
// fails: a problem is reported by Problem and the store still works in
// memory.
func OpenStore(dir string) *Store {
	s := &Store{dir: dir, path: filepath.Join(dir, StateFile), state: NewState(),
		now: time.Now, write: writeFileAtomic, lockTimeout: 5 * time.Second}
	s.cond = sync.NewCond(&s.mu)
	s.load()
	return s
}

func (s *Store) load() {
	if s.dir == "" {
		// no folder could be found for this user (no home folder): never
		// write into whatever the current folder happens to be
		s.problem, s.readOnly, s.saveErr = ProblemUnwritable, true, errors.New("no data folder")
		return
	}
	data, err := os.ReadFile(s.path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		// first start
	case err != nil:
		// the file is there but cannot be read: never overwrite it
		s.problem, s.readOnly, s.saveErr = ProblemUnwritable, true, err
		return
	default:
		st, perr := parseState(data)
		switch {
		case errors.Is(perr, errNewer):
			s.state, s.problem, s.readOnly = st, ProblemNewer, true
			return
		case perr != nil:
			s.aside = s.path + ".corrupt-" + s.now().UTC().Format("20060102T150405Z")
			if err := os.Rename(s.path, s.aside); err != nil {
				// cannot move it aside: keep it and do not write over it
				s.aside = ""
				s.problem, s.readOnly, s.saveErr = ProblemUnwritable, true, err
				return
			}
			s.problem = ProblemCorrupt
		default:
			s.state, s.base = st, data
		}
	}
	if err := probeWritable(s.dir); err != nil {
		s.problem, s.readOnly, s.saveErr = ProblemUnwritable, true, err
		return
	}
	s.removeStaleTemps()
}

// removeStaleTemps deletes temporary files left by a save that was cut
// short (a crash, a kill), holding the lock so that another window's save
// in progress keeps its own.
func (s *Store) removeStaleTemps() {
	_ = s.withLock(func() error {
		stale, _ := filepath.Glob(filepath.Join(s.dir, StateFile+".tmp-*"))
		for _, name := range stale {
			os.Remove(name)
		}
		return nil
	})
}

// withLock runs f holding the folder's lock, waiting up to lockTimeout for
// another window to let go of it.
func (s *Store) withLock(f func() error) error {
	lf, err := os.OpenFile(filepath.Join(s.dir, LockFile), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	defer lf.Close()
	deadline := time.Now().Add(s.lockTimeout)
	for {
		ok, err := tryLock(lf)
		if err != nil {
			return err
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			return errLocked
		}
		time.Sleep(5 * time.Millisecond)
	}
	defer unlock(lf)
	return f()
}

// ReadState reads state.json from dir without changing anything on disk,
// for the export command. A missing file gives a fresh state, and a file from
// a newer version gives what could be read of it.
func ReadState(dir string) (State, error) {
	data, err := os.ReadFile(filepath.Join(dir, StateFile))
	if errors.Is(err, os.ErrNotExist) {
		return NewState(), nil
	}
	if err != nil {
		return NewState(), err
	}
	st, err := parseState(data)
	switch {
	case errors.Is(err, errNewer):
		return st, nil
	case err != nil:
		return NewState(), err
	}
	return st, nil
}

var errNewer = errors.New("state file is from a newer version of Code Safety")

// parseState reads a state file. A file whose version is newer than this app
// knows is returned as far as it can be read, with errNewer.
func parseState(data []byte) (State, error) {
	var probe struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return State{}, fmt.Errorf("state file is not valid JSON: %w", err)
	}
	if probe.Version == nil || *probe.Version < 1 {
		return State{}, errors.New("state file has no valid version")
	}
	var st State
	err := json.Unmarshal(data, &st)
	if *probe.Version > StateVersion {
		if err != nil {
			st = NewState()
		}
		st.normalize()
		return st, errNewer
	}
	if err != nil {
		return State{}, fmt.Errorf("state file has a field of the wrong type: %w", err)
	}
	st.normalize()
	return st, nil
}

// probeWritable makes sure dir exists and a file can be created in it.
func probeWritable(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".probe-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// writeFileAtomic replaces path with data so that a crash at any moment
// leaves either the old file or the new one: a temporary file in the same
// folder is written, synced and renamed over the old one, then the folder
// is synced so the rename itself is durable.
func writeFileAtomic(path string, data []byte) error {
	return writeFileAtomicVia(path, data, func(f *os.File, data []byte) error {
		_, err := f.Write(data)
		return err
	})
}

// writeFileAtomicVia is writeFileAtomic with the writing of the data given,
// so a test can make it fail half way.
func writeFileAtomicVia(path string, data []byte, write func(*os.File, []byte) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := write(f, data); err != nil {
		return fail(err)
	}
	if err := f.Chmod(0o600); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // not supported everywhere (Windows); the rename is done either way
		d.Close()
	}
	return nil
}

// Dir is the data folder.
func (s *Store) Dir() string { return s.dir }

// Path is the full path of state.json.
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

// Change is the one notice a store gives its window: after a change made
// through it, after a save that read in another window's changes, and
// after a save that failed.
type Change struct {
	State    State // the state now
	Settings bool  // the language, theme or text size differ from before
	Merged   bool  // another window's changes were read in
	Err      error // the save failed (ErrNewerOnDisk: another version took over)
}

// OnChange sets the function told of every change. A change made through
// the store is told at once, on the caller's goroutine; a merge or a failed
// save on the saving goroutine, so the window moves it to its own.
func (s *Store) OnChange(f func(Change)) {
	s.mu.Lock()
	s.onChange = f
	s.mu.Unlock()
}

// settingsOf is what a change of which makes the window redo its look.
func settingsOf(st State) [3]string { return [3]string{st.Language, st.Theme, st.TextSize} }

// State returns a copy of the current state.
func (s *Store) State() State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state.clone()
}

// Update changes the state and saves it in the background. It returns at
// once; Flush waits for the save.
func (s *Store) Update(change func(*State)) {
	s.mu.Lock()
	before := settingsOf(s.state)
	change(&s.state)
	s.state.normalize()
	s.changed++
	if s.readOnly {
		s.saved = s.changed
		s.cond.Broadcast()
	} else {
		s.pending = append(s.pending, change)
		if !s.writing {
			s.writing = true
			go s.writer()
		}
	}
	c, f := Change{State: s.state.clone(), Settings: settingsOf(s.state) != before}, s.onChange
	s.mu.Unlock()
	if f != nil {
		f(c)
	}
}

// writer saves the latest state until nothing newer is left, so a burst of
// changes costs a few writes, not one each.
func (s *Store) writer() {
	s.mu.Lock()
	for s.saved < s.changed {
		gen, n := s.changed, len(s.pending)
		ops, state, base, write := s.pending[:n:n], s.state.clone(), s.base, s.write
		s.mu.Unlock()
		written, merged, err := s.save(ops, state, base, write)
		s.mu.Lock()
		s.saveErr = err
		before := settingsOf(s.state)
		var tell *Change
		switch {
		case err == nil:
			s.base = written
			s.pending = s.pending[n:]
			if merged != nil {
				// the file had changes from another window: show them,
				// with this window's newer changes on top
				for _, op := range s.pending {
					op(merged)
				}
				merged.normalize()
				s.state = *merged
				tell = &Change{Merged: true}
			}
		case errors.Is(err, ErrNewerOnDisk):
			s.readOnly, s.problem, s.pending = true, ProblemNewer, nil
			gen = s.changed
		}
		// after any other error the changes stay pending and go with the
		// next save
		if err != nil {
			tell = &Change{Err: err}
		}
		if f := s.onChange; tell != nil && f != nil {
			tell.State, tell.Settings = s.state.clone(), settingsOf(s.state) != before
			s.mu.Unlock()
			f(*tell)
			s.mu.Lock()
		}
		// Only now is this save over: Flush returns after the window has
		// heard of it.
		s.saved = max(s.saved, gen)
		s.cond.Broadcast()
	}
	s.writing = false
	s.mu.Unlock()
}

// save writes state under the folder's lock. If the file is no longer
// base, it replays ops on what is there instead and returns that as merged.
func (s *Store) save(ops []func(*State), state State, base []byte,
	write func(string, []byte) error) (written []byte, merged *State, err error) {
	err = s.withLock(func() error {
		disk, err := os.ReadFile(s.path)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		// A missing file is not a change: it may have been lost with the
		// folder (then this window's state is all there is) or deleted from
		// another window (whose deletion this one does not show). An
		// unreadable file is not one either: this window's state wins.
		if disk != nil && !bytes.Equal(disk, base) {
			fresh, perr := parseState(disk)
			switch {
			case errors.Is(perr, errNewer):
				return ErrNewerOnDisk
			case perr == nil:
				for _, op := range ops {
					op(&fresh)
				}
				fresh.normalize()
				state, merged = fresh, &fresh
			}
		}
		data, err := json.MarshalIndent(state, "", "  ")
		if err != nil {
			return err
		}
		data = append(data, '\n')
		if err := write(s.path, data); err != nil {
			return err
		}
		written = data
		return nil
	})
	if err != nil {
		merged = nil
	}
	return written, merged, err
}

// Flush waits until every change so far is on disk (or has failed to be
// saved) and returns the last save error.
func (s *Store) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.saved < s.changed {
		s.cond.Wait()
	}
	return s.saveErr
}

// Checklist returns a copy of a scenario's progress (empty if not started).
func (s *Store) Checklist(id checklist.ScenarioID) Checklist {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.state.Checklists[string(id)]; c != nil {
		return c.clone()
	}
	return Checklist{}
}

// IsDone reports whether a step is ticked in a checklist.
func (c Checklist) IsDone(stepID string) bool { return slices.Contains(c.Done, stepID) }

// DoneCount counts the steps of scenario sc that are ticked in c (unknown IDs
// kept in the file do not count).
func (c Checklist) DoneCount(sc checklist.Scenario) int {
	n := 0
	for _, st := range sc.Steps {
		if c.IsDone(st.ID) {
			n++
		}
	}
	return n
}

// SetDone ticks or unticks a step.
func (s *Store) SetDone(id checklist.ScenarioID, stepID string, done bool) {
	s.Update(func(st *State) {
		c := st.checklist(id)
		i := slices.Index(c.Done, stepID)
		switch {
		case done && i < 0:
			c.Done = append(c.Done, stepID)
		case !done && i >= 0:
			c.Done = slices.Delete(c.Done, i, i+1)
		}
		c.Updated = s.now().UTC()
	})
}

// SetAnswer saves the answer to a scenario's triage question.
func (s *Store) SetAnswer(id checklist.ScenarioID, questionID, answerID string) {
	s.Update(func(st *State) {
		c := st.checklist(id)
		if c.Answers == nil {
			c.Answers = map[string]string{}
		}
		c.Answers[questionID] = answerID
		c.Updated = s.now().UTC()
	})
}

// StartOver forgets a scenario's ticks and triage answer.
func (s *Store) StartOver(id checklist.ScenarioID) {
	s.Update(func(st *State) { delete(st.Checklists, string(id)) })
}

// SetPhone saves the phone the person's WhatsApp is on (checklist.Phones).
func (s *Store) SetPhone(phone string) { s.Update(func(st *State) { st.Phone = phone }) }

// SetPinAskedOn records the day (checklist.DayLayout) WhatsApp first asked
// for an unknown PIN in a checklist; "" clears it.
func (s *Store) SetPinAskedOn(id checklist.ScenarioID, day string) {
	s.Update(func(st *State) {
		c := st.checklist(id)
		c.PinAskedOn = day
		c.Updated = s.now().UTC()
	})
}

// SetLanguage saves the chosen language ("" follows the system).
func (s *Store) SetLanguage(tag string) { s.Update(func(st *State) { st.Language = tag }) }

// SetTheme saves the chosen theme.
func (s *Store) SetTheme(theme string) { s.Update(func(st *State) { st.Theme = theme }) }

// SetTextSize saves the chosen text size.
func (s *Store) SetTextSize(size string) { s.Update(func(st *State) { st.TextSize = size }) }

// DeleteProgress removes state.json and forgets every checklist. The
// settings stay for this session (and are saved again with the next
// change). A read-only store removes nothing on disk.
func (s *Store) DeleteProgress() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.writing {
		s.cond.Wait()
	}
	s.state.Checklists = map[string]*Checklist{}
	if s.readOnly {
		return nil
	}
	s.pending = nil
	return s.withLock(func() error {
		err := os.Remove(s.path)
		if errors.Is(err, os.ErrNotExist) {
			err = nil
		}
		if err == nil {
			s.base = nil
		}
		return err
	})
}
