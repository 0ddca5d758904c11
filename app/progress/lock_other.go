//go:build !unix

package progress

import "os"

// openNoBlock: only Unix has pipes that block an open.
const openNoBlock = 0

// openLock opens (creating it if needed) the lock file at path, refusing a
// link or anything but a regular file: it looks first, then checks that
// what it opened is what it looked at.
func openLock(path string) (*os.File, error) {
	before, err := os.Lstat(path)
	if err == nil && !before.Mode().IsRegular() {
		return nil, ErrLockUnusable
	}
	flag := os.O_RDWR
	if err != nil {
		flag |= os.O_CREATE | os.O_EXCL // nothing there: only a new file of our own
	}
	f, err := os.OpenFile(path, flag, 0o600)
	if err != nil {
		return nil, err
	}
	after, err := f.Stat()
	if err != nil || !after.Mode().IsRegular() || before != nil && !os.SameFile(before, after) {
		f.Close()
		return nil, ErrLockUnusable
	}
	return f, nil
}
