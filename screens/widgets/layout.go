package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Row lays out one line: what comes first in reading order at the start
// (left, or right in a right-to-left language), what comes last at the
// end, and the middle between them. Either end may be nil.
func Row(first, last, middle fyne.CanvasObject) *fyne.Container {
	var objs []fyne.CanvasObject // in reading order, for Tab
	for _, o := range []fyne.CanvasObject{first, middle, last} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(rowLayout{first, last}, objs...)
}

// rowLayout is a border layout whose sides follow the reading direction.
type rowLayout struct{ first, last fyne.CanvasObject }

func (r rowLayout) border() fyne.Layout {
	if RightToLeft() {
		return layout.NewBorderLayout(nil, nil, r.last, r.first)
	}
	return layout.NewBorderLayout(nil, nil, r.first, r.last)
}

func (r rowLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) { r.border().Layout(objs, s) }
func (r rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size   { return r.border().MinSize(objs) }

// Start puts o at the start of a line, at its own size.
func Start(o fyne.CanvasObject) *fyne.Container { return container.New(startLayout{}, o) }

// startLayout puts its one object, at its own width, where lines start.
type startLayout struct{}

func (startLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	for _, o := range objs {
		w := fyne.Min(o.MinSize().Width, s.Width)
		x := float32(0)
		if RightToLeft() {
			x = s.Width - w
		}
		o.Resize(fyne.NewSize(w, s.Height))
		o.Move(fyne.NewPos(x, 0))
	}
}

func (startLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// themedRect keeps a rectangle's colour in step with the theme.
type themedRect struct {
	widget.BaseWidget
	color fyne.ThemeColorName
}

var (
	_ fyne.Widget         = (*themedRect)(nil)
	_ fyne.WidgetRenderer = (*themedRectRenderer)(nil)
	_ fyne.Layout         = column{}
	_ fyne.Layout         = rowLayout{}
	_ fyne.Layout         = startLayout{}
)

func newThemedRect(c fyne.ThemeColorName) *themedRect {
	r := &themedRect{color: c}
	r.ExtendBaseWidget(r)
	return r
}

func (r *themedRect) CreateRenderer() fyne.WidgetRenderer {
	rect := canvas.NewRectangle(nil)
	rect.CornerRadius = theme.InputRadiusSize()
	tr := &themedRectRenderer{r: r, rect: rect}
	tr.Refresh()
	return tr
}

type themedRectRenderer struct {
	r    *themedRect
	rect *canvas.Rectangle
}

func (t *themedRectRenderer) Layout(s fyne.Size)           { t.rect.Resize(s) }
func (t *themedRectRenderer) MinSize() fyne.Size           { return fyne.NewSize(0, 0) }
func (t *themedRectRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{t.rect} }
func (t *themedRectRenderer) Destroy()                     {}

func (t *themedRectRenderer) Refresh() {
	t.rect.FillColor = t.r.Theme().Color(t.r.color, fyne.CurrentApp().Settings().ThemeVariant())
	t.rect.Refresh()
}

// OnColor puts content on a background of a theme colour that follows
// theme changes.
func OnColor(bg fyne.ThemeColorName, content fyne.CanvasObject) *fyne.Container {
	return container.NewStack(newThemedRect(bg), container.NewPadded(content))
}

// column keeps the reading column to a comfortable width on a wide window
// and uses the whole width on a phone.
type column struct{ max float32 }

func (c column) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width, c.max)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

func (c column) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// ReadingColumnWidth is how wide the reading column gets on a wide window.
const ReadingColumnWidth = 760

// ReadingColumn is the scrolling body of a screen: objs one under the
// other, in a column no wider than ReadingColumnWidth.
func ReadingColumn(objs ...fyne.CanvasObject) *container.Scroll {
	body := container.NewVBox(objs...)
	return container.NewVScroll(container.New(column{max: ReadingColumnWidth}, container.NewPadded(body)))
}

// OnColorTight puts content on a background of a theme colour with a
// small margin: a step's card, of which several fit a phone's screen.
func OnColorTight(bg fyne.ThemeColorName, content fyne.CanvasObject) *fyne.Container {
	pad := theme.Padding() / 2
	return container.NewStack(newThemedRect(bg), container.New(layout.NewCustomPaddedLayout(pad, pad, pad, pad), content))
}

// BackgroundOf is the theme colour of a background made by OnColor,
// OnColorTight or a StepView; "" for another container.
func BackgroundOf(box *fyne.Container) fyne.ThemeColorName {
	if len(box.Objects) > 0 {
		if r, ok := box.Objects[0].(*themedRect); ok {
			return r.color
		}
	}
	return ""
}
