package app

import (
	"testing"

	"codesafety/translations"
)

// BenchmarkSaveToggle: tick or untick one step and wait until it is on
// disk (written to a temporary file, synced, renamed, folder synced).
func BenchmarkSaveToggle(b *testing.B) {
	s := OpenStore(b.TempDir())
	on := false
	for b.Loop() {
		on = !on
		s.SetDone(Unrequested, "never-share-code", on)
		if err := s.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadCatalog: what reading the translations costs at start.
func BenchmarkLoadCatalog(b *testing.B) {
	for b.Loop() {
		if _, err := LoadCatalog(translationsFS); err != nil {
			b.Fatal(err)
		}
	}
}

var translationsFS = translations.FS
