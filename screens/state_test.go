package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"codesafety/app/checklist"
	"codesafety/app/progress"
)

// What the person opened and where they are stays when another window's
// tick is merged in: the third step's "More" stays open, the screen stays
// scrolled where it was, the keyboard focus stays, and the tick shows.
func TestAMergeKeepsWhatIsOpenAndWhereThePersonIs(t *testing.T) {
	dir := t.TempDir()
	h := startIn(t, dir, "en")
	h.openPath(t, checklist.Unrequested, checklist.PhoneAndroid)
	h.saved(t)
	sc, _ := checklist.ScenarioByID(checklist.Unrequested)
	third, other := sc.Steps[2].ID, sc.Steps[1].ID
	howIn := func(tag string) string { return h.how(tag, sc.Steps[2], checklist.PhoneAndroid) }

	more := h.more(t, third)
	more.Tapped(&fyne.PointEvent{})
	h.ui.Window.Canvas().Focus(more)
	scroll := h.scroll().(*container.Scroll)
	scroll.ScrollToOffset(fyne.NewPos(0, 300))
	offset := scroll.Offset
	if offset.Y == 0 {
		t.Fatal("the checklist did not scroll")
	}

	second := progress.OpenStore(dir)
	second.SetDone(checklist.Unrequested, other, true)
	if err := second.Flush(); err != nil {
		t.Fatal(err)
	}
	h.store.SetDone(checklist.Unrequested, sc.Steps[0].ID, true) // this window saves, and reads the other's in
	h.saved(t)
	if h.notice() != h.t("en", "notice.merged") {
		t.Fatalf("no merge happened: notice %q", h.notice())
	}
	if !h.ticked(other) {
		t.Error("the other window's tick is not shown")
	}
	if !sees(h, howIn("en")) || h.more(t, third).Text != h.t("en", "step.less") {
		t.Error("the third step's More closed")
	}
	if got := h.scroll().(*container.Scroll).Offset; got != offset {
		t.Errorf("scrolled to %v, was %v", got, offset)
	}
	if any(h.ui.Window.Canvas().Focused()) != any(h.more(t, third)) {
		t.Errorf("the focus moved to %T", h.ui.Window.Canvas().Focused())
	}

	// And they stay when the screen is built again, in another language,
	// and after a visit elsewhere.
	h.ui.open(&route{kind: explainRoute})
	h.ui.back()
	if !sees(h, howIn("en")) {
		t.Error("the third step's More closed after going back to it")
	}
	if got := h.scroll().(*container.Scroll).Offset; got != offset {
		t.Errorf("after going back: scrolled to %v, was %v", got, offset)
	}
	if any(h.ui.Window.Canvas().Focused()) != any(h.more(t, third)) {
		t.Errorf("after going back, the focus is on %T, not the third step's More", h.ui.Window.Canvas().Focused())
	}
	h.store.SetLanguage("es")
	if !sees(h, howIn("es")) {
		t.Error("the third step's More closed when the screen was built in Spanish")
	}
}

// The top bar grows with the text size, as soon as the size is chosen,
// and keeps that height on every screen: after going to another screen
// and back, and in Settings again.
func TestTheTopBarGrowsWithTheText(t *testing.T) {
	h := start(t, "en")
	bar := func() float32 { // the top of the screen's body is the bottom of the bar
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(h.scroll()).Y
	}
	normal := bar()
	tap(t, h, h.t("en", "a11y.settings"))
	h.choose(t, "en", "settings.text_size", "Larger")
	chosen := bar()
	tap(t, h, h.t("en", "a11y.back"))
	home := bar()
	tap(t, h, h.t("en", "a11y.settings"))
	again := bar()
	if chosen <= normal || home != chosen || again != chosen {
		t.Errorf("the top bar ends at %v at normal size; at Larger %v, then home %v, then settings %v",
			normal, chosen, home, again)
	}
}
