package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Confirm asks before something that cannot be undone: a question, what
// it will do, and two buttons, Cancel and the action, in red. Fyne's own
// dialog lays its title and buttons out left to right in every language
// and is as narrow as its longest word; this one reads from the right in
// Arabic (Cancel first, on the right), is as wide as a phone allows, and
// starts with the keyboard on Cancel, so Enter, Space or Escape there
// changes nothing.
type Confirm struct {
	popup   *widget.PopUp
	content *fyne.Container
	yes, no *Button
	shown   func(*widget.PopUp)
	canvas  fyne.Canvas // the window's, which the question covers
}

// MaxDialogWidth is how wide a question gets on a large screen: a line
// that can be read at a glance.
const MaxDialogWidth = 480

// Question is what a Confirm asks, in the language on screen.
type Question struct {
	Title, Message string
	Cancel, Action string        // the two buttons' words
	Icon           fyne.Resource // the action's
}

// NewConfirm makes the question, to be shown over the canvas cv; done is
// called when the person chooses the action, and shown (if not nil) when
// the question is put on screen, with its pop-up.
func NewConfirm(cv fyne.Canvas, q Question, done func(), shown func(*widget.PopUp)) *Confirm {
	c := &Confirm{canvas: cv, shown: shown}
	c.no = NewButton(q.Cancel, theme.CancelIcon(), "", func() { c.popup.Hide() })
	c.yes = NewButton(q.Action, q.Icon, "", func() {
		c.popup.Hide()
		done()
	})
	c.yes.Importance = widget.DangerImportance
	c.no.Escape, c.yes.Escape = c.no.OnTapped, c.no.OnTapped
	c.content = container.NewPadded(container.NewVBox(
		NewPara(q.Title, theme.SizeNameText, theme.ColorNameForeground, true),
		NewPara(q.Message, theme.SizeNameText, theme.ColorNameForeground, false),
		container.NewCenter(Row(c.no, c.yes, nil))))
	c.popup = widget.NewModalPopUp(c.content, c.canvas)
	return c
}

// Show puts the question over the window.
func (c *Confirm) Show() {
	pad := theme.Padding()
	width := min(c.canvas.Size().Width-4*pad, MaxDialogWidth)
	// Lay the words out at that width twice: the first time they learn
	// the width, the second their height follows from it.
	for range 2 {
		c.content.Resize(fyne.NewSize(width, c.content.MinSize().Height))
	}
	c.popup.Resize(fyne.NewSize(width, c.content.MinSize().Height))
	c.popup.Show()
	if c.shown != nil {
		c.shown(c.popup)
	}
	if !fyne.CurrentDevice().IsMobile() {
		c.canvas.Focus(c.no)
	}
}

// Visible reports whether the question is on screen.
func (c *Confirm) Visible() bool { return c.popup.Visible() }
