package widgets

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TopBar lays out the window's top bar: back, the app's name, then its
// controls, on one row when the width allows; on a narrower screen (a
// phone), still on one row, without the name and with Short in place of
// Long (the text size as "Aa"); only when even that does not fit, on two
// rows: back, the name and the last control (quick exit keeps its place),
// then the other controls from where the words start. Its objects are
// back, the name and the controls, in reading order (Tab follows it), Long
// and Short among them, one of the two hidden. The name is shortened with
// an ellipsis before anything is cut.
//
// The bar's height depends on its width, which Fyne's layouts cannot ask:
// Frame decides from the window's width before it measures the bar.
type TopBar struct {
	NameWidth   float32           // the width of the name in full
	Long, Short fyne.CanvasObject // a control in full, and as shown on a narrow screen
	mode        barMode
}

type barMode int

const (
	barFull    barMode = iota // one row, everything in full
	barCompact                // one row, no name, Short for Long
	barTwoRows                // two rows, everything in full
)

var (
	_ fyne.Layout = (*TopBar)(nil)
	_ fyne.Layout = (*frameLayout)(nil)
)

// TwoRows reports whether the bar is on two rows at the width it was last
// given.
func (b *TopBar) TwoRows() bool { return b.mode == barTwoRows }

// Compact reports whether the bar is on one row without the name, with
// Short for Long, at the width it was last given.
func (b *TopBar) Compact() bool { return b.mode == barCompact }

// rowWidth is the width the objects need on one row (the name, objs[1],
// at nameWidth; skip: objects not shown), whether visible now or not.
func rowWidth(objs []fyne.CanvasObject, nameWidth float32, skip ...fyne.CanvasObject) float32 {
	pad := theme.Padding()
	w := float32(0)
	for i, o := range objs {
		if o == nil || i == 0 && !o.Visible() || slices.Contains(skip, o) {
			continue // back is hidden at home, whatever the width
		}
		if i == 1 {
			w += nameWidth
		} else {
			w += o.MinSize().Width
		}
		w += pad
	}
	return w
}

// setWidth decides, for a width, how the bar is laid out, and shows the
// objects of that layout.
func (b *TopBar) setWidth(objs []fyne.CanvasObject, w float32) {
	full := rowWidth(objs, max(b.NameWidth, objs[1].MinSize().Width), b.Short)
	compact := float32(-1)
	if b.Short != nil {
		compact = rowWidth(objs, 0, objs[1], b.Long)
	}
	switch {
	case len(objs) <= 3 || full <= w:
		b.mode = barFull
	case compact >= 0 && compact <= w:
		b.mode = barCompact
	default:
		b.mode = barTwoRows
	}
	b.show(objs)
}

// show shows the objects of the bar's mode and hides the others.
func (b *TopBar) show(objs []fyne.CanvasObject) {
	set := func(o fyne.CanvasObject, on bool) {
		if o == nil || o.Visible() == on {
			return
		}
		if on {
			o.Show()
		} else {
			o.Hide()
		}
	}
	compact := b.mode == barCompact
	set(objs[1], !compact)
	set(b.Long, !compact || b.Short == nil)
	set(b.Short, compact)
}

// rows splits the objects into the rows they take.
func (b *TopBar) rows(objs []fyne.CanvasObject) (first, second []fyne.CanvasObject) {
	if b.mode != barTwoRows || len(objs) <= 3 {
		return objs, nil
	}
	last := len(objs) - 1
	first = append(append(first, objs[0], objs[1]), objs[last])
	for _, o := range objs[2:last] {
		if o != b.Short {
			second = append(second, o)
		}
	}
	return first, second
}

func rowHeight(objs []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range objs {
		if o.Visible() {
			h = max(h, o.MinSize().Height)
		}
	}
	return h
}

func (b *TopBar) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	first, second := (&TopBar{mode: barTwoRows, Short: b.Short}).rows(objs)
	// As narrow as two rows can be, with the name shortened, or one row
	// without it, whichever is narrower.
	w := float32(0)
	for _, row := range [][]fyne.CanvasObject{first, second} {
		rw := float32(0)
		for _, o := range row {
			if o.Visible() || o == objs[1] || o == b.Long { // (as two rows show them)
				rw += o.MinSize().Width + pad
			}
		}
		w = max(w, rw)
	}
	if b.Short != nil {
		w = min(w, rowWidth(objs, 0, objs[1], b.Long))
	}
	r1, r2 := b.rows(objs)
	h := rowHeight(r1)
	if len(r2) > 0 {
		h += pad + rowHeight(r2)
	}
	return fyne.NewSize(w, h)
}

func (b *TopBar) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	if len(objs) == 0 {
		return
	}
	pad := theme.Padding()
	first, second := b.rows(objs)
	h1 := rowHeight(first)
	place := func(o fyne.CanvasObject, x, y, w, h float32) {
		if RightToLeft() {
			x = s.Width - x - w
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(w, h))
	}
	// First row: back at the start, the controls at the end, the name
	// between them taking what is left.
	x := float32(0)
	if objs[0].Visible() {
		w := objs[0].MinSize().Width
		place(objs[0], 0, 0, w, h1)
		x = w + pad
	}
	end := s.Width
	for i := len(first) - 1; i >= 2; i-- {
		if !first[i].Visible() {
			continue
		}
		w := first[i].MinSize().Width
		end -= w
		place(first[i], end, 0, w, h1)
		end -= pad
	}
	place(objs[1], x, 0, max(0, end-x), h1)
	if len(second) == 0 {
		return
	}
	h2 := rowHeight(second)
	x = 0
	for _, o := range second {
		if !o.Visible() {
			continue
		}
		w := o.MinSize().Width
		place(o, x, h1+pad, w, h2)
		x += w + pad
	}
}

// Frame is the window's layout: head on top, at the height it needs for
// the window's width (the top bar, bar, may take two rows on a phone), and
// body under it.
func Frame(bar *TopBar, barObjs func() []fyne.CanvasObject, head, body fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &frameLayout{bar: bar, objs: barObjs}, Objects: []fyne.CanvasObject{head, body}}
}

type frameLayout struct {
	bar  *TopBar
	objs func() []fyne.CanvasObject
}

func (f *frameLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	f.bar.setWidth(f.objs(), s.Width)
	hh := objs[0].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(s.Width, hh))
	objs[1].Move(fyne.NewPos(0, hh))
	objs[1].Resize(fyne.NewSize(s.Width, s.Height-hh))
}

func (f *frameLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	head, body := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(head.Width, body.Width), head.Height+body.Height)
}
