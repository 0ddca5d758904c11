package widgets

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// fill is where the bar is drawn in the primary colour: the part done.
func fill(t *testing.T, p *ProgressBar) box {
	t.Helper()
	primary := theme.Color(theme.ColorNamePrimary)
	var b box
	n := 0
	drawn(p, func(o fyne.CanvasObject, at fyne.Position) {
		if r, ok := o.(*canvas.Rectangle); ok && sameColor(r.FillColor, primary) {
			b, n = box{at.X, at.Y, at.X + o.Size().Width, at.Y + o.Size().Height}, n+1
		}
	})
	if n != 1 {
		t.Fatalf("%d parts of the bar in the primary colour, want 1", n)
	}
	return b
}

func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return false
	}
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// The bar shows how much is done, filled from where the words start: the
// left in a left-to-right language, the right in a right-to-left one; a
// screen reader does not hear it (the words beside it say the same).
func TestProgressBarFillsFromTheReadingSide(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		p := NewProgressBar(4)
		window(t, rtl, container.NewVBox(p), fyne.NewSize(400+2*theme.Padding(), 100))
		width := p.Size().Width
		if width < 390 {
			t.Fatalf("the bar is %v wide", width)
		}
		for done := 0; done <= 4; done++ {
			p.SetProgress(done)
			f := fill(t, p)
			want := width * float32(done) / 4
			if !near(f.right-f.left, want) {
				t.Errorf("rtl=%v, %d of 4 done: %v filled of %v, want %v", rtl, done, f.right-f.left, width, want)
			}
			start := f.left // where the filling starts
			if rtl {
				start = f.right - width
			}
			if !near(start, 0) {
				t.Errorf("rtl=%v, %d of 4 done: filled from x=%v to %v in a bar %v wide", rtl, done, f.left, f.right, width)
			}
		}
		if _, heard := any(p).(fyne.Accessible); heard {
			t.Error("a screen reader hears the bar as well as the words beside it")
		}
	}
}

// A bar never fills beyond its ends, nor below nothing, and a bar of no
// steps is empty.
func TestProgressBarStaysInside(t *testing.T) {
	for _, c := range []struct {
		max, done int
		want      float32 // part filled
	}{{3, 5, 1}, {3, -1, 0}, {0, 2, 0}} {
		p := NewProgressBar(c.max)
		window(t, false, container.NewVBox(p), fyne.NewSize(200, 100))
		p.SetProgress(c.done)
		f := fill(t, p)
		if !near(f.left, 0) || !near(f.right-f.left, c.want*p.Size().Width) {
			t.Errorf("%d of %d: filled from x=%v to %v of %v", c.done, c.max, f.left, f.right, p.Size().Width)
		}
	}
}

// The empty track shows as much as any control outline: drawn in the
// outline colour across the whole bar (3:1 on the page, which the screens'
// contrast test checks), not a faint tint.
func TestProgressTrackIsOutlined(t *testing.T) {
	p := NewProgressBar(5)
	window(t, false, container.NewVBox(p), fyne.NewSize(300, 100))
	p.SetProgress(0)
	border := theme.Color(theme.ColorNameInputBorder)
	n := 0
	drawn(p, func(o fyne.CanvasObject, _ fyne.Position) {
		if r, ok := o.(*canvas.Rectangle); ok && sameColor(r.StrokeColor, border) && r.StrokeWidth >= 1 &&
			o.Size().Width == p.Size().Width {
			n++
		}
	})
	if n != 1 {
		t.Errorf("%d tracks outlined in the control outline colour across the bar, want 1", n)
	}
}
