package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/assets"
	"codesafety/screens/widgets"
)

// appTheme is Fyne's theme with the person's choices applied: a fixed light
// or dark variant (or the system's), text scaled for reading, and the
// colours of text, links and controls chosen so that each meets WCAG 2.1
// AA on the background it sits on (contrast_test.go computes them all).
type appTheme struct {
	base    fyne.Theme
	variant *fyne.ThemeVariant // nil: follow the system
	scale   float32
	font    *assets.Font // the shipped font for the language's script, if any
	rtl     bool         // the language reads right to left: the widgets follow
}

var _ widgets.Directed = (*appTheme)(nil)

var (
	primaryBlue = color.NRGBA{R: 0x15, G: 0x65, B: 0xC0, A: 0xFF} // 5.8:1 with white
	dangerRed   = color.NRGBA{R: 0xB3, G: 0x26, B: 0x1E, A: 0xFF} // 6.5:1 with white: the warning's, and nothing else's on a screen with it
	white       = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}

	// Text: near-black on white, near-white on Fyne's dark background
	// (Fyne's light text is a grey, #565656).
	textLight = color.NRGBA{R: 0x1A, G: 0x1A, B: 0x1A, A: 0xFF}
	textDark  = color.NRGBA{R: 0xF3, G: 0xF3, B: 0xF3, A: 0xFF}
	// Quieter text (a done step, "If it applies to you", the out-of-date
	// line): still 4.5:1 or more on every card.
	dimLight = color.NRGBA{R: 0x55, G: 0x55, B: 0x55, A: 0xFF}
	dimDark  = color.NRGBA{R: 0xB8, G: 0xB8, B: 0xB8, A: 0xFF}

	// Urgent, but not the warning's red: a deep amber for the strong tile
	// (white text on it), and a pale tint of it for the cards of steps to
	// do now, where text keeps its usual colour.
	urgentStrong = color.NRGBA{R: 0x8F, G: 0x47, B: 0x00, A: 0xFF}
	urgentLight  = color.NRGBA{R: 0xFF, G: 0xF1, B: 0xDC, A: 0xFF}
	urgentDark   = color.NRGBA{R: 0x3A, G: 0x2A, B: 0x12, A: 0xFF}

	// Safe: the calm banner ("You're safe"), a pale green, a deep one in
	// dark; text keeps its usual colour on it.
	safeLight = color.NRGBA{R: 0xE3, G: 0xF2, B: 0xE6, A: 0xFF}
	safeDark  = color.NRGBA{R: 0x16, G: 0x33, B: 0x1E, A: 0xFF}
	// its tick: a deep green on the pale one, a light green on the deep
	safeTickLight = color.NRGBA{R: 0x1B, G: 0x5E, B: 0x20, A: 0xFF}
	safeTickDark  = color.NRGBA{R: 0x81, G: 0xC7, B: 0x84, A: 0xFF}

	// Links: darker than the primary blue in light, lighter in dark.
	linkLight = color.NRGBA{R: 0x0D, G: 0x47, B: 0xA1, A: 0xFF}
	linkDark  = color.NRGBA{R: 0x8A, G: 0xB4, B: 0xF8, A: 0xFF}

	// Outlines of check boxes and radio buttons, and the focus ring: 3:1
	// or more on every background they sit on (Fyne's are too faint).
	borderLight = color.NRGBA{R: 0x6E, G: 0x6E, B: 0x6E, A: 0xFF}
	borderDark  = color.NRGBA{R: 0x9A, G: 0x9A, B: 0xA0, A: 0xFF}
	ringLight   = primaryBlue
	ringDark    = linkDark
)

// The app's own colours, beside Fyne's: the card of a step to do now, the
// quieter text of a done step, and the keyboard focus ring.
const (
	colorNameUrgentBackground fyne.ThemeColorName = "codesafety-urgent-background"
	colorNameSafeBackground   fyne.ThemeColorName = "codesafety-safe-background"
	colorNameSafeTick         fyne.ThemeColorName = "codesafety-safe-tick"
	colorNameDimmed                               = widgets.ColorNameDimmed
	colorNameFocusRing                            = widgets.ColorNameFocusRing
)

func textScale(size string) float32 {
	switch size {
	case progress.TextLarge:
		return 1.25
	case progress.TextLarger:
		return 1.5
	}
	return 1
}

// newAppTheme is the theme for the person's choices; tag is the language
// on screen, whose shipped font (lang.Typeface: Devanagari, Arabic, Naskh
// for Urdu, Bengali, Tamil, Telugu) then comes first, before Fyne's own.
func newAppTheme(themeName, textSize, tag string) *appTheme {
	t := &appTheme{base: theme.DefaultTheme(), scale: textScale(textSize), rtl: lang.RightToLeft(tag)}
	if f, ok := assets.Fonts[lang.Typeface(tag)]; ok {
		t.font = &f
	}
	switch themeName {
	case progress.ThemeLight:
		v := theme.VariantLight
		t.variant = &v
	case progress.ThemeDark:
		v := theme.VariantDark
		t.variant = &v
	}
	return t
}

// RightToLeft: the language on screen reads right to left; the widgets
// take their direction from this (widgets.Directed).
func (t *appTheme) RightToLeft() bool { return t.rtl }

// HasKitColors: the theme has the widget kit's own colours.
func (t *appTheme) HasKitColors() {}

func (t *appTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	dark := v == theme.VariantDark
	pick := func(light, dark2 color.Color) color.Color {
		if dark {
			return dark2
		}
		return light
	}
	switch name {
	case theme.ColorNamePrimary:
		return primaryBlue
	case theme.ColorNameError:
		return dangerRed
	case theme.ColorNameWarning:
		return urgentStrong
	case theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnError, theme.ColorNameForegroundOnWarning:
		return white
	case theme.ColorNameForeground:
		return pick(textLight, textDark)
	case theme.ColorNamePlaceHolder, colorNameDimmed:
		return pick(dimLight, dimDark)
	case theme.ColorNameHyperlink:
		return pick(linkLight, linkDark)
	case theme.ColorNameInputBorder:
		return pick(borderLight, borderDark)
	case colorNameFocusRing:
		return pick(ringLight, ringDark)
	case colorNameUrgentBackground:
		return pick(urgentLight, urgentDark)
	case colorNameSafeBackground:
		return pick(safeLight, safeDark)
	case colorNameSafeTick:
		return pick(safeTickLight, safeTickDark)
	}
	return t.base.Color(name, v)
}

// Font is the language's own font where one is shipped; a character it
// lacks (a Latin word in a Hindi sentence) falls back to Fyne's Noto Sans.
func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case t.font == nil || s.Monospace || s.Symbol:
		return t.base.Font(s)
	case s.Bold:
		return t.font.Bold
	}
	return t.font.Regular
}

func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * t.scale
	case theme.SizeNameHeadingText, theme.SizeNameSubHeadingText:
		// Headings are large already: they grow half as much as the
		// text, so that a phone at the largest text still shows the
		// first step under a checklist's title.
		return s * (1 + (t.scale-1)/2)
	}
	return s
}
