package bidi

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	xbidi "golang.org/x/text/unicode/bidi"
)

// Unicode's conformance files, from the Debian package unicode-data
// (`make test` installs it).
const (
	bidiTest          = "/usr/share/unicode/BidiTest.txt"
	bidiCharacterTest = "/usr/share/unicode/BidiCharacterTest.txt"
)

// open opens a conformance file; a missing file fails the test, as a
// conformance check that does not run would pass unnoticed.
func open(t *testing.T, name string) *bufio.Scanner {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatalf("%v\nthe conformance file comes with Debian's unicode-data: sudo apt-get install unicode-data (make test installs it)", err)
	}
	t.Cleanup(func() { f.Close() })
	s := bufio.NewScanner(f)
	s.Buffer(nil, 1<<20)
	return s
}

// report logs and prints "N of M cases passed" and fails unless all passed
// and there were at least `least` of them (so a truncated file cannot pass).
func report(t *testing.T, name string, passed, cases, least int, failures []string) {
	t.Helper()
	msg := fmt.Sprintf("%s: %d of %d cases passed", name, passed, cases)
	t.Log(msg)
	fmt.Println(msg)
	for _, f := range failures {
		t.Error(f)
	}
	if passed < cases {
		t.Errorf("%d cases failed (the first %d above)", cases-passed, len(failures))
	}
	if cases < least {
		t.Errorf("only %d cases; the file should give at least %d", cases, least)
	}
}

func atoiAll(t *testing.T, fields []string) []int {
	t.Helper()
	out := make([]int, len(fields))
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("bad number %q", f)
		}
		out[i] = n
	}
	return out
}

// Every case of BidiTest.txt made only of plain-text classes and run in a
// right-to-left paragraph gets the file's levels and visual order.
func TestBidiTestRightToLeft(t *testing.T) {
	byName := map[string]Class{}
	for c := L; c <= B; c++ {
		byName[c.String()] = c
	}
	s := open(t, bidiTest)
	var levels []string // of the latest @Levels line: numbers, or x
	var order []int     // of the latest @Reorder line
	// The plain-text cases, and those with tabs (S) or a paragraph
	// separator at the end (B) besides.
	passed, cases, sepPassed, sepCases, line := 0, 0, 0, 0, 0
	var failures []string
	for s.Scan() {
		line++
		text, _, _ := strings.Cut(s.Text(), "#")
		text = strings.TrimSpace(text)
		switch {
		case text == "":
			continue
		case strings.HasPrefix(text, "@Levels:"):
			levels = strings.Fields(strings.TrimPrefix(text, "@Levels:"))
			continue
		case strings.HasPrefix(text, "@Reorder:"):
			order = atoiAll(t, strings.Fields(strings.TrimPrefix(text, "@Reorder:")))
			continue
		}
		input, bits, ok := strings.Cut(text, ";")
		if !ok {
			t.Fatalf("line %d: no bitset: %q", line, text)
		}
		bitset, err := strconv.Atoi(strings.TrimSpace(bits))
		if err != nil {
			t.Fatalf("line %d: bad bitset: %q", line, text)
		}
		if bitset&4 == 0 { // 1 auto, 2 left to right, 4 right to left
			continue
		}
		var classes []Class
		plain, separators := true, false
		for _, name := range strings.Fields(input) {
			c, ok := byName[name]
			plain = plain && ok
			separators = separators || c == S || c == B
			classes = append(classes, c)
		}
		if !plain {
			continue
		}
		count, pass := &cases, &passed
		if separators {
			count, pass = &sepCases, &sepPassed
		}
		*count++
		want := make([]int, len(levels))
		for i, l := range levels {
			if l == "x" { // removed in X9: no plain-text class is
				t.Fatalf("line %d: level x for %q", line, input)
			}
			want[i], _ = strconv.Atoi(l)
		}
		got := Levels(classes)
		gotOrder := Reorder(got)
		if slices.Equal(got, want) && slices.Equal(gotOrder, order) {
			*pass++
		} else if len(failures) < 20 {
			failures = append(failures, fmt.Sprintf("line %d: %s: levels %v, want %v; order %v, want %v",
				line, strings.TrimSpace(input), got, want, gotOrder, order))
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	// Unicode 15.0's file has 16,129 plain-text cases, and 8,402 with S or B.
	report(t, "BidiTest.txt, plain text, right-to-left paragraph", passed, cases, 16000, failures)
	report(t, "BidiTest.txt, plain text with S or B, right-to-left paragraph", sepPassed, sepCases, 1000, nil)
}

// Every case of BidiCharacterTest.txt (real characters, with brackets)
// whose paragraph is right to left (given, or found by P2–P3: the
// resolved paragraph level is 1) and which has no boundary neutrals or
// explicit formatting characters gets the file's levels and visual order
// from LevelsOf. Unicode 15.0's file has 45,790 such cases.
func TestBidiCharacterTestRightToLeft(t *testing.T) {
	s := open(t, bidiCharacterTest)
	passed, cases, line := 0, 0, 0
	var failures []string
	for s.Scan() {
		line++
		text := strings.TrimSpace(s.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, ";")
		if len(f) != 5 {
			t.Fatalf("line %d: %d fields", line, len(f))
		}
		if strings.TrimSpace(f[2]) != "1" { // the paragraph's level
			continue
		}
		var runes []rune
		plain := true
		for _, h := range strings.Fields(f[0]) {
			r, err := strconv.ParseUint(h, 16, 32)
			if err != nil {
				t.Fatalf("line %d: bad code point %q", line, h)
			}
			runes = append(runes, rune(r))
			if removedOrControl(rune(r)) {
				plain = false
			}
		}
		if !plain {
			continue
		}
		cases++
		want := atoiAll(t, strings.Fields(f[3]))
		order := atoiAll(t, strings.Fields(f[4]))
		got := LevelsOf(runes)
		gotOrder := Reorder(got)
		if slices.Equal(got, want) && slices.Equal(gotOrder, order) {
			passed++
		} else if len(failures) < 20 {
			failures = append(failures, fmt.Sprintf("line %d: %s: levels %v, want %v; order %v, want %v",
				line, f[0], got, want, gotOrder, order))
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	report(t, "BidiCharacterTest.txt, plain text, right-to-left paragraph", passed, cases, 45000, failures)
}

// removedOrControl reports whether r is a boundary neutral or an explicit
// formatting character, which the full algorithm removes (X9) or uses to
// embed; ClassOf takes them as ON, so cases with them are not plain text.
func removedOrControl(r rune) bool {
	p, _ := xbidi.LookupRune(r)
	switch p.Class() {
	case xbidi.BN, xbidi.LRE, xbidi.RLE, xbidi.LRO, xbidi.RLO, xbidi.PDF, xbidi.LRI, xbidi.RLI, xbidi.FSI, xbidi.PDI, xbidi.Control:
		return true
	}
	return false
}
