package widgets

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// readerScreen is a screen as the app builds one: a top bar Fyne's walk
// reaches, and a scroll it does not, holding words, a button, a tile and
// more words; the layer lies over it.
type readerScreen struct {
	w                 fyne.Window
	layer             *ReaderLayer
	scroll            *container.Scroll
	top               *Button
	intro, tail, hide *Para
	copy              *Button
	tile              *TileView
}

func newReaderScreen(t *testing.T) *readerScreen {
	t.Helper()
	s := &readerScreen{
		top:   NewButton("", theme.SettingsIcon(), "Settings", nil),
		intro: NewPara("Never share the code.", theme.SizeNameText, theme.ColorNameForeground, false),
		hide:  NewPara("Shown after More.", theme.SizeNameText, theme.ColorNameForeground, false),
		copy:  NewButton("Copy", theme.ContentCopyIcon(), "Copy the steps", nil),
		tile:  Tile{Title: "Secure the account", Lines: []string{"0 of 9 done"}}.Build(),
		tail:  NewPara(strings.Repeat("The last words, far down. ", 40), theme.SizeNameText, theme.ColorNameForeground, false),
	}
	s.hide.Hide()
	s.scroll = ReadingColumn(s.intro, s.hide, s.copy, s.tile.Object, s.tail)
	screen := container.NewBorder(s.top, nil, nil, nil, s.scroll)
	s.layer = NewReaderLayer(screen)
	s.w = window(t, false, container.NewStack(screen, s.layer.Box), fyne.NewSize(360, 400))
	s.w.Content().Refresh()
	return s
}

// heard is what a screen reader hears of the layer, as Fyne's walk asks
// it: each stand-in in order, whether it is visible, then its words.
func heard(l *ReaderLayer) []string {
	var out []string
	for _, o := range l.Box.Objects {
		if o.Visible() {
			out = append(out, o.(fyne.Accessible).AccessibilityLabel())
		}
	}
	return out
}

// standIn is the stand-in for o.
func standIn(t *testing.T, l *ReaderLayer, o fyne.CanvasObject) fyne.CanvasObject {
	t.Helper()
	for _, s := range l.Box.Objects {
		if StandsFor(s) == o {
			return s
		}
	}
	t.Fatalf("no stand-in for %T", o)
	return nil
}

// A screen reader hears what is in the scroll, in reading order, each
// once (a tile's words by its button), and not the top bar twice, nor
// what is hidden until it is shown.
func TestReaderLayerInReadingOrder(t *testing.T) {
	s := newReaderScreen(t)
	want := []string{"Never share the code.", "Copy the steps", "Secure the account. 0 of 9 done", s.tail.Text()}
	if got := heard(s.layer); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("heard %q\nwant %q", got, want)
	}
	for _, o := range s.layer.Box.Objects {
		if _, ok := o.(fyne.Tappable); ok {
			t.Errorf("a stand-in takes taps")
		}
		if _, ok := o.(fyne.Focusable); ok {
			t.Errorf("a stand-in takes the focus")
		}
		if StandsFor(o) == nil {
			t.Errorf("%T in the layer stands for nothing", o)
		}
	}
	if StandsFor(s.intro) != nil {
		t.Errorf("a paragraph is taken for a stand-in")
	}
	s.hide.Show()
	s.w.Content().Refresh()
	want = append(want[:1:1], append([]string{"Shown after More."}, want[1:]...)...)
	if got := heard(s.layer); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after the hidden words are shown, heard %q\nwant %q", got, want)
	}
	s.copy.Hide()
	if got := heard(s.layer); len(got) != 4 || got[2] == "Copy the steps" {
		t.Errorf("after Copy is hidden, heard %q", got)
	}
}

// A stand-in is where its object is at the moment it is asked: after a
// scroll and after the window is resized.
func TestReaderLayerFollowsObjects(t *testing.T) {
	s := newReaderScreen(t)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject
	check := func(when string) {
		t.Helper()
		heard(s.layer) // a walk of the window finds the places again
		for _, o := range []fyne.CanvasObject{s.intro, s.copy, s.tile.Button, s.tail} {
			in := standIn(t, s.layer, o)
			want := at(o).Subtract(at(s.layer.Box))
			if got := in.Position(); !near(got.X, want.X) || !near(got.Y, want.Y) {
				t.Errorf("%s: %q heard at %v, shown at %v", when, o.(fyne.Accessible).AccessibilityLabel(), got, want)
			}
			if in.Size() != o.Size() {
				t.Errorf("%s: %q heard %v in size, shown %v", when, o.(fyne.Accessible).AccessibilityLabel(), in.Size(), o.Size())
			}
		}
	}
	check("at first")
	before := standIn(t, s.layer, s.copy).Position()
	test.Scroll(s.w.Canvas(), fyne.NewPos(100, 200), 0, -150)
	if s.scroll.Offset.Y == 0 {
		t.Fatal("the scroll did not move")
	}
	check("after scrolling")
	if standIn(t, s.layer, s.copy).Position() == before {
		t.Errorf("Copy is heard where it was before the scroll")
	}
	s.w.Resize(fyne.NewSize(600, 400))
	check("after a resize")
}

// A question over the window is heard, in its order, and no longer once it
// is answered.
func TestReaderLayerHearsAQuestion(t *testing.T) {
	s := newReaderScreen(t)
	c := NewConfirm(s.w.Canvas(), deleteQuestion(false), func() {}, func(p *widget.PopUp) {
		s.layer.AddOverlay(p, s.w.Canvas())
	})
	c.Show()
	got := heard(s.layer)
	want := []string{"Delete your progress?", "Every tick on every checklist will be gone.", "Cancel", "Delete"}
	if fmt.Sprint(got) != fmt.Sprint(want) { // the question alone, not the screen under it first
		t.Fatalf("with the question shown, heard %q; want %q", got, want)
	}
	yes := standIn(t, s.layer, buttonOnTop(t, s.w, "Delete"))
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject
	if p, want := yes.Position(), at(buttonOnTop(t, s.w, "Delete")).Subtract(at(s.layer.Box)); !near(p.X, want.X) || !near(p.Y, want.Y) {
		t.Errorf("Delete heard at %v, shown at %v", p, want)
	}
	press(t, s.w.Canvas(), fyne.KeyEscape)
	if got := heard(s.layer); len(got) != 4 || got[3] != s.tail.Text() {
		t.Errorf("after the question was answered, heard %q", got)
	}
	n := len(s.layer.Box.Objects)
	s.layer.Update()
	if got := heard(s.layer); len(got) != 4 || got[3] != s.tail.Text() || len(s.layer.Box.Objects) != n-4 {
		t.Errorf("after the question was answered and the layer updated, heard %q from %d stand-ins (%d before)", got, len(s.layer.Box.Objects), n)
	}
}

// What is Layered is not reached by Fyne's walk (it goes into containers
// only), so the layer speaks for it, first, and keeps it unheard while a
// question is open; it is drawn and laid out as its content.
func TestLayered(t *testing.T) {
	bar := NewButton("", theme.SettingsIcon(), "Settings", nil)
	words := NewPara("Never share the code.", theme.SizeNameText, theme.ColorNameForeground, false)
	screen := container.NewVBox(NewLayered(bar), ReadingColumn(words))
	layer := NewReaderLayer(screen)
	w := window(t, false, container.NewStack(screen, layer.Box), fyne.NewSize(360, 400))
	w.Content().Refresh()
	if got := heard(layer); fmt.Sprint(got) != fmt.Sprint([]string{"Settings", "Never share the code."}) {
		t.Errorf("heard %q", got)
	}
	if bar.Size().Width < 44 || bar.Size().Height < 44 {
		t.Errorf("the button inside is %v", bar.Size())
	}
	c := NewConfirm(w.Canvas(), deleteQuestion(false), func() {}, func(p *widget.PopUp) { layer.AddOverlay(p, w.Canvas()) })
	c.Show()
	if got := heard(layer); slices.Contains(got, "Settings") {
		t.Errorf("with a question open, heard %q", got)
	}
}
