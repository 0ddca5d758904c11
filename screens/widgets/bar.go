package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TopBar lays out the window's top bar: back, the app's name, then its
// controls, on one row when the width allows; on a narrow screen, on two:
// back, the name and the last control (quick exit keeps its place), then
// the other controls from where the words start. Its objects are back, the
// name and the controls, in reading order (Tab follows it). The name is
// shortened with an ellipsis before anything is cut.
//
// The bar's height depends on its width, which Fyne's layouts cannot ask:
// Frame decides from the window's width before it measures the bar.
type TopBar struct {
	NameWidth float32 // the width of the name in full
	twoRows   bool
}

var (
	_ fyne.Layout = (*TopBar)(nil)
	_ fyne.Layout = (*frameLayout)(nil)
)

// TwoRows reports whether the bar is on two rows at the width it was last
// given.
func (b *TopBar) TwoRows() bool { return b.twoRows }

// oneRowWidth is the width the bar needs to show everything on one row
// with the name in full.
func oneRowWidth(objs []fyne.CanvasObject, nameWidth float32) float32 {
	pad := theme.Padding()
	w := float32(0)
	for i, o := range objs {
		if !o.Visible() {
			continue
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

// setWidth decides, for a width, whether the bar takes two rows.
func (b *TopBar) setWidth(objs []fyne.CanvasObject, w float32) {
	b.twoRows = len(objs) > 3 && oneRowWidth(objs, max(b.NameWidth, objs[1].MinSize().Width)) > w
}

// rows splits the objects into the rows they take.
func (b *TopBar) rows(objs []fyne.CanvasObject) (first, second []fyne.CanvasObject) {
	if !b.twoRows || len(objs) <= 3 {
		return objs, nil
	}
	last := len(objs) - 1
	first = append(append(first, objs[0], objs[1]), objs[last])
	return first, objs[2:last]
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
	first, second := (&TopBar{twoRows: true}).rows(objs)
	// As narrow as two rows can be, with the name shortened.
	w := float32(0)
	for _, row := range [][]fyne.CanvasObject{first, second} {
		rw := float32(0)
		for _, o := range row {
			if o.Visible() {
				rw += o.MinSize().Width + pad
			}
		}
		w = max(w, rw)
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
