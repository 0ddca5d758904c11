package screens

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/progress"
)

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
	a.Settings().SetTheme(newAppTheme(progress.ThemeLight, progress.TextNormal, "Arab"))
	text := "إذا طلبه منك أحد، فهذا احتيال، في كل مرة. لا تشارك الرمز أبدًا، ولا حتى مع الأصدقاء أو العائلة."
	p := newPara(text, true, "", "", false)
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(240, 400))
	p.Resize(fyne.NewSize(200, p.MinSize().Height))
	r := test.WidgetRenderer(p).(*rtlRenderer)
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

// The progress bar fills from where the words start: the left in English,
// the right in Arabic.
func TestProgressFillsFromTheReadingSide(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		h := start(t, lang)
		test.Tap(h.ui.home.scenarios[checklist.Unrequested])
		test.Tap(h.ui.triage.answers[checklist.AnswerYes])
		test.Tap(h.ui.checklist.checks["never-share-code"])
		p := h.ui.checklist.progress
		r := test.WidgetRenderer(p).(*progressRenderer)
		r.Layout(fyne.NewSize(300, 20))
		x, w := r.fill.Position().X, r.fill.Size().Width
		if d := w - 300.0/9; d < -0.5 || d > 0.5 {
			t.Errorf("%s: fill %v wide for 1 of 9, want %v", lang, w, 300.0/9)
		}
		if start := map[string]float32{"en": 0, "ar": 300 - w}[lang]; x != start {
			t.Errorf("%s: fill starts at x=%v, want %v", lang, x, start)
		}
	}
}

// A button's icon sits where its words start: on the left in English, on
// the right in Arabic.
func TestButtonIconsSitWhereTheWordsStart(t *testing.T) {
	want := map[string]widget.ButtonIconPlacement{"en": widget.ButtonIconLeadingText, "ar": widget.ButtonIconTrailingText}
	for _, lang := range []string{"en", "ar"} {
		h := start(t, lang)
		if got := h.ui.home.explain.IconPlacement; got != want[lang] {
			t.Errorf("%s: the explainer button's icon placement is %v, want %v", lang, got, want[lang])
		}
		test.Tap(h.ui.home.scenarios[checklist.Unrequested])
		test.Tap(h.ui.triage.answers[checklist.AnswerYes])
		c := h.ui.checklist
		for name, b := range map[string]*button{"quick exit": h.ui.quickExit, "change answer": c.change,
			"more": c.more["never-share-code"], "copy": c.copyAll, "start over": c.startOver} {
			if b.IconPlacement != want[lang] {
				t.Errorf("%s: the %s button's icon placement is %v, want %v", lang, name, b.IconPlacement, want[lang])
			}
		}
	}
}

// In Settings every radio button's circle sits where its words start (the
// left in English, the right in Arabic) and level with them, whatever
// script the words are in.
func TestRadioCirclesSitWhereTheWordsStart(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		h := start(t, lang)
		test.Tap(h.ui.settings)
		h.ui.Window.Resize(fyne.NewSize(360, 640))
		h.settle()
		s := h.ui.setup
		n := 0
		for _, c := range []*choice{s.language, s.theme, s.textSize} {
			for _, r := range c.items {
				n++
				at := fyne.CurrentApp().Driver().AbsolutePositionForObject
				mark, words := at(r.focus), at(r.words) // the circle sits in the middle of focus
				if before := mark.X < words.X; before != (lang == "en") {
					t.Errorf("%s: %q: circle at x=%v, words at x=%v", lang, r.option, mark.X, words.X)
				}
				markMid := mark.Y + r.focus.Size().Height/2
				wordsMid := words.Y + r.words.Size().Height/2
				if d := markMid - wordsMid; d > 1 || d < -1 {
					t.Errorf("%s: %q: circle's middle %v, words' middle %v", lang, r.option, markMid, wordsMid)
				}
				if r.words.Size().Width < r.words.MinSize().Width || r.words.Size().Height < r.words.MinSize().Height {
					t.Errorf("%s: %q: words squeezed to %v, need %v", lang, r.option, r.words.Size(), r.words.MinSize())
				}
			}
		}
		if n != 13+3+3 {
			t.Errorf("%s: %d radio buttons, want 19", lang, n)
		}
	}
}

// The questions asked before deleting progress or starting over read in
// the language's direction: in Arabic the title and words start on the
// right, and Cancel, read first, is on the right with the action on its
// left. The question is as wide as the window allows, up to a width read
// at a glance.
func TestQuestionsFollowTheLanguage(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		for _, size := range []fyne.Size{{Width: 800, Height: 600}, {Width: 360, Height: 640}} {
			h := start(t, lang)
			h.ui.Window.Resize(size)
			test.Tap(h.ui.settings)
			test.Tap(h.ui.setup.delete)
			d := h.ui.setup.dialog
			if d == nil || !d.Visible() {
				t.Fatalf("%s: no question before deleting", lang)
			}
			at := fyne.CurrentApp().Driver().AbsolutePositionForObject
			if cancelFirst := at(d.no).X < at(d.yes).X; cancelFirst != (lang == "en") {
				t.Errorf("%s %v: Cancel at x=%v, Delete at x=%v", lang, size, at(d.no).X, at(d.yes).X)
			}
			walk(d.content, func(o fyne.CanvasObject) bool {
				if p, ok := o.(*para); ok && p.rtl != (lang == "ar") {
					t.Errorf("%s: %q is laid out with rtl=%v", lang, p.Text(), p.rtl)
				}
				return true
			})
			canvas := h.ui.Window.Canvas().Size()
			want := min(canvas.Width-4*theme.Padding(), maxDialogWidth)
			if w := d.popup.Content.Size().Width; w != want {
				t.Errorf("%s %v: the question is %v wide, want %v", lang, size, w, want)
			}
			if d.yes.Importance != widget.DangerImportance {
				t.Errorf("%s: the action is not shown as dangerous", lang)
			}
		}
	}
}
