// Package screens is Code Safety's Fyne user interface: the window's frame
// (top bar, notice, quick exit, navigation) in this file and one file per
// screen. The widgets they are made of are in screens/widgets.
package screens

import (
	"errors"
	"net/url"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/driver/mobile"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/app/view"
	"codesafety/screens/widgets"
)

// Deps is what the user interface is built from.
type Deps struct {
	App     fyne.App
	Store   *progress.Store
	Catalog *lang.Catalog
	Lang    string   // from --lang; "" when not given
	System  []string // the system's locales, most preferred first
	Quit    func()   // how quick exit closes the app; App.Quit when nil
	// Do runs UI work sent from the saving goroutine on the UI's own
	// goroutine; fyne.Do when nil.
	Do func(func())
	// Now is the clock, for the 7-day wait and the sources' age; time.Now
	// when nil.
	Now func() time.Time
	// Version is the app's version, for About (meta.Info, from FyneApp.toml).
	Version string
	// OpenURL opens an address in the system's browser ("Print this
	// checklist"); App.OpenURL when nil.
	OpenURL func(*url.URL) error
}

type routeKind int

const (
	homeRoute routeKind = iota
	triageRoute
	checklistRoute
	explainRoute
	settingsRoute
	reportRoute
)

// route is one screen in the navigation stack. For a question, or a
// checklist the questions led to, from is the situation (the entry) whose
// answers chose it; then is the checklist to go on with after this one,
// as the plan says. What the person opened and where they are on the
// screen is kept with the route, so that it outlives every refresh, a
// rebuild and a visit elsewhere.
type route struct {
	kind     routeKind
	scenario checklist.ScenarioID // the checklist shown, or the entry asked about
	from     checklist.ScenarioID
	then     checklist.ScenarioID
	question string // the question to ask again ("Change answer"); "": the next one

	open   map[string]bool // the steps whose "More" is open, the terms explained, "later": When you have time
	offset fyne.Position   // how far the screen is scrolled
	focus  string          // the control with the keyboard focus, by its key
	built  screen          // the screen, while the language and text size last
	shape  string          // what built was made for (UI.shapeOf)
}

// same reports whether two routes show the same screen.
func (r *route) same(o *route) bool {
	return r.kind == o.kind && r.scenario == o.scenario && r.question == o.question
}

// laterOpen is the key in route.open of the part "When you have time".
const laterOpen = "later"

// scenarioRoutes is where opening a situation leads, as the domain's
// questions decide (checklist.Next): the next question while one is
// unanswered; otherwise the plan's checklists, the first on top and each
// going on with the next; and over them, the phone question when the
// first names menu paths and no phone is saved yet.
func scenarioRoutes(store *progress.Store, id checklist.ScenarioID) []*route {
	q, plan := checklist.Next(id, store.Checklist(id).Answers)
	if q != nil {
		return []*route{{kind: triageRoute, scenario: id, from: id}}
	}
	var rs []*route
	for i := len(plan.Route) - 1; i >= 0; i-- {
		r := &route{kind: checklistRoute, scenario: plan.Route[i], from: id}
		if i+1 < len(plan.Route) {
			r.then = plan.Route[i+1]
		}
		rs = append(rs, r)
	}
	if len(rs) == 0 {
		return nil
	}
	return rs
}

// env is what every screen gets: the words, the saved progress, the way to
// move between screens and the window.
type env struct {
	loc   *lang.Localizer
	store *progress.Store
	nav   navigator
	win   fyne.Window
	clip  fyne.Clipboard
	now   func() time.Time
	// version is the app's, for About.
	version string
	// system is the system's locales, for the country when none is chosen.
	system []string
	// openURL opens an address in the system's browser.
	openURL func(*url.URL) error
}

// navigator moves between screens: it opens routes on top, goes back, and
// follows a situation's questions to where they lead now. A screen never
// decides where the questions lead: scenarioRoutes does.
type navigator interface {
	// act makes a change to the saved progress, then moves (nil: stays),
	// and shows the result once: one tap, one screen update.
	act(change func(), move func())
	open(rs ...*route)
	back()
	follow(entry checklist.ScenarioID)
	shown(p *widget.PopUp) // a question is over the screen, for screen readers
}

// screen is one screen, built for a route in the current language and
// text size, and for the shape of its view of the state (app/view: which
// steps, which question, which country). update brings its widgets up to
// date with the state in place; when the shape changes, the screen is built
// again instead (UI.shapeOf decides, not the screen).
type screen interface {
	base() *page
	update(st progress.State)
}

// shapeOf is what the screen of route r is made of in state st: when it
// differs from what the screen was built for, the screen is built again.
func (u *UI) shapeOf(r *route, st progress.State) string {
	switch r.kind {
	case checklistRoute:
		return view.ChecklistShape(st, r.scenario, r.from)
	case triageRoute:
		return view.QuestionShape(st, r.scenario, r.question)
	case reportRoute:
		return view.Country(st, u.deps.System)
	}
	return "" // the others are made of the same things whatever is saved
}

// page is what every screen has: its scrolling body, and its controls by a
// key that stays the same when it is built again, so the keyboard focus
// can be put back.
type page struct {
	scroll   *container.Scroll
	controls map[string]fyne.Focusable
}

func (p *page) base() *page { return p }

// control remembers f under key, and returns it.
func (p *page) control(key string, f fyne.Focusable) {
	if p.controls == nil {
		p.controls = map[string]fyne.Focusable{}
	}
	p.controls[key] = f
}

// UI is the window and what it shows.
type UI struct {
	Window    fyne.Window
	deps      Deps
	loc       *lang.Localizer
	look      [2]string // the language and text size the screens are built in
	language  string    // the language setting they were built for ("": the system's)
	restoring bool      // the focus is being put back: it does not scroll
	stack     []*route
	noticeOf  func() string // the notice above the screen in the current language; nil: none
	// saveProblem: the notice is about a save that failed or waited (a full
	// disk, another window busy), so a save that goes through takes it away
	saveProblem bool
	// holding: a change is being made inside act, which shows the screen
	// itself afterwards; held: the screen is to be brought up to date then
	holding, held bool
	// updates counts the times the screen on top was shown or brought up
	// to date (tests count them: one tap, one update)
	updates int

	// The frame, built with the screens.
	root, frame *fyne.Container
	bar         page // the top bar's controls, for the focus
	backBtn     *widgets.Button
	settingsBtn *widgets.Button
	notice      *fyne.Container
	noticeText  *widgets.Para
	reader      *widgets.ReaderLayer
}

// New builds the window and shows the home screen.
func New(d Deps) *UI {
	if d.Quit == nil {
		d.Quit = d.App.Quit
	}
	if d.Do == nil {
		d.Do = fyne.Do
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.OpenURL == nil {
		d.OpenURL = d.App.OpenURL
	}
	u := &UI{deps: d, stack: []*route{{kind: homeRoute}}}
	st := d.Store.State()
	u.look[0], u.language = d.Catalog.Resolve(d.Lang, st.Language, d.System), st.Language
	u.loc = d.Catalog.Localizer(u.look[0])
	u.applyTheme(st) // the theme first: its fonts are the ones to load
	fontsLoaded := loadFonts(d.App.Driver(), widgets.RightToLeft(), fyne.TextStyle{}, fyne.TextStyle{Bold: true})
	u.Window = d.App.NewWindow(u.loc.T("app.name"))
	<-fontsLoaded // before anything on this goroutine measures text
	// 600 high, so the whole window fits a 1366×768 laptop screen, and a
	// 1024×768 one, with the title bar and the taskbar; 800 wide holds the
	// reading column.
	u.Window.Resize(fyne.NewSize(800, 600))
	if problemText(u.loc, d.Store) != "" {
		u.noticeOf = func() string { return problemText(u.loc, d.Store) }
	}
	d.Store.OnChange(u.storeChanged)
	widgets.FocusMoved = u.showFocused
	u.Window.SetCloseIntercept(u.quit)
	u.addShortcuts()
	u.rebuild(st)
	return u
}

// storeChanged hears of every change of the store, and follows it on the
// UI's goroutine: a change made here is told on it already; what the
// saving goroutine tells (c.Saving) is moved to it.
func (u *UI) storeChanged(c progress.Change) {
	if !c.Saving {
		u.changed(c)
		return
	}
	u.deps.Do(func() { u.changed(c) })
}

// changed follows a change of the store: the one way settings, ticks,
// another window's changes and failed saves reach the screens.
func (u *UI) changed(c progress.Change) {
	if c.Err != nil {
		u.saveFailed(c.Err)
	}
	if c.Saved && u.saveProblem {
		// saved again after a failed or busy save: that notice is over
		u.saveProblem = false
		u.setNotice(nil)
	}
	if c.Merged {
		// Another window saved changes that are now part of this one's.
		u.setNotice(func() string { return u.loc.T("notice.merged") })
	}
	if c.Settings {
		// the state now, with what the saver read in taken in (a notice
		// from the saver holds what the file holds)
		st := u.deps.Store.State()
		if u.lookOf(st) != u.look {
			u.rebuild(st) // which applies the theme, once
			return
		}
		u.applyTheme(st)
	}
	if u.holding {
		u.held = true
		return
	}
	u.refresh()
}

// act makes a change, then moves (nil: stays), and shows the screen once.
func (u *UI) act(change func(), move func()) {
	u.holding, u.held = true, false
	change()
	u.holding = false
	switch {
	case move != nil:
		move()
	case u.held:
		u.refresh()
	}
	u.held = false
}

// saveFailed is where a failed save becomes a notice: the one place that
// turns the store's errors into words.
func (u *UI) saveFailed(err error) {
	key := "notice.save_failed" // a full disk, say
	switch {
	case errors.Is(err, progress.ErrNewerOnDisk):
		u.setNotice(func() string { return problemText(u.loc, u.deps.Store) })
		return
	case errors.Is(err, progress.ErrBusy):
		key = "notice.busy" // another window holds the lock; tried again
	case progress.CannotWriteHere(err):
		key = "notice.save_denied" // a read-only disk, a folder it may not write in
	case errors.Is(err, progress.ErrLockUnusable):
		key = "notice.unwritable"
	}
	u.saveProblem = true
	u.setNotice(func() string { return u.loc.T(key) })
}

// lookOf is the language and text size st asks for: when either changes,
// the screens are built again. The language shown (from --lang, at first)
// stays until the language setting changes.
func (u *UI) lookOf(st progress.State) [2]string {
	tag := u.look[0]
	if st.Language != u.language {
		tag = u.deps.Catalog.Resolve("", st.Language, u.deps.System)
	}
	return [2]string{tag, st.TextSize}
}

// loadFonts has the toolkit load the fonts for these styles on another
// goroutine, and says when it is done. The first text the toolkit measures
// in a style costs it that style's fonts: the theme's, its fallbacks, and
// the system font it adds for the language, which the first time means
// looking through every font installed and writing an index of them to the
// cache folder. Done while the main thread opens the window, that no longer
// delays the first screen. One goroutine, and nothing else measuring text
// until it is done: the toolkit's text shaper is not safe to share. For a
// right-to-left language it also reads which characters each font has,
// which the paragraph layout (widgets/bidi.go) asks before it places a
// piece.
func loadFonts(d fyne.Driver, rtl bool, styles ...fyne.TextStyle) <-chan struct{} {
	done := make(chan struct{})
	size := theme.TextSize()
	go func() {
		defer close(done)
		for _, style := range styles {
			d.RenderedTextSize("Aa", size, style, nil)
			if rtl {
				widgets.Coverage(theme.Font(style))
			}
		}
	}()
	return done
}

// setNotice shows a notice above the screen (nil: none), worded again in
// each language.
func (u *UI) setNotice(words func() string) {
	u.noticeOf = words
	u.showNotice()
}

func (u *UI) showNotice() {
	if u.notice == nil {
		return
	}
	if u.noticeOf == nil {
		u.notice.Hide()
		return
	}
	u.noticeText.SetText(u.noticeOf())
	u.notice.Show()
}

// problemText says, in words a person understands, what is wrong with their
// saved progress ("" when nothing is).
func problemText(loc *lang.Localizer, store *progress.Store) string {
	switch store.Problem() {
	case progress.ProblemCorrupt:
		return loc.Tf("notice.corrupt", map[string]any{"Path": store.CorruptCopy()})
	case progress.ProblemPartial:
		return loc.Tf("notice.partial", map[string]any{"Path": store.CorruptCopy()})
	case progress.ProblemNewer:
		return loc.T("notice.newer")
	case progress.ProblemUnwritable:
		return loc.T("notice.unwritable")
	}
	return ""
}

// quickExitKeys is the shortcut for quick exit as the person's keyboard
// names it; empty on a phone.
func quickExitKeys() string {
	if fyne.CurrentDevice().IsMobile() {
		return ""
	}
	if runtime.GOOS == "darwin" {
		return "⌘Q"
	}
	return "Ctrl+Q"
}

// shortcut is a key the window answers wherever the focus is.
type shortcut struct {
	keys fyne.Shortcut
	do   func()
}

// shortcuts are quick exit and back.
func (u *UI) shortcuts() []shortcut {
	return []shortcut{
		{&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}, u.quit},
		{&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}, u.back},
	}
}

func (u *UI) addShortcuts() {
	c := u.Window.Canvas()
	for _, s := range u.shortcuts() {
		c.AddShortcut(s.keys, func(fyne.Shortcut) { s.do() })
	}
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == mobile.KeyBack { // the Android back key
			u.back()
		}
	})
}

// quitWait is the longest quick exit waits for a save under way.
const quitWait = 500 * time.Millisecond

// Quit ends Code Safety as Close does: main calls it when the system asks
// the program to end.
func (u *UI) Quit() { u.quit() }

// quit closes the app at once: it waits for what is being saved, but never
// more than half a second (another window may hold the lock; then the
// changes made meanwhile are lost, as the README says). Closing the window
// from its title bar does the same.
func (u *UI) quit() {
	u.deps.Store.FlushWithin(quitWait)
	u.deps.Quit()
}

func (u *UI) env() env {
	return env{loc: u.loc, store: u.deps.Store, nav: u, win: u.Window, clip: u.deps.App.Clipboard(), now: u.deps.Now,
		version: u.deps.Version, system: u.deps.System, openURL: u.deps.OpenURL}
}

// brk is the end of a sentence in the language, between the words a
// screen reader hears of a tile (". ", "। " in Hindi).
func (e env) brk() string { return e.loc.T("a11y.sentence_break") }

func (u *UI) top() *route { return u.stack[len(u.stack)-1] }

// open puts routes on top of the screen shown, the last on top; a route
// for the screen already on top is not opened twice.
func (u *UI) open(rs ...*route) {
	u.leave()
	for _, r := range rs {
		if !u.top().same(r) {
			u.stack = append(u.stack, r)
		}
	}
	u.show()
}

func (u *UI) back() {
	if len(u.stack) > 1 {
		u.leave()
		u.stack = u.stack[:len(u.stack)-1]
		u.show()
	}
}

// follow takes away the screens on top that the situation's answers led
// to (its questions and checklists), and opens where they lead now.
func (u *UI) follow(entry checklist.ScenarioID) {
	for len(u.stack) > 1 && u.top().from == entry {
		u.stack = u.stack[:len(u.stack)-1]
	}
	u.open(scenarioRoutes(u.deps.Store, entry)...)
}

// leave remembers where the person is on the screen on top.
func (u *UI) leave() {
	r := u.top()
	if r.built == nil {
		return
	}
	p := r.built.base()
	r.offset = p.scroll.Offset
	r.focus = ""
	focused := u.Window.Canvas().Focused()
	for _, ctl := range []*page{p, &u.bar} {
		for key, f := range ctl.controls {
			if f == focused && focused != nil {
				r.focus = key
			}
		}
	}
}

// applyTheme sets the theme for the person's colours and text size, and the
// script of the language on screen.
func (u *UI) applyTheme(st progress.State) {
	u.deps.App.Settings().SetTheme(newAppTheme(st.Theme, st.TextSize, u.loc.Tag()))
}

// rebuild builds the frame and the screen again, in the language and text
// size st asks for; what the person opened and where they are stay.
func (u *UI) rebuild(st progress.State) {
	if u.root != nil {
		u.leave()
	}
	u.look, u.language = u.lookOf(st), st.Language
	u.loc = u.deps.Catalog.Localizer(u.look[0])
	if u.root != nil {
		// The screens are built anew: a new theme need not lay out and
		// measure the old ones again first.
		u.Window.SetContent(layout.NewSpacer())
	}
	u.applyTheme(st) // the font follows the script
	for _, r := range u.stack {
		r.built = nil
	}
	u.buildFrame(st)
	u.show()
}

// show puts the screen on top of the stack in the frame, building it if
// need be, and brings it up to date.
func (u *UI) show() {
	u.updates++
	r := u.top()
	st := u.deps.Store.State()
	if shape := u.shapeOf(r, st); r.built == nil || shape != r.shape {
		r.built, r.shape = u.build(r), shape
	}
	r.built.update(st)
	p := r.built.base()
	if len(u.stack) == 1 {
		u.backBtn.Hide()
	} else {
		u.backBtn.Show()
	}
	u.showNotice()
	u.frame.Objects[1] = p.scroll
	u.reader = widgets.NewReaderLayer(u.frame)
	u.root.Objects[1] = u.reader.Box
	u.Window.SetContent(u.root) // and the focus is nobody's
	u.root.Refresh()            // lays the new body out, when the window kept its size
	p.scroll.ScrollToOffset(r.offset)
	u.restoreFocus(r, p)
}

// showFocused scrolls the screen so that the control with the keyboard
// focus is in view, with a line of room around it: a person who moves with
// Tab sees where they are.
func (u *UI) showFocused(o fyne.CanvasObject) {
	if u.restoring || len(u.stack) == 0 || u.top().built == nil {
		return // a screen shown again keeps where the person had scrolled
	}
	p := u.top().built.base()
	scroll, inside := p.scroll, false
	for _, f := range p.controls { // the screen's controls (not the bar's, nor a dialog's)
		inside = inside || any(f) == any(o)
	}
	if !inside {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(scroll.Content).Y
	// Its first 44 px are enough to see it: a tall step tapped where it
	// shows does not make the screen jump.
	room, view, h := theme.Padding()*4, scroll.Size().Height, min(o.Size().Height, widgets.MinTarget)
	switch off := scroll.Offset; {
	case y < off.Y:
		scroll.ScrollToOffset(fyne.NewPos(off.X, max(0, y-room)))
	case y+h > off.Y+view:
		scroll.ScrollToOffset(fyne.NewPos(off.X, y+h-view+room))
	}
}

func (u *UI) restoreFocus(r *route, p *page) {
	if r.focus == "" {
		return
	}
	u.restoring = true
	defer func() { u.restoring = false }()
	for _, ctl := range []*page{p, &u.bar} {
		if f, ok := ctl.controls[r.focus]; ok {
			u.Window.Canvas().Focus(f)
		}
	}
}

// refresh brings the screen on top up to date with the store, in place:
// what is open, the scroll and the focus stay as they are.
func (u *UI) refresh() {
	u.updates++
	r := u.top()
	u.showNotice()
	if st := u.deps.Store.State(); u.shapeOf(r, st) == r.shape {
		r.built.update(st)
		u.reader.Update()
		u.frame.Refresh()
		return
	}
	u.leave()
	r.built = nil
	u.updates-- // counted once, as this refresh
	u.show()
}

// build makes the screen for a route.
func (u *UI) build(r *route) screen {
	e := u.env()
	if r.open == nil { // what the person opens on it is kept here
		r.open = map[string]bool{}
	}
	switch r.kind {
	case triageRoute:
		return newTriageScreen(e, r)
	case checklistRoute:
		return newChecklistScreen(e, r)
	case explainRoute:
		return newExplainerScreen(e, r)
	case settingsRoute:
		return newSettingsScreen(e, r, u.deps.Catalog)
	case reportRoute:
		return newReportScreen(e, r, u.deps.System)
	}
	return newHomeScreen(e)
}

func (u *UI) shown(p *widget.PopUp) { u.reader.AddOverlay(p, u.Window.Canvas()) }

// buildFrame builds what is the same on every screen: the top bar (back,
// except at home; the app's name; text size, settings and quick exit,
// always in the same place) and the notice under it.
func (u *UI) buildFrame(st progress.State) {
	t, e := u.loc.T, u.env()
	exitText := t("nav.quick_exit")
	if keys := quickExitKeys(); keys != "" {
		exitText = u.loc.Tf("nav.quick_exit_keys", map[string]any{"Keys": keys})
	}
	// Neutral, and saying what it does: it closes the app. Nothing on the
	// screen competes with the warning's red.
	quickExit := widgets.NewButton(e.line(exitText), theme.CancelIcon(), t("a11y.quick_exit"), u.quit)
	u.settingsBtn = widgets.NewButton(e.line(t("nav.settings")), theme.SettingsIcon(), t("a11y.settings"),
		func() { u.open(&route{kind: settingsRoute}) })
	sizeA11y := u.loc.Tf("a11y.text_size", map[string]any{"Size": t("settings.text." + st.TextSize)})
	textSize := widgets.NewButton(e.line(t("nav.text_size")), nil, sizeA11y, func() { u.nextTextSize() })
	align, backIcon := fyne.TextAlignLeading, theme.NavigateBackIcon()
	if widgets.RightToLeft() { // the bar mirrored: back on the right, pointing right
		align, backIcon = fyne.TextAlignTrailing, theme.NavigateNextIcon()
	}
	name := widget.NewLabelWithStyle(t("app.name"), align, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	// An arrow alone, so the bar fits a phone with the largest text; a
	// screen reader says what it does. Hidden at home.
	u.backBtn = widgets.NewButton("", backIcon, t("a11y.back"), u.back)
	u.bar = page{}
	u.bar.control("bar:back", u.backBtn)
	u.bar.control("bar:text-size", textSize)
	u.bar.control("bar:settings", u.settingsBtn)
	u.bar.control("bar:quit", quickExit)
	// Narrower (a phone), the same controls worded shorter, so that the
	// bar is one row at every text size in every language: without the
	// name; "Aa" for the text size; "Close" without its keys; Settings as
	// its icon, which keeps its spoken name.
	short := t("nav.text_size_short")
	if widgets.RightToLeft() {
		// "Aa" has no letter of the Arabic font: alone, it took Fyne's
		// fallback font's line and sat high on the bar. The mark, which
		// the Arabic font has, gives it the same line as every other label.
		short = "\u200f" + short
	}
	textSizeShort := widgets.NewButton(short, nil, sizeA11y, func() { u.nextTextSize() })
	u.bar.control("bar:text-size-short", textSizeShort)
	quitShort := quickExit
	if exitText != t("nav.quick_exit") {
		quitShort = widgets.NewButton(e.line(t("nav.quick_exit")), theme.CancelIcon(), t("a11y.quick_exit"), u.quit)
		u.bar.control("bar:quit-short", quitShort)
	}
	settingsIcon := widgets.NewButton("", theme.SettingsIcon(), t("a11y.settings"), u.settingsBtn.OnTapped)
	u.bar.control("bar:settings-icon", settingsIcon)
	// (the theme of st is the app's already: rebuild applies it first)
	topBar := &widgets.TopBar{Name: name,
		NameWidth: fyne.MeasureText(name.Text, theme.TextSize(), name.TextStyle).Width + 2*theme.InnerPadding(),
		Forms: [][]fyne.CanvasObject{
			{name, textSize, u.settingsBtn, quickExit},
			{textSizeShort, u.settingsBtn, quickExit},
			{textSizeShort, u.settingsBtn, quitShort},
			{textSizeShort, settingsIcon, quitShort},
			{settingsIcon, quitShort},
		}}
	// In reading order, so Tab goes back, text size, settings, quick exit.
	objs := []fyne.CanvasObject{u.backBtn, name, textSize, textSizeShort, u.settingsBtn, settingsIcon, quickExit}
	if quitShort != quickExit {
		objs = append(objs, quitShort)
	}
	bar := container.New(topBar, objs...)
	// The bar grows with the text size, as the screens below do. The
	// reader layer speaks for the bar (Fyne's walk stops at a widget), so
	// that a question open over the window is heard alone.
	top := widgets.NewLayered(bar)
	u.notice = u.noticeBanner()
	head := container.NewVBox(top, u.notice, widget.NewSeparator())
	u.frame = widgets.Frame(topBar, func() []fyne.CanvasObject { return bar.Objects }, head, layout.NewSpacer())
	u.root = container.NewStack(u.frame, layout.NewSpacer())
}

// nextTextSize is the top bar's "Aa Text size": each tap the next size,
// normal, large, larger, then normal again.
func (u *UI) nextTextSize() {
	u.deps.Store.SetTextSize(progress.NextTextSize(u.deps.Store.State().TextSize))
}

// noticeBanner is where news about saved progress is shown until it is
// dismissed; hidden when there is none.
func (u *UI) noticeBanner() *fyne.Container {
	ok := widgets.NewButton(u.loc.T("dialog.ok"), nil, "", func() {
		u.setNotice(nil)
		u.frame.Refresh()
	})
	u.bar.control("notice:ok", ok)
	u.noticeText = widgets.Text("")
	// A problem that lasts (progress that cannot be saved) is also said in
	// Settings, under saved progress, after this is dismissed.
	// Neutral, with an information icon: it is news, not an action to take.
	icon := widgets.NewIcon(theme.InfoIcon(), "")
	banner := widgets.OnColor(theme.ColorNameInputBackground,
		widgets.Row(container.NewVBox(icon), nil, container.NewVBox(u.noticeText, widgets.Start(ok))))
	banner.Hide()
	return banner
}
