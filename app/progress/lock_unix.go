//go:build unix

package progress

import (
	"errors"
	"os"
	"syscall"
)

// openNoBlock opens a pipe without waiting for someone to write to it.
const openNoBlock = syscall.O_NONBLOCK

// openLock opens (creating it if needed) the lock file at path. A link
// there is never followed (O_NOFOLLOW), and anything but a regular file is
// refused, so a planted link cannot make the app create or lock a file
// elsewhere.
func openLock(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o600)
	if errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.EISDIR) || errors.Is(err, syscall.ENXIO) {
		return nil, errors.Join(ErrLockUnusable, err) // a link, a folder, a socket
	}
	if err != nil {
		return nil, err
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, ErrLockUnusable
	}
	return f, nil
}

// tryLock takes an exclusive advisory lock on f without waiting. The lock
// goes with the open file, so the system drops it when the process dies.
func tryLock(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

func unlock(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
