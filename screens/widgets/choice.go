package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Choice is a question in Settings with one answer chosen: a radio button
// per option, one under the other. It replaces Fyne's radio group, which
// puts the circle on the left in every language, lets the words run off a
// narrow screen, and lines the circle up with text in its own font only.
type Choice struct {
	Selected  string
	OnChanged func(string) // when a person chooses another option
	items     []*radio
	Box       *fyne.Container // what goes on screen: the radios, one under the other
}

// NewChoice is a choice among options, selected chosen. words draws an
// option's words (a paragraph, or a name in its own font); label is what a
// screen reader hears for an option, chosen or not. rtl puts the circles
// on the right.
func NewChoice(options []string, selected string, words func(option string) fyne.CanvasObject,
	label func(option string, chosen bool) string, changed func(string)) *Choice {
	c := &Choice{Selected: selected, OnChanged: changed}
	var objs []fyne.CanvasObject
	for _, o := range options {
		r := newRadio(o, words(o), func() { c.SetSelected(o) }, func(chosen bool) string { return label(o, chosen) })
		r.selected = o == selected
		c.items = append(c.items, r)
		objs = append(objs, r)
	}
	// all at once: each Add would lay the box out again, measuring every
	// option's words so far
	c.Box = container.NewVBox(objs...)
	return c
}

// Focusables are the options' radio buttons, in order, to put the keyboard
// focus on.
func (c *Choice) Focusables() []fyne.Focusable {
	out := make([]fyne.Focusable, len(c.items))
	for i, r := range c.items {
		out[i] = r
	}
	return out
}

// SetSelected chooses an option, as a tap on it does. Choosing the one
// already chosen changes nothing: an answer cannot be unticked.
func (c *Choice) SetSelected(option string) {
	if option == c.Selected {
		return
	}
	c.Show(option)
	if c.OnChanged != nil {
		c.OnChanged(option)
	}
}

// Show marks option as the one chosen, as the saved settings say, without
// telling OnChanged: nobody chose it.
func (c *Choice) Show(option string) {
	c.Selected = option
	for _, r := range c.items {
		if r.selected != (r.option == option) {
			r.selected = !r.selected
			r.Refresh()
		}
	}
}

// radio is one option: a circle, filled when chosen, where the words start
// (on the right in a right-to-left language), and the words as a paragraph
// that wraps. The whole line can be tapped; Space or Enter chooses it from
// the keyboard.
type radio struct {
	widget.BaseWidget
	option           string
	selected         bool
	focused, hovered bool
	tapped           func()
	label            func(chosen bool) string

	focus      *canvas.Rectangle // the round highlight behind the circle
	fill, ring *Icon
	iconSize   fyne.Size       // how large the circle is drawn
	mark       *fyne.Container // the circle, level with the words' first line
	words      fyne.CanvasObject
	row        *fyne.Container
}

var (
	_ fyne.Focusable      = (*radio)(nil)
	_ fyne.Tappable       = (*radio)(nil)
	_ fyne.Accessible     = (*radio)(nil)
	_ desktop.Hoverable   = (*radio)(nil)
	_ fyne.Widget         = (*radio)(nil)
	_ fyne.WidgetRenderer = (*radioRenderer)(nil)
	_ fyne.Layout         = levelWithFirstLine{}
	_ fyne.Layout         = iconLayout{}
)

func newRadio(option string, words fyne.CanvasObject, tapped func(), label func(chosen bool) string) *radio {
	r := &radio{option: option, tapped: tapped, label: label, words: words,
		focus: canvas.NewRectangle(color.Transparent),
		fill:  NewIcon(nil, ""), ring: NewIcon(nil, "")}
	r.mark = container.New(levelWithFirstLine{words}, container.NewStack(r.focus,
		container.New(iconLayout{&r.iconSize}, r.fill), container.New(iconLayout{&r.iconSize}, r.ring)))
	r.row = Row(r.mark, nil, r.words)
	r.ExtendBaseWidget(r)
	return r
}

// Tapped chooses the option, and on a desktop moves the keyboard focus to
// it, as Fyne's own radio buttons do.
func (r *radio) Tapped(*fyne.PointEvent) {
	if !fyne.CurrentDevice().IsMobile() {
		if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
			c.Focus(r)
		}
	}
	r.tapped()
}

func (r *radio) FocusGained() { r.focused = true; r.Refresh(); focusMoved(r) }
func (r *radio) FocusLost()   { r.focused = false; r.Refresh() }

// TypedRune chooses the option on Space.
func (r *radio) TypedRune(ch rune) {
	if ch == ' ' {
		r.tapped()
	}
}

// TypedKey chooses the option on Enter too, as the app's buttons do.
func (r *radio) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		r.tapped()
	}
}

func (r *radio) MouseIn(*desktop.MouseEvent)    { r.hovered = true; r.Refresh() }
func (r *radio) MouseMoved(*desktop.MouseEvent) {}
func (r *radio) MouseOut()                      { r.hovered = false; r.Refresh() }

// AccessibilityLabel is the question, the option and whether it is chosen.
func (r *radio) AccessibilityLabel() string { return r.label(r.selected) }

// AccessibilityRole of a radio button: Fyne 2.8 has no radio role, and a
// button is what it acts as.
func (r *radio) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (r *radio) CreateRenderer() fyne.WidgetRenderer {
	rr := &radioRenderer{r: r}
	rr.update()
	return rr
}

type radioRenderer struct{ r *radio }

func (rr *radioRenderer) update() {
	r := rr.r
	th := r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	icon := th.Size(theme.SizeNameInlineIcon)
	r.ring.SetResource(th.Icon(theme.IconNameRadioButton))
	r.fill.SetResource(th.Icon(theme.IconNameRadioButtonFill))
	if r.selected {
		r.ring.SetColor(theme.ColorNameForeground)
		r.fill.SetColor(theme.ColorNamePrimary)
	} else {
		r.ring.SetColor(theme.ColorNameInputBorder)
		r.fill.SetColor(theme.ColorNameInputBackground)
	}
	r.iconSize = fyne.NewSquareSize(icon)
	size := icon + th.Size(theme.SizeNameInnerPadding)
	r.focus.SetMinSize(fyne.NewSquareSize(size))
	r.focus.CornerRadius = size / 2
	r.focus.StrokeWidth, r.focus.StrokeColor = 0, color.Transparent
	switch {
	case r.focused:
		r.focus.FillColor = th.Color(theme.ColorNameFocus, v)
		r.focus.StrokeWidth, r.focus.StrokeColor = ringWidth, kitColor(ColorNameFocusRing, theme.ColorNamePrimary, r)
	case r.hovered:
		r.focus.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.focus.FillColor = color.Transparent
	}
}

// levelWithFirstLine lays the circle out level with the middle of the words' first
// line: a paragraph that wraps says where that is; other words are one
// line, and the circle is centred on them.
type levelWithFirstLine struct{ words fyne.CanvasObject }

func (l levelWithFirstLine) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	mid := l.words.Size().Height / 2
	if p, ok := l.words.(interface{ FirstLineMiddle() float32 }); ok {
		mid = p.FirstLineMiddle()
	}
	for _, o := range objs {
		m := o.MinSize()
		o.Resize(m)
		o.Move(fyne.NewPos((s.Width-m.Width)/2, max(0, mid-m.Height/2)))
	}
}

func (l levelWithFirstLine) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

func (rr *radioRenderer) Layout(s fyne.Size)           { rr.r.row.Resize(s) }
func (rr *radioRenderer) MinSize() fyne.Size           { return atLeastTarget(rr.r.row.MinSize()) }
func (rr *radioRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{rr.r.row} }
func (rr *radioRenderer) Destroy()                     {}

// Refresh redraws the circle and the words: refreshing the row refreshes
// everything in it.
func (rr *radioRenderer) Refresh() {
	rr.update()
	rr.r.row.Refresh()
}

// iconLayout centres an icon at the size it is drawn, without asking the
// image: Fyne's canvas.Image reads an SVG again each time its MinSize is
// asked (it keeps no raster of it), which every layout of the settings'
// radio buttons did, twice an option.
type iconLayout struct{ size *fyne.Size }

func (l iconLayout) MinSize([]fyne.CanvasObject) fyne.Size { return *l.size }

func (l iconLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	for _, o := range objs {
		o.Resize(*l.size)
		o.Move(fyne.NewPos((s.Width-l.size.Width)/2, (s.Height-l.size.Height)/2))
	}
}
