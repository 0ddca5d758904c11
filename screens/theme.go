package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"codesafety/app/progress"
	"codesafety/assets"
)

// appTheme is Fyne's theme with the person's choices applied: a fixed light
// or dark variant (or the system's), text scaled for reading, and the
// primary and danger colours darkened so white text on them meets WCAG AA
// (4.5:1).
type appTheme struct {
	base    fyne.Theme
	variant *fyne.ThemeVariant // nil: follow the system
	scale   float32
	font    *assets.Font // the shipped font for the language's script, if any
}

var (
	primaryBlue    = color.NRGBA{R: 0x15, G: 0x65, B: 0xC0, A: 0xFF} // 5.8:1 with white
	dangerRed      = color.NRGBA{R: 0xB3, G: 0x26, B: 0x1E, A: 0xFF} // 6.5:1 with white
	urgentLight    = color.NRGBA{R: 0xB3, G: 0x26, B: 0x1E, A: 0x1A}
	urgentDark     = color.NRGBA{R: 0xF2, G: 0xB8, B: 0xB5, A: 0x26}
	white          = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
	urgentTextDark = color.NRGBA{R: 0xFF, G: 0xB4, B: 0xAB, A: 0xFF}
	borderLight    = color.NRGBA{R: 0x76, G: 0x76, B: 0x76, A: 0xFF} // 4.5:1 on white
	borderDark     = color.NRGBA{R: 0x9A, G: 0x9A, B: 0xA0, A: 0xFF} // 6:1 on Fyne's dark background
)

// Colours of steps to do now: a tinted card, and text that reads on it
// (4.5:1 or more in both variants).
const (
	colorNameUrgentBackground fyne.ThemeColorName = "codesafety-urgent-background"
	colorNameUrgentText       fyne.ThemeColorName = "codesafety-urgent-text"
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

// newAppTheme is the theme for the person's choices; script is the ISO
// 15924 code of the language on screen, whose shipped font (Devanagari,
// Arabic) then comes first, before Fyne's own.
func newAppTheme(themeName, textSize, script string) *appTheme {
	t := &appTheme{base: theme.DefaultTheme(), scale: textScale(textSize)}
	if f, ok := assets.Fonts[script]; ok {
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

func (t *appTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	switch name {
	case theme.ColorNamePrimary:
		return primaryBlue
	case theme.ColorNameError:
		return dangerRed
	case theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnError:
		return white
	case theme.ColorNameInputBorder:
		// The outline of check boxes and radio buttons: Fyne's is too faint
		// to find (WCAG asks 3:1 for controls).
		if v == theme.VariantDark {
			return borderDark
		}
		return borderLight
	case colorNameUrgentText:
		if v == theme.VariantDark {
			return urgentTextDark
		}
		return dangerRed
	case colorNameUrgentBackground:
		if v == theme.VariantDark {
			return urgentDark
		}
		return urgentLight
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
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * t.scale
	}
	return s
}
