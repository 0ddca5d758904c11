//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"codesafety/app/progress"
)

// A progress file that is a pipe or a link to a device: export neither
// hangs nor reads without end; it says the file cannot be read.
func TestExportOfAPipeOrDevice(t *testing.T) {
	for name, mk := range map[string]func(path string) error{
		"pipe":              func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"link to /dev/zero": func(p string) error { return os.Symlink("/dev/zero", p) },
	} {
		dir := t.TempDir()
		if err := mk(filepath.Join(dir, progress.StateFile)); err != nil {
			t.Skip(err)
		}
		var status int
		var errOut string
		done := make(chan bool)
		go func() {
			_, errOut, status, _ = cli(t, "export", "--scenario", "asked", "--data-dir", dir, "--lang", "en")
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: export hangs", name)
		}
		if status != ExitUnreadable || !strings.Contains(errOut, "could not be read") {
			t.Errorf("%s: status %d, stderr %q", name, status, errOut)
		}
	}
}
