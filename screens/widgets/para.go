package widgets

import (
	"bytes"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/go-text/typesetting/font"
)

// Para is a paragraph of text that wraps, as every sentence in the app must
// at 360 px. Left-to-right text is Fyne's own rich text; right-to-left text
// is laid out by bidi.go and drawn right-aligned.
type Para struct {
	widget.BaseWidget
	text  string
	style fyne.TextStyle
	size  fyne.ThemeSizeName
	color fyne.ThemeColorName
}

var (
	_ fyne.Widget     = (*Para)(nil)
	_ fyne.Accessible = (*Para)(nil)

	_ fyne.WidgetRenderer = (*paraRenderer)(nil)
	_ fyne.WidgetRenderer = (*ltrRenderer)(nil)
	_ fyne.WidgetRenderer = (*rtlRenderer)(nil)
)

// NewPara is a paragraph of s in a theme text size and colour, laid out
// right to left when the theme's language reads that way.
func NewPara(s string, size fyne.ThemeSizeName, color fyne.ThemeColorName, bold bool) *Para {
	p := &Para{text: s, size: size, color: color, style: fyne.TextStyle{Bold: bold}}
	p.ExtendBaseWidget(p)
	return p
}

// Text is a paragraph of body text.
func Text(s string) *Para { return NewPara(s, theme.SizeNameText, theme.ColorNameForeground, false) }

// BoldText is a paragraph of body text in bold.
func BoldText(s string) *Para { return NewPara(s, theme.SizeNameText, theme.ColorNameForeground, true) }

// Heading is a screen's title.
func Heading(s string) *Para {
	return NewPara(s, theme.SizeNameHeadingText, theme.ColorNameForeground, true)
}

// SubHeading is the heading of a part of a screen.
func SubHeading(s string) *Para {
	return NewPara(s, theme.SizeNameSubHeadingText, theme.ColorNameForeground, true)
}

// RTL reports whether the paragraph is laid out right to left.
func (p *Para) RTL() bool { return RightToLeft() }

// Color is the theme colour the paragraph is drawn in.
func (p *Para) Color() fyne.ThemeColorName { return p.color }

// Text is what the paragraph says.
func (p *Para) Text() string { return p.text }

// SetText changes what the paragraph says.
func (p *Para) SetText(s string) {
	p.text = s
	p.Refresh()
}

// FirstLineMiddle is how far down the middle of the first line is drawn,
// to put something level with it (a radio button's circle).
func (p *Para) FirstLineMiddle() float32 {
	size := theme.SizeForWidget(p.size, p)
	if size == 0 {
		size = theme.SizeForWidget(theme.SizeNameText, p)
	}
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, p)
	if RightToLeft() { // as the right-to-left layout spaces its lines
		return pad + min(fyne.MeasureText(rtlLineSample, size, p.style).Height, size*rtlLineHeight)/2
	}
	// a line's height is its fonts' (Fyne's rich text)
	return pad + fyne.MeasureText(p.text, size, p.style).Height/2
}

// AccessibilityLabel is the paragraph's words, for a screen reader.
func (p *Para) AccessibilityLabel() string { return p.text }

// AccessibilityRole of a paragraph.
func (p *Para) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// CreateRenderer lays the paragraph out in the theme's direction each time
// it is laid out: built before the theme of its language was set, it
// still reads the right way.
func (p *Para) CreateRenderer() fyne.WidgetRenderer { return &paraRenderer{p: p} }

// paraRenderer is Fyne's rich text for a left-to-right language, the app's
// own layout (bidi.go) for a right-to-left one, as the theme says now.
type paraRenderer struct {
	p   *Para
	ltr *ltrRenderer
	rtl *rtlRenderer
}

func (r *paraRenderer) current() fyne.WidgetRenderer {
	if RightToLeft() {
		if r.rtl == nil {
			r.rtl = &rtlRenderer{p: r.p}
		}
		return r.rtl
	}
	if r.ltr == nil {
		seg := &widget.TextSegment{Text: r.p.text, Style: widget.RichTextStyleParagraph}
		rt := widget.NewRichText(seg)
		rt.Wrapping = fyne.TextWrapWord
		r.ltr = &ltrRenderer{p: r.p, rt: rt, seg: seg}
		r.ltr.sync()
	}
	return r.ltr
}

func (r *paraRenderer) Layout(s fyne.Size)           { r.current().Layout(s) }
func (r *paraRenderer) MinSize() fyne.Size           { return r.current().MinSize() }
func (r *paraRenderer) Objects() []fyne.CanvasObject { return r.current().Objects() }
func (r *paraRenderer) Destroy()                     {}
func (r *paraRenderer) Refresh()                     { r.current().Refresh() }

type ltrRenderer struct {
	p   *Para
	rt  *widget.RichText
	seg *widget.TextSegment
}

func (r *ltrRenderer) sync() {
	r.seg.Text = r.p.text
	r.seg.Style.ColorName, r.seg.Style.SizeName, r.seg.Style.TextStyle = r.p.color, r.p.size, r.p.style
}

func (r *ltrRenderer) Layout(s fyne.Size)           { r.rt.Resize(s) }
func (r *ltrRenderer) MinSize() fyne.Size           { return r.rt.MinSize() }
func (r *ltrRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rt} }
func (r *ltrRenderer) Destroy()                     {}
func (r *ltrRenderer) Refresh() {
	r.sync()
	r.rt.Refresh()
}

// rtlRenderer draws a right-to-left paragraph: one canvas.Text a piece,
// lines right-aligned.
type rtlRenderer struct {
	p     *Para
	texts []*canvas.Text
	last  rtlLayout // MinSize and Layout ask for the same width in turn
}

// rtlLayout is a paragraph laid out for one width, text and text size.
type rtlLayout struct {
	width, size float32
	text        string
	style       fyne.TextStyle
	rows        [][]placed
	lineH       float32
	widest      float32 // the widest word
}

func (r *rtlRenderer) metrics() (size float32, pad float32, spacing float32, fg fyne.Resource) {
	size = theme.SizeForWidget(r.p.size, r.p)
	if size == 0 {
		size = theme.SizeForWidget(theme.SizeNameText, r.p)
	}
	return size, theme.SizeForWidget(theme.SizeNameInnerPadding, r.p),
		theme.SizeForWidget(theme.SizeNameLineSpacing, r.p), theme.Font(r.p.style)
}

// lines lays the paragraph out for a width: the pieces of each line in
// visual order, with their widths, the height of a line and the widest word.
func (r *rtlRenderer) lines(width float32) rtlLayout {
	size, pad, _, f := r.metrics()
	key := rtlLayout{width: width, size: size, text: r.p.text, style: r.p.style}
	if l := r.last; l.width == key.width && l.size == key.size && l.text == key.text && l.style == key.style {
		return l
	}
	measure := func(s string) fyne.Size { return fyne.MeasureText(s, size, r.p.style) }
	out := key
	// Arabic fonts ask for tall lines (almost twice the text size); lines
	// as far apart as in the other languages read better.
	out.lineH = min(measure(rtlLineSample).Height, size*rtlLineHeight)
	for _, w := range strings.Fields(r.p.text) {
		out.widest = max(out.widest, measure(w).Width)
	}
	runes := []rune(r.p.text)
	lv := levels(runes)
	maxW := width - 2*pad
	if width <= 0 {
		maxW = float32(1 << 20) // not laid out yet: one line
	}
	covered := Coverage(f)
	for _, ln := range breakLines(runes, maxW, func(s string) float32 { return measure(s).Width }) {
		var row []placed
		for _, pc := range pieces(runes[ln[0]:ln[1]], lv[ln[0]:ln[1]], covered) {
			row = append(row, placed{pc.text, measure(pc.text).Width})
		}
		out.rows = append(out.rows, row)
	}
	r.last = out
	return out
}

// rtlLineSample is measured for the height of a right-to-left line: as
// high as Latin and Arabic letters.
const rtlLineSample = "Mو"

// rtlLineHeight is the most a right-to-left line takes, times the text
// size: like the other languages' lines.
const rtlLineHeight = 1.35

type placed struct {
	text  string
	width float32
}

func (r *rtlRenderer) MinSize() fyne.Size {
	_, pad, spacing, _ := r.metrics()
	l := r.lines(r.p.Size().Width)
	n := float32(len(l.rows))
	// As narrow as the widest word, so the paragraph can wrap.
	return fyne.NewSize(l.widest+2*pad, n*l.lineH+(n-1)*spacing+2*pad)
}

func (r *rtlRenderer) Layout(s fyne.Size) {
	size, pad, spacing, _ := r.metrics()
	l := r.lines(s.Width)
	rows, lineH := l.rows, l.lineH
	color := theme.ColorForWidget(r.p.color, r.p)
	if r.p.color == "" {
		color = theme.ColorForWidget(theme.ColorNameForeground, r.p)
	}
	i := 0
	for row, pieces := range rows {
		total := float32(0)
		for _, pc := range pieces {
			total += pc.width
		}
		x := s.Width - pad - total // right-aligned
		y := pad + float32(row)*(lineH+spacing)
		for _, pc := range pieces {
			if i == len(r.texts) {
				r.texts = append(r.texts, canvas.NewText("", color))
			}
			t := r.texts[i]
			t.Text, t.Color, t.TextSize, t.TextStyle = pc.text, color, size, r.p.style
			t.Move(fyne.NewPos(x, y))
			t.Resize(fyne.NewSize(pc.width, lineH))
			x += pc.width
			i++
		}
	}
	r.texts = r.texts[:i]
}

func (r *rtlRenderer) Objects() []fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, len(r.texts))
	for i, t := range r.texts {
		objs[i] = t
	}
	return objs
}

func (r *rtlRenderer) Destroy() {}

func (r *rtlRenderer) Refresh() {
	r.Layout(r.p.Size())
	for _, t := range r.texts {
		t.Refresh()
	}
}

var fontCmaps sync.Map // font resource name -> func(rune) bool

// Coverage reports which runes a font has, reading its character map once.
func Coverage(res fyne.Resource) func(rune) bool {
	if res == nil {
		return func(rune) bool { return false }
	}
	if f, ok := fontCmaps.Load(res.Name()); ok {
		return f.(func(rune) bool)
	}
	has := func(rune) bool { return false }
	if face, err := font.ParseTTF(bytes.NewReader(res.Content())); err == nil {
		has = func(r rune) bool { _, ok := face.Font.NominalGlyph(r); return ok }
	}
	fontCmaps.Store(res.Name(), has)
	return has
}
