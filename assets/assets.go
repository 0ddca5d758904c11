// Package assets holds what Code Safety embeds besides its words: the icon,
// an icon Fyne's theme lacks, and the fonts for scripts Fyne's own font does
// not cover.
package assets

import (
	"embed"
	"strings"
	"sync"

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
	//go:embed fonts/NotoNaskhArabic-Regular.ttf
	naskhRegular []byte
	//go:embed fonts/NotoNaskhArabic-Bold.ttf
	naskhBold []byte
	//go:embed fonts/NotoSansBengali-Regular.ttf
	bengaliRegular []byte
	//go:embed fonts/NotoSansBengali-Bold.ttf
	bengaliBold []byte
	//go:embed fonts/NotoSansTamil-Regular.ttf
	tamilRegular []byte
	//go:embed fonts/NotoSansTamil-Bold.ttf
	tamilBold []byte
	//go:embed fonts/NotoSansTelugu-Regular.ttf
	teluguRegular []byte
	//go:embed fonts/NotoSansTelugu-Bold.ttf
	teluguBold []byte
)

// Font is a regular and a bold font for one script.
type Font struct{ Regular, Bold fyne.Resource }

func font(name string, regular, bold []byte) Font {
	return Font{fyne.NewStaticResource(name+"-Regular.ttf", regular), fyne.NewStaticResource(name+"-Bold.ttf", bold)}
}

// Fonts are the fonts shipped, by typeface as lang.Typeface names it: an
// ISO 15924 script code, or a style of a script ("Arab-Naskh", for Urdu).
// They are in the binary, but read only when a language that uses one is
// shown.
var Fonts = map[string]Font{
	"Deva":       font("NotoSansDevanagari", devanagariRegular, devanagariBold),
	"Arab":       font("NotoSansArabic", arabicRegular, arabicBold),
	"Arab-Naskh": font("NotoNaskhArabic", naskhRegular, naskhBold),
	"Beng":       font("NotoSansBengali", bengaliRegular, bengaliBold),
	"Taml":       font("NotoSansTamil", tamilRegular, tamilBold),
	"Telu":       font("NotoSansTelugu", teluguRegular, teluguBold),
}

//go:embed fonts/names/*.ttf
var nameFonts embed.FS

// LatinFontBase is the font of the languages Code Safety ships no font for
// (Latin and Cyrillic): Fyne's Noto Sans.
const LatinFontBase = "NotoSans"

// NameFontBase is the base name of the font a language whose typeface is
// typeface (lang.Typeface) is written in: "NotoSansDevanagari" for "Deva",
// LatinFontBase for one with no font here.
func NameFontBase(typeface string) string {
	if f, ok := Fonts[typeface]; ok {
		return strings.TrimSuffix(f.Regular.Name(), "-Regular.ttf")
	}
	return LatinFontBase
}

// WholeForNames are the typefaces whose names are drawn in the whole font:
// cut down to a few names, Noto Sans Arabic, Noto Naskh Arabic and Noto
// Sans Tamil drew them differently (the Arabic ones without their dots
// below: pyftsubset 4.38 under go-text 0.3.4), which a test compares pixel
// for pixel.
var WholeForNames = map[string]bool{"Arab": true, "Arab-Naskh": true, "Taml": true}

// NameFont is the font the language list draws a name of that typeface
// in: the letters of the languages' own names alone, cut from
// NameFontBase's font (`make fonts`, .ci/namefonts). Read whole, a script's
// font costs up to 2 ms at each change of language (Fyne reads its fonts
// again at every change of theme); these, a few kilobytes, almost nothing.
// nil if there is none (a test keeps that from shipping).
func NameFont(typeface string) fyne.Resource {
	if WholeForNames[typeface] {
		return Fonts[typeface].Regular
	}
	name := NameFontBase(typeface) + ".ttf"
	if r, ok := nameFontRes.Load(name); ok {
		return r.(fyne.Resource) // read once: Settings asks at each change of language
	}
	b, err := nameFonts.ReadFile("fonts/names/" + name)
	if err != nil {
		return nil
	}
	r, _ := nameFontRes.LoadOrStore(name, fyne.NewStaticResource("names-"+name, b))
	return r.(fyne.Resource)
}

var nameFontRes sync.Map // file name -> fyne.Resource
