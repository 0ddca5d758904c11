package progress

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"codesafety/app/checklist"
)

// The page to print is written in the folder progress is saved in, private
// to the person, replaced each time, and "Delete my data" removes it with
// the progress; a window with no folder writes nothing.
func TestWritePage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s := OpenStore(dir)
	s.SetDone(checklist.Asked, "call-them", true)
	path, err := s.WritePage([]byte("<p>first</p>"))
	if err != nil {
		t.Fatal(err)
	}
	if path != filepath.Join(dir, PageFile) {
		t.Errorf("written to %s", path)
	}
	if _, err := s.WritePage([]byte("<p>second</p>")); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "<p>second</p>" {
		t.Errorf("the page is %q, not replaced", got)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the page's mode: %v %v", fi.Mode(), err)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteProgress(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Delete my data left the printed page: %v", err)
	}
	if _, err := OpenStore("").WritePage([]byte("x")); !errors.Is(err, ErrNoFolder) {
		t.Errorf("no folder: %v", err)
	}
}
