package widgets

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Link is a hyperlink that opens the system browser, whose words wrap,
// at least 44×44 px to tap, with the focus ring of the app's buttons.
type Link struct {
	widget.Hyperlink
	focused bool
	ring    *canvas.Rectangle
}

var (
	_ fyne.Widget     = (*Link)(nil)
	_ fyne.Focusable  = (*Link)(nil)
	_ fyne.Tappable   = (*Link)(nil)
	_ fyne.Accessible = (*Link)(nil)
)

// NewLink is a link with these words to the address u.
func NewLink(text string, u *url.URL) *Link {
	l := &Link{}
	l.Text, l.URL, l.Wrapping = text, u, fyne.TextWrapWord
	l.ExtendBaseWidget(l)
	return l
}

func (l *Link) CreateRenderer() fyne.WidgetRenderer {
	l.ring = focusRing()
	return &ringed{WidgetRenderer: l.Hyperlink.CreateRenderer(), ring: l.ring, owner: l, focused: func() bool { return l.focused }}
}

// FocusGained shows the focus ring.
func (l *Link) FocusGained() {
	l.focused = true
	l.Hyperlink.FocusGained()
	focusMoved(l)
}

// FocusLost hides it.
func (l *Link) FocusLost() {
	l.focused = false
	l.Hyperlink.FocusLost()
}
