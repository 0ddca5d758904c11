package screens

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/assets"
	"codesafety/screens/widgets"
	"codesafety/translations"
)

type harness struct {
	ui    *UI
	store *progress.Store
	dir   string
	cat   *lang.Catalog
	quit  int
	// opened are the addresses given to the system's browser; openErr is
	// what opening them returns (nil: a browser opened).
	opened  []*url.URL
	openErr error

	mu     sync.Mutex
	queued []func() // UI work sent from the saving goroutine
}

// testVersion is the version the tests give the window, as main gives it
// FyneApp.toml's.
const testVersion = "9.8.7"

func start(t *testing.T, tag string) *harness {
	t.Helper()
	return startIn(t, t.TempDir(), tag)
}

func startIn(t testing.TB, dir, tag string) *harness {
	t.Helper()
	return startWith(t, dir, tag, nil)
}

// startWith starts the window with a clock (nil: the real one).
func startWith(t testing.TB, dir, tag string, now func() time.Time) *harness {
	t.Helper()
	return startSystem(t, dir, tag, now, nil)
}

// startSystem starts the window with a clock and the system's locales.
func startSystem(t testing.TB, dir, tag string, now func() time.Time, system []string) *harness {
	t.Helper()
	a := test.NewTempApp(t)
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{store: progress.OpenStore(dir), dir: dir, cat: cat}
	// Like the real main loop, UI work from the saving goroutine waits for
	// the UI's goroutine (the test): settle runs it. (The test driver's
	// fyne.Do would run it at once on the saving goroutine, racing the test.)
	t.Cleanup(func() { h.store.Flush() })
	h.ui = New(Deps{App: a, Store: h.store, Catalog: cat, Lang: tag, Quit: func() { h.quit++ }, Now: now, System: system, Version: testVersion,
		OpenURL: func(u *url.URL) error { h.opened = append(h.opened, u); return h.openErr },
		Do: func(f func()) {
			h.mu.Lock()
			h.queued = append(h.queued, f)
			h.mu.Unlock()
		}})
	h.ui.Window.Resize(fyne.NewSize(360, 640))
	return h
}

func (h *harness) t(tag, id string) string { return h.cat.Localizer(tag).T(id) }

// settle waits for the last save and runs the UI work it sent, as the main
// loop would; it returns the save's error.
func (h *harness) settle() error {
	err := h.store.Flush()
	h.mu.Lock()
	queued := h.queued
	h.queued = nil
	h.mu.Unlock()
	for _, f := range queued {
		f()
	}
	return err
}

func (h *harness) saved(t *testing.T) progress.State {
	t.Helper()
	if err := h.settle(); err != nil {
		t.Fatal(err)
	}
	st, err := progress.ReadState(h.dir)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestHomeShowsWarningAndBothScenarios(t *testing.T) {
	h := start(t, "en")
	if k, _ := h.open(); k != homeRoute {
		t.Fatal("the app does not open on the home screen")
	}
	if h.t("en", "warning.never_share") != "Never share the code — not even with friends or family." {
		t.Errorf("warning = %q", h.t("en", "warning.never_share"))
	}
	for _, id := range []checklist.ScenarioID{checklist.Unrequested, checklist.Asked, checklist.Recover} {
		b := find(t, h, roleButton, h.t("en", id.TitleKey()))
		if want := h.t("en", id.TitleKey()) + ". " + h.t("en", id.SubtitleKey()); label(b) != want {
			t.Errorf("%s shows more than its title and subtitle before it was started: %q", id, label(b))
		}
	}
	tile := func(id checklist.ScenarioID) *widgets.Button {
		return find(t, h, roleButton, h.t("en", id.TitleKey())).(*widgets.Button)
	}
	if tile(checklist.Unrequested).Importance != widget.HighImportance ||
		tile(checklist.Recover).Importance == widget.HighImportance {
		t.Error("the two seed scenarios should be the strongest buttons, recovery smaller")
	}
	// The warning is seen without scrolling, even on a phone with the
	// largest text, and comes before the buttons.
	for _, size := range []string{progress.TextNormal, progress.TextLarger} {
		h.store.SetTextSize(size)
		warning := find(t, h, roleText, h.t("en", "warning.never_share"))
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(warning)
		if bottom := pos.Y + warning.Size().Height; pos.Y <= 0 || bottom > 640 {
			t.Errorf("%s: the warning is at %v to %v, not on the first screen", size, pos.Y, bottom)
		}
		if b := fyne.CurrentApp().Driver().AbsolutePositionForObject(tile(checklist.Unrequested)); b.Y <= pos.Y {
			t.Errorf("%s: the scenario buttons come before the warning", size)
		}
	}
}

func TestUnrequestedLeadsThroughTriageToChecklist(t *testing.T) {
	h := start(t, "en")
	h.scenario(t, checklist.Unrequested)
	if k, _ := h.open(); k != triageRoute {
		t.Fatal("tapping the scenario did not ask the triage question")
	}
	sc, _ := checklist.ScenarioByID(checklist.Unrequested)
	find(t, h, roleText, h.t("en", sc.Question.TextKey()))
	h.answer(t, checklist.Unrequested, checklist.AnswerYes)
	// The phone is not asked before the checklist, but in a how with a
	// menu path, once.
	if k, id := h.open(); k != checklistRoute || id != checklist.Unrequested {
		t.Fatal("answering Yes did not open the checklist")
	}
	first := sc.Steps[0]
	if first.Menu == "" || sees(h, h.t("en", checklist.PhoneQuestion.TextKey())) {
		t.Fatal("the phone is asked before a how with a menu path is opened")
	}
	h.openHow(t, first.ID)
	find(t, h, roleText, h.how("en", first, "")) // both phones' paths, until asked
	tap(t, h, h.t("en", checklist.PhoneQuestion.AnswerKey(checklist.PhoneIPhone)))
	if sees(h, h.t("en", checklist.PhoneQuestion.TextKey())) || !sees(h, h.how("en", first, checklist.PhoneIPhone)) {
		t.Error("answered, the phone is asked again, or the how is not for the phone")
	}
	find(t, h, roleText, h.count("en", checklist.Unrequested, 0))
	if h.saved(t).Checklists["unrequested"].Answers[checklist.QuestionCanUse] != checklist.AnswerYes {
		t.Error("the answer was not saved")
	}
	// Back goes home, and the scenario now opens straight at its checklist.
	tap(t, h, h.t("en", "a11y.back"))
	if k, _ := h.open(); k != homeRoute {
		t.Fatal("back did not go home")
	}
	h.scenario(t, checklist.Unrequested)
	if k, _ := h.open(); k != checklistRoute {
		t.Fatal("an answered scenario should open its checklist")
	}
}

// An answer that leads to two checklists opens the first, which says what
// comes next; and changing the first answer asks again only what depends
// on it, and leaves no screen of the old answers behind.
func TestAPlanOfTwoChecklistsAndChangingTheAnswer(t *testing.T) {
	var answers map[string]string
	var plan checklist.Plan
	for _, a := range checklist.Combinations(checklist.Asked) {
		if _, p := checklist.Next(checklist.Asked, a); len(p.Route) > 1 {
			answers, plan = a, p
			break
		}
	}
	if answers == nil {
		t.Skip("no answer leads to two checklists")
	}
	h := start(t, "en")
	h.reach(t, checklist.Asked, answers, checklist.PhoneAndroid)
	if k, id := h.open(); k != checklistRoute || id != plan.First() {
		t.Fatalf("%v: %s did not open first", answers, plan.First())
	}
	then := h.tr("en", "checklist.then", map[string]any{"Title": h.t("en", plan.Route[1].TitleKey())})
	tap(t, h, then)
	if k, id := h.open(); k != checklistRoute || id != plan.Route[1] {
		t.Fatalf("%v: no way on to %s", answers, plan.Route[1])
	}
	// The answer to the first question can be changed; to Nothing, the
	// calm checklist opens, and the later question is forgotten.
	q := checklist.AskedQuestions(checklist.Asked, answers)[0]
	tap(t, h, h.t("en", "checklist.change_answer")+": "+h.t("en", q.TextKey()))
	if !sees(h, h.t("en", q.TextKey())) {
		t.Fatal("Change answer did not ask the question again")
	}
	h.answer(t, checklist.Asked, checklist.AnswerNo)
	if k, id := h.open(); k != checklistRoute || id != checklist.Asked || lookFor(h, roleButton, then) != nil {
		t.Fatalf("after changing to No, the asked checklist should open, alone")
	}
	if got := h.saved(t).Checklists["asked"].Answers; got[checklist.QuestionCanUse] != "" || got[q.ID] != checklist.AnswerNo {
		t.Errorf("saved answers after the change = %v", got)
	}
	tap(t, h, h.t("en", "a11y.back"))
	if k, _ := h.open(); k != homeRoute {
		t.Errorf("changing the answer left extra screens behind")
	}
}

func TestCheckingAStepUpdatesProgressAndIsSaved(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.Unrequested, checklist.PhoneAndroid)
	sc, _ := checklist.ScenarioByID(checklist.Unrequested)
	first, second := sc.Steps[0].ID, sc.Steps[1].ID
	h.tick(t, first)
	h.tick(t, second)
	bar := progressBar(t, h)
	if !sees(h, h.count("en", checklist.Unrequested, 2)) || bar.Value != 2 {
		t.Errorf("count or bar not at 2: %v", bar.Value)
	}
	if !h.ticked(first) || h.stepLabel(first, true) != h.t("en", sc.Steps[0].TitleKey())+". Done." {
		t.Errorf("a11y = %q", h.stepLabel(first, true))
	}
	h.tick(t, second)
	if !sees(h, h.count("en", checklist.Unrequested, 1)) {
		t.Error("unticking did not lower the count")
	}
	if got := h.saved(t).Checklists["unrequested"].Done; len(got) != 1 || got[0] != first {
		t.Errorf("saved = %v", got)
	}
	tap(t, h, h.t("en", "a11y.back"))
	hint := h.t("en", "scenario.unrequested.title")
	safe := h.t("en", checklist.StandingSafe.HomeKey()) // a calm path: safe, whatever is ticked
	if b := find(t, h, roleButton, hint); !strings.HasSuffix(label(b), safe) {
		t.Errorf("home tile = %q", label(b))
	}

	// A new window on the same folder shows the same progress.
	again := startIn(t, h.dir, "en")
	b := find(t, again, roleButton, hint)
	if !strings.HasSuffix(label(b), safe) {
		t.Errorf("progress not restored: %q", label(b))
	}
	test.Tap(b.(fyne.Tappable)) // the answers are kept: straight to the checklist
	if !sees(again, again.count("en", checklist.Unrequested, 1)) {
		t.Error("the tick is not restored in a new window")
	}
}

func TestAllDoneAndStartOver(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
	h.openLater(t)
	allDone := h.t("en", checklist.StandingAllDone.TitleKey())
	if sees(h, allDone) {
		t.Error("all done shown at the start")
	}
	sc, _ := checklist.ScenarioByID(checklist.Recover)
	for _, st := range sc.Steps {
		h.tick(t, st.ID)
	}
	if !sees(h, allDone) || !sees(h, h.count("en", checklist.Recover, len(sc.ToDo()))) {
		t.Error("all done not shown")
	}
	tap(t, h, h.t("en", "checklist.start_over"))
	if len(h.ui.Window.Canvas().Overlays().List()) == 0 {
		t.Fatal("start over did not ask first")
	}
	if n := len(h.saved(t).Checklists["recover"].Done); n != len(sc.Steps) {
		t.Fatalf("progress changed before the answer: %d", n)
	}
	tapDialogButton(t, h, h.t("en", "checklist.start_over"))
	if _, ok := h.saved(t).Checklists["recover"]; ok {
		t.Error("start over did not clear the saved progress")
	}
	// The answers went with the ticks: the question is asked again, and
	// then the checklist starts fresh.
	if k, _ := h.open(); k != triageRoute {
		t.Fatal("start over did not ask the question again")
	}
	_, answers := pathTo(t, checklist.Recover)
	h.through(t, checklist.Recover, answers, checklist.PhoneAndroid)
	if k, _ := h.open(); k != checklistRoute || !sees(h, h.count("en", checklist.Recover, 0)) {
		t.Error("the checklist does not show the fresh start")
	}
}

// tapDialogButton taps the button with that text in the question on top.
func tapDialogButton(t *testing.T, h *harness, label string) {
	t.Helper()
	top := h.ui.Window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	var found fyne.Tappable
	walk(top, func(o fyne.CanvasObject) bool {
		if a, ok := o.(fyne.Accessible); ok && a.AccessibilityRole() == roleButton && a.AccessibilityLabel() == label {
			found = o.(fyne.Tappable)
		}
		return true
	})
	if found == nil {
		t.Fatalf("no button %q in the dialog", label)
	}
	test.Tap(found)
}

// A step's details (how, why, sources) show after More, for a step that
// is not to do right now.
func TestMoreShowsHowWhyAndSources(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.ActNow, checklist.PhoneIPhone) // report-and-block is in its Next
	how := h.how("en", stepOf(t, checklist.ActNow, "report-and-block"), checklist.PhoneIPhone)
	if sees(h, how) {
		t.Fatal("details shown before More")
	}
	more := h.more(t, "report-and-block")
	test.Tap(more)
	if !sees(h, how) || more.Text != "Less" {
		t.Fatal("More did not show the details")
	}
	h.openSources(t)
	var links []string
	for _, o := range h.inStep(t, "report-and-block") {
		if l, ok := o.(*widgets.Link); ok {
			links = append(links, l.URL.String())
		}
	}
	if len(links) != 2 || links[0] != "https://faq.whatsapp.com/1142481766359885" {
		t.Errorf("links = %v", links)
	}
	// Copying a link puts the address on the clipboard.
	src, _ := checklist.SourceByID(stepOf(t, checklist.ActNow, "report-and-block").Sources[0])
	name := h.t("en", src.NameKey())
	find(t, h, roleText, h.tr("en", "step.checked_on", map[string]any{"Date": checklist.SourcesChecked}))
	tap(t, h, h.tr("en", "a11y.copy_link", map[string]any{"Name": name}))
	if got := h.ui.deps.App.Clipboard().Content(); !strings.HasPrefix(got, "https://faq.whatsapp.com/") {
		t.Errorf("clipboard = %q", got)
	}
}

// option is what a screen reader hears of an option in Settings.
func (h *harness) option(tag, setting, option string, chosen bool) string {
	key := "a11y.option_not_chosen"
	if chosen {
		key = "a11y.option_chosen"
	}
	return h.tr(tag, key, map[string]any{"Setting": h.t(tag, setting), "Option": option})
}

// choose taps an option in Settings, the labels in language tag.
func (h *harness) choose(t testing.TB, tag, setting, option string) {
	t.Helper()
	tap(t, h, h.option(tag, setting, option, false))
}

func TestSwitchingLanguageRerendersAtOnce(t *testing.T) {
	h := start(t, "en")
	tap(t, h, h.t("en", "a11y.settings"))
	if k, _ := h.open(); k != settingsRoute || !sees(h, "Settings") {
		t.Fatal("settings did not open")
	}
	h.choose(t, "en", "settings.language", "Español")
	if !sees(h, h.t("es", "settings.title")) {
		t.Fatal("settings not re-rendered in Spanish")
	}
	find(t, h, roleButton, h.option("es", "settings.language", "Español", true))
	if h.saved(t).Language != "es" {
		t.Error("the language was not remembered")
	}
	find(t, h, roleButton, h.t("es", "a11y.quick_exit")) // the top bar too
	tap(t, h, h.t("es", "a11y.back"))
	find(t, h, roleText, h.t("es", "warning.never_share"))

	// Hindi, then back to the system's language (English here).
	tap(t, h, h.t("es", "a11y.settings"))
	h.choose(t, "es", "settings.language", "हिन्दी")
	if !sees(h, h.t("hi", "settings.title")) {
		t.Error("not in Hindi")
	}
	h.choose(t, "hi", "settings.language", h.t("hi", "settings.language_system"))
	if h.saved(t).Language != "" {
		t.Error("following the system should save an empty language")
	}
}

func TestThemeAndTextSize(t *testing.T) {
	h := start(t, "en")
	tap(t, h, h.t("en", "a11y.settings"))
	h.choose(t, "en", "settings.theme", "Dark")
	h.choose(t, "en", "settings.text_size", "Larger")
	st := h.saved(t)
	if st.Theme != progress.ThemeDark || st.TextSize != progress.TextLarger {
		t.Errorf("saved %q %q", st.Theme, st.TextSize)
	}
	th, ok := fyne.CurrentApp().Settings().Theme().(*appTheme)
	if !ok || th.scale != 1.5 || th.variant == nil {
		t.Fatalf("theme not applied: %#v", fyne.CurrentApp().Settings().Theme())
	}
}

// A person taps an option, or reaches it with Tab and presses Space or
// Enter; the one chosen shows as chosen, to the eye and to a screen
// reader, and tapping it again changes nothing.
func TestChoosingAnOptionInSettings(t *testing.T) {
	h := start(t, "en")
	tap(t, h, h.t("en", "a11y.settings"))
	h.choose(t, "en", "settings.theme", "Dark")
	if h.saved(t).Theme != progress.ThemeDark {
		t.Fatal("tapping Dark did not choose it")
	}
	if got := h.option("en", "settings.theme", "Dark", true); got != "Colours: Dark. Chosen." {
		t.Errorf("a screen reader hears %q", got)
	}
	dark := find(t, h, roleButton, "Colours: Dark. Chosen.")
	find(t, h, roleButton, "Colours: Light. Not chosen.")
	find(t, h, roleButton, "Colours: Same as this device. Not chosen.")
	saves := 0
	h.store.OnChange(func(progress.Change) { saves++ })
	test.Tap(dark.(fyne.Tappable))
	h.store.OnChange(h.ui.storeChanged)
	if saves != 0 || lookFor(h, roleButton, "Colours: Dark. Chosen.") == nil {
		t.Error("tapping the chosen option again changed something")
	}

	large := find(t, h, roleButton, h.option("en", "settings.text_size", "Large", false)).(fyne.Focusable)
	h.ui.Window.Canvas().Focus(large)
	if h.ui.Window.Canvas().Focused() != large {
		t.Fatal("an option cannot take the keyboard focus")
	}
	large.TypedRune(' ')
	if h.saved(t).TextSize != progress.TextLarge {
		t.Error("Space did not choose Large")
	}
	larger := find(t, h, roleButton, h.option("en", "settings.text_size", "Larger", false)).(fyne.Focusable)
	larger.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if h.saved(t).TextSize != progress.TextLarger {
		t.Error("Enter did not choose Larger")
	}
}

func TestDeleteProgressAsksFirst(t *testing.T) {
	h := start(t, "en")
	h.store.SetDone(checklist.Asked, "call-them", true)
	h.saved(t)
	tap(t, h, h.t("en", "a11y.settings"))
	tap(t, h, h.t("en", "settings.delete"))
	if _, err := os.Stat(filepath.Join(h.dir, progress.StateFile)); err != nil {
		t.Fatal("deleted before asking")
	}
	tapDialogButton(t, h, "Delete")
	if _, err := os.Stat(filepath.Join(h.dir, progress.StateFile)); !os.IsNotExist(err) {
		t.Errorf("state.json still there: %v", err)
	}
	find(t, h, roleText, "Your saved progress was deleted.")
}

// Cancel, Escape, and Enter or Space on the button the keyboard starts on,
// all leave the progress as it was.
func TestAQuestionCanBeTurnedDown(t *testing.T) {
	h := start(t, "en")
	h.store.SetDone(checklist.Recover, "sign-in-again", true)
	h.store.Answer(checklist.Recover, checklist.QuestionCanUse, checklist.AnswerNo)
	h.store.SetPhone(checklist.PhoneAndroid)
	h.saved(t)
	stillThere := func(how string) {
		t.Helper()
		if len(h.saved(t).Checklists["recover"].Done) != 1 {
			t.Fatalf("%s: the progress changed", how)
		}
	}
	h.scenario(t, checklist.Recover)
	cancel := h.t("en", "dialog.cancel")
	for _, how := range []string{"Escape", "Enter", "Space", "Cancel"} {
		tap(t, h, h.t("en", "checklist.start_over"))
		no := find(t, h, roleButton, cancel).(*widgets.Button)
		if focused := h.ui.Window.Canvas().Focused(); focused != no {
			t.Fatalf("the keyboard starts on %v, not on Cancel", focused)
		}
		switch how {
		case "Escape":
			no.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		case "Enter":
			no.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		case "Space":
			no.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		case "Cancel":
			tapDialogButton(t, h, cancel)
		}
		if lookFor(h, roleButton, cancel) != nil {
			t.Errorf("%s did not close the question", how)
		}
		stillThere(how)
	}
	// Escape on the action, after a Tab to it, is still no.
	tap(t, h, h.t("en", "checklist.start_over"))
	var yes *widgets.Button
	walk(h.ui.Window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widgets.Button); ok && b.Text == h.t("en", "checklist.start_over") {
			yes = b
		}
		return true
	})
	yes.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	stillThere("Escape on Start over")
}

func TestQuickExit(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
	h.tick(t, "sign-in-again")
	quick := find(t, h, roleButton, h.t("en", "a11y.quick_exit")).(*widgets.Button)
	if !strings.Contains(quick.Text, "Ctrl+Q") {
		t.Errorf("quick exit does not show its shortcut: %q", quick.Text)
	}
	test.Tap(quick)
	if h.quit != 1 {
		t.Fatal("quick exit did not quit")
	}
	st, _ := progress.ReadState(h.dir)
	if st.Checklists["recover"] == nil || st.Checklists["recover"].Done[0] != "sign-in-again" {
		t.Error("progress was not on disk when the app quit")
	}
	// The keyboard shortcut works on every screen.
	tap(t, h, h.t("en", "a11y.settings"))
	h.press(t, &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault})
	if h.quit != 2 {
		t.Error("Ctrl+Q did not quit")
	}
}

func TestBackOnEveryScreen(t *testing.T) {
	h := start(t, "en")
	back := h.t("en", "a11y.back")
	if lookFor(h, roleButton, back) != nil {
		t.Error("home has nowhere to go back to")
	}
	for _, open := range []func(){
		func() { tap(t, h, h.t("en", "home.explain")) },
		func() { tap(t, h, h.t("en", "a11y.settings")) },
		func() { h.scenario(t, checklist.Asked) },
		func() { h.scenario(t, checklist.Recover) },
	} {
		open()
		if k, _ := h.open(); k == homeRoute || lookFor(h, roleButton, back) == nil {
			t.Fatal("screen did not open, or has no back button")
		}
		tap(t, h, back)
		if k, _ := h.open(); k != homeRoute {
			t.Error("back did not return home")
		}
	}
	// Alt+Left goes back too.
	tap(t, h, h.t("en", "home.explain"))
	h.press(t, &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt})
	if k, _ := h.open(); k != homeRoute {
		t.Error("Alt+Left did not go back")
	}
}

func TestProblemsWithSavedProgressAreSaid(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, progress.StateFile), []byte("{not json"), 0o600)
	h := startIn(t, dir, "en")
	if n := h.notice(); !strings.HasPrefix(n, "Your saved progress could not be read") ||
		!strings.Contains(n, "state.json.corrupt-") {
		t.Errorf("notice = %q", n)
	}

	// One field of the wrong type: the rest is shown, and the person is told.
	dir = t.TempDir()
	os.WriteFile(filepath.Join(dir, progress.StateFile), []byte(`{"version":1,"theme":7,"checklists":{"unrequested":{"done":["turn-on-two-step"],"updated":"x"}}}`), 0o600)
	h = startIn(t, dir, "en")
	if n := h.notice(); !strings.HasPrefix(n, h.t("en", "notice.partial")[:20]) || !strings.Contains(n, "state.json.corrupt-") {
		t.Errorf("a field of the wrong type: notice = %q", n)
	}
	if !h.store.Checklist(checklist.Unrequested).IsDone("turn-on-two-step") {
		t.Error("a field of the wrong type lost the rest")
	}

	dir = t.TempDir()
	os.WriteFile(filepath.Join(dir, progress.StateFile), []byte(`{"version":9}`), 0o600)
	h = startIn(t, dir, "en")
	if !strings.Contains(h.notice(), "newer version") {
		t.Errorf("notice = %q", h.notice())
	}
	tap(t, h, h.t("en", "a11y.settings"))
	if !sees(h, h.t("en", "notice.newer")) {
		t.Error("settings does not say why progress is not saved")
	}

	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	h = startIn(t, file, "en")
	if !strings.Contains(h.notice(), "cannot save your progress") {
		t.Errorf("notice = %q", h.notice())
	}

	// No home folder, so no folder for progress at all.
	h = startIn(t, "", "en")
	if !strings.Contains(h.notice(), "cannot save your progress") {
		t.Errorf("no folder: notice = %q", h.notice())
	}
}

// Code Safety open twice on one folder (a family PC): a tick made in the
// other window shows here once this window saves, and the person is told.
func TestAnotherWindowsTicksAreShownAndKept(t *testing.T) {
	dir := t.TempDir()
	h := startIn(t, dir, "en")
	h.openPath(t, checklist.Unrequested, checklist.PhoneAndroid)
	h.saved(t)

	other := progress.OpenStore(dir)
	other.SetDone(checklist.Unrequested, "turn-on-two-step", true)
	if err := other.Flush(); err != nil {
		t.Fatal(err)
	}
	h.tick(t, "check-linked-devices")
	st := h.saved(t)
	if !sees(h, h.count("en", checklist.Unrequested, 2)) || !h.ticked("turn-on-two-step") {
		t.Errorf("after merging: the other window's tick is not shown")
	}
	if !strings.Contains(h.notice(), "also open in another window") {
		t.Errorf("notice = %q", h.notice())
	}
	if done := st.Checklists[string(checklist.Unrequested)].Done; len(done) != 2 {
		t.Errorf("saved ticks = %v", done)
	}
	// The notice follows a change of language, like every other word.
	tap(t, h, h.t("en", "a11y.settings"))
	h.choose(t, "en", "settings.language", "Español")
	if h.notice() != h.t("es", "notice.merged") {
		t.Errorf("notice after switching to Spanish = %q", h.notice())
	}
}

// A save that fails (a full disk, a folder that went away) is said at once;
// the tick stays on screen and is saved with the next change that can be.
func TestAFailedSaveIsSaidAndNothingIsLost(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	h := startIn(t, dir, "en")
	h.openPath(t, checklist.Unrequested, checklist.PhoneAndroid)
	h.tick(t, "check-linked-devices")
	h.saved(t)

	if err := os.RemoveAll(dir); err != nil { // every write now fails
		t.Fatal(err)
	}
	h.tick(t, "turn-on-two-step")
	if err := h.settle(); err == nil {
		t.Fatal("the save did not fail")
	}
	if h.notice() != h.t("en", "notice.save_failed") {
		t.Errorf("notice = %q", h.notice())
	}
	if !sees(h, h.count("en", checklist.Unrequested, 2)) {
		t.Error("the count does not show both ticks")
	}

	if err := os.MkdirAll(dir, 0o700); err != nil { // space again
		t.Fatal(err)
	}
	h.tick(t, "add-email")
	done := h.saved(t).Checklists[string(checklist.Unrequested)].Done
	for _, id := range []string{"check-linked-devices", "turn-on-two-step", "add-email"} {
		if !slices.Contains(done, id) {
			t.Errorf("%s was lost: saved %v", id, done)
		}
	}
	if h.notice() != "" {
		t.Errorf("saved again, yet the notice still says %q", h.notice())
	}
}

// stepOf is a step of a scenario, from the content.
func stepOf(t testing.TB, id checklist.ScenarioID, step string) checklist.Step {
	t.Helper()
	sc, _ := checklist.ScenarioByID(id)
	for _, st := range sc.Steps {
		if st.ID == step {
			return st
		}
	}
	t.Fatalf("%s has no step %s", id, step)
	return checklist.Step{}
}

// openEveryMore opens "When you have time", every step's details and
// every word's explanation on the checklist shown.
func openEveryMore(t testing.TB, h *harness) {
	_, id := h.open()
	sc, _ := checklist.ScenarioByID(id)
	h.openLater(t)
	tag := h.tag()
	for _, st := range sc.Steps {
		h.openHow(t, st.ID)
		for _, term := range st.Terms {
			tap(t, h, h.tr(tag, "a11y.term", map[string]any{"Term": h.t(tag, term.NameKey())}))
		}
	}
	h.openSources(t)
}

// everyScreen opens every screen in turn and calls check on each.
func everyScreen(t *testing.T, h *harness, check func(name string)) {
	tag := h.ui.loc.Tag()
	back := func() { tap(t, h, h.t(tag, "a11y.back")) }
	check("home")
	tap(t, h, h.t(tag, "home.explain"))
	check("explainer")
	back()
	tap(t, h, h.t(tag, "a11y.settings"))
	check("settings")
	back()
	// Not sure, then not sure: two questions, the phone, and two checklists.
	tap(t, h, h.t(tag, checklist.Asked.TitleKey()))
	check("first question")
	sc, _ := checklist.ScenarioByID(checklist.Asked)
	tap(t, h, h.t(tag, sc.Question.AnswerKey(checklist.AnswerNotSure)))
	check("second question")
	answers := map[string]string{checklist.QuestionSentCode: checklist.AnswerNotSure, checklist.QuestionCanUse: checklist.AnswerNotSure}
	tap(t, h, h.t(tag, "question."+checklist.QuestionCanUse+".answer."+checklist.AnswerNotSure))
	check("phone question")
	h.through(t, checklist.Asked, answers, checklist.PhoneNotSure)
	_, plan := checklist.Next(checklist.Asked, answers)
	openEveryMore(t, h)
	check(string(plan.Route[0]) + " checklist")
	tap(t, h, h.tr(tag, "checklist.then", map[string]any{"Title": h.t(tag, plan.Route[1].TitleKey())}))
	openEveryMore(t, h)
	check(string(plan.Route[1]) + " checklist")
	// A friend's account, with its messages; where to report, its countries open.
	h.home()
	tap(t, h, h.t(tag, checklist.FriendTaken.TitleKey()))
	openEveryMore(t, h)
	check("friend-taken checklist")
	tap(t, h, h.t(tag, "report.heading"))
	h.openCountries(t)
	check("report")
}

// walk visits o and what it contains, through containers and widgets'
// renderers, while visit returns true.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if !visit(o) {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, visit)
		}
	}
}

// allLanguages are the tags of every language the app has.
func allLanguages(t *testing.T) []string {
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	return cat.Tags()
}

// isText reports whether o is words to read rather than a control.
func isText(o fyne.CanvasObject) bool {
	if s := widgets.StandsFor(o); s != nil {
		o = s // a screen reader's stand-in says what its object says
	}
	a, ok := o.(fyne.Accessible)
	return ok && a.AccessibilityRole() == roleText
}

func TestEveryControlHasAnAccessibleLabel(t *testing.T) {
	for _, lang := range allLanguages(t) {
		h := start(t, lang)
		everyScreen(t, h, func(screen string) {
			controls := 0
			walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
				if a, ok := o.(fyne.Accessible); ok && a.AccessibilityRole() != fyne.AccessibleRoleContainer {
					if !isText(o) {
						controls++
						if strings.TrimSpace(a.AccessibilityLabel()) == "" {
							t.Errorf("%s/%s: a %T has no accessible label", lang, screen, o)
						}
					}
					return false // a leaf for screen readers
				}
				if _, ok := o.(fyne.Focusable); ok {
					t.Errorf("%s/%s: %T can take focus but has no accessible label", lang, screen, o)
				}
				return true
			})
			if controls < 3 {
				t.Errorf("%s/%s: only %d controls found", lang, screen, controls)
			}
		})
	}
}

// No screen, and no dialog, has anything that takes typed text: the app
// must never ask for a code or a PIN. Anything that can take keyboard focus
// must be a control with a role (a button, a link) or text that can be
// selected and copied, none of which accepts text.
func TestNothingAcceptsTextInput(t *testing.T) {
	h := start(t, "en")
	check := func(where string, root fyne.CanvasObject) {
		focusable := 0
		walk(root, func(o fyne.CanvasObject) bool {
			switch o.(type) {
			case *widget.Entry, *widget.SelectEntry, *widget.Form:
				t.Errorf("%s: %T accepts text", where, o)
				return false
			case *widget.Label:
				// Its words can be selected and copied, never typed in:
				// what inside it takes the focus is Fyne's own.
				return false
			}
			f, ok := o.(fyne.Focusable)
			if !ok {
				return true
			}
			a, ok := o.(fyne.Accessible)
			switch {
			case ok && (a.AccessibilityRole() == roleButton || a.AccessibilityRole() == roleLink):
				focusable++
				return false
			}
			t.Errorf("%s: %T takes keyboard input and is not a known control", where, f)
			return true
		})
		if focusable == 0 {
			t.Errorf("%s: no control found: is the walk reaching the screen?", where)
		}
	}
	everyScreen(t, h, func(screen string) {
		check(screen, h.ui.Window.Canvas().Content())
	})
	// The two questions the app asks in a dialog.
	h = start(t, "en")
	h.openPath(t, checklist.Unrequested, checklist.PhoneAndroid)
	tap(t, h, h.t("en", "checklist.start_over"))
	tap(t, h, h.t("en", "a11y.back"))
	tap(t, h, h.t("en", "a11y.settings"))
	tap(t, h, h.t("en", "settings.delete"))
	overlays := h.ui.Window.Canvas().Overlays().List()
	if len(overlays) == 0 {
		t.Fatal("no dialog open")
	}
	for _, o := range overlays {
		check("dialog", o)
	}
}

func TestFitsAPhoneAtTheLargestTextSize(t *testing.T) {
	for _, lang := range allLanguages(t) {
		for _, size := range []string{progress.TextNormal, progress.TextLarger} {
			dir := t.TempDir()
			s := progress.OpenStore(dir)
			s.SetTextSize(size)
			s.Flush()
			h := startIn(t, dir, lang)
			everyScreen(t, h, func(screen string) {
				if w := h.ui.Window.Canvas().Content().MinSize().Width; w > 360 {
					t.Errorf("%s/%s/%s: needs %.0f px wide, more than a 360 px phone", lang, size, screen, w)
				}
			})
		}
	}
}

func TestKeyboardAlone(t *testing.T) {
	h := start(t, "en")
	c := h.ui.Window.Canvas()
	focusOn := func(want fyne.CanvasObject, what string) {
		t.Helper()
		for i := 0; i < 60 && any(c.Focused()) != any(want); i++ {
			c.FocusNext()
		}
		if any(c.Focused()) != any(want) {
			t.Fatalf("Tab never reaches %s", what)
		}
	}
	focusedIs := func(label string) bool {
		a, ok := c.Focused().(fyne.Accessible)
		return ok && strings.HasPrefix(a.AccessibilityLabel(), label)
	}
	// Tab follows reading order: the top bar first (text size, settings,
	// quick exit), then the screen.
	c.FocusNext()
	if !focusedIs(h.tr("en", "a11y.text_size", map[string]any{"Size": "Normal"})) {
		t.Errorf("first Tab lands on %T, want the text size button", c.Focused())
	}
	c.FocusNext()
	if !focusedIs(h.t("en", "a11y.settings")) {
		t.Errorf("second Tab lands on %T, want the settings button", c.Focused())
	}
	c.FocusNext()
	if !focusedIs(h.t("en", "a11y.quick_exit")) {
		t.Errorf("third Tab lands on %T, want quick exit", c.Focused())
	}
	c.FocusNext()
	if !focusedIs(h.t("en", checklist.Unrequested.TitleKey())) {
		t.Errorf("fourth Tab lands on %T, want the first scenario", c.Focused())
	}
	// Enter presses buttons, Space ticks. (Space presses buttons too, but
	// through Fyne's tap animation, which would go on running into the next
	// test.)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if k, _ := h.open(); k != triageRoute {
		t.Fatal("Enter did not open the scenario")
	}
	sc, _ := checklist.ScenarioByID(checklist.Unrequested)
	focusOn(find(t, h, roleButton, h.t("en", sc.Question.AnswerKey(checklist.AnswerYes))), "the Yes answer")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if k, _ := h.open(); k != checklistRoute {
		t.Fatal("Enter did not answer")
	}
	first := sc.Steps[0]
	check := find(t, h, roleButton, h.stepLabel(first.ID, false))
	focusOn(check, "the first check box")
	test.Type(check.(fyne.Focusable), " ")
	if !h.ticked(first.ID) || !sees(h, h.count("en", checklist.Unrequested, 1)) {
		t.Error("Space did not tick the step")
	}
	// Done, the step folds to its title; Space again opens it.
	test.Type(check.(fyne.Focusable), " ")
	if h.ticked(first.ID) || !sees(h, h.count("en", checklist.Unrequested, 0)) {
		t.Error("Space again did not untick the step")
	}
	more := h.more(t, first.ID)
	focusOn(more, "More")
	more.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if !sees(h, h.how("en", first, "")) { // no phone chosen yet: both phones' paths
		t.Error("Enter on More did not open the details")
	}
	// The focus stays on what was pressed, now "Less" (it was once lost,
	// and the next Shift+Tab, Space opened "Start over?").
	if !focusedIs(h.tr("en", "a11y.less", map[string]any{"Title": h.t("en", first.TitleKey())})) {
		t.Errorf("after Enter on More, the focus is on %T", c.Focused())
	}
	c.FocusPrevious()
	if !focusedIs(h.stepLabel(first.ID, false)) {
		t.Errorf("Shift+Tab after More lands on %T, not the step's check box", c.Focused())
	}
	c.FocusNext()
	// A word's explanation opens with Enter too, after a Tab to it.
	term := first.Terms[0]
	word := find(t, h, roleButton, h.tr("en", "a11y.term", map[string]any{"Term": h.t("en", term.NameKey())}))
	focusOn(word, "a word")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !sees(h, h.t("en", term.ExplainKey())) {
		t.Error("Enter on a word did not explain it")
	}
}

func TestCopyChecklistForFamily(t *testing.T) {
	h := start(t, "es")
	h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
	tap(t, h, h.stepLabelIn("es", "sign-in-again", false))
	tap(t, h, h.t("es", "checklist.copy"))
	got := h.ui.deps.App.Clipboard().Content()
	title := h.t("es", "step.sign-in-again.title")
	if !strings.Contains(got, "[x] "+title) || !strings.Contains(got, "https://faq.whatsapp.com/") {
		t.Errorf("clipboard:\n%s", got)
	}
	if !sees(h, h.t("es", "checklist.copied")) {
		t.Error("no word that it was copied")
	}
}

func TestAboutListsEverySourceOnce(t *testing.T) {
	h := start(t, "en")
	tap(t, h, h.t("en", "a11y.settings"))
	// folded, as under each step: a tap shows them
	sources := h.tr("en", "about.sources", map[string]any{"Date": checklist.SourcesChecked})
	for _, o := range shown(h) {
		if l, ok := o.(*widgets.Link); ok {
			t.Errorf("%s shows before the sources' fold is opened", l.URL)
		}
	}
	tap(t, h, h.tr("en", "a11y.more", map[string]any{"Title": sources}))
	links := map[string]int{}
	var words []string
	for _, o := range shown(h) {
		if l, ok := o.(*widgets.Link); ok {
			links[l.URL.String()]++
		}
		if isText(o) {
			words = append(words, label(o))
		}
	}
	all := strings.Join(words, "\n")
	for _, src := range checklist.Sources() {
		for _, u := range src.URLs {
			if links[u] != 1 {
				t.Errorf("%s is listed %d times", u, links[u])
			}
		}
		if len(src.URLs) == 0 && !strings.Contains(all, h.t("en", src.NameKey())) {
			t.Errorf("source %s, which has no address, is not named", src.ID)
		}
	}
	for _, want := range []string{"Version " + testVersion, "nothing you do here leaves this device", checklist.SourcesChecked} {
		if !strings.Contains(all, want) {
			t.Errorf("about does not say %q", want)
		}
	}
}

// The two situations people arrive with each show their icon before the
// words (UX.md: "two large buttons, each with an icon"): a message for a
// code that came, a person for someone asking.
func TestTheTwoSituationsEachShowAnIcon(t *testing.T) {
	h := start(t, "en")
	// Fyne names a theme icon colour_name.svg.
	_, account, _ := strings.Cut(theme.AccountIcon().Name(), "_")
	want := map[checklist.ScenarioID]string{checklist.Unrequested: assets.MessageIcon.Name(), checklist.Asked: account}
	for id, name := range want {
		b := find(t, h, roleButton, h.t("en", id.TitleKey()))
		var icons []string
		walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
			if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 2 && c.Objects[0] == b {
				walk(c.Objects[1], func(o fyne.CanvasObject) bool { // the words and icons on the button
					if i, ok := o.(*widgets.Icon); ok && i.Resource() != nil {
						icons = append(icons, i.Resource().Name())
					}
					return true
				})
			}
			return true
		})
		if len(icons) != 2 || !strings.HasSuffix(icons[0], name) {
			t.Errorf("%s: icons %q, want %s then the arrow", id, icons, name)
		}
	}
}

// A save refused by the system (a disk mounted read-only, a folder the
// person may not write in) is said as that, in the person's language, not
// as a full disk.
func TestASaveRefusedHereIsNotAFullDisk(t *testing.T) {
	for _, tag := range []string{"en", "ar"} {
		h := start(t, tag)
		h.ui.saveFailed(&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EROFS})
		if h.notice() != h.t(tag, "notice.save_denied") {
			t.Errorf("%s: read-only disk: notice %q", tag, h.notice())
		}
		h.ui.saveFailed(&os.PathError{Op: "open", Path: "x", Err: syscall.ENOSPC})
		if h.notice() != h.t(tag, "notice.save_failed") {
			t.Errorf("%s: full disk: notice %q", tag, h.notice())
		}
	}
}
