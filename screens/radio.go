package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// choice is a question in Settings with one answer chosen: a radio button
// per option, one under the other. It replaces Fyne's radio group, which
// puts the circle on the left in every language, lets the words run off a
// narrow screen, and lines the circle up with text in its own font only.
type choice struct {
	Selected  string
	OnChanged func(string) // when a person chooses another option
	items     []*radio
	box       *fyne.Container // what goes on screen: the radios, one under the other
}

func (e env) choice(title string, options []string, selected string, changed func(string)) *choice {
	return e.choiceDrawn(title, options, selected, changed, func(o string) fyne.CanvasObject { return e.text(o) })
}

// choiceDrawn is a choice whose options' words are drawn by words.
func (e env) choiceDrawn(title string, options []string, selected string, changed func(string),
	words func(option string) fyne.CanvasObject) *choice {
	c := &choice{Selected: selected, OnChanged: changed, box: container.NewVBox()}
	for _, o := range options {
		r := e.radio(o, words(o), func() { c.SetSelected(o) }, func(chosen bool) string {
			key := "a11y.option_not_chosen"
			if chosen {
				key = "a11y.option_chosen"
			}
			return e.loc.Tf(key, map[string]any{"Setting": title, "Option": o})
		})
		r.selected = o == selected
		c.items = append(c.items, r)
		c.box.Add(r)
	}
	return c
}

// SetSelected chooses an option, as a tap on it does. Choosing the one
// already chosen changes nothing: an answer cannot be unticked.
func (c *choice) SetSelected(option string) {
	if option == c.Selected {
		return
	}
	c.Selected = option
	for _, r := range c.items {
		if r.selected != (r.option == option) {
			r.selected = !r.selected
			r.Refresh()
		}
	}
	if c.OnChanged != nil {
		c.OnChanged(option)
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
	fill, ring *canvas.Image
	mark       *fyne.Container // the circle, centred on the words
	words      fyne.CanvasObject
	row        *fyne.Container
}

func (e env) radio(option string, words fyne.CanvasObject, tapped func(), label func(chosen bool) string) *radio {
	r := &radio{option: option, tapped: tapped, label: label, words: words,
		focus: canvas.NewRectangle(color.Transparent),
		fill:  canvas.NewImageFromResource(nil), ring: canvas.NewImageFromResource(nil)}
	r.mark = container.NewCenter(container.NewStack(r.focus, container.NewCenter(r.fill), container.NewCenter(r.ring)))
	r.row = e.row(r.mark, nil, r.words)
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

func (r *radio) FocusGained() { r.focused = true; r.Refresh() }
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
	ring := theme.NewThemedResource(th.Icon(theme.IconNameRadioButton))
	fill := theme.NewThemedResource(th.Icon(theme.IconNameRadioButtonFill))
	ring.ColorName, fill.ColorName = theme.ColorNameInputBorder, theme.ColorNameInputBackground
	if r.selected {
		ring.ColorName, fill.ColorName = theme.ColorNameForeground, theme.ColorNamePrimary
	}
	r.ring.Resource, r.fill.Resource = ring, fill
	r.ring.SetMinSize(fyne.NewSquareSize(icon))
	r.fill.SetMinSize(fyne.NewSquareSize(icon))
	size := icon + th.Size(theme.SizeNameInnerPadding)
	r.focus.SetMinSize(fyne.NewSquareSize(size))
	r.focus.CornerRadius = size / 2
	switch {
	case r.focused:
		r.focus.FillColor = th.Color(theme.ColorNameFocus, v)
	case r.hovered:
		r.focus.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.focus.FillColor = color.Transparent
	}
}

func (rr *radioRenderer) Layout(s fyne.Size)           { rr.r.row.Resize(s) }
func (rr *radioRenderer) MinSize() fyne.Size           { return rr.r.row.MinSize() }
func (rr *radioRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{rr.r.row} }
func (rr *radioRenderer) Destroy()                     {}

// Refresh redraws the circle and the words: refreshing the row refreshes
// everything in it.
func (rr *radioRenderer) Refresh() {
	rr.update()
	rr.r.row.Refresh()
}
