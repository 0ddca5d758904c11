package lang

import (
	"testing"

	"codesafety/translations"
)

// BenchmarkLoadCatalog: what reading the translations costs at start.
func BenchmarkLoadCatalog(b *testing.B) {
	for b.Loop() {
		if _, err := LoadCatalog(translations.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// catalog is every translation, for tests.
func catalog(t testing.TB) *Catalog {
	t.Helper()
	c, err := LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
