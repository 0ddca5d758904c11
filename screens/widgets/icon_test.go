package widgets

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// picture is what the icon draws: the image of its one canvas.Image.
func picture(t *testing.T, i *Icon) image.Image {
	t.Helper()
	objs := test.WidgetRenderer(i).Objects()
	img, ok := objs[0].(*canvas.Image)
	if len(objs) != 1 || !ok {
		t.Fatalf("the icon draws %d objects, want one image", len(objs))
	}
	return img.Image
}

// An icon is drawn at its size, in its colour where its shape is and
// clear elsewhere; a second icon like it draws the same picture, not a new
// one, and a colour or an icon changed draws anew.
func TestIconDrawsItsShapeInItsColourOnce(t *testing.T) {
	a, b := NewIcon(theme.ConfirmIcon(), theme.ColorNameError), NewIcon(theme.ConfirmIcon(), theme.ColorNameError)
	window(t, false, container.NewHBox(a, b), fyne.NewSize(200, 100))
	pic := picture(t, a)
	if pic == nil {
		t.Fatal("the icon draws no picture")
	}
	size := a.Size()
	if got := pic.Bounds().Size(); got.X != int(size.Width) || got.Y != int(size.Height) {
		t.Errorf("picture %v for an icon of %v (scale 1)", got, size)
	}
	want := color.NRGBAModel.Convert(theme.Color(theme.ColorNameError)).(color.NRGBA)
	inked, clear := 0, 0
	bounds := pic.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			c := color.NRGBAModel.Convert(pic.At(x, y)).(color.NRGBA)
			switch {
			case c.A == 0:
				clear++
			case c.A == 0xFF:
				if c.R != want.R || c.G != want.G || c.B != want.B {
					t.Fatalf("pixel %d,%d is %v, want the error colour %v", x, y, c, want)
				}
				inked++
			}
		}
	}
	if inked == 0 || clear == 0 {
		t.Errorf("%d pixels in the colour, %d clear: not the tick's shape", inked, clear)
	}
	if picture(t, b) != pic {
		t.Error("a second icon like the first drew its picture again")
	}
	b.SetColor(theme.ColorNameSuccess)
	if picture(t, b) == pic {
		t.Error("a new colour kept the old picture")
	}
	b.SetResource(nil)
	if picture(t, b) != nil {
		t.Error("no icon still draws a picture")
	}
}
