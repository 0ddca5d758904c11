package widgets

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Button is a widget.Button whose screen-reader label can differ from its
// text (an icon-only button, or one whose text alone says too little), and
// that Enter presses as well as Space.
type Button struct {
	widget.Button
	A11y    string // what a screen reader says; the text when empty
	Escape  func() // what Escape does while the button has the focus, if anything
	focused bool
	ring    *canvas.Rectangle
	icon    fyne.Resource // drawn by the kit's Icon, not Fyne's (see Icon)
}

var (
	_ fyne.Widget       = (*Button)(nil)
	_ fyne.Focusable    = (*Button)(nil)
	_ fyne.Tappable     = (*Button)(nil)
	_ fyne.Accessible   = (*Button)(nil)
	_ fyne.Disableable  = (*Button)(nil)
	_ desktop.Hoverable = (*Button)(nil)
)

// NewButton is a button with words and an icon (either may be empty); in a
// right-to-left language the icon comes first on the right, where the
// words start.
func NewButton(text string, icon fyne.Resource, a11y string, tapped func()) *Button {
	b := &Button{A11y: a11y, icon: icon}
	b.Text, b.OnTapped = text, tapped
	b.ExtendBaseWidget(b)
	return b
}

// IconResource is the button's icon (nil: none).
func (b *Button) IconResource() fyne.Resource { return b.icon }

// SetIcon changes the button's icon.
func (b *Button) SetIcon(icon fyne.Resource) {
	b.icon = icon
	b.Refresh()
}

// CreateRenderer is Fyne's button, at least 44×44 px, with a ring round
// it while it has the keyboard focus.
func (b *Button) CreateRenderer() fyne.WidgetRenderer {
	if RightToLeft() {
		b.IconPlacement = widget.ButtonIconTrailingText
	}
	b.ring = focusRing()
	r := &buttonRenderer{ringed: ringed{WidgetRenderer: b.Button.CreateRenderer(), ring: b.ring, owner: b,
		focused: func() bool { return b.focused }}, b: b, icon: NewIcon(nil, "")}
	for _, o := range r.WidgetRenderer.Objects() {
		if l, ok := o.(*widget.RichText); ok {
			r.label = l
		}
	}
	r.Refresh()
	return r
}

// buttonRenderer is Fyne's button with the kit's Icon where Fyne's would
// be, laid out as Fyne lays out its own: the icon and the words side by
// side, as one group, where the button's alignment puts them.
type buttonRenderer struct {
	ringed
	b     *Button
	icon  *Icon
	label *widget.RichText // Fyne's, for the words
}

func (r *buttonRenderer) hasIcon() bool { return r.b.icon != nil }

func (r *buttonRenderer) iconSize() fyne.Size {
	return fyne.NewSquareSize(theme.SizeForWidget(theme.SizeNameInlineIcon, r.b))
}

func (r *buttonRenderer) MinSize() fyne.Size {
	s := r.WidgetRenderer.MinSize()
	if r.hasIcon() {
		if r.b.Text != "" {
			s.Width += theme.SizeForWidget(theme.SizeNamePadding, r.b)
		}
		s.Width += r.iconSize().Width
		s.Height = max(s.Height, r.iconSize().Height+2*theme.SizeForWidget(theme.SizeNameInnerPadding, r.b))
	}
	return atLeastTarget(s)
}

func (r *buttonRenderer) Layout(s fyne.Size) {
	r.ringed.Layout(s)
	if !r.hasIcon() {
		r.icon.Hide()
		return
	}
	r.icon.Show()
	icon, gap := r.iconSize(), theme.SizeForWidget(theme.SizeNamePadding, r.b)
	words := fyne.Size{}
	if r.b.Text != "" && r.label != nil {
		words = r.label.MinSize()
	} else {
		gap = 0
	}
	group := fyne.NewSize(icon.Width+gap+words.Width, max(icon.Height, words.Height))
	x := (s.Width - group.Width) / 2
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, r.b)
	switch r.b.Alignment {
	case widget.ButtonAlignLeading:
		x = pad
	case widget.ButtonAlignTrailing:
		x = s.Width - group.Width - pad
	}
	iconX, wordsX := x, x+icon.Width+gap
	if r.b.IconPlacement == widget.ButtonIconTrailingText {
		wordsX, iconX = x, x+words.Width+gap
	}
	r.icon.Resize(icon)
	r.icon.Move(fyne.NewPos(iconX, (s.Height-icon.Height)/2))
	if words.Width > 0 {
		r.label.Resize(words)
		r.label.Move(fyne.NewPos(wordsX, (s.Height-words.Height)/2))
	}
}

func (r *buttonRenderer) Objects() []fyne.CanvasObject {
	return append(r.ringed.Objects(), r.icon)
}

func (r *buttonRenderer) Refresh() {
	r.ringed.Refresh() // lays the words out as if there were no icon
	r.icon.SetResource(r.b.icon)
	r.icon.SetColor(r.iconColor())
	r.Layout(r.b.Size())
}

// iconColor is the colour of the words, as Fyne's button would draw its
// icon: the icon's own on a quiet button, the text's on a coloured one.
func (r *buttonRenderer) iconColor() fyne.ThemeColorName {
	if r.b.Disabled() {
		return theme.ColorNameDisabled
	}
	switch r.b.Importance {
	case widget.HighImportance:
		return theme.ColorNameForegroundOnPrimary
	case widget.DangerImportance:
		return theme.ColorNameForegroundOnError
	case widget.WarningImportance:
		return theme.ColorNameForegroundOnWarning
	case widget.SuccessImportance:
		return theme.ColorNameForegroundOnSuccess
	}
	return "" // the icon's own
}

// FocusGained shows the focus ring.
func (b *Button) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
	focusMoved(b)
}

// FocusLost hides the focus ring.
func (b *Button) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
}

// ringed is a widget's renderer with a focus ring over it, and grown to a
// tap target's least size.
type ringed struct {
	fyne.WidgetRenderer
	ring    *canvas.Rectangle
	owner   fyne.Widget
	focused func() bool
}

func (r *ringed) MinSize() fyne.Size { return atLeastTarget(r.WidgetRenderer.MinSize()) }

func (r *ringed) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	r.ring.Resize(s)
}

func (r *ringed) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.ring)
}

func (r *ringed) Refresh() {
	r.WidgetRenderer.Refresh()
	showRing(r.ring, r.owner, r.focused())
}

// TypedKey presses the button with Enter as well as Space, as people
// expect of a button they reached with Tab.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && b.Escape != nil {
		b.Escape()
		return
	}
	// Fyne's button takes the keyboard focus away when Space presses it
	// (as if it had been tapped): the next Tab would then start again at
	// the top. Space, Enter and Return press it and leave the focus on it.
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter || ev.Name == fyne.KeySpace {
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
		return
	}
	b.Button.TypedKey(ev)
}

// AccessibilityLabel is what a screen reader says for the button.
func (b *Button) AccessibilityLabel() string {
	if b.A11y != "" {
		return b.A11y
	}
	return b.Text
}

// Tile describes a button whose words wrap on a narrow screen (a Fyne
// button's text does not).
type Tile struct {
	Title      string
	Lines      []string // under the title; the last may be progress, in bold
	BoldLast   bool
	Large      bool          // title as a sub-heading
	Icon       fyne.Resource // before the words
	Arrow      bool          // a "go on" arrow after the words
	Importance widget.Importance
	Tapped     func()
	// Break is what a screen reader hears between its words, the end of a
	// sentence in the language (". ", "। " in Hindi); ". " when empty.
	Break string
}

// Label is what a screen reader hears for the tile: all its words.
func (t Tile) Label() string {
	brk := t.Break
	if brk == "" {
		brk = ". "
	}
	return strings.Join(append([]string{t.Title}, t.Lines...), brk)
}

// TileView is a tile on screen.
type TileView struct {
	Button *Button           // to tap, and what a screen reader hears
	Object fyne.CanvasObject // what to put on screen
	tile   Tile
	words  *fyne.Container
	fg     fyne.ThemeColorName
}

// Build lays the words over a button without text; a screen reader hears
// the same words.
func (t Tile) Build() *TileView {
	v := &TileView{tile: t, fg: theme.ColorNameForeground, words: container.NewVBox()}
	v.Button = NewButton("", nil, "", t.Tapped)
	v.Button.Importance = t.Importance
	switch t.Importance {
	case widget.HighImportance:
		v.fg = theme.ColorNameForegroundOnPrimary
	case widget.DangerImportance:
		v.fg = theme.ColorNameForegroundOnError
	case widget.WarningImportance:
		v.fg = theme.ColorNameForegroundOnWarning
	}
	v.SetLines(t.Lines, t.BoldLast)
	var left, right fyne.CanvasObject
	if t.Icon != nil {
		left = container.NewCenter(NewIcon(t.Icon, v.fg))
	}
	if t.Arrow {
		right = container.NewCenter(newGoOn(v.fg))
	}
	v.Object = container.NewStack(v.Button, container.NewPadded(Row(left, right, v.words)))
	return v
}

// SetLines changes the lines under the title, for the eye and the ear;
// boldLast puts the last in bold (progress, say).
func (v *TileView) SetLines(lines []string, boldLast bool) {
	if len(v.words.Objects) > 0 && slices.Equal(lines, v.tile.Lines) && boldLast == v.tile.BoldLast {
		return
	}
	v.tile.Lines, v.tile.BoldLast = lines, boldLast
	v.Button.A11y = v.tile.Label()
	size := theme.SizeNameText
	if v.tile.Large {
		size = theme.SizeNameSubHeadingText
	}
	objs := []fyne.CanvasObject{NewPara(v.tile.Title, size, v.fg, true)}
	for i, l := range lines {
		objs = append(objs, NewPara(l, theme.SizeNameText, v.fg, v.tile.BoldLast && i == len(lines)-1))
	}
	v.words.Objects = objs
	v.words.Refresh()
}

// goOn is a tile's "go on" arrow: it points the way the words read (to the
// left in a right-to-left language), as the theme says when it is drawn.
type goOn struct {
	widget.BaseWidget
	fg fyne.ThemeColorName
}

func newGoOn(fg fyne.ThemeColorName) *goOn {
	g := &goOn{fg: fg}
	g.ExtendBaseWidget(g)
	return g
}

func (g *goOn) CreateRenderer() fyne.WidgetRenderer {
	next := theme.NavigateNextIcon()
	if RightToLeft() {
		next = theme.NavigateBackIcon()
	}
	return widget.NewSimpleRenderer(NewIcon(next, g.fg))
}
