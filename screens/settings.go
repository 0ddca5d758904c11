package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/cli"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/assets"
)

// settingsScreen holds the language, colours and text size, the button that
// deletes saved progress, and "about": version, privacy and sources.
type settingsScreen struct {
	content  fyne.CanvasObject
	title    *para
	language *choice
	theme    *choice
	textSize *choice
	delete   *button
	status   *para    // what happened to the saved progress
	dialog   *confirm // the question before deleting

	langTags map[string]string // option shown -> tag ("" follows the system)
}

func newSettingsScreen(e env, cat *lang.Catalog) *settingsScreen {
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
		opts = append(opts, languageOption{name: l.Name, script: lang.Script(l.Tag)})
		s.langTags[l.Name] = l.Tag
		if l.Tag == st.Language {
			selected = l.Name
		}
	}
	s.language = languageList(e, t("settings.language"), opts, selected, func(name string) {
		e.store.SetLanguage(s.langTags[name])
		e.nav.languageChanged()
	})

	s.theme = s.enumChoice(e, t("settings.theme"), "settings.theme.",
		[]string{progress.ThemeSystem, progress.ThemeLight, progress.ThemeDark}, st.Theme, func(v string) {
			e.store.SetTheme(v)
			e.nav.appearanceChanged()
		})
	s.textSize = s.enumChoice(e, t("settings.text_size"), "settings.text.",
		[]string{progress.TextNormal, progress.TextLarge, progress.TextLarger}, st.TextSize, func(v string) {
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
		e.subHeading(t("settings.theme")), s.theme.box,
		e.subHeading(t("settings.text_size")), s.textSize.box,
		e.subHeading(t("settings.progress")), s.status, deleteTile,
		widget.NewSeparator(),
		e.subHeading(t("about.heading")),
		e.text(e.loc.Tf("about.version", map[string]any{"Version": cli.Version})),
		e.boldText(t("about.privacy")),
		e.text(t("about.never_asks")),
		e.text(t("about.data")),
	}
	path := widget.NewLabel(e.store.Path())
	path.Wrapping, path.Selectable = fyne.TextWrapBreak, true
	objs = append(objs, path, e.subHeading(e.loc.Tf("about.sources", map[string]any{"Date": checklist.SourcesChecked})))
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
	return e.choice(title, options, e.loc.T(keyPrefix+current), func(w string) { changed(words[w]) })
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
	s.dialog = e.confirm(t("settings.delete_title"), t("settings.delete_message"), t("settings.delete_confirm"),
		theme.DeleteIcon(), func() {
			s.status.Show()
			if err := e.store.DeleteProgress(); err != nil {
				s.status.SetText(e.loc.Tf("settings.delete_failed", map[string]any{"Path": e.store.Path()}))
				return
			}
			s.status.SetText(t("settings.deleted"))
		})
	s.dialog.show()
}

// aboutSources lists every source once: several facts come from the same
// Help Center page, which is listed the first time only.
func aboutSources(e env) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	seen := map[string]bool{}
	for _, src := range checklist.Sources() {
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

// languageList is the choice of language, each by its own name and drawn
// in its own script's font: "हिन्दी" and "العربية" must show on a bare
// machine whatever language the app is in, or the people who need them
// could not find them. Each name is drawn in its script's font alone, so
// its line is as tall as that font and the circle sits level with it.
func languageList(e env, title string, opts []languageOption, selected string, changed func(string)) *choice {
	names := make([]string, len(opts))
	fonts := map[string]fyne.Resource{}
	for i, o := range opts {
		names[i] = o.name
		if f, shipped := assets.Fonts[o.script]; shipped {
			fonts[o.name] = f.Regular
		} else if o.script != "" {
			fonts[o.name] = theme.DefaultTextFont() // Latin and Cyrillic
		}
	}
	return e.choiceDrawn(title, names, selected, changed, func(name string) fyne.CanvasObject {
		if f, ok := fonts[name]; ok {
			return newNameText(name, f, e.rtl())
		}
		return e.text(name) // "Same as this device", in the language on screen
	})
}

// nameText is one line in a given font, the size and colour of text in
// the theme; it starts where the words start.
type nameText struct {
	widget.BaseWidget
	text *canvas.Text
}

func newNameText(s string, font fyne.Resource, rtl bool) *nameText {
	t := &nameText{text: canvas.NewText(s, nil)}
	t.text.FontSource = font
	if rtl {
		t.text.Alignment = fyne.TextAlignTrailing
	}
	t.ExtendBaseWidget(t)
	return t
}

func (t *nameText) CreateRenderer() fyne.WidgetRenderer {
	r := &nameTextRenderer{t: t}
	r.Refresh()
	return r
}

type nameTextRenderer struct{ t *nameText }

func (r *nameTextRenderer) Layout(s fyne.Size) {
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, r.t)
	r.t.text.Move(fyne.NewPos(pad, 0))
	r.t.text.Resize(fyne.NewSize(s.Width-2*pad, s.Height))
}

func (r *nameTextRenderer) MinSize() fyne.Size {
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, r.t)
	return r.t.text.MinSize().AddWidthHeight(2*pad, 2*pad)
}

func (r *nameTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.text} }
func (r *nameTextRenderer) Destroy()                     {}

func (r *nameTextRenderer) Refresh() {
	r.t.text.TextSize = theme.SizeForWidget(theme.SizeNameText, r.t)
	r.t.text.Color = theme.ColorForWidget(theme.ColorNameForeground, r.t)
	r.t.text.Refresh()
}
