package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// lines are the lines of text drawn in a paragraph, top to bottom, each
// with where it is drawn.
func lines(p *Para) (texts []string, boxes []box) {
	byY := map[float32]int{}
	drawn(p, func(o fyne.CanvasObject, at fyne.Position) {
		tx, ok := o.(*canvas.Text)
		if !ok || tx.Text == "" {
			return
		}
		b := box{at.X, at.Y, at.X + o.Size().Width, at.Y + o.Size().Height}
		if i, seen := byY[at.Y]; seen {
			texts[i] += tx.Text
			boxes[i].left, boxes[i].right = min(boxes[i].left, b.left), max(boxes[i].right, b.right)
			return
		}
		byY[at.Y] = len(texts)
		texts, boxes = append(texts, tx.Text), append(boxes, b)
	})
	return texts, boxes
}

// A left-to-right paragraph wraps within its width, its lines starting on
// the left, in reading order, with every word; its height holds them all.
func TestParagraphWraps(t *testing.T) {
	text := "If anyone asks you for it, it is a scam, every time. Never share the code, not even with friends or family."
	p := NewPara(text, theme.SizeNameText, theme.ColorNameForeground, false)
	w := window(t, false, container.NewVBox(p), fyne.NewSize(200+2*theme.Padding(), 600))
	w.Content().Refresh() // its height follows from the width it was given
	texts, boxes := lines(p)
	if len(texts) < 3 {
		t.Fatalf("%d lines at 200 px: %q", len(texts), texts)
	}
	pad := theme.InnerPadding()
	for i, b := range boxes {
		if b.right > p.Size().Width-pad+1 || !near(b.left, pad) {
			t.Errorf("line %d %q from x=%v to %v, in a paragraph %v wide", i, texts[i], b.left, b.right, p.Size().Width)
		}
		if i > 0 && b.top < boxes[i-1].bottom {
			t.Errorf("line %d starts at y=%v, above the end of the line before (%v)", i, b.top, boxes[i-1].bottom)
		}
	}
	if got := strings.Join(strings.Fields(strings.Join(texts, " ")), " "); got != text {
		t.Errorf("the lines read %q\nwant %q", got, text)
	}
	if last := boxes[len(boxes)-1]; p.Size().Height < last.bottom {
		t.Errorf("the paragraph is %v high, its last line ends at %v", p.Size().Height, last.bottom)
	}
}

// A right-to-left paragraph keeps every line right-aligned after its words
// change, and a screen reader hears the new words, as text.
func TestParagraphSetText(t *testing.T) {
	p := NewPara("لا تشارك الرمز.", theme.SizeNameText, theme.ColorNameForeground, true)
	w := window(t, true, container.NewVBox(p), fyne.NewSize(240, 600))
	text := "إذا طلبه منك أحد، فهذا احتيال، في كل مرة. لا تشارك الرمز أبدًا، ولا حتى مع الأصدقاء أو العائلة."
	p.SetText(text)
	w.Content().Refresh()
	if p.AccessibilityLabel() != text || p.Text() != text || p.AccessibilityRole() != fyne.AccessibleRoleText {
		t.Errorf("after SetText, heard %q as %q", p.AccessibilityLabel(), p.AccessibilityRole())
	}
	texts, boxes := lines(p)
	if len(texts) < 3 {
		t.Fatalf("%d lines at 240 px after SetText: %q", len(texts), texts)
	}
	edge := p.Size().Width - theme.InnerPadding()
	for i, b := range boxes {
		if !near(b.right, edge) || b.left < 0 {
			t.Errorf("line %d from x=%v to %v: not right-aligned at %v", i, b.left, b.right, edge)
		}
	}
	if p.Size().Height < boxes[len(boxes)-1].bottom {
		t.Errorf("the paragraph is %v high, its last line ends at %v", p.Size().Height, boxes[len(boxes)-1].bottom)
	}
}
