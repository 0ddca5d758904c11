package progress

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// MaxStateSize is the largest state.json read. A real one is a few kB;
// anything larger is not one (and reading it would cost memory and time).
const MaxStateSize = 1 << 20

// errNotRegular is the reading error for a state.json that is a folder, a
// pipe, a device, or a link to one: it is left alone.
var errNotRegular = errors.New("state file is not a regular file")

// errTooBig is the reading error for a state.json over MaxStateSize.
var errTooBig = fmt.Errorf("state file is larger than %d bytes", MaxStateSize)

// readStateFile reads the file at path without ever blocking or reading
// without end: only a regular file (a link to one is followed) of at most
// MaxStateSize bytes. A missing file gives fs.ErrNotExist.
func readStateFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if errors.Is(err, syscall.ENOTDIR) {
		return nil, fmt.Errorf("%w: %w", fs.ErrNotExist, err) // the folder is a file: no progress there
	}
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular // not even opened: opening a device may do something
	}
	if info.Size() > MaxStateSize {
		return nil, errTooBig
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNoBlock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// what was opened may not be what was looked at a moment before
	if opened, err := f.Stat(); err != nil || !os.SameFile(info, opened) || !opened.Mode().IsRegular() {
		return nil, errNotRegular
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxStateSize+1))
	if err == nil && len(data) > MaxStateSize {
		err = errTooBig
	}
	return data, err
}

// unreadable reports whether a reading error means the file is there but
// is not a progress file this app can read (and, if regular, should be kept
// aside), as opposed to a file it is not allowed to read.
func unreadable(err error) bool { return errors.Is(err, errTooBig) || errors.Is(err, errNotRegular) }

// keepAside moves an unreadable state file to a new name beside it,
// state.json.corrupt-<UTC time to the nanosecond>, and returns that name.
// The name is first created with O_EXCL, so two files kept aside at the
// same moment never take the same one.
func keepAside(path string, now time.Time) (string, error) {
	stamp := now.UTC().Format("20060102T150405.000000000Z")
	for i := 0; ; i++ {
		aside := path + ".corrupt-" + stamp
		if i > 0 {
			aside += fmt.Sprintf("-%d", i)
		}
		f, err := os.OpenFile(aside, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) && i < 100 {
			continue
		}
		if err != nil {
			return "", err
		}
		f.Close()
		if err := os.Rename(path, aside); err != nil {
			os.Remove(aside)
			return "", err
		}
		return aside, nil
	}
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
// folder is created (O_EXCL), written, synced and renamed over the old one
// (a link there is replaced, not followed), then the folder is synced so
// the rename itself is durable.
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

// namesWithPrefix lists the files in dir whose names start with prefix, as
// paths, in name order.
func namesWithPrefix(dir, prefix string) []string {
	entries, _ := os.ReadDir(dir) // sorted by name
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

// pruneAside removes all but the newest n copies of unreadable files kept
// in dir (their names end with the time they were kept, so name order is
// age order).
func pruneAside(dir string, n int) {
	copies := namesWithPrefix(dir, StateFile+".corrupt-")
	for _, old := range copies[:max(len(copies)-n, 0)] {
		os.Remove(old)
	}
}

// CannotWriteHere reports whether a save failed because this folder may
// not be written (permissions, a read-only disk), not for want of space:
// the person is told so in those words.
func CannotWriteHere(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}
