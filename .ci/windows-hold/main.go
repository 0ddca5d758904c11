// Command windows-hold stands in, in wine, for another Windows program that
// has Code Safety's files open: `make windows-check` (.ci/windows-check)
// builds it for Windows and runs it beside the app.
//
//	windows-hold FILE RELEASE        holds FILE open for reading, sharing
//	                                 reading only, as a backup tool, a virus
//	                                 scanner or an editor may: no one else
//	                                 can write, delete or replace it
//	windows-hold -lock FILE RELEASE  takes the lock a Code Safety window
//	                                 takes to save (LockFileEx, exclusive,
//	                                 on the first byte of FILE)
//
// It prints "held" once it holds FILE, and lets go when the file RELEASE
// appears, or after a minute.
package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
	"unsafe"
)

func main() {
	args := os.Args[1:]
	lock := len(args) > 0 && args[0] == "-lock"
	if lock {
		args = args[1:]
	}
	if len(args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: windows-hold [-lock] FILE RELEASE")
		os.Exit(2)
	}
	if err := hold(args[0], lock); err != nil {
		fmt.Fprintln(os.Stderr, "windows-hold:", err)
		os.Exit(1)
	}
	fmt.Println("held")
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); {
		if _, err := os.Stat(args[1]); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Exiting closes the file, and Windows drops the lock with it.
}

func hold(file string, lock bool) error {
	name, err := syscall.UTF16PtrFromString(file)
	if err != nil {
		return err
	}
	if !lock {
		_, err := syscall.CreateFile(name, syscall.GENERIC_READ, syscall.FILE_SHARE_READ, nil,
			syscall.OPEN_EXISTING, syscall.FILE_ATTRIBUTE_NORMAL, 0)
		return err
	}
	// Opened as Go's os.OpenFile opens it, so the app can open it too.
	h, err := syscall.CreateFile(name, syscall.GENERIC_READ|syscall.GENERIC_WRITE,
		syscall.FILE_SHARE_READ|syscall.FILE_SHARE_WRITE, nil, syscall.OPEN_ALWAYS, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		return err
	}
	const lockfileExclusiveLock = 0x2
	var ol syscall.Overlapped
	r, _, err := syscall.NewLazyDLL("kernel32.dll").NewProc("LockFileEx").Call(uintptr(h),
		lockfileExclusiveLock, 0, 1, 0, uintptr(unsafe.Pointer(&ol)))
	if r == 0 {
		return err
	}
	return nil
}
