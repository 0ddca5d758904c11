package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// confirm asks before something that cannot be undone: a question, what
// it will do, and two buttons, Cancel and the action, in red. Fyne's own
// dialog lays its title and buttons out left to right in every language
// and is as narrow as its longest word; this one reads from the right in
// Arabic (Cancel first, on the right), is as wide as a phone allows, and
// starts with the keyboard on Cancel, so Enter, Space or Escape there
// changes nothing.
type confirm struct {
	popup   *widget.PopUp
	content *fyne.Container
	yes, no *button
	nav     navigator
	canvas  fyne.Canvas // the window's, which the question covers
}

// maxDialogWidth is how wide a question gets on a large screen: a line
// that can be read at a glance.
const maxDialogWidth = 480

func (e env) confirm(title, message, action string, icon fyne.Resource, done func()) *confirm {
	c := &confirm{}
	c.no = e.button(e.loc.T("dialog.cancel"), theme.CancelIcon(), "", func() { c.popup.Hide() })
	c.yes = e.button(action, icon, "", func() {
		c.popup.Hide()
		done()
	})
	c.yes.Importance = widget.DangerImportance
	c.no.escape, c.yes.escape = c.no.OnTapped, c.no.OnTapped
	c.content = container.NewPadded(container.NewVBox(
		e.boldText(title), e.text(message), container.NewCenter(e.row(c.no, c.yes, nil))))
	c.canvas, c.nav = e.win.Canvas(), e.nav
	c.popup = widget.NewModalPopUp(c.content, c.canvas)
	return c
}

// show puts the question over the window.
func (c *confirm) show() {
	pad := theme.Padding()
	width := min(c.canvas.Size().Width-4*pad, maxDialogWidth)
	// Lay the words out at that width twice: the first time they learn
	// the width, the second their height follows from it.
	for range 2 {
		c.content.Resize(fyne.NewSize(width, c.content.MinSize().Height))
	}
	c.popup.Resize(fyne.NewSize(width, c.content.MinSize().Height))
	c.popup.Show()
	c.nav.shown(c.popup)
	if !fyne.CurrentDevice().IsMobile() {
		c.canvas.Focus(c.no)
	}
}

// Visible reports whether the question is on screen.
func (c *confirm) Visible() bool { return c.popup.Visible() }
