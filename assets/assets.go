// Package assets holds what Code Safety embeds besides its words: the icon,
// an icon Fyne's theme lacks, and the fonts for scripts Fyne's own font does
// not cover.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon-128.png
var iconPNG []byte

// IconPNG is the app's icon, a shield with a hidden code, as a 128 px
// picture for the window. icon.svg is its source (`make icon`); drawing the
// SVG at start-up costs 40 ms before the first frame, decoding the 512 px
// PNG 7 ms, this one under 1 ms.
var IconPNG = fyne.NewStaticResource("icon-128.png", iconPNG)

//go:embed message.svg
var messageSVG []byte

// MessageIcon is a message whose words are hidden: a code that came, for
// the home screen's "I got a code I didn't ask for".
var MessageIcon = fyne.NewStaticResource("message.svg", messageSVG)

var (
	//go:embed fonts/NotoSansDevanagari-Regular.ttf
	devanagariRegular []byte
	//go:embed fonts/NotoSansDevanagari-Bold.ttf
	devanagariBold []byte
	//go:embed fonts/NotoSansArabic-Regular.ttf
	arabicRegular []byte
	//go:embed fonts/NotoSansArabic-Bold.ttf
	arabicBold []byte
)

// Font is a regular and a bold font for one script.
type Font struct{ Regular, Bold fyne.Resource }

// Fonts are the fonts shipped, by ISO 15924 script code (as app.Script
// names them).
var Fonts = map[string]Font{
	"Deva": {fyne.NewStaticResource("NotoSansDevanagari-Regular.ttf", devanagariRegular),
		fyne.NewStaticResource("NotoSansDevanagari-Bold.ttf", devanagariBold)},
	"Arab": {fyne.NewStaticResource("NotoSansArabic-Regular.ttf", arabicRegular),
		fyne.NewStaticResource("NotoSansArabic-Bold.ttf", arabicBold)},
}
