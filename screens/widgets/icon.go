package widgets

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
)

// Icon is a one-colour SVG icon (Fyne's theme icons) in a colour of the
// theme. It is drawn once for each icon, colour and size in pixels, and
// the picture kept for every other icon like it: Fyne's widget.Icon and a
// button's icon read and parse the SVG again at each refresh, and at each
// MinSize before their first layout, which made building a screen (and
// switching language) about twice as slow as it needs to be.
type Icon struct {
	widget.BaseWidget
	res   fyne.Resource
	color fyne.ThemeColorName
}

var (
	_ fyne.Widget         = (*Icon)(nil)
	_ fyne.WidgetRenderer = (*iconRenderer)(nil)
)

// NewIcon is res drawn in the theme's colour c; with no c, in the colour
// the resource names (a theme icon's), or the text's. A nil res: nothing.
func NewIcon(res fyne.Resource, c fyne.ThemeColorName) *Icon {
	i := &Icon{res: res, color: c}
	i.ExtendBaseWidget(i)
	return i
}

// Resource is the icon drawn (nil: none).
func (i *Icon) Resource() fyne.Resource { return i.res }

// SetResource changes the icon.
func (i *Icon) SetResource(res fyne.Resource) {
	if res != i.res {
		i.res = res
		i.Refresh()
	}
}

// SetColor changes its colour.
func (i *Icon) SetColor(c fyne.ThemeColorName) {
	if c != i.color {
		i.color = c
		i.Refresh()
	}
}

func (i *Icon) CreateRenderer() fyne.WidgetRenderer {
	img := &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleFastest}
	return &iconRenderer{i: i, img: img}
}

type iconRenderer struct {
	i   *Icon
	img *canvas.Image
}

func (r *iconRenderer) MinSize() fyne.Size {
	return fyne.NewSquareSize(theme.SizeForWidget(theme.SizeNameInlineIcon, r.i))
}

func (r *iconRenderer) Layout(s fyne.Size) {
	r.img.Resize(s)
	r.draw()
}

func (r *iconRenderer) Refresh() { r.draw() }

func (r *iconRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.img} }

func (r *iconRenderer) Destroy() {}

// draw sets the picture for the icon's size on its canvas, in pixels.
func (r *iconRenderer) draw() {
	s := r.img.Size()
	if r.i.res == nil || s.Width < 1 || s.Height < 1 {
		if r.img.Image != nil {
			r.img.Image = nil
			r.img.Refresh()
		}
		return
	}
	w, h := int(math.Ceil(float64(s.Width))), int(math.Ceil(float64(s.Height)))
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.i); c != nil {
		w, h = c.PixelCoordinateForPosition(fyne.NewPos(s.Width, s.Height))
	}
	name := r.i.color
	if t, ok := r.i.res.(fyne.ThemedResource); ok && name == "" {
		name = t.ThemeColorName()
	}
	if name == "" {
		name = theme.ColorNameForeground
	}
	fg := theme.ColorForWidget(name, r.i)
	pic := raster(r.i.res, fg, w, h)
	if pic != r.img.Image {
		r.img.Image = pic
		r.img.Refresh()
	}
}

type rasterKey struct {
	name string
	fg   color.NRGBA
	w, h int
}

var rasters = struct {
	sync.Mutex
	m map[rasterKey]image.Image
}{m: map[rasterKey]image.Image{}}

// raster is res drawn w×h pixels in fg, from the cache or drawn now.
// Icons are drawn in one colour: the SVG's shape, whatever its own
// colours, is filled with fg.
func raster(res fyne.Resource, fg color.Color, w, h int) image.Image {
	key := rasterKey{name: res.Name(), fg: color.NRGBAModel.Convert(fg).(color.NRGBA), w: w, h: h}
	rasters.Lock()
	defer rasters.Unlock()
	if pic, ok := rasters.m[key]; ok {
		return pic
	}
	pic := drawSVG(res.Content(), fg, w, h)
	if len(rasters.m) >= 1024 { // sizes and colours change seldom: start again
		clear(rasters.m)
	}
	rasters.m[key] = pic
	return pic
}

// drawSVG draws the shape of an SVG icon w×h pixels (keeping its aspect,
// centred) in fg; a picture it cannot read is left empty.
func drawSVG(content []byte, fg color.Color, w, h int) (pic image.Image) {
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	defer func() { // a path the rasterizer cannot take: no picture
		if recover() != nil {
			pic = image.NewNRGBA(out.Bounds())
		}
	}()
	icon, err := oksvg.ReadReplacingCurrentColor(bytes.NewReader(content), "#000000", oksvg.IgnoreErrorMode)
	if err != nil || icon.ViewBox.W <= 0 || icon.ViewBox.H <= 0 {
		return out
	}
	scale := math.Min(float64(w)/icon.ViewBox.W, float64(h)/icon.ViewBox.H)
	iw, ih := icon.ViewBox.W*scale, icon.ViewBox.H*scale
	icon.SetTarget((float64(w)-iw)/2, (float64(h)-ih)/2, iw, ih)
	shape := image.NewRGBA(out.Bounds())
	scanner := rasterx.NewScannerGV(w, h, shape, shape.Bounds())
	icon.Draw(rasterx.NewDasher(w, h, scanner), 1)
	draw.DrawMask(out, out.Bounds(), image.NewUniform(fg), image.Point{}, shape, image.Point{}, draw.Src)
	return out
}
