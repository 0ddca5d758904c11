package screens

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/cli"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/assets"
	"codesafety/translations"
)

type harness struct {
	ui    *UI
	store *progress.Store
	dir   string
	cat   *lang.Catalog
	quit  int

	mu     sync.Mutex
	queued []func() // UI work sent from the saving goroutine
}

func start(t *testing.T, tag string) *harness {
	t.Helper()
	return startIn(t, t.TempDir(), tag)
}

func startIn(t testing.TB, dir, tag string) *harness {
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
	h.ui = New(Deps{App: a, Store: h.store, Catalog: cat, Lang: tag, Quit: func() { h.quit++ },
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
	home := h.ui.home
	if home == nil {
		t.Fatal("the app does not open on the home screen")
	}
	if got := home.warning.Text(); got != "Never share the code — not even with friends or family." {
		t.Errorf("warning = %q", got)
	}
	for _, id := range []checklist.ScenarioID{checklist.Unrequested, checklist.Asked, checklist.Recover} {
		b := home.scenarios[id]
		if b == nil {
			t.Fatalf("no button for %s", id)
		}
		if !strings.HasPrefix(b.AccessibilityLabel(), h.t("en", id.TitleKey())) {
			t.Errorf("%s button reads %q", id, b.AccessibilityLabel())
		}
		if home.hints[id] != "" {
			t.Errorf("%s shows progress before it was started: %q", id, home.hints[id])
		}
	}
	if home.scenarios[checklist.Unrequested].Importance != widget.HighImportance ||
		home.scenarios[checklist.Recover].Importance == widget.HighImportance {
		t.Error("the two seed scenarios should be the strongest buttons, recovery smaller")
	}
	// The warning is seen without scrolling, even on a phone with the
	// largest text, and comes before the buttons.
	for _, size := range []string{progress.TextNormal, progress.TextLarger} {
		h.store.SetTextSize(size)
		h.ui.appearanceChanged()
		h.ui.render()
		home := h.ui.home
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(home.warning)
		if bottom := pos.Y + home.warning.Size().Height; pos.Y <= 0 || bottom > 640 {
			t.Errorf("%s: the warning is at %v to %v, not on the first screen", size, pos.Y, bottom)
		}
		if b := fyne.CurrentApp().Driver().AbsolutePositionForObject(home.scenarios[checklist.Unrequested]); b.Y <= pos.Y {
			t.Errorf("%s: the scenario buttons come before the warning", size)
		}
	}
}

func TestUnrequestedLeadsThroughTriageToChecklist(t *testing.T) {
	h := start(t, "en")
	test.Tap(h.ui.home.scenarios[checklist.Unrequested])
	if h.ui.triage == nil {
		t.Fatal("tapping the scenario did not ask the triage question")
	}
	if h.ui.triage.question.Text() != "Can you still use WhatsApp on your phone right now?" {
		t.Errorf("question = %q", h.ui.triage.question.Text())
	}
	test.Tap(h.ui.triage.answers[checklist.AnswerYes])
	c := h.ui.checklist
	if c == nil || c.id != checklist.Unrequested {
		t.Fatal("answering Yes did not open the checklist")
	}
	if c.count.Text() != "0 of 9 done" {
		t.Errorf("count = %q", c.count.Text())
	}
	if h.saved(t).Checklists["unrequested"].Answers[checklist.QuestionCanUse] != checklist.AnswerYes {
		t.Error("the answer was not saved")
	}
	// Back goes home, and the scenario now opens straight at its checklist.
	test.Tap(h.ui.backBtn)
	if h.ui.home == nil {
		t.Fatal("back did not go home")
	}
	test.Tap(h.ui.home.scenarios[checklist.Unrequested])
	if h.ui.checklist == nil {
		t.Fatal("an answered scenario should open its checklist")
	}
}

func TestSentCodeGoesToRecoveryFirst(t *testing.T) {
	for _, answer := range []string{checklist.AnswerYes, checklist.AnswerNotSure} {
		h := start(t, "en")
		test.Tap(h.ui.home.scenarios[checklist.Asked])
		test.Tap(h.ui.triage.answers[answer])
		c := h.ui.checklist
		if c == nil || c.id != checklist.Recover {
			t.Fatalf("%s: the recovery checklist did not open first", answer)
		}
		if c.then == nil || !strings.Contains(c.then.AccessibilityLabel(), "Someone asked me for my code") {
			t.Fatalf("%s: no way on to the asked checklist", answer)
		}
		test.Tap(c.then)
		c = h.ui.checklist
		if c == nil || c.id != checklist.Asked || c.first == nil || c.change == nil {
			t.Fatalf("%s: the asked checklist does not point back to recovery", answer)
		}
		if !strings.Contains(c.first.AccessibilityLabel(), "0 of 9 done") {
			t.Errorf("first button = %q", c.first.AccessibilityLabel())
		}
		// The answer can be changed.
		test.Tap(c.change)
		test.Tap(h.ui.triage.answers[checklist.AnswerNo])
		c = h.ui.checklist
		if c == nil || c.id != checklist.Asked || c.first != nil {
			t.Fatalf("%s: after changing to No, the asked checklist should not send to recovery", answer)
		}
		test.Tap(h.ui.backBtn)
		if h.ui.home == nil {
			t.Errorf("%s: changing the answer left extra screens behind", answer)
		}
	}
}

func TestCheckingAStepUpdatesProgressAndIsSaved(t *testing.T) {
	h := start(t, "en")
	test.Tap(h.ui.home.scenarios[checklist.Unrequested])
	test.Tap(h.ui.triage.answers[checklist.AnswerYes])
	c := h.ui.checklist
	test.Tap(c.checks["never-share-code"])
	test.Tap(c.checks["turn-on-two-step"])
	if c.count.Text() != "2 of 9 done" || c.progress.Value != 2 {
		t.Errorf("count = %q, bar = %v", c.count.Text(), c.progress.Value)
	}
	if c.checks["never-share-code"].AccessibilityLabel() != "Do not share the code with anyone. Done." {
		t.Errorf("a11y = %q", c.checks["never-share-code"].AccessibilityLabel())
	}
	test.Tap(c.checks["turn-on-two-step"])
	if c.count.Text() != "1 of 9 done" {
		t.Errorf("after unticking: %q", c.count.Text())
	}
	if got := h.saved(t).Checklists["unrequested"].Done; len(got) != 1 || got[0] != "never-share-code" {
		t.Errorf("saved = %v", got)
	}
	test.Tap(h.ui.backBtn)
	if got := h.ui.home.hints[checklist.Unrequested]; got != "1 of 9 done" {
		t.Errorf("home hint = %q", got)
	}

	// A new window on the same folder shows the same progress.
	again := startIn(t, h.dir, "en")
	if again.ui.home.hints[checklist.Unrequested] != "1 of 9 done" {
		t.Errorf("progress not restored: %q", again.ui.home.hints[checklist.Unrequested])
	}
}

func TestAllDoneAndStartOver(t *testing.T) {
	h := start(t, "en")
	test.Tap(h.ui.home.scenarios[checklist.Recover])
	c := h.ui.checklist
	if c == nil || c.id != checklist.Recover {
		t.Fatal("recover has no question and should open at once")
	}
	if c.allDone.Visible() {
		t.Error("all done shown at the start")
	}
	for _, ch := range c.checks {
		test.Tap(ch)
	}
	if !c.allDone.Visible() || c.count.Text() != "9 of 9 done" {
		t.Errorf("all done not shown: %q", c.count.Text())
	}
	test.Tap(c.startOver)
	if c.dialog == nil {
		t.Fatal("start over did not ask first")
	}
	if n := len(h.saved(t).Checklists["recover"].Done); n != 9 {
		t.Fatalf("progress changed before the answer: %d", n)
	}
	tapDialogButton(t, h.ui.Window, h.t("en", "checklist.start_over"))
	if _, ok := h.saved(t).Checklists["recover"]; ok {
		t.Error("start over did not clear the saved progress")
	}
	if h.ui.checklist == nil || h.ui.checklist.count.Text() != "0 of 9 done" {
		t.Error("the checklist does not show the fresh start")
	}
}

// tapDialogButton taps the button with that text in the dialog on top.
func tapDialogButton(t *testing.T, w fyne.Window, label string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	var found fyne.Tappable
	walk(top, func(o fyne.CanvasObject) bool {
		switch b := o.(type) {
		case *widget.Button:
			if b.Text == label {
				found = b
			}
		case *button:
			if b.Text == label {
				found = b
			}
		}
		return true
	})
	if found == nil {
		t.Fatalf("no button %q in the dialog", label)
	}
	test.Tap(found)
}

func TestMoreShowsHowWhyAndSources(t *testing.T) {
	h := start(t, "en")
	test.Tap(h.ui.home.scenarios[checklist.Asked])
	test.Tap(h.ui.triage.answers[checklist.AnswerNo])
	c := h.ui.checklist
	d := c.details["report-and-block"]
	if d.Visible() {
		t.Fatal("details shown before More")
	}
	test.Tap(c.more["report-and-block"])
	if !d.Visible() || c.more["report-and-block"].Text != "Less" {
		t.Fatal("More did not show the details")
	}
	var links []string
	walk(d, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Hyperlink); ok {
			links = append(links, l.URL.String())
		}
		return true
	})
	if len(links) != 2 || links[0] != "https://faq.whatsapp.com/1142481766359885" {
		t.Errorf("links = %v", links)
	}
	// Copying a link puts the address on the clipboard.
	var cp *button
	walk(d, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*button); ok && b.Icon != nil && b.Text == "" {
			cp = b
		}
		return cp == nil
	})
	if cp == nil {
		t.Fatal("no copy button")
	}
	test.Tap(cp)
	if got := h.ui.deps.App.Clipboard().Content(); !strings.HasPrefix(got, "https://faq.whatsapp.com/") {
		t.Errorf("clipboard = %q", got)
	}
}

func TestSwitchingLanguageRerendersAtOnce(t *testing.T) {
	h := start(t, "en")
	test.Tap(h.ui.settings)
	s := h.ui.setup
	if s == nil || s.title.Text() != "Settings" {
		t.Fatal("settings did not open")
	}
	s.language.SetSelected("Español")
	if h.ui.setup == nil || h.ui.setup.title.Text() != h.t("es", "settings.title") {
		t.Fatalf("settings not re-rendered in Spanish: %q", h.ui.setup.title.Text())
	}
	if h.ui.setup.language.Selected != "Español" {
		t.Error("the chosen language is not shown as chosen")
	}
	if h.saved(t).Language != "es" {
		t.Error("the language was not remembered")
	}
	if h.ui.quickExit.AccessibilityLabel() != h.t("es", "a11y.quick_exit") {
		t.Error("the top bar is still in English")
	}
	test.Tap(h.ui.backBtn)
	if got := h.ui.home.warning.Text(); got != h.t("es", "warning.never_share") {
		t.Errorf("home warning = %q", got)
	}

	// Hindi, then back to the system's language (English here).
	test.Tap(h.ui.settings)
	h.ui.setup.language.SetSelected("हिन्दी")
	if h.ui.setup.title.Text() != h.t("hi", "settings.title") {
		t.Errorf("not in Hindi: %q", h.ui.setup.title.Text())
	}
	h.ui.setup.language.SetSelected(h.t("hi", "settings.language_system"))
	if h.saved(t).Language != "" {
		t.Error("following the system should save an empty language")
	}
}

func TestThemeAndTextSize(t *testing.T) {
	h := start(t, "en")
	test.Tap(h.ui.settings)
	h.ui.setup.theme.SetSelected("Dark")
	h.ui.setup.textSize.SetSelected("Larger")
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
	test.Tap(h.ui.settings)
	item := func(c *choice, option string) *radio {
		for _, r := range c.items {
			if r.option == option {
				return r
			}
		}
		t.Fatalf("no option %q", option)
		return nil
	}
	s := h.ui.setup
	test.Tap(item(s.theme, "Dark"))
	if h.saved(t).Theme != progress.ThemeDark {
		t.Fatal("tapping Dark did not choose it")
	}
	if !item(s.theme, "Dark").selected || item(s.theme, "Same as this device").selected {
		t.Error("Dark is not the only colours option shown as chosen")
	}
	if got := item(s.theme, "Dark").AccessibilityLabel(); got != "Colours: Dark. Chosen." {
		t.Errorf("a screen reader hears %q", got)
	}
	if got := item(s.theme, "Light").AccessibilityLabel(); got != "Colours: Light. Not chosen." {
		t.Errorf("a screen reader hears %q", got)
	}
	changed := 0
	s.theme.OnChanged = func(string) { changed++ }
	test.Tap(item(s.theme, "Dark"))
	if changed != 0 || !item(s.theme, "Dark").selected {
		t.Error("tapping the chosen option again changed something")
	}

	large := item(s.textSize, "Large")
	h.ui.Window.Canvas().Focus(large)
	if !large.focused {
		t.Fatal("an option cannot take the keyboard focus")
	}
	test.Type(large, " ")
	if h.saved(t).TextSize != progress.TextLarge {
		t.Error("Space did not choose Large")
	}
	larger := item(h.ui.setup.textSize, "Larger")
	larger.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if h.saved(t).TextSize != progress.TextLarger {
		t.Error("Enter did not choose Larger")
	}
}

func TestDeleteProgressAsksFirst(t *testing.T) {
	h := start(t, "en")
	h.store.SetDone(checklist.Asked, "call-them", true)
	h.saved(t)
	test.Tap(h.ui.settings)
	test.Tap(h.ui.setup.delete)
	if _, err := os.Stat(filepath.Join(h.dir, progress.StateFile)); err != nil {
		t.Fatal("deleted before asking")
	}
	tapDialogButton(t, h.ui.Window, "Delete")
	if _, err := os.Stat(filepath.Join(h.dir, progress.StateFile)); !os.IsNotExist(err) {
		t.Errorf("state.json still there: %v", err)
	}
	if h.ui.setup.status.Text() != "Your saved progress was deleted." {
		t.Errorf("status = %q", h.ui.setup.status.Text())
	}
}

// Cancel, Escape, and Enter or Space on the button the keyboard starts on,
// all leave the progress as it was.
func TestAQuestionCanBeTurnedDown(t *testing.T) {
	h := start(t, "en")
	h.store.SetDone(checklist.Recover, "sign-in-again", true)
	h.saved(t)
	stillThere := func(how string) {
		t.Helper()
		if len(h.saved(t).Checklists["recover"].Done) != 1 {
			t.Fatalf("%s: the progress changed", how)
		}
	}
	test.Tap(h.ui.home.scenarios[checklist.Recover])
	c := h.ui.checklist
	for _, how := range []string{"Escape", "Enter", "Space", "Cancel"} {
		test.Tap(c.startOver)
		d := c.dialog
		if focused := h.ui.Window.Canvas().Focused(); focused != d.no {
			t.Fatalf("the keyboard starts on %v, not on Cancel", focused)
		}
		switch how {
		case "Escape":
			d.no.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		case "Enter":
			d.no.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		case "Space":
			d.no.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		case "Cancel":
			tapDialogButton(t, h.ui.Window, "Cancel")
		}
		if d.Visible() {
			t.Errorf("%s did not close the question", how)
		}
		stillThere(how)
	}
	// Escape on the action, after a Tab to it, is still no.
	test.Tap(c.startOver)
	c.dialog.yes.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	stillThere("Escape on Start over")
}

func TestQuickExit(t *testing.T) {
	h := start(t, "en")
	test.Tap(h.ui.home.scenarios[checklist.Recover])
	test.Tap(h.ui.checklist.checks["sign-in-again"])
	if !strings.Contains(h.ui.quickExit.Text, "Ctrl+Q") {
		t.Errorf("quick exit does not show its shortcut: %q", h.ui.quickExit.Text)
	}
	test.Tap(h.ui.quickExit)
	if h.quit != 1 {
		t.Fatal("quick exit did not quit")
	}
	st, _ := progress.ReadState(h.dir)
	if st.Checklists["recover"] == nil || st.Checklists["recover"].Done[0] != "sign-in-again" {
		t.Error("progress was not on disk when the app quit")
	}
	// The keyboard shortcut works on every screen.
	test.Tap(h.ui.settings)
	typeShortcut(t, h.ui.Window, &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault})
	if h.quit != 2 {
		t.Error("Ctrl+Q did not quit")
	}
}

func TestBackOnEveryScreen(t *testing.T) {
	h := start(t, "en")
	if h.ui.backBtn != nil {
		t.Error("home has nowhere to go back to")
	}
	for _, open := range []func(){
		func() { test.Tap(h.ui.home.explain) },
		func() { test.Tap(h.ui.settings) },
		func() { test.Tap(h.ui.home.scenarios[checklist.Asked]) },
		func() { test.Tap(h.ui.home.scenarios[checklist.Recover]) },
	} {
		open()
		if h.ui.home != nil || h.ui.backBtn == nil {
			t.Fatal("screen did not open, or has no back button")
		}
		test.Tap(h.ui.backBtn)
		if h.ui.home == nil {
			t.Error("back did not return home")
		}
	}
	// Alt+Left goes back too.
	test.Tap(h.ui.home.explain)
	typeShortcut(t, h.ui.Window, &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt})
	if h.ui.home == nil {
		t.Error("Alt+Left did not go back")
	}
}

func TestProblemsWithSavedProgressAreSaid(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, progress.StateFile), []byte("{not json"), 0o600)
	h := startIn(t, dir, "en")
	if !strings.HasPrefix(h.ui.notice, "Your saved progress could not be read") ||
		!strings.Contains(h.ui.notice, "state.json.corrupt-") {
		t.Errorf("notice = %q", h.ui.notice)
	}

	dir = t.TempDir()
	os.WriteFile(filepath.Join(dir, progress.StateFile), []byte(`{"version":9}`), 0o600)
	h = startIn(t, dir, "en")
	if !strings.Contains(h.ui.notice, "newer version") {
		t.Errorf("notice = %q", h.ui.notice)
	}
	test.Tap(h.ui.settings)
	if !strings.Contains(h.ui.setup.status.Text(), "newer version") {
		t.Error("settings does not say why progress is not saved")
	}

	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	h = startIn(t, file, "en")
	if !strings.Contains(h.ui.notice, "cannot save your progress") {
		t.Errorf("notice = %q", h.ui.notice)
	}

	// No home folder, so no folder for progress at all.
	h = startIn(t, "", "en")
	if !strings.Contains(h.ui.notice, "cannot save your progress") {
		t.Errorf("no folder: notice = %q", h.ui.notice)
	}
}

// Code Safety open twice on one folder (a family PC): a tick made in the
// other window shows here once this window saves, and the person is told.
func TestAnotherWindowsTicksAreShownAndKept(t *testing.T) {
	dir := t.TempDir()
	h := startIn(t, dir, "en")
	test.Tap(h.ui.home.scenarios[checklist.Unrequested])
	test.Tap(h.ui.triage.answers[checklist.AnswerYes])
	h.saved(t)

	other := progress.OpenStore(dir)
	other.SetDone(checklist.Unrequested, "turn-on-two-step", true)
	if err := other.Flush(); err != nil {
		t.Fatal(err)
	}
	test.Tap(h.ui.checklist.checks["never-share-code"])
	st := h.saved(t)
	c := h.ui.checklist
	if c.count.Text() != "2 of 9 done" || !c.checks["turn-on-two-step"].Checked {
		t.Errorf("after merging: count %q, other window's tick shown: %v",
			c.count.Text(), c.checks["turn-on-two-step"].Checked)
	}
	if !strings.Contains(h.ui.notice, "also open in another window") {
		t.Errorf("notice = %q", h.ui.notice)
	}
	if done := st.Checklists[string(checklist.Unrequested)].Done; len(done) != 2 {
		t.Errorf("saved ticks = %v", done)
	}
	// The notice follows a change of language, like every other word.
	test.Tap(h.ui.settings)
	h.ui.setup.language.SetSelected("Español")
	if h.ui.notice != h.t("es", "notice.merged") {
		t.Errorf("notice after switching to Spanish = %q", h.ui.notice)
	}
}

// A save that fails (a full disk, a folder that went away) is said at once;
// the tick stays on screen and is saved with the next change that can be.
func TestAFailedSaveIsSaidAndNothingIsLost(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	h := startIn(t, dir, "en")
	test.Tap(h.ui.home.scenarios[checklist.Unrequested])
	test.Tap(h.ui.triage.answers[checklist.AnswerYes])
	test.Tap(h.ui.checklist.checks["never-share-code"])
	h.saved(t)

	if err := os.RemoveAll(dir); err != nil { // every write now fails
		t.Fatal(err)
	}
	test.Tap(h.ui.checklist.checks["turn-on-two-step"])
	if err := h.settle(); err == nil {
		t.Fatal("the save did not fail")
	}
	if h.ui.notice != h.t("en", "notice.save_failed") {
		t.Errorf("notice = %q", h.ui.notice)
	}
	if c := h.ui.checklist; c.count.Text() != "2 of 9 done" {
		t.Errorf("count = %q", c.count.Text())
	}

	if err := os.MkdirAll(dir, 0o700); err != nil { // space again
		t.Fatal(err)
	}
	test.Tap(h.ui.checklist.checks["add-email"])
	done := h.saved(t).Checklists[string(checklist.Unrequested)].Done
	for _, id := range []string{"never-share-code", "turn-on-two-step", "add-email"} {
		if !slices.Contains(done, id) {
			t.Errorf("%s was lost: saved %v", id, done)
		}
	}
}

// screens opens every screen in turn and calls check on each.
func everyScreen(t *testing.T, h *harness, check func(name string)) {
	check("home")
	test.Tap(h.ui.home.explain)
	check("explainer")
	test.Tap(h.ui.backBtn)
	test.Tap(h.ui.settings)
	check("settings")
	test.Tap(h.ui.backBtn)
	test.Tap(h.ui.home.scenarios[checklist.Asked])
	check("triage")
	test.Tap(h.ui.triage.answers[checklist.AnswerNotSure])
	for _, c := range h.ui.checklist.more {
		test.Tap(c)
	}
	check("recover checklist")
	test.Tap(h.ui.checklist.then)
	for _, c := range h.ui.checklist.more {
		test.Tap(c)
	}
	check("asked checklist")
}

// typeShortcut sends a keyboard shortcut to the window's canvas, as the
// driver does when the keys are pressed. The test canvas wraps the one that
// handles shortcuts.
func typeShortcut(t *testing.T, w fyne.Window, s fyne.Shortcut) {
	t.Helper()
	type shortcutHandler interface{ TypedShortcut(fyne.Shortcut) }
	c := any(w.Canvas())
	if _, ok := c.(shortcutHandler); !ok {
		c = reflect.ValueOf(c).Elem().FieldByName("WindowlessCanvas").Interface()
	}
	h, ok := c.(shortcutHandler)
	if !ok {
		t.Fatalf("%T takes no shortcuts", c)
	}
	h.TypedShortcut(s)
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
	if r, ok := o.(*readerItem); ok {
		o = r.obj // a screen reader's stand-in says what its object says
	}
	switch o.(type) {
	case *widget.Label, *para:
		return true
	}
	return false
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
// must be one of the kinds of control the app uses, none of which accepts
// text.
func TestNothingAcceptsTextInput(t *testing.T) {
	h := start(t, "en")
	check := func(where string, root fyne.CanvasObject) {
		focusable := 0
		walk(root, func(o fyne.CanvasObject) bool {
			switch o.(type) {
			case *widget.Entry, *widget.SelectEntry, *widget.Form:
				t.Errorf("%s: %T accepts text", where, o)
			case *button, *stepCheck, *radio, *widget.Hyperlink, *widget.Button, *widget.Check:
				focusable++
				return false
			default:
				// Fyne's selectable text can be selected and copied, not typed in.
				if _, ok := o.(fyne.Focusable); ok && fmt.Sprintf("%T", o) != "*widget.focusSelectable" {
					t.Errorf("%s: %T takes keyboard input and is not a known control", where, o)
				}
			}
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
	test.Tap(h.ui.home.scenarios[checklist.Unrequested])
	test.Tap(h.ui.triage.answers[checklist.AnswerYes])
	test.Tap(h.ui.checklist.startOver)
	test.Tap(h.ui.backBtn)
	test.Tap(h.ui.settings)
	test.Tap(h.ui.setup.delete)
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
	focusOn := func(want fyne.Focusable, what string) {
		t.Helper()
		for i := 0; i < 60 && c.Focused() != want; i++ {
			c.FocusNext()
		}
		if c.Focused() != want {
			t.Fatalf("Tab never reaches %s", what)
		}
	}
	// Tab follows reading order: the top bar first, then the screen.
	c.FocusNext()
	if c.Focused() != h.ui.settings {
		t.Errorf("first Tab lands on %T, want the settings button", c.Focused())
	}
	c.FocusNext()
	if c.Focused() != h.ui.quickExit {
		t.Errorf("second Tab lands on %T, want quick exit", c.Focused())
	}
	c.FocusNext()
	if c.Focused() != h.ui.home.scenarios[checklist.Unrequested] {
		t.Errorf("third Tab lands on %T, want the first scenario", c.Focused())
	}
	// Enter presses buttons, Space ticks. (Space presses buttons too, but
	// through Fyne's tap animation, which would go on running into the next
	// test.)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if h.ui.triage == nil {
		t.Fatal("Enter did not open the scenario")
	}
	focusOn(h.ui.triage.answers[checklist.AnswerYes], "the Yes answer")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if h.ui.checklist == nil {
		t.Fatal("Enter did not answer")
	}
	check := h.ui.checklist.checks["never-share-code"]
	focusOn(check, "the first check box")
	test.Type(check, " ")
	if !check.Checked || h.ui.checklist.count.Text() != "1 of 9 done" {
		t.Errorf("Space did not tick the step: %q", h.ui.checklist.count.Text())
	}
	more := h.ui.checklist.more["never-share-code"]
	focusOn(more, "More")
	more.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if !h.ui.checklist.details["never-share-code"].Visible() {
		t.Error("Enter on More did not open the details")
	}
}

func TestCopyChecklistForFamily(t *testing.T) {
	h := start(t, "es")
	test.Tap(h.ui.home.scenarios[checklist.Recover])
	c := h.ui.checklist
	test.Tap(c.checks["sign-in-again"])
	test.Tap(c.copyAll)
	got := h.ui.deps.App.Clipboard().Content()
	title := h.t("es", "step.sign-in-again.title")
	if !strings.Contains(got, "[x] "+title) || !strings.Contains(got, "https://faq.whatsapp.com/") {
		t.Errorf("clipboard:\n%s", got)
	}
	if !c.copied.Visible() || c.copied.Text() != h.t("es", "checklist.copied") {
		t.Error("no word that it was copied")
	}
}

func TestAboutListsEverySourceOnce(t *testing.T) {
	h := start(t, "en")
	test.Tap(h.ui.settings)
	links := map[string]int{}
	var words []string
	walk(h.ui.setup.content, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Hyperlink:
			links[x.URL.String()]++
		case *widget.Label:
			words = append(words, x.Text)
		case *para:
			words = append(words, x.Text())
		}
		return true
	})
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
	for _, want := range []string{"Version " + cli.Version, "nothing you do here leaves this device", "2026-11-26"} {
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
	// Fyne names a coloured icon colour_name.svg.
	_, account, _ := strings.Cut(theme.AccountIcon().Name(), "_")
	want := map[checklist.ScenarioID]string{checklist.Unrequested: assets.MessageIcon.Name(), checklist.Asked: account}
	for id, name := range want {
		var icons []string
		walk(h.ui.home.tiles[id], func(o fyne.CanvasObject) bool {
			if i, ok := o.(*widget.Icon); ok && i.Resource != nil {
				icons = append(icons, i.Resource.Name())
			}
			return true
		})
		if len(icons) != 2 || !strings.HasSuffix(icons[0], "_"+name) {
			t.Errorf("%s: icons %q, want %s then the arrow", id, icons, name)
		}
	}
}
