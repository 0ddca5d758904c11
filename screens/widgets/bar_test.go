package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The top bar shows the first of its forms that fits the window's width,
// on one row: in full on a wide window, shorter as it narrows, the last
// form when nothing fits; back at the start and the controls at the end,
// mirrored right to left, and the name between them.
func TestTopBarShowsTheFirstFormThatFits(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		back := NewButton("", theme.NavigateBackIcon(), "Back", nil)
		name := widget.NewLabel("Code Safety")
		long := NewButton("Text size, written out", nil, "", nil)
		short := NewButton("Aa", nil, "", nil)
		settings := NewButton("Settings", theme.SettingsIcon(), "", nil)
		icon := NewButton("", theme.SettingsIcon(), "Settings", nil)
		bar := &TopBar{Name: name, NameWidth: name.MinSize().Width, Forms: [][]fyne.CanvasObject{
			{name, long, settings}, {short, settings}, {short, icon}}}
		objs := []fyne.CanvasObject{back, name, long, short, settings, icon}
		row := container.New(bar, objs...)
		frame := Frame(bar, func() []fyne.CanvasObject { return objs }, row, layout.NewSpacer())
		pad := theme.Padding()
		full := back.MinSize().Width + name.MinSize().Width + long.MinSize().Width + settings.MinSize().Width + 3*pad
		compact := back.MinSize().Width + short.MinSize().Width + settings.MinSize().Width + 2*pad
		w := window(t, rtl, frame, fyne.NewSize(full+10, 200))
		for _, c := range []struct {
			width float32
			form  int
			shown []fyne.CanvasObject
		}{
			{full + 10, 0, []fyne.CanvasObject{back, name, long, settings}},
			{full - 1, 1, []fyne.CanvasObject{back, short, settings}},
			{compact, 1, []fyne.CanvasObject{back, short, settings}},
			{compact - 1, 2, []fyne.CanvasObject{back, short, icon}},
			{20, 2, []fyne.CanvasObject{back, short, icon}}, // nothing fits: the last form
		} {
			w.Resize(fyne.NewSize(c.width, 200))
			frame.Layout.Layout(frame.Objects, fyne.NewSize(c.width, 200))
			row.Refresh()
			if bar.Form() != c.form {
				t.Errorf("rtl=%v, %v wide: form %d, want %d", rtl, c.width, bar.Form(), c.form)
			}
			for _, o := range objs {
				want := false
				for _, s := range c.shown {
					want = want || s == o
				}
				if o.Visible() != want {
					t.Errorf("rtl=%v, %v wide: %q shown %v, want %v", rtl, c.width, label(o), o.Visible(), want)
				}
			}
			if row.Size().Height > back.MinSize().Height+1 {
				t.Errorf("rtl=%v, %v wide: the bar is %v high, more than one row", rtl, c.width, row.Size().Height)
			}
		}
		// Back at the start, settings at the end, the name between.
		w.Resize(fyne.NewSize(full+10, 200))
		frame.Layout.Layout(frame.Objects, fyne.NewSize(full+10, 200))
		b, _ := boxOf(frame, back)
		n, _ := boxOf(frame, name)
		s, _ := boxOf(frame, settings)
		inOrder := b.right <= n.left && n.right <= s.left
		if rtl {
			inOrder = s.right <= n.left && n.right <= b.left
		}
		if !inOrder {
			t.Errorf("rtl=%v: back at x=%v, the name at %v, settings at %v", rtl, b.left, n.left, s.left)
		}
	}
}

// label is what a control is called: its words, else its spoken name.
func label(o fyne.CanvasObject) string {
	if b, ok := o.(*Button); ok && b.Text != "" {
		return b.Text
	}
	if a, ok := o.(fyne.Accessible); ok {
		return a.AccessibilityLabel()
	}
	return ""
}
