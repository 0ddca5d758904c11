package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app"
	"codesafety/assets"
)

// settingsScreen holds the language, colours and text size, the button that
// deletes saved progress, and "about": version, privacy and sources.
type settingsScreen struct {
	content  fyne.CanvasObject
	title    *para
	language *languageList
	theme    *choice
	textSize *choice
	delete   *button
	status   *para // what happened to the saved progress
	dialog   dialog.Dialog

	langTags map[string]string // option shown -> tag ("" follows the system)
}

func newSettingsScreen(e env, cat *app.Catalog) *settingsScreen {
	t := e.loc.T
	st := e.store.State()
	s := &settingsScreen{title: e.heading(t("settings.title")), langTags: map[string]string{}}

	// Language: each by its own name, so anyone can find theirs.
	system := t("settings.language_system")
	s.langTags[system] = ""
	selected := system
	var opts []languageOption
	opts = append(opts, languageOption{name: system})
	for _, l := range cat.Languages() {
		opts = append(opts, languageOption{name: l.Name, script: app.Script(l.Tag)})
		s.langTags[l.Name] = l.Tag
		if l.Tag == st.Language {
			selected = l.Name
		}
	}
	s.language = newLanguageList(e, t("settings.language"), opts, selected, func(name string) {
		e.store.SetLanguage(s.langTags[name])
		e.nav.languageChanged()
	})

	s.theme = s.enumChoice(e, t("settings.theme"), "settings.theme.",
		[]string{app.ThemeSystem, app.ThemeLight, app.ThemeDark}, st.Theme, func(v string) {
			e.store.SetTheme(v)
			e.nav.appearanceChanged()
		})
	s.textSize = s.enumChoice(e, t("settings.text_size"), "settings.text.",
		[]string{app.TextNormal, app.TextLarge, app.TextLarger}, st.TextSize, func(v string) {
			e.store.SetTextSize(v)
			e.nav.appearanceChanged()
		})

	s.status = e.text(progressStatus(e))
	if s.status.Text() == "" {
		s.status.Hide()
	}
	var deleteTile fyne.CanvasObject
	s.delete, deleteTile = tile{title: t("settings.delete"), icon: theme.DeleteIcon(),
		importance: widget.DangerImportance, tapped: func() { s.confirmDelete(e) }}.build(e)

	objs := []fyne.CanvasObject{s.title,
		e.subHeading(t("settings.language")), s.language.box,
		e.subHeading(t("settings.theme")), e.start(s.theme),
		e.subHeading(t("settings.text_size")), e.start(s.textSize),
		e.subHeading(t("settings.progress")), s.status, deleteTile,
		widget.NewSeparator(),
		e.subHeading(t("about.heading")),
		e.text(e.loc.Tf("about.version", map[string]any{"Version": app.Version})),
		e.boldText(t("about.privacy")),
		e.text(t("about.never_asks")),
		e.text(t("about.data")),
	}
	path := widget.NewLabel(e.store.Path())
	path.Wrapping, path.Selectable = fyne.TextWrapBreak, true
	objs = append(objs, path, e.subHeading(e.loc.Tf("about.sources", map[string]any{"Date": app.SourcesChecked})))
	objs = append(objs, aboutSources(e)...)
	s.content = readingColumn(objs...)
	return s
}

// enumChoice is a choice among saved values, shown in words.
func (s *settingsScreen) enumChoice(e env, title, keyPrefix string, values []string, current string, changed func(string)) *choice {
	words := map[string]string{}
	var options []string
	for _, v := range values {
		w := e.loc.T(keyPrefix + v)
		words[w] = v
		options = append(options, w)
	}
	return newChoice(title, options, e.loc.T(keyPrefix+current), func(w string) { changed(words[w]) })
}

// progressStatus says why progress is not being saved, while that lasts.
func progressStatus(e env) string {
	if !e.store.ReadOnly() {
		return ""
	}
	return problemText(e.loc, e.store)
}

func (s *settingsScreen) confirmDelete(e env) {
	t := e.loc.T
	s.dialog = dialog.NewCustomConfirm(t("settings.delete_title"), t("settings.delete_confirm"), t("dialog.cancel"),
		e.text(t("settings.delete_message")), func(ok bool) {
			if !ok {
				return
			}
			s.status.Show()
			if err := e.store.DeleteProgress(); err != nil {
				s.status.SetText(e.loc.Tf("settings.delete_failed", map[string]any{"Path": e.store.Path()}))
				return
			}
			s.status.SetText(t("settings.deleted"))
		}, e.win)
	s.dialog.Show()
}

// aboutSources lists every source once: several facts come from the same
// Help Center page, which is listed the first time only.
func aboutSources(e env) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	seen := map[string]bool{}
	for _, src := range app.Sources() {
		var urls []string
		for _, u := range src.URLs {
			if !seen[u] {
				seen[u] = true
				urls = append(urls, u)
			}
		}
		if len(urls) == 0 && len(src.URLs) > 0 {
			continue
		}
		objs = append(objs, sourceLinks(e, e.loc.T(src.NameKey()), urls, src.Secondary))
	}
	return objs
}

// languageOption is one language in the list: its name in itself, and the
// script that name is written in.
type languageOption struct{ name, script string }

// languageList is the list of languages, one radio button each, so that each
// name can be drawn in its own script's font: "हिन्दी" and "العربية" must
// show on a bare machine whatever language the app is in, or the people who
// need them could not find them.
type languageList struct {
	box      *fyne.Container
	options  []*choice // one radio group of one option per language
	Selected string
	changed  func(string)
}

func newLanguageList(e env, title string, opts []languageOption, selected string, changed func(string)) *languageList {
	l := &languageList{box: container.NewVBox(), Selected: selected, changed: changed}
	st := e.store.State()
	here := app.Script(e.loc.Tag())
	for _, o := range opts {
		c := newChoice(title, []string{o.name}, "", nil) // Required: a tap cannot untick it
		if o.name == selected {
			c.Selected = o.name
		}
		name := o.name
		c.OnChanged = func(string) { l.SetSelected(name) }
		l.options = append(l.options, c)
		var row fyne.CanvasObject = c
		if _, shipped := assets.Fonts[o.script]; shipped && o.script != here {
			row = container.NewThemeOverride(c, newAppTheme(st.Theme, st.TextSize, o.script))
		}
		l.box.Add(e.start(row))
	}
	return l
}

// SetSelected chooses a language by its name, as a tap on it does.
func (l *languageList) SetSelected(name string) {
	if name == l.Selected {
		return
	}
	l.Selected = name
	for _, c := range l.options {
		want := ""
		if c.Options[0] == name {
			want = name
		}
		if c.Selected != want { // set directly: OnChanged is for taps
			c.Selected = want
			c.Refresh()
		}
	}
	l.changed(name)
}
