package widgets

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"codesafety/app/bidi"
	"codesafety/assets"
)

// arabicTheme is Fyne's theme with the shipped Arabic font, as the app's
// theme is in Arabic.
type arabicTheme struct{ fyne.Theme }

// RightToLeft: Arabic reads right to left, and the widgets follow.
func (arabicTheme) RightToLeft() bool { return true }

func (arabicTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Bold {
		return assets.Fonts["Arab"].Bold
	}
	return assets.Fonts["Arab"].Regular
}

// arabicFont stands for the Arabic font: it has Arabic letters, spaces and
// some punctuation, but no brackets (like Noto Sans Arabic).
func arabicFont(r rune) bool {
	return r == ' ' || r == '.' || r == ':' || r == '،' || r >= 0x600 && r <= 0x6ff
}

// seen is how a line is seen, left to right: its pieces without the marks
// that hold them together.
func seen(s string) []string {
	runes := []rune(s)
	var out []string
	for _, p := range pieces(runes, levels(runes), arabicFont) {
		out = append(out, strings.Trim(p.text, rlm))
	}
	return out
}

func TestPiecesInVisualOrder(t *testing.T) {
	cases := []struct {
		logical string
		seen    []string // left to right
	}{
		// "3 of 9 steps done": read right to left, 3 comes first.
		{"اكتملت 3 خطوات من 9", []string{"9", " خطوات من ", "3", "اكتملت "}},
		// A Latin menu path after Arabic stays whole and on the left.
		{"بالإنجليزية: Settings > Account", []string{"Settings > Account", "بالإنجليزية: "}},
		// Brackets from another font stand alone, mirrored.
		{"خروج سريع (Ctrl+Q)", []string{"(", "Ctrl+Q", ")", "خروج سريع "}},
		// A version number stays one number.
		{"الإصدار 1.0.0", []string{"1.0.0", "الإصدار "}},
		// Two Latin words in a row keep their order.
		{"من Action Fraud في", []string{" في", "Action Fraud", "من "}},
		// Only Arabic: one piece.
		{"لا تشارك الرمز.", []string{"لا تشارك الرمز."}},
	}
	for _, c := range cases {
		if got := seen(c.logical); !slices.Equal(got, c.seen) {
			t.Errorf("%q is seen as %q, want %q", c.logical, got, c.seen)
		}
	}
}

// Arabic pieces are held together by right-to-left marks, so Fyne keeps
// their punctuation inside them.
func TestArabicPiecesAreMarked(t *testing.T) {
	runes := []rune("لا تشارك الرمز.")
	ps := pieces(runes, levels(runes), arabicFont)
	if len(ps) != 1 || !strings.HasPrefix(ps[0].text, rlm) || !strings.HasSuffix(ps[0].text, rlm) {
		t.Errorf("pieces = %+v", ps)
	}
}

func TestBreakLines(t *testing.T) {
	runes := []rune("one two three four")
	width := func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	var got []string
	for _, l := range breakLines(runes, 9, width) {
		got = append(got, string(runes[l[0]:l[1]]))
	}
	if want := []string{"one two", "three", "four"}; !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
	// A word longer than the line gets a line of its own, not a loop.
	if got := breakLines([]rune("abcdefghijkl x"), 5, width); len(got) != 2 {
		t.Errorf("long word: %v", got)
	}
}

// A right-to-left paragraph wraps to its width, every line right-aligned,
// and reads in order: the first words on the first line.
func TestRightToLeftParagraph(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(arabicTheme{theme.DefaultTheme()})
	text := "إذا طلبه منك أحد، فهذا احتيال، في كل مرة. لا تشارك الرمز أبدًا، ولا حتى مع الأصدقاء أو العائلة."
	p := NewPara(text, "", "", false)
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(240, 400))
	p.Resize(fyne.NewSize(200, p.MinSize().Height))
	r := test.WidgetRenderer(p).(*paraRenderer).current().(*rtlRenderer)
	r.Layout(p.Size())
	rows := map[float32][]*canvas.Text{}
	for _, o := range r.Objects() {
		txt := o.(*canvas.Text)
		rows[txt.Position().Y] = append(rows[txt.Position().Y], txt)
	}
	if len(rows) < 3 {
		t.Fatalf("%d lines at 200 px; want the paragraph wrapped", len(rows))
	}
	pad := r.p.Theme().Size("innerPadding")
	var ys []float32
	for y, ts := range rows {
		ys = append(ys, y)
		right := float32(0)
		for _, txt := range ts {
			right = max(right, txt.Position().X+txt.Size().Width)
		}
		if d := 200 - pad - right; d < -0.5 || d > 0.5 {
			t.Errorf("line at y=%v ends at x=%v, not at the right edge (%v)", y, right, 200-pad)
		}
	}
	slices.Sort(ys)
	first := strings.Trim(rows[ys[0]][len(rows[ys[0]])-1].Text, rlm)
	if !strings.HasPrefix(text, first) && !strings.HasPrefix(text, strings.Fields(first)[0]) {
		t.Errorf("the first line does not start the sentence: %q", first)
	}
	if h := p.MinSize().Height; h < float32(len(rows))*10 {
		t.Errorf("min height %v for %d lines", h, len(rows))
	}
}

// A line's pieces come in the visual order of the Unicode bidi algorithm
// (rule L2 in package app/bidi): each piece is one run of Reorder's
// order, at one level, its text in reading order for Fyne to shape.
func TestPiecesFollowTheStandardOrder(t *testing.T) {
	all := func(rune) bool { return true } // no piece from another font
	for _, s := range []string{
		"افتح الإعدادات > الحساب > التحقق بخطوتين",
		"لديك 4 أجهزة مرتبطة على WhatsApp Web الآن",
		"الإصدار 1.0.0 من Code Safety",
		"اتصل على 1-800 أو 12:30 (Ctrl+Q) نعم",
		"Android: المزيد > الإعدادات. iPhone: الإعدادات",
	} {
		runes := []rune(s)
		order := bidi.Reorder(levels(runes))
		var want []string
		for i := 0; i < len(order); {
			j := i
			for j < len(order) && levels(runes)[order[j]] == levels(runes)[order[i]] {
				j++
			}
			run := slices.Clone(order[i:j])
			slices.Sort(run)
			var b strings.Builder
			for _, k := range run {
				b.WriteRune(runes[k])
			}
			want = append(want, b.String())
			i = j
		}
		var got []string
		for _, p := range pieces(runes, levels(runes), all) {
			got = append(got, strings.ReplaceAll(p.text, rlm, ""))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got  %q\n want %q", s, got, want)
		}
	}
}

// Every left-to-right piece of an Arabic line holds something from the
// Arabic font: a Latin word drawn wholly from another font would sit on
// that font's baseline, higher than the Arabic around it ("رمز QR" drew
// the QR raised by a third of a letter). A lone bracket gets no mark: with
// one, Fyne mirrors it a second time, and "(Ctrl+Q)" showed as ")Ctrl+Q(".
func TestEveryPieceSitsOnTheArabicLine(t *testing.T) {
	font := Coverage(assets.Fonts["Arab"].Regular) // the real font: it has the marks
	for _, s := range []string{"أو رمز QR الذي", "افتح WhatsApp Web الآن", "إغلاق (Ctrl+Q)", "Report Fraud (خدمة الإبلاغ)"} {
		runes := []rune(s)
		for _, p := range pieces(runes, levels(runes), font) {
			switch {
			case p.level == ltrLevel && !strings.ContainsFunc(p.text, font):
				t.Errorf("%q: the piece %q has nothing from the Arabic font", s, p.text)
			case p.level == rtlLevel && !strings.ContainsFunc(strings.Trim(p.text, rlm+lrm), isRTL) && strings.ContainsAny(p.text, rlm+lrm):
				t.Errorf("%q: the bracket piece %q carries a direction mark", s, p.text)
			}
		}
	}
}

// A number in groups inside Arabic is one piece whose groups are joined by
// no-break spaces: at a plain space Fyne's own shaping drew "0300 123 2040"
// as "2040 123 0300" in a real window.
func TestANumberInGroupsStaysTogether(t *testing.T) {
	s := "الهاتف: \u200e0300 123 2040\u200f"
	runes := []rune(s)
	var got []string
	for _, p := range pieces(runes, levels(runes), arabicFont) {
		if p.level == ltrLevel {
			got = append(got, strings.TrimPrefix(p.text, lrm))
		}
	}
	if !slices.Equal(got, []string{"0300\u00a0123\u00a02040"}) {
		t.Errorf("the number's pieces: %q", got)
	}
}
