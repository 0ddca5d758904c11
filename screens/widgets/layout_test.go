package widgets

import (
	"fmt"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A row puts what comes first at the start of the line (the left, or the
// right in a right-to-left language) and what comes last at the end, and
// Tab goes through it in reading order whatever the direction.
func TestRowFollowsTheReadingOrder(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		first := NewButton("First", nil, "", nil)
		middle := NewButton("Middle", nil, "", nil)
		last := NewButton("Last", nil, "", nil)
		row := Row(first, last, middle)
		w := window(t, rtl, row, fyne.NewSize(400, 100))
		f, _ := boxOf(row, first)
		m, _ := boxOf(row, middle)
		l, _ := boxOf(row, last)
		inOrder := f.right <= m.left && m.right <= l.left
		if rtl {
			inOrder = l.right <= m.left && m.right <= f.left
		}
		if !inOrder {
			t.Errorf("rtl=%v: first at x=%v, middle at %v, last at %v", rtl, f.left, m.left, l.left)
		}
		var tabbed []string
		for range 3 {
			w.Canvas().FocusNext()
			tabbed = append(tabbed, w.Canvas().Focused().(fyne.Accessible).AccessibilityLabel())
		}
		if fmt.Sprint(tabbed) != "[First Middle Last]" {
			t.Errorf("rtl=%v: Tab goes %q", rtl, tabbed)
		}
	}
}

// Start puts something at its own size at the start of a line.
func TestStart(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		b := widget.NewButton("Back", nil)
		line := Start(b)
		window(t, rtl, line, fyne.NewSize(400, 100))
		got, _ := boxOf(line, b)
		if !near(got.right-got.left, b.MinSize().Width) {
			t.Errorf("rtl=%v: %v wide, want its own %v", rtl, got.right-got.left, b.MinSize().Width)
		}
		x := line.Position().X
		if rtl && !near(got.right-x, line.Size().Width) || !rtl && !near(got.left-x, 0) {
			t.Errorf("rtl=%v: from x=%v to %v in a line %v wide", rtl, got.left, got.right, line.Size().Width)
		}
	}
}

// The reading column is no wider than a comfortable line on a wide
// window, in the middle, and uses the whole width of a phone.
func TestReadingColumn(t *testing.T) {
	for _, width := range []float32{360, 1200} {
		p := NewPara("Never share the code.", theme.SizeNameText, theme.ColorNameForeground, false)
		s := ReadingColumn(p)
		window(t, false, s, fyne.NewSize(width, 600))
		got, _ := boxOf(s, p)
		want := min(s.Size().Width, ReadingColumnWidth) - 2*theme.Padding()
		if !near(got.right-got.left, want) {
			t.Errorf("in a window %v wide the words are %v wide, want %v", width, got.right-got.left, want)
		}
		if x := s.Position().X; !near(got.left-x, x+s.Size().Width-got.right) {
			t.Errorf("in a window %v wide the words go from x=%v to %v: not in the middle", width, got.left, got.right)
		}
	}
}

// A coloured background follows the theme when it changes.
func TestOnColorFollowsTheTheme(t *testing.T) {
	bg := OnColor(theme.ColorNamePrimary, widget.NewLabel("Done"))
	window(t, false, container.NewVBox(bg), fyne.NewSize(200, 100))
	filled := func() color.Color {
		var c color.Color
		drawn(bg, func(o fyne.CanvasObject, _ fyne.Position) {
			if r, ok := o.(*canvas.Rectangle); ok && c == nil && r.Size() == bg.Size() {
				c = r.FillColor
			}
		})
		return c
	}
	for _, th := range []fyne.Theme{test.NewTheme(), theme.DefaultTheme()} {
		fyne.CurrentApp().Settings().SetTheme(th)
		want := th.Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())
		if got := filled(); !sameColor(got, want) {
			t.Errorf("with %T the background is %v, want the primary colour %v", th, got, want)
		}
	}
}
