package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// What the kit's tests share: a window to put a widget in, the keys a
// person presses, and where things are drawn.

// window shows content in a window of the given size, in a test app of
// its own, closed when the test ends; in a right-to-left language the
// theme has the Arabic font, as the app's has.
func window(t *testing.T, rtl bool, content fyne.CanvasObject, size fyne.Size) fyne.Window {
	t.Helper()
	a := test.NewTempApp(t)
	if rtl {
		a.Settings().SetTheme(arabicTheme{theme.DefaultTheme()})
	}
	w := test.NewTempWindow(t, content)
	w.Resize(size)
	return w
}

// press sends a key to whatever has the keyboard focus, as the window
// does: the key, then for Space the character it types, each to what has
// the focus at that moment.
func press(t *testing.T, c fyne.Canvas, key fyne.KeyName) {
	t.Helper()
	f := c.Focused()
	if f == nil {
		t.Fatalf("%s pressed with nothing focused", key)
	}
	f.TypedKey(&fyne.KeyEvent{Name: key})
	if key == fyne.KeySpace {
		if f = c.Focused(); f != nil {
			f.TypedRune(' ')
		}
	}
}

// drawn calls found for every object drawn under o, with its position
// relative to o's parent, going into containers and widgets as the
// window draws them.
func drawn(o fyne.CanvasObject, found func(fyne.CanvasObject, fyne.Position)) {
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		if !o.Visible() {
			return
		}
		at = at.Add(o.Position())
		found(o, at)
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c, at)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c, at)
			}
		}
	}
	walk(o, fyne.Position{})
}

// box is where an object is drawn: its left, top, right and bottom edges.
type box struct{ left, top, right, bottom float32 }

func (b box) midY() float32 { return (b.top + b.bottom) / 2 }

// boxOf is where o is drawn within root, found by walking root; ok is
// false when o is not drawn there.
func boxOf(root, o fyne.CanvasObject) (b box, ok bool) {
	drawn(root, func(x fyne.CanvasObject, at fyne.Position) {
		if x == o && !ok {
			b, ok = box{at.X, at.Y, at.X + x.Size().Width, at.Y + x.Size().Height}, true
		}
	})
	return b, ok
}

// near reports whether two lengths are equal to within a pixel.
func near(a, b float32) bool { return a-b <= 1 && b-a <= 1 }
