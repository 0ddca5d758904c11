package widgets

import "fyne.io/fyne/v2"

// Directed is a theme that says which way the language on screen reads.
// The app's theme is one: the widgets take their direction from it when
// they are drawn and laid out, never from an argument. Any other theme
// reads left to right.
type Directed interface {
	RightToLeft() bool
}

// RightToLeft reports whether the language of the app's theme reads right
// to left (false before there is an app, or with a theme that does not say).
func RightToLeft() bool {
	a := fyne.CurrentApp()
	if a == nil {
		return false
	}
	d, ok := a.Settings().Theme().(Directed)
	return ok && d.RightToLeft()
}
