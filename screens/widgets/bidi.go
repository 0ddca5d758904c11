package widgets

import (
	"slices"
	"strings"
	"unicode"

	xbidi "golang.org/x/text/unicode/bidi"

	"codesafety/app/bidi"
)

// Fyne 2.8 has no right-to-left paragraphs (fyne issue #90): it shapes each
// run of Arabic right to left, but puts the runs of a line (Arabic words,
// numbers, Latin words, punctuation from another font) side by side in
// reading order, left to right. So an Arabic line with a number in it reads
// backwards. For right-to-left languages, paragraphs are laid out here
// instead: the Unicode bidirectional algorithm (package app/bidi, which
// passes every plain-text right-to-left case of Unicode's BidiTest.txt)
// gives each character a level; lines are broken in reading order; then the
// runs of each line are put in visual order, each drawn by Fyne on its own.

const (
	rlm      = "\u200f" // right-to-left mark: keeps punctuation at a run's ends in the run
	lrm      = "\u200e" // left-to-right mark
	nbsp     = "\u00a0" // no-break space
	rtlLevel = 1        // Arabic, and neutrals between or beside it
	ltrLevel = 2        // Latin and numbers inside right-to-left text
)

// levels gives each rune of a right-to-left paragraph its level: 1 or 2,
// as plain text has no explicit embeddings.
func levels(runes []rune) []int { return bidi.LevelsOf(runes) }

// isRTL reports whether r is a right-to-left letter.
func isRTL(r rune) bool {
	c := bidi.ClassOf(r)
	return c == bidi.R || c == bidi.AL
}

// piece is a stretch of a line that Fyne can draw on its own.
type piece struct {
	text  string
	level int
}

// pieces cuts a line (with the levels of its runes) into pieces in visual
// order, left to right. covered reports whether the language's font has a
// rune; inside right-to-left text, a rune it lacks (a bracket, a dash) comes
// from another font, which Fyne would draw as a run of its own in the wrong
// place, so it becomes a piece of its own, mirrored as right-to-left text
// shows it.
func pieces(line []rune, lv []int, covered func(rune) bool) []piece {
	var ps []piece
	var cur []rune
	curLevel := -1
	flush := func() {
		if len(cur) > 0 {
			ps = append(ps, piece{string(cur), curLevel})
		}
		cur = nil
	}
	for i, r := range line {
		alone := lv[i] == rtlLevel && !covered(r) && !unicode.IsSpace(r)
		if lv[i] != curLevel || alone {
			flush()
			curLevel = lv[i]
		}
		if alone {
			ps = append(ps, piece{xbidi.ReverseString(string(r)), rtlLevel})
			curLevel = -1
			continue
		}
		cur = append(cur, r)
	}
	flush()
	// Visual order: reverse each stretch of left-to-right pieces, then the
	// whole line.
	for i := 0; i < len(ps); {
		if ps[i].level < ltrLevel {
			i++
			continue
		}
		j := i
		for j < len(ps) && ps[j].level >= ltrLevel {
			j++
		}
		slices.Reverse(ps[i:j])
		i = j
	}
	slices.Reverse(ps)
	for i, p := range ps {
		if p.level == rtlLevel && strings.ContainsFunc(p.text, isRTL) {
			ps[i].text = rlm + p.text + rlm
		}
		// A left-to-right piece with nothing from the language's font (a
		// Latin word) is drawn by Fyne from another font, on that font's
		// baseline, higher than the Arabic around it; an invisible
		// left-to-right mark from the language's font first puts it on the
		// line. (Not a right-to-left piece such as a lone bracket: a mark
		// there has Fyne mirror the bracket a second time.)
		if p.level == ltrLevel && !strings.ContainsFunc(p.text, covered) && covered('\u200e') {
			ps[i].text = lrm + p.text
		}
		// A number in groups ("0300 123 2040") inside Arabic: at a plain
		// space Fyne's own shaping puts the groups right to left again
		// (seen in a real window), so they are joined by no-break spaces.
		if p.level == ltrLevel && strings.ContainsFunc(p.text, unicode.IsDigit) {
			ps[i].text = strings.ReplaceAll(ps[i].text, " ", nbsp)
		}
	}
	return ps
}

// breakLines breaks a paragraph into lines no wider than width, at spaces,
// in reading order. width measures a stretch of text. It returns where each
// line starts and ends (without the space it was broken at).
func breakLines(runes []rune, maxWidth float32, width func(string) float32) [][2]int {
	var lines [][2]int
	start, lineW := 0, float32(0)
	for i := 0; i < len(runes); {
		// the next word, with the spaces after it
		j := i
		for j < len(runes) && !unicode.IsSpace(runes[j]) {
			j++
		}
		k := j
		for k < len(runes) && unicode.IsSpace(runes[k]) {
			k++
		}
		w := width(string(runes[i:j]))
		if i > start && lineW+w > maxWidth {
			lines = append(lines, [2]int{start, trimEnd(runes, start, i)})
			start, lineW = i, 0
		}
		lineW += w + width(string(runes[j:k]))
		i = k
	}
	if start < len(runes) || len(lines) == 0 {
		lines = append(lines, [2]int{start, trimEnd(runes, start, len(runes))})
	}
	return lines
}

func trimEnd(runes []rune, start, end int) int {
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	return end
}

// VisualLine is a line of right-to-left text rearranged so that Fyne, which
// draws its runs left to right in the order they come, shows it right:
// the pieces in visual order.
func VisualLine(s string, covered func(rune) bool) string {
	runes := []rune(s)
	var b strings.Builder
	for _, p := range pieces(runes, levels(runes), covered) {
		b.WriteString(p.text)
	}
	return b.String()
}
