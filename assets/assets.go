// Package assets holds what Code Safety embeds besides its words: the icon.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.svg
var iconSVG []byte

// Icon is the app's icon: a shield with a hidden code.
var Icon = fyne.NewStaticResource("icon.svg", iconSVG)
