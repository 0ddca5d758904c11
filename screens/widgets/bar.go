package widgets

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TopBar lays out the window's top bar on one row: back at the start
// (hidden at home), then the first of its forms that fits the width, the
// controls at the end and the app's name, if the form has it, taking what
// is left between (shortened with an ellipsis before anything else goes).
// A form is the same controls worded shorter: on a narrow screen (a
// phone) the name goes first, then words give way to shorter ones ("Aa"
// for the text size), then to an icon that keeps its spoken name. Its
// objects are back, then every control of every form in reading order
// (Tab follows it), those of the other forms hidden.
//
// Which form fits depends on the width, which Fyne's layouts cannot ask:
// Frame decides from the window's width before it measures the bar.
type TopBar struct {
	Name      fyne.CanvasObject     // the app's name, which takes what is left of the row
	NameWidth float32               // its width in full
	Forms     [][]fyne.CanvasObject // the controls after back, fullest first; the first that fits is shown, else the last
	form      int
}

var (
	_ fyne.Layout = (*TopBar)(nil)
	_ fyne.Layout = (*frameLayout)(nil)
)

// Form is the index in Forms of the form shown at the width the bar was
// last given.
func (b *TopBar) Form() int { return b.form }

// width is the width a form needs on one row after back.
func (b *TopBar) width(form []fyne.CanvasObject) float32 {
	w := float32(0)
	for _, o := range form {
		if o == b.Name {
			w += b.NameWidth
		} else {
			w += o.MinSize().Width
		}
		w += theme.Padding()
	}
	return w
}

// backWidth is what back takes, with the padding after it (none at home).
func backWidth(objs []fyne.CanvasObject) float32 {
	if len(objs) == 0 || !objs[0].Visible() {
		return 0
	}
	return objs[0].MinSize().Width + theme.Padding()
}

// setWidth chooses, for a width, the form the bar shows, and shows its
// controls alone.
func (b *TopBar) setWidth(objs []fyne.CanvasObject, w float32) {
	if len(b.Forms) == 0 {
		return
	}
	b.form = len(b.Forms) - 1
	for i, f := range b.Forms {
		if backWidth(objs)+b.width(f) <= w+theme.Padding() {
			b.form = i
			break
		}
	}
	for _, o := range objs[1:] {
		on := slices.Contains(b.Forms[b.form], o)
		if o.Visible() != on {
			if on {
				o.Show()
			} else {
				o.Hide()
			}
		}
	}
}

func (b *TopBar) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs { // every form as high, so the bar keeps its height as the width changes
		h = max(h, o.MinSize().Height)
	}
	w := float32(0)
	if len(b.Forms) > 0 {
		w = backWidth(objs) + b.width(b.Forms[len(b.Forms)-1]) - theme.Padding()
	}
	return fyne.NewSize(max(w, 0), h)
}

func (b *TopBar) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	if len(objs) == 0 || len(b.Forms) == 0 {
		return
	}
	pad := theme.Padding()
	place := func(o fyne.CanvasObject, x, w float32) {
		if RightToLeft() {
			x = s.Width - x - w
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, s.Height))
	}
	x := float32(0)
	if objs[0].Visible() {
		w := objs[0].MinSize().Width
		place(objs[0], 0, w)
		x = w + pad
	}
	end := s.Width
	form := b.Forms[b.form]
	for i := len(form) - 1; i >= 0 && form[i] != b.Name; i-- {
		w := form[i].MinSize().Width
		end -= w
		place(form[i], end, w)
		end -= pad
	}
	if b.Name != nil && slices.Contains(form, b.Name) {
		place(b.Name, x, max(0, end-x))
	}
}

// Frame is the window's layout: head on top, at the height it needs for
// the window's width (the top bar, bar, chooses its form from it), and
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
