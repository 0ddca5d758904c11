// Package screens is Code Safety's Fyne user interface: one file per
// screen, each built from what it needs, plus the window's frame (top bar,
// quick exit, navigation) in this file.
package screens

import (
	"errors"
	"runtime"

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
}

type routeKind int

const (
	homeRoute routeKind = iota
	triageRoute
	checklistRoute
	explainRoute
	settingsRoute
)

// route is one screen in the navigation stack. For a checklist opened by
// triage, from is the scenario that sent the person there first.
type route struct {
	kind     routeKind
	scenario checklist.ScenarioID
	from     checklist.ScenarioID
	urgent   bool
}

// env is what every screen gets: the words, the saved progress and the way
// to move between screens.
type env struct {
	loc   *lang.Localizer
	store *progress.Store
	nav   navigator
	win   fyne.Window
	clip  fyne.Clipboard
}

// navigator moves between screens, and hears of a question shown over one.
type navigator interface {
	open(route)
	back()
	answered(scenario checklist.ScenarioID)
	restart(scenario checklist.ScenarioID)
	languageChanged()
	appearanceChanged()
	shown(p *widget.PopUp) // a question is over the screen
}

// UI is the window and what it shows.
type UI struct {
	Window   fyne.Window
	deps     Deps
	loc      *lang.Localizer
	stack    []route
	notice   string        // a message about saved progress, shown until dismissed
	noticeOf func() string // words it again in the current language

	// What is on screen now, for tests.
	quickExit *button
	backBtn   *button
	settings  *button
	home      *homeScreen
	triage    *triageScreen
	checklist *checklistScreen
	explainer *explainerScreen
	setup     *settingsScreen
	reader    *readerLayer // what a screen reader is told of them
}

// New builds the window and shows the home screen.
func New(d Deps) *UI {
	if d.Quit == nil {
		d.Quit = d.App.Quit
	}
	if d.Do == nil {
		d.Do = fyne.Do
	}
	u := &UI{deps: d, stack: []route{{kind: homeRoute}}}
	u.loc = d.Catalog.Localizer(d.Catalog.Resolve(d.Lang, d.Store.State().Language, d.System))
	u.applyAppearance() // the theme first: its fonts are the ones to load
	fontsLoaded := loadFonts(d.App.Driver(), u.env().rtl(), fyne.TextStyle{}, fyne.TextStyle{Bold: true})
	u.Window = d.App.NewWindow(u.loc.T("app.name"))
	<-fontsLoaded // before anything on this goroutine measures text
	// 600 high, so the whole window fits a 1366×768 laptop screen, and a
	// 1024×768 one, with the title bar and the taskbar; 800 wide holds the
	// reading column.
	u.Window.Resize(fyne.NewSize(800, 600))
	if u.problemNotice() != "" {
		u.setNotice(u.problemNotice)
	}
	d.Store.OnChange(func(c progress.Change) {
		switch {
		case c.Err != nil:
			d.Do(func() {
				if errors.Is(c.Err, progress.ErrNewerOnDisk) {
					u.setNotice(u.problemNotice)
				} else {
					u.setNotice(func() string { return u.loc.T("notice.save_failed") })
				}
				u.render()
			})
		case c.Merged:
			// Another window saved changes that are now part of this one's.
			d.Do(func() {
				u.setNotice(func() string { return u.loc.T("notice.merged") })
				u.render()
			})
		}
	})
	u.addShortcuts()
	u.render()
	return u
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
// which the paragraph layout (bidi.go) asks before it places a piece.
func loadFonts(d fyne.Driver, rtl bool, styles ...fyne.TextStyle) <-chan struct{} {
	done := make(chan struct{})
	size := theme.TextSize()
	go func() {
		defer close(done)
		for _, style := range styles {
			d.RenderedTextSize("Aa", size, style, nil)
			if rtl {
				coverage(theme.Font(style))
			}
		}
	}()
	return done
}

func (u *UI) problemNotice() string { return problemText(u.loc, u.deps.Store) }

// setNotice shows a notice above the screen (nil: none).
func (u *UI) setNotice(words func() string) {
	u.notice, u.noticeOf = "", words
	if words != nil {
		u.notice = words()
	}
}

// problemText says, in words a person understands, what is wrong with their
// saved progress ("" when nothing is).
func problemText(loc *lang.Localizer, store *progress.Store) string {
	switch store.Problem() {
	case progress.ProblemCorrupt:
		return loc.Tf("notice.corrupt", map[string]any{"Path": store.CorruptCopy()})
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

func (u *UI) addShortcuts() {
	c := u.Window.Canvas()
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { u.quit() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt},
		func(fyne.Shortcut) { u.back() })
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == mobile.KeyBack { // the Android back key
			u.back()
		}
	})
}

// quit closes the app at once, once what is being saved is on disk.
func (u *UI) quit() {
	u.deps.Store.Flush()
	u.deps.Quit()
}

func (u *UI) env() env {
	return env{loc: u.loc, store: u.deps.Store, nav: u, win: u.Window, clip: u.deps.App.Clipboard()}
}

func (u *UI) open(r route) {
	u.stack = append(u.stack, r)
	u.render()
}

func (u *UI) back() {
	if len(u.stack) > 1 {
		u.stack = u.stack[:len(u.stack)-1]
		u.render()
	}
}

// answered is called when a triage question was answered: the triage
// screen gives way to the scenario's checklist and, when the answer says
// so, the recovery checklist opens on top of it.
func (u *UI) answered(id checklist.ScenarioID) {
	plan, ok := checklist.Triage(id, u.deps.Store.Checklist(id).Answers)
	if !ok {
		return
	}
	u.stack = u.stack[:len(u.stack)-1]
	if top := u.stack[len(u.stack)-1]; top.kind != checklistRoute || top.scenario != id {
		u.stack = append(u.stack, route{kind: checklistRoute, scenario: id})
	}
	if first := plan.First(); first != id {
		u.stack = append(u.stack, route{kind: checklistRoute, scenario: first, from: id, urgent: plan.Urgent})
	}
	u.render()
}

// restart is called when a checklist was started over: its answer is
// gone, so the question is asked again.
func (u *UI) restart(id checklist.ScenarioID) {
	u.stack = u.stack[:len(u.stack)-1]
	openScenario(u.env(), id)
}

func (u *UI) languageChanged() {
	st := u.deps.Store.State()
	u.loc = u.deps.Catalog.Localizer(u.deps.Catalog.Resolve("", st.Language, u.deps.System))
	u.setNotice(u.noticeOf)
	u.applyAppearance() // the font follows the script
	u.render()
}

func (u *UI) appearanceChanged() { u.applyAppearance() }

func (u *UI) applyAppearance() {
	st := u.deps.Store.State()
	u.deps.App.Settings().SetTheme(newAppTheme(st.Theme, st.TextSize, lang.Script(u.loc.Tag())))
}

// render shows the screen on top of the stack, in the current language.
func (u *UI) render() {
	r := u.stack[len(u.stack)-1]
	u.home, u.triage, u.checklist, u.explainer, u.setup = nil, nil, nil, nil, nil
	e := u.env()
	var body fyne.CanvasObject
	switch r.kind {
	case homeRoute:
		u.home = newHomeScreen(e)
		body = u.home.content
	case triageRoute:
		u.triage = newTriageScreen(e, r.scenario)
		body = u.triage.content
	case checklistRoute:
		u.checklist = newChecklistScreen(e, r)
		body = u.checklist.content
	case explainRoute:
		u.explainer = newExplainerScreen(e)
		body = u.explainer.content
	case settingsRoute:
		u.setup = newSettingsScreen(e, u.deps.Catalog)
		body = u.setup.content
	}
	top := u.topBar(r)
	// The top bar first, so Tab moves in reading order.
	frame := container.New(layout.NewBorderLayout(top, nil, nil, nil), top, body)
	u.reader = newReaderLayer(frame)
	u.Window.SetContent(container.NewStack(frame, u.reader.box))
}

func (u *UI) shown(p *widget.PopUp) { u.reader.addOverlay(p, u.Window.Canvas()) }

// topBar is the same on every screen: back (except at home), the app's
// name, settings and quick exit, always in the same place.
func (u *UI) topBar(r route) fyne.CanvasObject {
	t := u.loc.T
	exitText := t("nav.quick_exit")
	if keys := quickExitKeys(); keys != "" {
		exitText = u.loc.Tf("nav.quick_exit_keys", map[string]any{"Keys": keys})
	}
	e := u.env()
	u.quickExit = e.button(e.line(exitText), theme.LogoutIcon(), t("a11y.quick_exit"), u.quit)
	u.quickExit.Importance = widget.DangerImportance
	u.settings = newButton("", theme.SettingsIcon(), t("a11y.settings"), func() { u.open(route{kind: settingsRoute}) })
	if r.kind == settingsRoute {
		u.settings.Disable()
	}
	var right fyne.CanvasObject = container.NewHBox(u.settings, u.quickExit)
	align, backIcon := fyne.TextAlignLeading, theme.NavigateBackIcon()
	if e.rtl() { // the bar mirrored: back on the right, pointing right
		align, backIcon = fyne.TextAlignTrailing, theme.NavigateNextIcon()
	}
	name := widget.NewLabelWithStyle(t("app.name"), align, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	// Objects in reading order, so Tab goes back, settings, quick exit.
	objs := []fyne.CanvasObject{name, right}
	var left fyne.CanvasObject
	u.backBtn = nil
	if len(u.stack) > 1 {
		// An arrow alone, so the bar fits a phone with the largest text; a
		// screen reader says what it does.
		u.backBtn = newButton("", backIcon, t("a11y.back"), u.back)
		left = u.backBtn
		objs = append([]fyne.CanvasObject{left}, objs...)
	}
	if e.rtl() {
		left, right = right, left
	}
	bar := container.New(layout.NewBorderLayout(nil, nil, left, right), objs...)
	// The bar keeps the normal text size, so it fits a phone in every
	// language at the largest text; the screens below scale.
	st := u.deps.Store.State()
	var top fyne.CanvasObject = bar
	if st.TextSize != progress.TextNormal { // (an override costs its own fonts at start)
		top = container.NewThemeOverride(bar, newAppTheme(st.Theme, progress.TextNormal, lang.Script(u.loc.Tag())))
	}
	items := []fyne.CanvasObject{top}
	if u.notice != "" {
		items = append(items, u.noticeBanner())
	}
	items = append(items, widget.NewSeparator())
	return container.NewVBox(items...)
}

func (u *UI) noticeBanner() fyne.CanvasObject {
	ok := newButton(u.loc.T("dialog.ok"), nil, "", func() {
		u.setNotice(nil)
		u.render()
	})
	// A problem that lasts (progress that cannot be saved) is also said in
	// Settings, under saved progress, after this is dismissed.
	// Neutral, with an information icon: it is news, not an action to take.
	icon := widget.NewIcon(theme.InfoIcon())
	return onColor(theme.ColorNameInputBackground,
		u.env().row(container.NewCenter(icon), container.NewCenter(ok), u.env().text(u.notice)))
}
