//go:build !unix && !windows

package progress

import "os"

// tryLock has no lock to take on this system (js/wasm, plan9): a single
// window is all there is.
func tryLock(*os.File) (bool, error) { return true, nil }

func unlock(*os.File) error { return nil }
