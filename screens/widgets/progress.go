package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ProgressBar shows how many steps are done, filling from where the words
// start (the right, in a right-to-left language). It is a picture only: a
// screen reader hears the words beside it ("3 of 9 done"), once.
type ProgressBar struct {
	widget.BaseWidget
	Value, Max float64
}

var (
	_ fyne.Widget = (*ProgressBar)(nil)

	_ fyne.WidgetRenderer = (*progressRenderer)(nil)
)

// NewProgressBar is an empty bar of max steps.
// It fills from where the words start: from the right in a right-to-left
// language.
func NewProgressBar(max int) *ProgressBar {
	p := &ProgressBar{Max: float64(max)}
	p.ExtendBaseWidget(p)
	return p
}

// SetProgress changes how much is done.
func (p *ProgressBar) SetProgress(done int) {
	p.Value = float64(done)
	p.Refresh()
}

// Filled is where the filled part is, laid out at size s: its left edge
// and its width.
func (p *ProgressBar) Filled(s fyne.Size) (x, width float32) {
	part := float32(0)
	if p.Max > 0 {
		part = float32(min(max(p.Value/p.Max, 0), 1))
	}
	width = s.Width * part
	if RightToLeft() {
		return s.Width - width, width
	}
	return 0, width
}

func (p *ProgressBar) CreateRenderer() fyne.WidgetRenderer {
	r := &progressRenderer{p: p, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type progressRenderer struct {
	p           *ProgressBar
	track, fill *canvas.Rectangle
}

// BarHeight is how thick the bar is: a thin line, light while nothing is
// done.
const BarHeight = 8

func (r *progressRenderer) MinSize() fyne.Size {
	return fyne.NewSize(4*r.p.Theme().Size(theme.SizeNameInnerPadding), BarHeight)
}

func (r *progressRenderer) Layout(s fyne.Size) {
	r.track.Resize(s)
	x, w := r.p.Filled(s)
	r.fill.Resize(fyne.NewSize(w, s.Height))
	r.fill.Move(fyne.NewPos(x, 0))
}

func (r *progressRenderer) Refresh() {
	th, v := r.p.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	primary := th.Color(theme.ColorNamePrimary, v)
	// The empty track is an outline in the colour of control outlines (3:1
	// on the page, WCAG 1.4.11), not a pale tint that all but vanishes.
	r.track.FillColor = color.Transparent
	r.track.StrokeColor, r.track.StrokeWidth = th.Color(theme.ColorNameInputBorder, v), 1
	r.fill.FillColor = primary
	radius := float32(BarHeight / 2)
	r.track.CornerRadius, r.fill.CornerRadius = radius, radius
	r.Layout(r.p.Size())
	r.track.Refresh()
	r.fill.Refresh()
}

func (r *progressRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *progressRenderer) Destroy()                     {}
