// Command bare is the baseline of `make bench`: a Fyne window with one
// label, built with Fyne's default tags and the same flags as Code Safety.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("bare")
	w.SetContent(widget.NewLabel("Hello"))
	w.ShowAndRun()
}
