// Package bidi is the Unicode Bidirectional Algorithm (UAX #9) for what
// Code Safety needs: a right-to-left paragraph (paragraph level 1) of plain
// text, laid out as one line. Fyne 2.8 has no right-to-left paragraphs, so
// the app orders the runs of an Arabic line itself from these levels.
//
// Plain text means no explicit embeddings, overrides or isolates: the whole
// paragraph is one isolating run sequence at embedding level 1, with sos and
// eos both R (rules X1–X10 do nothing). Resolved levels are then 1 (right to
// left) or 2 (left-to-right text and numbers inside it); Reorder handles any
// levels. The explicit formatting characters and boundary neutrals (BN),
// which the full algorithm removes in X9, are taken as other neutrals (ON)
// here, so a stray one is laid out like punctuation instead of vanishing.
//
// Checked against Unicode's conformance files BidiTest.txt and
// BidiCharacterTest.txt (see conformance_test.go).
package bidi

import (
	"slices"

	xbidi "golang.org/x/text/unicode/bidi"
)

// Class is a character's bidirectional type (Bidi_Class), limited to the
// classes of plain text.
type Class uint8

// The classes of plain text.
const (
	L   Class = iota // left-to-right letter
	R                // right-to-left letter (Hebrew and others)
	AL               // Arabic letter
	EN               // European digit
	AN               // Arabic-Indic digit
	ES               // European separator: + -
	ET               // European terminator: # $ % ° and the like
	CS               // common separator: , . / : and no-break space
	NSM              // non-spacing (combining) mark
	WS               // white space
	ON               // other neutral: punctuation, symbols (and BN, controls)
	S                // segment separator: tab
	B                // paragraph separator
)

var names = [...]string{"L", "R", "AL", "EN", "AN", "ES", "ET", "CS", "NSM", "WS", "ON", "S", "B"}

func (c Class) String() string {
	if int(c) < len(names) {
		return names[c]
	}
	return "?"
}

// ClassOf is r's class. BN and the explicit formatting characters (LRE,
// RLE, LRO, RLO, PDF, LRI, RLI, FSI, PDI), which plain text does not use,
// are ON.
func ClassOf(r rune) Class {
	p, _ := xbidi.LookupRune(r)
	if c, ok := fromX[p.Class()]; ok {
		return c
	}
	return ON
}

var fromX = map[xbidi.Class]Class{
	xbidi.L: L, xbidi.R: R, xbidi.AL: AL, xbidi.EN: EN, xbidi.AN: AN, xbidi.ES: ES, xbidi.ET: ET,
	xbidi.CS: CS, xbidi.NSM: NSM, xbidi.WS: WS, xbidi.ON: ON, xbidi.S: S, xbidi.B: B,
}

// The paragraph's level, and so the embedding level of every character.
const paragraphLevel = 1

// Levels gives each character of a right-to-left paragraph, laid out as
// one line, its level: 1 for right to left, 2 for left to right. It knows
// only the classes, so it cannot pair brackets (rule N0); LevelsOf can.
func Levels(classes []Class) []int {
	return resolve(classes, nil)
}

// LevelsOf gives each rune of a right-to-left paragraph, laid out as one
// line, its level: Levels of the runes' classes, with brackets paired
// (rule N0).
func LevelsOf(runes []rune) []int {
	classes := make([]Class, len(runes))
	for i, r := range runes {
		classes[i] = ClassOf(r)
	}
	return resolve(classes, bracketPairs(runes, classes))
}

// resolve applies rules W1–W7, N0–N2, I1–I2 and L1 to one isolating run
// sequence at embedding level 1 (sos = eos = R). pairs are the bracket
// pairs (BD16), in order of their opening brackets.
func resolve(classes []Class, pairs [][2]int) []int {
	n := len(classes)
	t := append([]Class(nil), classes...)
	const sos = R // the embedding level (1) is odd, and no run borders another

	// W1: a non-spacing mark takes the type of the character before it
	// (sos at the start).
	for i := range t {
		if t[i] == NSM {
			if i == 0 {
				t[i] = sos
			} else {
				t[i] = t[i-1]
			}
		}
	}
	// W2: a European digit after an Arabic letter (the first strong type
	// back, or sos) is an Arabic number.
	strong := sos
	for i := range t {
		switch t[i] {
		case L, R, AL:
			strong = t[i]
		case EN:
			if strong == AL {
				t[i] = AN
			}
		}
	}
	// W3: Arabic letters are R.
	for i := range t {
		if t[i] == AL {
			t[i] = R
		}
	}
	// W4: a single European separator between European numbers joins them;
	// a single common separator between numbers of the same type too.
	for i := 1; i+1 < n; i++ {
		before, after := t[i-1], t[i+1]
		if t[i] == ES && before == EN && after == EN || t[i] == CS && before == after && (before == EN || before == AN) {
			t[i] = before
		}
	}
	// W5: a sequence of European terminators next to a European number
	// belongs to it.
	for i := 0; i < n; {
		if t[i] != ET {
			i++
			continue
		}
		j := i
		for j < n && t[j] == ET {
			j++
		}
		if i > 0 && t[i-1] == EN || j < n && t[j] == EN {
			for k := i; k < j; k++ {
				t[k] = EN
			}
		}
		i = j
	}
	// W6: other separators and terminators are neutral.
	for i := range t {
		if t[i] == ES || t[i] == ET || t[i] == CS {
			t[i] = ON
		}
	}
	// W7: a European number after left-to-right text (the first strong type
	// back, or sos) is left to right.
	strong = sos
	for i := range t {
		switch t[i] {
		case L, R:
			strong = t[i]
		case EN:
			if strong == L {
				t[i] = L
			}
		}
	}
	// N0: paired brackets take the direction of the text inside them, or
	// of the text before them.
	for _, p := range pairs {
		dir := bracketDirection(t, p, sos)
		if dir == ON {
			continue
		}
		for _, at := range p {
			t[at] = dir
			// a non-spacing mark after a bracket goes with it (W1 gave it ON)
			for k := at + 1; k < n && classes[k] == NSM; k++ {
				t[k] = dir
			}
		}
	}
	// N1, N2: a sequence of neutrals between text of the same direction
	// (numbers count as right to left; sos and eos at the ends) takes that
	// direction; otherwise the embedding direction, R.
	for i := 0; i < n; {
		if !neutral(t[i]) {
			i++
			continue
		}
		j := i
		for j < n && neutral(t[j]) {
			j++
		}
		dir := R
		if i > 0 && j < n && strongDir(t[i-1]) == L && strongDir(t[j]) == L {
			dir = L
		}
		for k := i; k < j; k++ {
			t[k] = dir
		}
		i = j
	}
	// I1, I2 at the odd level 1: left-to-right text and numbers go up one.
	levels := make([]int, n)
	for i := range t {
		levels[i] = paragraphLevel
		if t[i] != R {
			levels[i]++
		}
	}
	// L1: segment and paragraph separators, and the white space before
	// them or at the end of the line, are at the paragraph level.
	trailing := true
	for i := n - 1; i >= 0; i-- {
		switch classes[i] {
		case S, B:
			levels[i] = paragraphLevel
			trailing = true
		case WS:
			if trailing {
				levels[i] = paragraphLevel
			}
		default:
			trailing = false
		}
	}
	return levels
}

func neutral(c Class) bool { return c == ON || c == WS || c == S || c == B }

// strongDir is the direction a resolved type counts as in N0 and N1:
// numbers are right to left; neutrals have none (ON).
func strongDir(c Class) Class {
	switch c {
	case L:
		return L
	case R, AL, EN, AN:
		return R
	}
	return ON
}

// bracketDirection is rule N0 for one bracket pair at the embedding
// direction R: R if there is right-to-left text (or a number) inside; if
// only left-to-right text, L when the first strong text before the
// opening bracket (or sos) is L too, else R; ON (unchanged) if nothing
// strong is inside.
func bracketDirection(t []Class, p [2]int, sos Class) Class {
	found := ON
	for k := p[0] + 1; k < p[1]; k++ {
		switch strongDir(t[k]) {
		case R:
			return R // N0 b: the embedding direction inside
		case L:
			found = L
		}
	}
	if found == ON {
		return ON // N0 d
	}
	// N0 c: only the opposite direction inside; the context decides.
	before := sos
	for k := p[0] - 1; k >= 0; k-- {
		if d := strongDir(t[k]); d != ON {
			before = d
			break
		}
	}
	if before == L {
		return L // c 1
	}
	return R // c 2
}

// bracketPairs finds the paired brackets (BD16): an opening bracket and the
// closing bracket that matches it, nested properly, both of class ON; at
// most 63 open at once. Sorted by the opening bracket.
func bracketPairs(runes []rune, classes []Class) [][2]int {
	type opener struct {
		closing rune
		at      int
	}
	var stack []opener
	var pairs [][2]int
	for i, r := range runes {
		if classes[i] != ON {
			continue
		}
		p, _ := xbidi.LookupRune(r)
		if !p.IsBracket() {
			continue
		}
		if p.IsOpeningBracket() {
			if len(stack) == 63 {
				break // BD16: stop at a stack overflow
			}
			stack = append(stack, opener{canonical(mirror(r)), i})
			continue
		}
		c := canonical(r)
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].closing == c {
				pairs = append(pairs, [2]int{stack[k].at, i})
				stack = stack[:k]
				break
			}
		}
	}
	// sorted by the opening bracket (they are found in closing order)
	slices.SortFunc(pairs, func(a, b [2]int) int { return a[0] - b[0] })
	return pairs
}

// mirror is a bracket's counterpart: ( for ), ] for [.
func mirror(r rune) rune {
	return []rune(xbidi.ReverseString(string(r)))[0]
}

// canonical maps the two brackets with canonical equivalents (U+2329,
// U+232A) to them (U+3008, U+3009), as BD16 compares brackets under
// canonical equivalence.
func canonical(r rune) rune {
	switch r {
	case 0x2329:
		return 0x3008
	case 0x232A:
		return 0x3009
	}
	return r
}

// Reorder is the visual order of a line, left to right, as indexes into
// levels (rule L2): from the highest level down to the lowest odd one,
// every stretch at that level or above is reversed.
func Reorder(levels []int) []int {
	order := make([]int, len(levels))
	highest, lowest := 0, 1<<30
	for i, l := range levels {
		order[i] = i
		highest, lowest = max(highest, l), min(lowest, l)
	}
	for level := highest; level >= lowest|1; level-- { // lowest|1: the lowest odd level
		for i := 0; i < len(levels); {
			if levels[order[i]] < level {
				i++
				continue
			}
			j := i
			for j < len(levels) && levels[order[j]] >= level {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
	return order
}
