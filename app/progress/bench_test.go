package progress

import (
	"testing"

	"codesafety/app/checklist"
)

// BenchmarkSaveToggle: tick or untick one step and wait until it is on
// disk (written to a temporary file, synced, renamed, folder synced).
func BenchmarkSaveToggle(b *testing.B) {
	s := OpenStore(b.TempDir())
	on := false
	for b.Loop() {
		on = !on
		s.SetDone(checklist.Unrequested, "never-share-code", on)
		if err := s.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}
