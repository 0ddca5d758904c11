package bidi

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestClassOf(t *testing.T) {
	for r, want := range map[rune]Class{
		'a': L, 'א': R, 'ب': AL, '1': EN, '١': AN, '+': ES, '%': ET, ',': CS, ':': CS,
		'\u064b': NSM, ' ': WS, '!': ON, '(': ON, '\t': S, '\u2029': B,
		'\u200d': ON, '\u2067': ON, '\u202b': ON, // BN and explicit formatting
	} {
		if got := ClassOf(r); got != want {
			t.Errorf("ClassOf(%U) = %v, want %v", r, got, want)
		}
	}
}

func classes(t *testing.T, s string) []Class {
	t.Helper()
	var out []Class
	for _, name := range strings.Fields(s) {
		i := slices.Index(names[:], name)
		if i < 0 {
			t.Fatalf("no class %q", name)
		}
		out = append(out, Class(i))
	}
	return out
}

// The cases the issue found the app's first layout getting wrong, and a
// few more, each with the rule that decides it.
func TestLevels(t *testing.T) {
	for _, c := range []struct {
		classes string
		want    []int
	}{
		{"EN ET", []int{2, 2}},             // W5: the terminator goes with the number
		{"R ET EN", []int{1, 2, 2}},        // W5
		{"R L", []int{1, 2}},               // I2
		{"AL EN CS EN", []int{1, 2, 2, 2}}, // W2: Arabic numbers; W4 joins them with a CS
		{"AL EN ES EN", []int{1, 2, 1, 2}}, // W2, W4: ES joins European numbers only; N1
		{"L WS L", []int{2, 2, 2}},         // N1: between left-to-right text
		{"L WS EN", []int{2, 2, 2}},        // W7 makes EN L; N1
		{"R EN WS L", []int{1, 2, 1, 2}},   // N2: between a number and L
		{"L NSM WS", []int{2, 2, 1}},       // W1; L1: white space at the end
		{"L WS S L", []int{2, 1, 1, 2}},    // L1: a tab and the space before it
		{"NSM L", []int{1, 2}},             // W1: sos is R
	} {
		if got := Levels(classes(t, c.classes)); !slices.Equal(got, c.want) {
			t.Errorf("Levels(%s) = %v, want %v", c.classes, got, c.want)
		}
	}
}

// Arabic as the app shows it, with numbers and Latin words: the level of
// each rune, 1 (right to left) or 2 (left to right).
func TestLevelsOfArabic(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// digits after Arabic are Arabic numbers (W2), level 2 (I2)
		{"اكتملت 3 خطوات من 9", "1111111211111111112"},
		// a version number: common separators join numbers (W4)
		{"الإصدار 1.0.0", "1111111122222"},
		{"الساعة 12:30 مساءً", "111111122222111111"},
		// a hyphen (ES) joins European numbers only: after Arabic letters
		// these are Arabic numbers (W2), so the hyphens stay right to left
		{"اتصل 1-800", "1111121222"},
		// a Latin menu path: the neutrals between Latin words are Latin (N1)
		{"بالإنجليزية: Settings > Account", "1111111111111222222222222222222"},
		// brackets around Latin after Arabic are right to left (N0 c 2)
		{"خروج سريع (Ctrl+Q)", "111111111112222221"},
		{"نص (Ctrl) Latin", "111122221122222"},
		// a combining mark goes with its letter (W1)
		{"لا تشارك الرمز أبدًا", "11111111111111111111"},
		// the full stop at the end is right to left (N1, sos/eos R)
		{"افتح WhatsApp.", "11111222222221"},
		// a Latin word with digits: W7 makes them Latin
		{"Fyne 2.8 هنا", "222222221111"},
	} {
		var got strings.Builder
		for _, l := range LevelsOf([]rune(c.text)) {
			fmt.Fprint(&got, l)
		}
		if got.String() != c.want {
			t.Errorf("LevelsOf(%q) = %s, want %s", c.text, got.String(), c.want)
		}
	}
}

func TestReorder(t *testing.T) {
	for _, c := range []struct{ levels, want []int }{
		{[]int{1, 2}, []int{1, 0}},
		{[]int{2, 2}, []int{0, 1}},
		{[]int{1, 1, 2, 2, 1}, []int{4, 2, 3, 1, 0}},
		{[]int{0, 1, 2, 2, 1, 0}, []int{0, 4, 2, 3, 1, 5}},
		{[]int{1, 2, 3, 3, 2}, []int{1, 3, 2, 4, 0}}, // 3s reversed, then 2s and up, then all
		{nil, []int{}},
	} {
		if got := Reorder(c.levels); !slices.Equal(got, c.want) {
			t.Errorf("Reorder(%v) = %v, want %v", c.levels, got, c.want)
		}
	}
}

// For levels 1 and 2, Reorder is what the app's paragraph layout does with
// its pieces: reverse each stretch at level 2, then the whole line.
func TestReorderIsReversingTwice(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		levels := make([]int, rng.IntN(12))
		for i := range levels {
			levels[i] = 1 + rng.IntN(2)
		}
		want := make([]int, len(levels))
		for i := range want {
			want[i] = i
		}
		for i := 0; i < len(want); {
			j := i
			for j < len(want) && levels[j] >= 2 {
				j++
			}
			slices.Reverse(want[i:j])
			i = j + 1
		}
		slices.Reverse(want)
		if got := Reorder(levels); !slices.Equal(got, want) {
			t.Fatalf("Reorder(%v) = %v, want %v", levels, got, want)
		}
	}
}
