package widgets

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"codesafety/assets"
)

// optionLabel is what a screen reader hears of an option in the tests.
func optionLabel(option string, chosen bool) string {
	if chosen {
		return "Text size: " + option + ", chosen"
	}
	return "Text size: " + option
}

// textSizes is a choice of text size, as Settings asks, in a window.
func textSizes(t *testing.T, rtl bool, changed func(string)) (*Choice, fyne.Window) {
	t.Helper()
	c := NewChoice([]string{"Normal", "Large", "Larger"}, "Normal", func(o string) fyne.CanvasObject {
		return NewPara(o, theme.SizeNameText, theme.ColorNameForeground, false)
	}, optionLabel, changed)
	return c, window(t, rtl, c.Box, fyne.NewSize(360, 300))
}

// radioFor is the radio button a screen reader hears as label.
func radioFor(t *testing.T, c *Choice, label string) fyne.Focusable {
	t.Helper()
	var heard []string
	for _, f := range c.Focusables() {
		a := f.(fyne.Accessible)
		if a.AccessibilityLabel() == label && a.AccessibilityRole() == fyne.AccessibleRoleButton {
			return f
		}
		heard = append(heard, a.AccessibilityLabel())
	}
	t.Fatalf("no radio button heard as %q; there are %q", label, heard)
	return nil
}

// A person chooses an option by tapping it, or with Space or Enter when
// it has the focus; the choice calls back with it, and a screen reader
// hears it as the one chosen, and the others not.
func TestChoiceChooses(t *testing.T) {
	var got []string
	c, w := textSizes(t, false, func(o string) { got = append(got, o) })
	heard := func() string {
		var out []string
		for _, f := range c.Focusables() {
			out = append(out, f.(fyne.Accessible).AccessibilityLabel())
		}
		return fmt.Sprint(out)
	}
	if h := heard(); h != "[Text size: Normal, chosen Text size: Large Text size: Larger]" {
		t.Errorf("at first the options are heard as %s", h)
	}
	test.Tap(radioFor(t, c, optionLabel("Larger", false)).(fyne.Tappable))
	if c.Selected != "Larger" || fmt.Sprint(got) != "[Larger]" {
		t.Errorf("after tapping Larger: %q chosen, called back with %q", c.Selected, got)
	}
	if h := heard(); h != "[Text size: Normal Text size: Large Text size: Larger, chosen]" {
		t.Errorf("after tapping Larger the options are heard as %s", h)
	}
	if f := w.Canvas().Focused(); f != radioFor(t, c, optionLabel("Larger", true)) {
		t.Errorf("a tap left the keyboard focus on %T, not on the option tapped", f)
	}
	for i, key := range []fyne.KeyName{fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter} {
		option := []string{"Large", "Normal", "Larger"}[i]
		w.Canvas().Focus(radioFor(t, c, optionLabel(option, false)))
		press(t, w.Canvas(), key)
		if c.Selected != option || got[len(got)-1] != option {
			t.Errorf("%s on %s: %q chosen, called back with %q", key, option, c.Selected, got)
		}
		if l := w.Canvas().Focused().(fyne.Accessible).AccessibilityLabel(); l != optionLabel(option, true) {
			t.Errorf("after %s the option is heard as %q", key, l)
		}
	}
	if len(got) != 4 {
		t.Errorf("called back %d times, want 4: %q", len(got), got)
	}
	press(t, w.Canvas(), fyne.KeyEnter) // the one chosen: it stays chosen
	press(t, w.Canvas(), fyne.KeyTab)
	c.Show("Normal") // as the saved settings say: nobody chose it
	if len(got) != 4 || c.Selected != "Normal" {
		t.Errorf("called back %d times (%q) with %q chosen, want 4 and Normal", len(got), got, c.Selected)
	}
	if h := heard(); h != "[Text size: Normal, chosen Text size: Large Text size: Larger]" {
		t.Errorf("after Show(Normal) the options are heard as %s", h)
	}
}

// firstLine is where the first line of the words is drawn in root: the
// highest text drawn in words.
func firstLine(t *testing.T, root, words fyne.CanvasObject) box {
	t.Helper()
	at, ok := boxOf(root, words)
	if !ok {
		t.Fatal("the words are not drawn")
	}
	var first fyne.CanvasObject
	var top fyne.Position // of first, as drawn in words' parent
	drawn(words, func(o fyne.CanvasObject, p fyne.Position) {
		if tx, ok := o.(*canvas.Text); ok && tx.Text != "" && (first == nil || p.Y < top.Y) {
			first, top = o, p
		}
	})
	if first == nil {
		t.Fatal("no text drawn in the words")
	}
	p := top.Add(fyne.NewPos(at.left, at.top)).Subtract(words.Position())
	return box{p.X, p.Y, p.X + first.Size().Width, p.Y + first.Size().Height}
}

// Each radio button's circle sits where its words start (the left in a
// left-to-right language, the right in a right-to-left one) and level
// with their first line, whether the words are a paragraph that wraps or a
// name in its own script and font; the words are not squeezed.
func TestRadioCirclesSitWhereTheWordsStart(t *testing.T) {
	name := func(s, script string, rtl bool) fyne.CanvasObject {
		tx := canvas.NewText(s, theme.Color(theme.ColorNameForeground))
		tx.FontSource = assets.Fonts[script].Regular
		if rtl {
			tx.Alignment = fyne.TextAlignTrailing
		}
		return tx
	}
	long := map[bool]string{
		false: "Same as this device: the language your phone or computer is set to use, if the app has it",
		true:  "مثل هذا الجهاز: اللغة التي يستخدمها هاتفك أو حاسوبك، إن كانت في التطبيق",
	}
	for _, rtl := range []bool{false, true} {
		words := map[string]fyne.CanvasObject{
			"short": NewPara(map[bool]string{false: "English", true: "العربية"}[rtl], theme.SizeNameText, theme.ColorNameForeground, false),
			"long":  NewPara(long[rtl], theme.SizeNameText, theme.ColorNameForeground, false),
			"hindi": name("हिन्दी", "Deva", rtl),
			"arab":  name("العربية", "Arab", rtl),
		}
		options := []string{"short", "long", "hindi", "arab"}
		c := NewChoice(options, "short", func(o string) fyne.CanvasObject { return words[o] }, optionLabel, nil)
		w := window(t, rtl, container.NewVScroll(c.Box), fyne.NewSize(360, 640))
		w.Content().Refresh() // the paragraphs' height follows from their width
		for _, r := range c.items {
			circle, ok := boxOf(c.Box, r.ring)
			if !ok {
				t.Fatalf("rtl=%v %s: the circle is not drawn", rtl, r.option)
			}
			line := firstLine(t, c.Box, r.words)
			ws, _ := boxOf(c.Box, r.words)
			if !rtl && circle.right > ws.left || rtl && circle.left < ws.right {
				t.Errorf("rtl=%v %s: circle from x=%v to %v, words from %v to %v", rtl, r.option, circle.left, circle.right, ws.left, ws.right)
			}
			if !near(circle.midY(), line.midY()) {
				t.Errorf("rtl=%v %s: the circle's middle is at y=%v, the first line's at %v", rtl, r.option, circle.midY(), line.midY())
			}
			if s, m := r.words.Size(), r.words.MinSize(); s.Width < m.Width || s.Height < m.Height {
				t.Errorf("rtl=%v %s: words squeezed to %v, need %v", rtl, r.option, s, m)
			}
			if ws.right > 360 || ws.left < 0 {
				t.Errorf("rtl=%v %s: words from x=%v to %v in a 360 px window", rtl, r.option, ws.left, ws.right)
			}
		}
		if lines := r2lines(t, c, "long"); lines < 2 {
			t.Errorf("rtl=%v: the long option is %d line(s) at 360 px: it should wrap", rtl, lines)
		}
	}
}

// r2lines counts the lines of an option's words.
func r2lines(t *testing.T, c *Choice, option string) int {
	t.Helper()
	ys := map[float32]bool{}
	for _, r := range c.items {
		if r.option == option {
			drawn(r.words, func(o fyne.CanvasObject, p fyne.Position) {
				if tx, ok := o.(*canvas.Text); ok && tx.Text != "" {
					ys[p.Y] = true
				}
			})
		}
	}
	return len(ys)
}
