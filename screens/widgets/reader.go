package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// ReaderLayer gives a screen reader what the screen holds.
//
// Fyne 2.8 tells screen readers (Windows and macOS, with -tags
// accessibility) about the window by walking it from its content: into
// every *fyne.Container, and into nothing else. A scroll is a widget, so
// the walk stops there, and every screen of this app is a scroll: a screen
// reader would hear the top bar and nothing of the warning, the choices or
// the steps. The same goes for a question over the screen.
//
// So a container, laid over the window and drawing nothing, holds one
// stand-in for each accessible object the walk cannot reach, in reading
// order. Each stand-in says what its object says, and is where its object
// is, when it is asked: the first stand-in asked finds them all again, so
// a scroll, a window resized or a step's "More" opened are followed. A
// stand-in for what is hidden, or for the words of a tile, which its
// button already says, is not visible. None of them takes taps or keys.
type ReaderLayer struct {
	Box    *fyne.Container // the stand-ins, on top of the window's content
	roots  []readerRoot
	placed map[fyne.CanvasObject]placement // found by the last walk
}

// readerRoot is where a walk starts: the screen, or a question over it.
type readerRoot struct {
	obj       fyne.CanvasObject
	origin    func() fyne.Position // where obj's parent is, seen from the layer
	reachable bool                 // whether Fyne's own walk gets to obj
}

type placement struct {
	pos  fyne.Position
	size fyne.Size
}

// within reports whether p lies inside q.
func (p placement) within(q placement) bool {
	return p.pos.X >= q.pos.X && p.pos.Y >= q.pos.Y &&
		p.pos.X+p.size.Width <= q.pos.X+q.size.Width && p.pos.Y+p.size.Height <= q.pos.Y+q.size.Height
}

// NewReaderLayer stands in for what Fyne's walk cannot reach in screen,
// which is put at the same place as the layer.
func NewReaderLayer(screen fyne.CanvasObject) *ReaderLayer {
	l := &ReaderLayer{Box: container.New(noLayout{})}
	l.add(readerRoot{obj: screen, origin: func() fyne.Position { return fyne.Position{} }, reachable: true})
	return l
}

// AddOverlay stands in for what a pop-up shown over the window on canvas
// holds.
func (l *ReaderLayer) AddOverlay(p *widget.PopUp, cv fyne.Canvas) {
	l.add(readerRoot{obj: p, origin: func() fyne.Position {
		// overlays are placed on the canvas; the layer is where the content is
		return fyne.Position{}.Subtract(cv.Content().Position())
	}})
}

// Update stands in again for what the screen and the questions over it
// hold now, after they gained or lost objects (a hidden object keeps its
// stand-in, as do objects that move or change their words).
func (l *ReaderLayer) Update() {
	roots := l.roots
	l.roots, l.Box.Objects, l.placed = nil, nil, nil
	for _, r := range roots {
		if _, overlay := r.obj.(*widget.PopUp); overlay && !r.obj.Visible() {
			continue // a question that was answered
		}
		l.add(r)
	}
	l.Box.Refresh()
}

func (l *ReaderLayer) add(r readerRoot) {
	l.roots = append(l.roots, r)
	accessibleLeaves(r.obj, fyne.Position{}, r.reachable, true, func(o fyne.CanvasObject, _ fyne.Position) {
		l.Box.Objects = append(l.Box.Objects, &readerItem{l: l, obj: o, first: len(l.Box.Objects) == 0})
	})
}

// find places every visible object a stand-in is for. While a question
// is open over the window, only its objects are placed: like a sighted
// person, a screen reader meets the question alone, not after everything
// under it.
func (l *ReaderLayer) find() {
	l.placed = map[fyne.CanvasObject]placement{}
	modal := false
	for _, r := range l.roots {
		if _, overlay := r.obj.(*widget.PopUp); overlay && r.obj.Visible() {
			modal = true
		}
	}
	for _, r := range l.roots {
		if _, overlay := r.obj.(*widget.PopUp); modal && !overlay {
			continue
		}
		var button *placement // the last button in this root: a tile's words lie on it
		accessibleLeaves(r.obj, r.origin(), r.reachable, false, func(o fyne.CanvasObject, pos fyne.Position) {
			p := placement{pos, o.Size()}
			if button != nil && p.size.Width > 0 && p.size.Height > 0 && p.within(*button) {
				return
			}
			if o.(fyne.Accessible).AccessibilityRole() == fyne.AccessibleRoleButton {
				button = &p
			}
			l.placed[o] = p
		})
	}
}

// accessibleLeaves calls found, in reading order, for each accessible
// object under obj (at pos) that Fyne's walk does not reach, with its
// place. Hidden objects are passed over unless hidden is set.
func accessibleLeaves(obj fyne.CanvasObject, pos fyne.Position, reachable, hidden bool, found func(fyne.CanvasObject, fyne.Position)) {
	if !hidden && !obj.Visible() {
		return
	}
	pos = pos.Add(obj.Position())
	if a, ok := obj.(fyne.Accessible); ok && a.AccessibilityRole() != fyne.AccessibleRoleContainer {
		if !reachable {
			found(obj, pos)
		}
		return
	}
	switch x := obj.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			accessibleLeaves(c, pos, reachable, hidden, found)
		}
	case *container.Scroll:
		accessibleLeaves(x.Content, pos, false, hidden, found)
	case *container.ThemeOverride:
		accessibleLeaves(x.Content, pos, false, hidden, found)
	case *widget.PopUp:
		accessibleLeaves(x.Content, pos, false, hidden, found)
	case *Layered:
		accessibleLeaves(x.Content, pos, false, hidden, found)
	}
}

// Layered holds objects that Fyne's own walk must not reach, so that the
// layer speaks for them, in order, and can keep them unheard while a
// question is open (the top bar). It draws and lays out its content as a
// stack of one.
type Layered struct {
	widget.BaseWidget
	Content fyne.CanvasObject
}

// NewLayered puts content where only the reader layer speaks for it.
func NewLayered(content fyne.CanvasObject) *Layered {
	l := &Layered{Content: content}
	l.ExtendBaseWidget(l)
	return l
}

func (l *Layered) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(l.Content))
}

// readerItem stands in for one accessible object. It is a bare canvas
// object, not a widget: there is nothing to draw.
type readerItem struct {
	l     *ReaderLayer
	obj   fyne.CanvasObject
	first bool // asked first in every walk, so it finds the places
}

func (i *readerItem) AccessibilityLabel() string { return i.obj.(fyne.Accessible).AccessibilityLabel() }
func (i *readerItem) AccessibilityRole() fyne.AccessibleRole {
	return i.obj.(fyne.Accessible).AccessibilityRole()
}

// Visible is asked first of each object by every walk of the window.
func (i *readerItem) Visible() bool {
	if i.first || i.l.placed == nil {
		i.l.find()
	}
	_, ok := i.l.placed[i.obj]
	return ok
}

func (i *readerItem) Position() fyne.Position { return i.l.placed[i.obj].pos }
func (i *readerItem) Size() fyne.Size         { return i.l.placed[i.obj].size }
func (i *readerItem) MinSize() fyne.Size      { return fyne.Size{} }
func (i *readerItem) Move(fyne.Position)      {}
func (i *readerItem) Resize(fyne.Size)        {}
func (i *readerItem) Show()                   {}
func (i *readerItem) Hide()                   {}
func (i *readerItem) Refresh()                {}

// noLayout leaves the stand-ins where they say they are, and asks for no
// room: the window's size is the screen's.
type noLayout struct{}

func (noLayout) Layout([]fyne.CanvasObject, fyne.Size) {}
func (noLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

var (
	_ fyne.Widget       = (*Layered)(nil)
	_ fyne.CanvasObject = (*readerItem)(nil)
	_ fyne.Accessible   = (*readerItem)(nil)
	_ fyne.Layout       = noLayout{}
)

// StandsFor is the object a screen reader's stand-in says what of; nil
// when o is not a stand-in.
func StandsFor(o fyne.CanvasObject) fyne.CanvasObject {
	if i, ok := o.(*readerItem); ok {
		return i.obj
	}
	return nil
}
