package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Colours the kit asks the app's theme for, beside Fyne's own.
const (
	// ColorNameFocusRing is the outline drawn round the control with the
	// keyboard focus: 3:1 or more on every background (Fyne's focus is a
	// faint tint).
	ColorNameFocusRing fyne.ThemeColorName = "codesafety-focus-ring"
	// ColorNameDimmed is quieter text that still reads (4.5:1): a done
	// step's title.
	ColorNameDimmed fyne.ThemeColorName = "codesafety-dimmed"
)

// FocusMoved, when set, is told of each of the kit's controls that gains
// the keyboard focus, so that what holds it can bring it into view (Fyne
// does not scroll to the focused control).
var FocusMoved func(fyne.CanvasObject)

func focusMoved(o fyne.CanvasObject) {
	if FocusMoved != nil {
		FocusMoved(o)
	}
}

// MinTarget is the least width and height of anything to tap: 44×44 px
// (WCAG 2.5.5, and what phone makers ask).
const MinTarget = 44

// ringWidth is how thick the focus ring is drawn.
const ringWidth = 2

// focusRing is the outline of a focused control, hidden until it has the
// focus.
func focusRing() *canvas.Rectangle {
	r := canvas.NewRectangle(nil)
	r.StrokeWidth = ringWidth
	r.Hide()
	return r
}

// KitTheme is a theme that has the kit's colours (ColorNameFocusRing,
// ColorNameDimmed); with another, the kit uses Fyne's nearest.
type KitTheme interface {
	fyne.Theme
	HasKitColors()
}

// kitColor is one of the kit's colours for o, or Fyne's fallback when the
// theme does not have the kit's.
func kitColor(name, fallback fyne.ThemeColorName, o fyne.Widget) color.Color {
	if _, ok := theme.CurrentForWidget(o).(KitTheme); ok {
		return theme.ColorForWidget(name, o)
	}
	return theme.ColorForWidget(fallback, o)
}

// showRing shows or hides ring, in the theme's colour for o.
func showRing(ring *canvas.Rectangle, o fyne.Widget, focused bool) {
	ring.StrokeColor = kitColor(ColorNameFocusRing, theme.ColorNamePrimary, o)
	ring.CornerRadius = theme.SizeForWidget(theme.SizeNameInputRadius, o)
	if focused {
		ring.Show()
	} else {
		ring.Hide()
	}
	ring.Refresh()
}

// atLeastTarget is s grown to a tap target's least size.
func atLeastTarget(s fyne.Size) fyne.Size { return s.Max(fyne.NewSquareSize(MinTarget)) }
