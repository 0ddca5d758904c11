package screens

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"codesafety/app/checklist"
	"codesafety/screens/widgets"
)

// heard is one thing a screen reader is told about.
type heard struct {
	label string
	role  fyne.AccessibleRole
	pos   fyne.Position
	size  fyne.Size
}

// screenReaderHears is what Fyne 2.8 tells a screen reader on Windows, as
// its driver collects it (internal/driver/glfw/accessibility_windows.go,
// collectAccessibleElements): from the window's content and then each
// overlay, every visible accessible object that is not a container, going
// into *fyne.Container children only. macOS walks the same way.
func screenReaderHears(w fyne.Window) []heard {
	var out []heard
	var collect func(o fyne.CanvasObject, pos fyne.Position)
	collect = func(o fyne.CanvasObject, pos fyne.Position) {
		if o == nil || !o.Visible() {
			return
		}
		p := pos.Add(o.Position())
		if a, ok := o.(fyne.Accessible); ok && a.AccessibilityRole() != fyne.AccessibleRoleContainer {
			out = append(out, heard{a.AccessibilityLabel(), a.AccessibilityRole(), p, o.Size()})
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				collect(child, p)
			}
		}
	}
	collect(w.Canvas().Content(), fyne.Position{})
	for _, o := range w.Canvas().Overlays().List() {
		collect(o, fyne.Position{})
	}
	return out
}

// onScreen is every accessible object a sighted person can see in o, found
// through containers and widgets alike.
func onScreen(o fyne.CanvasObject) []fyne.Accessible {
	var out []fyne.Accessible
	walk(o, func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		if widgets.StandsFor(o) != nil {
			return false
		}
		if a, ok := o.(fyne.Accessible); ok && a.AccessibilityRole() != fyne.AccessibleRoleContainer {
			out = append(out, a)
			return false
		}
		return true
	})
	return out
}

// On every screen a screen reader hears every control and every paragraph
// a sighted person sees, in reading order from the top bar down: a
// paragraph laid on a button (a tile's words) is said by the button.
func TestAScreenReaderHearsEveryScreen(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		h := start(t, lang)
		everyScreen(t, h, func(screen string) {
			h.ui.Window.Canvas().Content().Refresh() // lay out what More opened, as a frame would
			got := screenReaderHears(h.ui.Window)
			var labels []string
			for _, g := range got {
				labels = append(labels, g.label)
			}
			said := func(s string) bool {
				return slices.ContainsFunc(labels, func(l string) bool { return strings.Contains(l, s) })
			}
			seen := onScreen(h.ui.Window.Canvas().Content())
			if len(seen) < 5 {
				t.Fatalf("%s/%s: only %d things on screen: is the walk reaching it?", lang, screen, len(seen))
			}
			for _, a := range seen {
				if !said(a.AccessibilityLabel()) {
					t.Errorf("%s/%s: a screen reader never hears %T %q", lang, screen, a, a.AccessibilityLabel())
				}
			}
			size := h.tr(lang, "a11y.text_size", map[string]any{"Size": h.t(lang, "settings.text."+h.store.State().TextSize)})
			if got[0].label != h.t(lang, "a11y.back") && got[0].label != h.t(lang, "app.name") && got[0].label != size {
				t.Errorf("%s/%s: the first thing heard is %q, not the top bar", lang, screen, got[0].label)
			}
		})
	}
}

// The home screen is heard in the order it is read: the warning first,
// then the two situations, then the rest.
func TestAScreenReaderHearsTheWarningFirst(t *testing.T) {
	h := start(t, "en")
	var order []string
	for _, g := range screenReaderHears(h.ui.Window) {
		order = append(order, g.label)
	}
	at := func(s string) int {
		i := slices.IndexFunc(order, func(l string) bool { return strings.HasPrefix(l, s) })
		if i < 0 {
			t.Fatalf("%q is not heard; heard: %q", s, order)
		}
		return i
	}
	warning := at(h.t("en", "warning.never_share"))
	unrequested := at(h.t("en", checklist.Unrequested.TitleKey()) + ". ")
	asked := at(h.t("en", checklist.Asked.TitleKey()) + ". ")
	if at(h.t("en", "a11y.quick_exit")) > warning || warning > unrequested || unrequested > asked {
		t.Errorf("heard out of order: %q", order)
	}
	tileWords := h.t("en", "scenario.unrequested.title")
	if n := slices.Index(order, tileWords); n >= 0 {
		t.Errorf("a tile's title is heard twice: alone as well as in its button")
	}
}

// What a screen reader is told is where it is on screen, also after
// scrolling and after "More" shows a step's details; hidden details are
// not heard.
func TestAScreenReaderIsToldWhereThingsAre(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
	how := h.how("en", stepOf(t, checklist.Recover, "check-linked-devices"), checklist.PhoneAndroid) // a step for next: folded
	heardAt := func(label string) (heard, bool) {
		for _, g := range screenReaderHears(h.ui.Window) {
			if g.label == label {
				return g, true
			}
		}
		return heard{}, false
	}
	check := func(when string) {
		t.Helper()
		n := 0
		abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
		origin := abs(h.ui.Window.Canvas().Content())
		walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
			obj := widgets.StandsFor(o)
			if obj == nil || !o.Visible() {
				return true
			}
			n++
			want := abs(obj).Subtract(origin)
			if o.Position() != want || o.Size() != obj.Size() {
				t.Errorf("%s: %q is told at %v %v, but is at %v %v", when, label(o),
					o.Position(), o.Size(), want, obj.Size())
			}
			return true
		})
		if n < 10 {
			t.Errorf("%s: only %d things told", when, n)
		}
	}
	check("at the start")
	if _, ok := heardAt(how); ok {
		t.Error("a hidden step's details are heard")
	}
	h.openHow(t, "check-linked-devices")
	h.ui.Window.Canvas().Content().Refresh()
	before, ok := heardAt(how)
	if !ok {
		t.Fatal("the details More shows are not heard")
	}
	check("after More")
	var scroll *container.Scroll
	walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
		if s, ok := o.(*container.Scroll); ok {
			scroll = s
		}
		return scroll == nil
	})
	scroll.ScrollToBottom()
	after, _ := heardAt(how)
	if after.pos.Y >= before.pos.Y {
		t.Errorf("after scrolling down, the details are still told at y=%v (before: %v)", after.pos.Y, before.pos.Y)
	}
	check("after scrolling")
}

// A question over the screen is heard: its words and both buttons.
func TestAScreenReaderHearsAQuestion(t *testing.T) {
	h := start(t, "en")
	tap(t, h, h.t("en", "a11y.settings"))
	tap(t, h, h.t("en", "settings.delete"))
	var labels []string
	for _, g := range screenReaderHears(h.ui.Window) {
		labels = append(labels, g.label)
	}
	for _, id := range []string{"settings.delete_title", "settings.delete_message", "dialog.cancel", "settings.delete_confirm"} {
		if !slices.Contains(labels, h.t("en", id)) {
			t.Errorf("%q is not heard; heard: %q", h.t("en", id), labels)
		}
	}
	tapDialogButton(t, h, "Cancel")
	for _, g := range screenReaderHears(h.ui.Window) {
		if g.label == h.t("en", "settings.delete_message") {
			t.Error("the question is still heard after it closed")
		}
	}
}

// At a larger text size the top bar sits in a theme override of its own
// (a widget, where Fyne's walk stops); quick exit is still heard.
func TestAScreenReaderHearsQuickExitAtLargerText(t *testing.T) {
	h := start(t, "en")
	tap(t, h, h.t("en", "a11y.settings"))
	h.choose(t, "en", "settings.text_size", "Larger")
	tap(t, h, h.t("en", "a11y.back"))
	n := 0
	for _, g := range screenReaderHears(h.ui.Window) {
		if g.label == h.t("en", "a11y.quick_exit") || g.label == h.t("en", "a11y.settings") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("quick exit and settings heard %d times, want once each", n)
	}
}

// A screen reader hears where she stands on a checklist once: the count,
// not the count and then the bar saying it again.
func TestProgressIsHeardOnce(t *testing.T) {
	for _, tag := range []string{"en", "hi", "ar"} {
		h := start(t, tag)
		h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
		h.tickIn(t, tag, "sign-in-again")
		count := h.count(tag, checklist.Recover, 1)
		n := 0
		for _, o := range shown(h) {
			if strings.Contains(label(o), count) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %q is heard %d times", tag, count, n)
		}
	}
}

// A tile is heard as sentences of its language: in Hindi, its title and
// its line are parted by "।", not by a full stop.
func TestTileSentencesInTheirLanguage(t *testing.T) {
	for tag, brk := range map[string]string{"en": ". ", "hi": "। ", "ar": ". "} {
		h := start(t, tag)
		want := h.t(tag, checklist.Asked.TitleKey()) + brk + h.t(tag, checklist.Asked.SubtitleKey())
		if label(find(t, h, roleButton, want)) != want {
			t.Errorf("%s: the tile is not heard as %q", tag, want)
		}
	}
}

// While "Start over?" is open, a screen reader meets the question alone,
// as a sighted person does: not the top bar or the checklist under it,
// whose items used to come first. Once it is closed, the window is heard
// again from the top bar down.
func TestAQuestionIsHeardAlone(t *testing.T) {
	for _, tag := range []string{"en", "hi", "ar"} {
		h := start(t, tag)
		h.openPath(t, checklist.Asked, checklist.PhoneAndroid)
		tap(t, h, h.t(tag, "checklist.start_over"))
		want := []string{h.t(tag, "checklist.start_over_title"), h.t(tag, "checklist.start_over_message"),
			h.t(tag, "dialog.cancel"), h.t(tag, "checklist.start_over")}
		var got []string
		for _, g := range screenReaderHears(h.ui.Window) {
			got = append(got, g.label)
			if !slices.Contains(want, g.label) {
				t.Errorf("%s: %q is heard while the question is open", tag, g.label)
			}
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q is not heard; heard %q", tag, w, got)
			}
		}
		tapDialogButton(t, h, h.t(tag, "dialog.cancel"))
		after := screenReaderHears(h.ui.Window)
		if len(after) == 0 || after[0].label == h.t(tag, "checklist.start_over_title") ||
			!slices.ContainsFunc(after, func(g heard) bool { return g.label == h.t(tag, "a11y.settings") }) {
			t.Errorf("%s: after the question closed, heard %v", tag, after)
		}
	}
}
