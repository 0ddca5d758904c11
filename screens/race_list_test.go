package screens

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// make test runs the screens' tests where goroutines meet (SCREENS_RACE in
// the Makefile) under the race detector: each name there must be a test
// here, or a renamed one would silently run without it.
func TestTheRaceListNamesRealTests(t *testing.T) {
	mk, err := os.ReadFile("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^SCREENS_RACE := \^\((.*)\)\$\$$`).FindSubmatch(mk)
	if m == nil {
		t.Fatal("the Makefile has no SCREENS_RACE := ^(...)$$ line")
	}
	files, _ := filepath.Glob("*_test.go")
	var all strings.Builder
	for _, f := range files {
		b, _ := os.ReadFile(f)
		all.Write(b)
	}
	names := strings.Split(string(m[1]), "|")
	for _, name := range names {
		if !strings.Contains(all.String(), "\nfunc "+name+"(t *testing.T)") {
			t.Errorf("SCREENS_RACE names %s, which is not a test here", name)
		}
	}
	if len(names) < 5 {
		t.Errorf("SCREENS_RACE names only %d tests", len(names))
	}
}
