//go:build unix

package screens

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"codesafety/app/checklist"
)

// Another Code Safety window holds the lock (a hung one, say): quick exit
// still closes at once, the notice says the other window is busy, not that
// the disk is full; once it lets go, the tick is saved and the notice goes.
func TestAnotherWindowBusyIsSaid(t *testing.T) {
	dir := t.TempDir()
	h := startIn(t, dir, "en")
	h.openPath(t, checklist.Unrequested, checklist.PhoneAndroid)
	h.saved(t)
	lock, err := os.OpenFile(filepath.Join(dir, "state.lock"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	h.tick(t, "check-linked-devices")
	// Quick exit does not wait for the other window: half a second at most.
	start := time.Now()
	h.ui.quit()
	if waited := time.Since(start); waited > time.Second || h.quit != 1 {
		t.Errorf("quick exit waited %v (quit %d times)", waited, h.quit)
	}
	h.settle() // the save waits for the lock, then says the other window is busy
	if h.notice() != h.t("en", "notice.busy") {
		t.Errorf("notice = %q, want %q", h.notice(), h.t("en", "notice.busy"))
	}
	syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	done := h.saved(t).Checklists[string(checklist.Unrequested)].Done
	if !slices.Contains(done, "check-linked-devices") {
		t.Errorf("the tick was lost: saved %v", done)
	}
	if h.notice() != "" {
		t.Errorf("saved, yet the notice still says %q", h.notice())
	}
}
