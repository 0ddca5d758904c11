package progress

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// PageFile is the checklist page written to print ("Print this checklist"):
// one file, replaced each time, in the folder progress is saved in.
const PageFile = "checklist.html"

// ErrNoFolder is why a page cannot be written: this window saves nothing.
var ErrNoFolder = errors.New("no folder to save in")

// WritePage writes data as PageFile in the store's folder (0600, replaced
// atomically, the folder made 0700 if it is not there) and returns its
// path. A window with no folder writes nothing (ErrNoFolder).
func (s *Store) WritePage(data []byte) (string, error) {
	if s.path == "" {
		return "", ErrNoFolder
	}
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	path := filepath.Join(dir, PageFile)
	return path, writeFileAtomic(path, data)
}

// removePage removes the printed page, if any: "Delete my data" leaves
// nothing of the person's checklist behind.
func (s *Store) removePage() error {
	if s.path == "" {
		return nil
	}
	err := os.Remove(filepath.Join(filepath.Dir(s.path), PageFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
