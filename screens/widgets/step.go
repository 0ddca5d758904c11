package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// StepCard is a step's check box and its words beside it. A tap on the
// box (a column at least MinTarget wide), or Space or Enter while it has
// the focus, ticks the step or unticks it; a tap on the words calls
// OnWords (reading is not ticking). A screen reader hears the step's title
// and whether it is done. A done step shows its folded words (the title
// alone, dimmed) instead of the open ones, until it is Reopened.
type StepCard struct {
	widget.BaseWidget
	Done      bool
	OnChanged func(bool) // when a person ticks or unticks it
	// OnWords is called when the words are tapped; nil: they tick, as the
	// box does.
	OnWords func()
	// Reopened: a done step shows its open words again (it stays done);
	// a tick or an untick folds it as it should be.
	Reopened bool

	label            func(done bool) string
	open, folded     fyne.CanvasObject
	focused, hovered bool
	box              *canvas.Rectangle
}

var (
	_ fyne.Widget         = (*StepCard)(nil)
	_ fyne.Focusable      = (*StepCard)(nil)
	_ fyne.Tappable       = (*StepCard)(nil)
	_ fyne.Accessible     = (*StepCard)(nil)
	_ desktop.Hoverable   = (*StepCard)(nil)
	_ fyne.WidgetRenderer = (*stepRenderer)(nil)
)

// CheckBoxSize is how large a step's check box is drawn at the normal text
// size; it grows with the text (BoxSize).
const CheckBoxSize = 28

// BoxSize is how large the check box is drawn: CheckBoxSize, grown as the
// theme's text is larger than Fyne's own.
func (c *StepCard) BoxSize() float32 {
	grow := theme.SizeForWidget(theme.SizeNameText, c) / theme.DefaultTheme().Size(theme.SizeNameText)
	return CheckBoxSize * max(grow, 1)
}

// NewStepCard is a step to tick: open are its words while it is not done,
// folded while it is; label is what a screen reader hears, done or not;
// changed is called when a person ticks or unticks it.
func NewStepCard(open, folded fyne.CanvasObject, label func(done bool) string, changed func(bool)) *StepCard {
	c := &StepCard{open: open, folded: folded, label: label, OnChanged: changed}
	c.ExtendBaseWidget(c)
	return c
}

// SetDone shows whether the step is done, as the state says, without
// telling OnChanged: nobody ticked it.
func (c *StepCard) SetDone(done bool) {
	if c.Done == done {
		return
	}
	c.Done, c.Reopened = done, false
	c.Refresh()
}

func (c *StepCard) toggle() {
	c.Done, c.Reopened = !c.Done, false
	c.Refresh()
	if c.OnChanged != nil {
		c.OnChanged(c.Done)
	}
}

// Tapped on the box ticks or unticks the step, on the words calls
// OnWords; on a desktop it moves the keyboard focus to the step.
func (c *StepCard) Tapped(ev *fyne.PointEvent) {
	if !fyne.CurrentDevice().IsMobile() {
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
			cv.Focus(c)
		}
	}
	if c.OnWords != nil && !c.OnBox(ev.Position) {
		c.OnWords()
		return
	}
	c.toggle()
}

// OnBox reports whether a point of the card is on its check box's column:
// the box with its padding, at least MinTarget wide, on the side where the
// words start.
func (c *StepCard) OnBox(p fyne.Position) bool {
	side := max(c.BoxSize()+2*theme.SizeForWidget(theme.SizeNameInnerPadding, c), MinTarget)
	if RightToLeft() {
		return p.X >= c.Size().Width-side
	}
	return p.X < side
}

// BoxCentre is the middle of the check box, where a finger ticks it.
func (c *StepCard) BoxCentre() fyne.Position {
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, c)
	x := pad + c.BoxSize()/2
	if RightToLeft() {
		x = c.Size().Width - x
	}
	return fyne.NewPos(x, pad+c.BoxSize()/2)
}

func (c *StepCard) FocusGained() { c.focused = true; c.Refresh(); focusMoved(c) }
func (c *StepCard) FocusLost()   { c.focused = false; c.Refresh() }

// TypedRune ticks on Space.
func (c *StepCard) TypedRune(ch rune) {
	if ch == ' ' {
		c.toggle()
	}
}

// TypedKey ticks on Enter too.
func (c *StepCard) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		c.toggle()
	}
}

func (c *StepCard) MouseIn(*desktop.MouseEvent)    { c.hovered = true; c.Refresh() }
func (c *StepCard) MouseMoved(*desktop.MouseEvent) {}
func (c *StepCard) MouseOut()                      { c.hovered = false; c.Refresh() }

// AccessibilityLabel is the step's title and state.
func (c *StepCard) AccessibilityLabel() string { return c.label(c.Done) }

// AccessibilityRole of a check box: Fyne 2.8 has no check-box role, and a
// button is what it acts as.
func (c *StepCard) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// Box is the check box as drawn (nil until the card is rendered): its
// outline and size, for tests.
func (c *StepCard) Box() *canvas.Rectangle { return c.box }

func (c *StepCard) CreateRenderer() fyne.WidgetRenderer {
	r := &stepRenderer{c: c, hover: canvas.NewRectangle(color.Transparent), box: canvas.NewRectangle(nil),
		tick: NewIcon(theme.ConfirmIcon(), theme.ColorNameForegroundOnPrimary), ring: focusRing()}
	c.box = r.box
	r.Refresh()
	return r
}

type stepRenderer struct {
	c     *StepCard
	hover *canvas.Rectangle
	box   *canvas.Rectangle
	tick  *Icon
	ring  *canvas.Rectangle
}

func (r *stepRenderer) words() fyne.CanvasObject {
	if r.c.Done && !r.c.Reopened {
		return r.c.folded
	}
	return r.c.open
}

func (r *stepRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.hover, r.box, r.tick, r.words(), r.ring}
}

// side is the room the check box takes: the box and padding either side.
func (r *stepRenderer) side() float32 {
	return r.c.BoxSize() + 2*theme.SizeForWidget(theme.SizeNameInnerPadding, r.c)
}

func (r *stepRenderer) MinSize() fyne.Size {
	w := r.words().MinSize()
	return atLeastTarget(fyne.NewSize(r.side()+w.Width, max(w.Height, r.side())))
}

func (r *stepRenderer) Layout(s fyne.Size) {
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, r.c)
	side := r.side()
	r.hover.Resize(s)
	r.ring.Resize(s)
	boxX, wordsX := pad, side
	if RightToLeft() {
		boxX, wordsX = s.Width-side+pad, 0
	}
	r.box.Move(fyne.NewPos(boxX, pad))
	r.box.Resize(fyne.NewSquareSize(r.c.BoxSize()))
	inset := float32(4)
	r.tick.Move(fyne.NewPos(boxX+inset, pad+inset))
	r.tick.Resize(fyne.NewSquareSize(r.c.BoxSize() - 2*inset))
	w := r.words()
	w.Move(fyne.NewPos(wordsX, 0))
	w.Resize(fyne.NewSize(s.Width-side, s.Height))
}

func (r *stepRenderer) Refresh() {
	c := r.c
	outline := theme.ColorForWidget(theme.ColorNameInputBorder, c)
	r.box.StrokeWidth = 2
	r.box.CornerRadius = 4
	r.box.StrokeColor, r.box.FillColor = outline, color.Transparent
	if c.Done {
		primary := theme.ColorForWidget(theme.ColorNamePrimary, c)
		// Filled, the outline kept: the primary blue alone is under 3:1
		// on a dark card.
		r.box.FillColor = primary
		r.tick.Show()
	} else {
		r.tick.Hide()
	}
	if r.words() == c.open {
		c.folded.Hide()
		c.open.Show()
	} else {
		c.open.Hide()
		c.folded.Show()
	}
	r.hover.FillColor = color.Transparent
	if c.hovered {
		r.hover.FillColor = theme.ColorForWidget(theme.ColorNameHover, c)
	}
	r.hover.CornerRadius = theme.SizeForWidget(theme.SizeNameInputRadius, c)
	showRing(r.ring, c, c.focused)
	r.Layout(c.Size())
	r.hover.Refresh()
	r.box.Refresh()
	r.tick.Refresh()
	r.words().Refresh()
}

func (r *stepRenderer) Destroy() {}

// StepView is a whole step on screen: its card, with the StepCard that
// ticks it and, under it, what only an open step shows (the wait, "More"
// and the details), on a background tinted while the step is urgent and not
// done. Done, the step folds to its title: the StepCard shows its folded
// words, the rest hides and the tint goes. It is the one place a step's
// look follows whether it is done.
type StepView struct {
	Card   *StepCard
	Object fyne.CanvasObject // what to put on screen
	// OnWords is what a tap on the words of a step not done does: open or
	// close its "how". On a done step the tap opens it again, still done,
	// or folds it back.
	OnWords func()
	rest    fyne.CanvasObject
	bg      *themedRect
	plain   fyne.ThemeColorName
	tint    fyne.ThemeColorName
}

// NewStepView puts card and rest on a card coloured plain, or tint while
// the step is not done ("": never tinted).
func NewStepView(card *StepCard, rest fyne.CanvasObject, plain, tint fyne.ThemeColorName) *StepView {
	v := &StepView{Card: card, rest: rest, bg: newThemedRect(plain), plain: plain, tint: tint}
	pad := theme.Padding() / 2
	v.Object = container.NewStack(v.bg, container.New(layout.NewCustomPaddedLayout(pad, pad, pad, pad),
		container.NewVBox(card, rest)))
	changed := card.OnChanged
	card.OnChanged = func(done bool) {
		v.show()
		if changed != nil {
			changed(done)
		}
	}
	card.OnWords = func() {
		switch {
		case card.Done:
			card.Reopened = !card.Reopened
			card.Refresh()
			v.show()
		case v.OnWords != nil:
			v.OnWords()
		}
	}
	v.show()
	return v
}

// SetDone shows the step done or not, as the state says, without telling
// the card's OnChanged: nobody ticked it.
func (v *StepView) SetDone(done bool) {
	v.Card.SetDone(done)
	v.show()
}

func (v *StepView) show() {
	done := v.Card.Done
	if done && !v.Card.Reopened {
		v.rest.Hide()
	} else {
		v.rest.Show()
	}
	bg := v.plain
	if v.tint != "" && !done {
		bg = v.tint
	}
	if v.bg.color != bg {
		v.bg.color = bg
		v.bg.Refresh()
	}
}
