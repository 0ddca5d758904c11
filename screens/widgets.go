package screens

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/lang"
)

// button is a widget.Button whose screen-reader label can differ from its
// text (an icon-only button, or one whose text alone says too little).
type button struct {
	widget.Button
	a11y   string
	escape func() // what Escape does while the button has the focus, if anything
}

func newButton(text string, icon fyne.Resource, a11y string, tapped func()) *button {
	b := &button{a11y: a11y}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// button is a button with words and an icon; in a right-to-left language
// the icon comes first on the right, where the words start.
func (e env) button(text string, icon fyne.Resource, a11y string, tapped func()) *button {
	b := newButton(text, icon, a11y, tapped)
	if e.rtl() {
		b.IconPlacement = widget.ButtonIconTrailingText
	}
	return b
}

// TypedKey presses the button with Enter as well as Space, as people
// expect of a button they reached with Tab.
func (b *button) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && b.escape != nil {
		b.escape()
		return
	}
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
		return
	}
	b.Button.TypedKey(ev)
}

// AccessibilityLabel is what a screen reader says for the button.
func (b *button) AccessibilityLabel() string {
	if b.a11y != "" {
		return b.a11y
	}
	return b.Text
}

// tile describes a button whose words wrap on a narrow screen (a Fyne
// button's text does not).
type tile struct {
	title      string
	lines      []string // under the title; the last may be progress, in bold
	boldLast   bool
	large      bool          // title as a sub-heading
	icon       fyne.Resource // before the words
	arrow      bool          // a "go on" arrow after the words
	importance widget.Importance
	tapped     func()
}

// build lays the words over a button without text; a screen reader hears
// the same words. It returns the button, to tap, and what to put on screen.
func (t tile) build(e env) (*button, fyne.CanvasObject) {
	b := newButton("", nil, strings.Join(append([]string{t.title}, t.lines...), ". "), t.tapped)
	b.Importance = t.importance
	fg := theme.ColorNameForeground
	switch t.importance {
	case widget.HighImportance:
		fg = theme.ColorNameForegroundOnPrimary
	case widget.DangerImportance:
		fg = theme.ColorNameForegroundOnError
	}
	size := theme.SizeNameText
	if t.large {
		size = theme.SizeNameSubHeadingText
	}
	words := container.NewVBox(e.coloredText(t.title, fg, size, true))
	for i, l := range t.lines {
		words.Add(e.coloredText(l, fg, theme.SizeNameText, t.boldLast && i == len(t.lines)-1))
	}
	var left, right fyne.CanvasObject
	if t.icon != nil {
		left = container.NewCenter(widget.NewIcon(theme.NewColoredResource(t.icon, fg)))
	}
	if t.arrow {
		next := theme.NavigateNextIcon()
		if e.rtl() {
			next = theme.NavigateBackIcon() // "go on" points the way the words read
		}
		right = container.NewCenter(widget.NewIcon(theme.NewColoredResource(next, fg)))
	}
	return b, container.NewStack(b, container.NewPadded(e.row(left, right, words)))
}

// stepCheck is the check box of one step; a screen reader hears the step's
// title and whether it is done.
type stepCheck struct {
	widget.Check
	label func(done bool) string
}

func newStepCheck(label func(done bool) string, changed func(bool)) *stepCheck {
	c := &stepCheck{label: label}
	c.OnChanged = changed
	c.ExtendBaseWidget(c)
	return c
}

// AccessibilityLabel is the step's title and state.
func (c *stepCheck) AccessibilityLabel() string { return c.label(c.Checked) }

// AccessibilityRole of a check box: Fyne 2.8 has no check-box role, and a
// button is what it acts as.
func (c *stepCheck) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// progressBar shows how many steps are done, filling from where the words
// start (the right, in a right-to-left language), and reads out
// "3 of 9 done".
type progressBar struct {
	widget.BaseWidget
	Value, Max float64
	text       string
	rtl        bool
}

func (e env) progressBar(done, total int, text string) *progressBar {
	p := &progressBar{Value: float64(done), Max: float64(total), text: text, rtl: e.rtl()}
	p.ExtendBaseWidget(p)
	return p
}

// SetValue changes how much is done.
func (p *progressBar) SetValue(v float64) {
	p.Value = v
	p.Refresh()
}

// AccessibilityLabel is the progress in words.
func (p *progressBar) AccessibilityLabel() string { return p.text }

// AccessibilityRole of a progress bar is text: it cannot be changed.
func (p *progressBar) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (p *progressBar) CreateRenderer() fyne.WidgetRenderer {
	r := &progressRenderer{p: p, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type progressRenderer struct {
	p           *progressBar
	track, fill *canvas.Rectangle
}

func (r *progressRenderer) MinSize() fyne.Size {
	th := r.p.Theme()
	h := fyne.MeasureText("0", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height
	return fyne.NewSize(4*th.Size(theme.SizeNameInnerPadding), h+2*th.Size(theme.SizeNameInnerPadding))
}

func (r *progressRenderer) Layout(s fyne.Size) {
	r.track.Resize(s)
	part := float32(0)
	if r.p.Max > 0 {
		part = float32(min(max(r.p.Value/r.p.Max, 0), 1))
	}
	w := s.Width * part
	r.fill.Resize(fyne.NewSize(w, s.Height))
	if r.p.rtl {
		r.fill.Move(fyne.NewPos(s.Width-w, 0))
	} else {
		r.fill.Move(fyne.NewPos(0, 0))
	}
}

func (r *progressRenderer) Refresh() {
	th, v := r.p.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	primary := th.Color(theme.ColorNamePrimary, v)
	cr, cg, cb, _ := primary.RGBA()
	r.track.FillColor = color.NRGBA{R: uint8(cr >> 8), G: uint8(cg >> 8), B: uint8(cb >> 8), A: 0x50}
	r.fill.FillColor = primary
	radius := th.Size(theme.SizeNameInputRadius)
	r.track.CornerRadius, r.fill.CornerRadius = radius, radius
	r.Layout(r.p.Size())
	r.track.Refresh()
	r.fill.Refresh()
}

func (r *progressRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.fill} }
func (r *progressRenderer) Destroy()                     {}

// rtl reports whether the language on screen is written right to left.
func (e env) rtl() bool { return lang.RightToLeft(e.loc.Tag()) }

// row lays out one line: what comes first in reading order at the start
// (left, or right in a right-to-left language), what comes last at the
// end, and the middle between them. Either end may be nil.
func (e env) row(first, last, middle fyne.CanvasObject) *fyne.Container {
	left, right := first, last
	if e.rtl() {
		left, right = last, first
	}
	var objs []fyne.CanvasObject // in reading order, for Tab
	for _, o := range []fyne.CanvasObject{first, middle, last} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(layout.NewBorderLayout(nil, nil, left, right), objs...)
}

// start puts o at the start of a line, at its own size.
func (e env) start(o fyne.CanvasObject) *fyne.Container {
	if e.rtl() {
		return container.NewHBox(layout.NewSpacer(), o)
	}
	return container.NewHBox(o)
}

// line is s as one line of a button or other Fyne widget, whose words
// Fyne puts left to right: in a right-to-left language, in the order
// they are seen, so that "خروج سريع (Ctrl+Q)" reads right.
func (e env) line(s string) string {
	if !e.rtl() {
		return s
	}
	return visualLine(s, coverage(theme.Font(fyne.TextStyle{})))
}

// text is a paragraph in the language on screen.
func (e env) text(s string) *para {
	return newPara(s, e.rtl(), theme.SizeNameText, theme.ColorNameForeground, false)
}

func (e env) boldText(s string) *para {
	return newPara(s, e.rtl(), theme.SizeNameText, theme.ColorNameForeground, true)
}

// heading is a screen's title.
func (e env) heading(s string) *para {
	return newPara(s, e.rtl(), theme.SizeNameHeadingText, theme.ColorNameForeground, true)
}

func (e env) subHeading(s string) *para {
	return newPara(s, e.rtl(), theme.SizeNameSubHeadingText, theme.ColorNameForeground, true)
}

// coloredText is a paragraph in a theme colour, for text on a coloured
// background.
func (e env) coloredText(s string, color fyne.ThemeColorName, size fyne.ThemeSizeName, bold bool) *para {
	return newPara(s, e.rtl(), size, color, bold)
}

// themedRect keeps a rectangle's colour in step with the theme.
type themedRect struct {
	widget.BaseWidget
	color fyne.ThemeColorName
}

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

// onColor puts content on a background of a theme colour that follows
// theme changes.
func onColor(bg fyne.ThemeColorName, content fyne.CanvasObject) fyne.CanvasObject {
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

// readingColumn is the scrolling body of a screen.
func readingColumn(objs ...fyne.CanvasObject) fyne.CanvasObject {
	body := container.NewVBox(objs...)
	return container.NewVScroll(container.New(column{max: 760}, container.NewPadded(body)))
}
