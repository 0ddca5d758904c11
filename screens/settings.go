package screens

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/assets"
	"codesafety/screens/widgets"
)

// settingsScreen holds the language, colours and text size, the button that
// deletes saved progress, and "about": version, privacy and sources. A
// choice only changes the store: the window follows the store.
type settingsScreen struct {
	page
	e        env
	language *widgets.Choice
	theme    *widgets.Choice
	textSize *widgets.Choice
	phone    *widgets.Choice
	status   *widgets.Para // what happened to the saved progress

	langTags  map[string]string // option shown -> tag ("" follows the system)
	themes    map[string]string // saved value -> option shown
	textSizes map[string]string
	phones    map[string]string
	deleted   string // what happened when the person deleted their progress
}

func newSettingsScreen(e env, r *route, cat *lang.Catalog) *settingsScreen {
	t := e.loc.T
	s := &settingsScreen{e: e, langTags: map[string]string{}}

	// Language: each by its own name, so anyone can find theirs.
	system := t("settings.language_system")
	s.langTags[system] = ""
	var opts []languageOption
	opts = append(opts, languageOption{name: system})
	for _, l := range cat.Languages() {
		opts = append(opts, languageOption{name: l.Name, typeface: lang.Typeface(l.Tag)})
		s.langTags[l.Name] = l.Tag
	}
	s.language = languageList(e, t("settings.language"), opts, func(name string) {
		e.store.SetLanguage(s.langTags[name])
	})
	s.theme, s.themes = enumChoice(e, t("settings.theme"), "settings.theme.",
		[]string{progress.ThemeSystem, progress.ThemeLight, progress.ThemeDark}, e.store.SetTheme)
	s.textSize, s.textSizes = enumChoice(e, t("settings.text_size"), "settings.text.",
		progress.TextSizes(), e.store.SetTextSize)
	s.phone, s.phones = enumChoice(e, t("settings.phone"), "question.phone.answer.", checklist.Phones(), e.store.SetPhone)
	for name, c := range map[string]*widgets.Choice{"language": s.language, "theme": s.theme, "text-size": s.textSize, "phone": s.phone} {
		for i, f := range c.Focusables() {
			s.control(fmt.Sprintf("%s:%d", name, i), f)
		}
	}

	s.status = widgets.Text("")
	del := widgets.Tile{Break: e.brk(), Title: t("settings.delete"), Icon: theme.DeleteIcon(),
		Importance: widget.DangerImportance, Tapped: s.confirmDelete}.Build()
	s.control("delete", del.Button)

	// Text size first: what someone who cannot read the screen well
	// comes here for.
	objs := []fyne.CanvasObject{widgets.Heading(t("settings.title")),
		widgets.SubHeading(t("settings.text_size")), s.textSize.Box,
		widgets.SubHeading(t("settings.language")), s.language.Box,
		widgets.SubHeading(t("settings.theme")), s.theme.Box,
		widgets.SubHeading(t("settings.phone")), s.phone.Box, reportButton(e, &s.page, "report"),
		widgets.SubHeading(t("settings.progress")), s.status, del.Object,
		widget.NewSeparator(),
		widgets.SubHeading(t("about.heading")),
		widgets.Text(e.loc.Tf("about.version", map[string]any{"Version": e.version})),
		widgets.BoldText(t("about.privacy")),
		widgets.Text(t("about.never_asks")),
		widgets.Text(t("about.data")),
	}
	path := widget.NewLabel(e.store.Path())
	path.Wrapping, path.Selectable = fyne.TextWrapBreak, true
	// Every source, folded as under each step: about thirty links, which
	// made Settings slow to build again at each change of language.
	sources := e.loc.Tf("about.sources", map[string]any{"Date": checklist.SourcesChecked})
	objs = append(objs, path, disclosure(e, r, &s.page, "sources", sources, false, true, container.NewVBox(aboutSources(e)...)).Object)
	s.page.fill(objs...)
	return s
}

// refresh shows the settings saved, and what is wrong with saving.
func (s *settingsScreen) update(st progress.State) {
	for name, tag := range s.langTags {
		if tag == st.Language {
			s.language.Show(name)
		}
	}
	s.theme.Show(s.themes[st.Theme])
	s.textSize.Show(s.textSizes[st.TextSize])
	s.phone.Show(s.phones[st.Phone]) // none chosen until asked
	status := s.deleted
	if status == "" {
		status = progressStatus(s.e)
	}
	s.status.SetText(status)
	if status == "" {
		s.status.Hide()
	} else {
		s.status.Show()
	}
}

// enumChoice is a choice among saved values, shown in words; it returns
// the words shown for each value.
func enumChoice(e env, title, keyPrefix string, values []string, changed func(string)) (*widgets.Choice, map[string]string) {
	value, shown := map[string]string{}, map[string]string{}
	var options []string
	for _, v := range values {
		w := e.loc.T(keyPrefix + v)
		value[w], shown[v] = v, w
		options = append(options, w)
	}
	return widgets.NewChoice(options, "", func(o string) fyne.CanvasObject { return widgets.Text(o) },
		optionLabel(e, title), func(w string) { changed(value[w]) }), shown
}

// optionLabel is what a screen reader hears of an option of a setting.
func optionLabel(e env, title string) func(option string, chosen bool) string {
	return func(option string, chosen bool) string {
		key := "a11y.option_not_chosen"
		if chosen {
			key = "a11y.option_chosen"
		}
		return e.loc.Tf(key, map[string]any{"Setting": title, "Option": option})
	}
}

// progressStatus says why progress is not being saved, while that lasts.
func progressStatus(e env) string {
	if !e.store.ReadOnly() {
		return ""
	}
	return problemText(e.loc, e.store)
}

func (s *settingsScreen) confirmDelete() {
	e, t := s.e, s.e.loc.T
	e.confirm(t("settings.delete_title"), t("settings.delete_message"), t("settings.delete_confirm"),
		theme.DeleteIcon(), func() {
			s.deleted = t("settings.deleted")
			if err := e.store.DeleteProgress(); err != nil {
				s.deleted = e.loc.Tf("settings.delete_failed", map[string]any{"Path": e.store.Path()})
			}
			s.update(e.store.State())
		}).Show()
}

// aboutSources lists every source once: several facts come from the same
// Help Center page, which is listed the first time only.
func aboutSources(e env) []fyne.CanvasObject {
	var ids []checklist.SourceID
	for _, src := range checklist.Sources() {
		ids = append(ids, src.ID)
	}
	var objs []fyne.CanvasObject
	for _, ref := range checklist.References(ids...) {
		objs = append(objs, sourceLinks(e, e.loc.T(ref.Name), ref.URLs, ref.Secondary, false))
	}
	return objs
}

// languageOption is one language in the list: its name in itself, and the
// typeface that name is written in (lang.Typeface).
type languageOption struct{ name, typeface string }

// languageList is the choice of language, each by its own name and drawn
// in its own script's font: "हिन्दी" and "العربية" must show on a bare
// machine whatever language the app is in, or the people who need them
// could not find them. Each name is drawn in its script's font alone, so
// its line is as tall as that font and the circle sits level with it.
func languageList(e env, title string, opts []languageOption, changed func(string)) *widgets.Choice {
	names := make([]string, len(opts))
	fonts := map[string]fyne.Resource{}
	for i, o := range opts {
		names[i] = o.name
		if o.typeface != "" {
			// the letters of the names alone (assets.NameFont): Settings is
			// built again at each change of language, and Fyne then reads
			// every font it draws with again
			fonts[o.name] = assets.NameFont(o.typeface)
		}
	}
	return widgets.NewChoice(names, "", func(name string) fyne.CanvasObject {
		if f := fonts[name]; f != nil {
			return newNameText(name, f)
		}
		return widgets.Text(name) // "Same as this device", in the language on screen
	}, optionLabel(e, title), changed)
}

// nameText is one line in a given font, the size and colour of text in
// the theme; it starts where the words start.
type nameText struct {
	widget.BaseWidget
	text *canvas.Text
}

func newNameText(s string, font fyne.Resource) *nameText {
	t := &nameText{text: canvas.NewText(s, nil)}
	t.text.FontSource = font
	if widgets.RightToLeft() {
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
