package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app"
)

// homeScreen answers "what do I do next?": the warning first, then the two
// situations people arrive with, then recovery and the explainer.
type homeScreen struct {
	content   fyne.CanvasObject
	warning   *widget.RichText
	scenarios map[app.ScenarioID]*button
	hints     map[app.ScenarioID]string // "3 of 9 done", empty until started
	explain   *button
}

func newHomeScreen(e env) *homeScreen {
	h := &homeScreen{scenarios: map[app.ScenarioID]*button{}, hints: map[app.ScenarioID]string{}}
	t := e.loc.T

	h.warning = coloredText(t("warning.never_share"), theme.ColorNameForegroundOnError, theme.SizeNameSubHeadingText, true)
	detail := coloredText(t("warning.never_share_detail"), theme.ColorNameForegroundOnError, theme.SizeNameText, false)
	icon := widget.NewIcon(theme.NewColoredResource(theme.WarningIcon(), theme.ColorNameForegroundOnError))
	banner := onColor(theme.ColorNameError, container.NewBorder(nil, nil, container.NewCenter(icon), nil,
		container.NewVBox(h.warning, detail)))

	tiles := []fyne.CanvasObject{}
	for _, id := range []app.ScenarioID{app.Unrequested, app.Asked} {
		tiles = append(tiles, h.tile(e, id, widget.HighImportance))
	}
	recover := h.tile(e, app.Recover, widget.MediumImportance)
	h.explain = newButton(t("home.explain"), theme.QuestionIcon(), "", func() { e.nav.open(route{kind: explainRoute}) })
	h.explain.Importance = widget.LowImportance

	objs := []fyne.CanvasObject{banner, subHeading(t("home.heading"))}
	objs = append(objs, tiles...)
	objs = append(objs, widget.NewSeparator(), recover, h.explain)
	h.content = readingColumn(objs...)
	return h
}

// tile is a large button for one scenario: an icon, its title and subtitle,
// and how far the person got. The words are laid over a button without
// text, so they wrap on a narrow screen.
func (h *homeScreen) tile(e env, id app.ScenarioID, imp widget.Importance) fyne.CanvasObject {
	sc, _ := app.ScenarioByID(id)
	title, sub := e.loc.T(id.TitleKey()), e.loc.T(id.SubtitleKey())
	hint := ""
	if c := e.store.Checklist(id); len(c.Done) > 0 || len(c.Answers) > 0 {
		hint = e.loc.N("progress.count", c.DoneCount(sc), map[string]any{"Total": len(sc.Steps)})
	}
	a11y := title + ". " + sub
	if hint != "" {
		a11y += " " + hint
	}
	b := newButton("", nil, a11y, func() { openScenario(e, id) })
	b.Importance = imp
	h.scenarios[id] = b

	fg, icon := theme.ColorNameForeground, theme.NavigateNextIcon()
	if imp == widget.HighImportance {
		fg = theme.ColorNameForegroundOnPrimary
	}
	h.hints[id] = hint
	words := container.NewVBox(
		coloredText(title, fg, theme.SizeNameSubHeadingText, true),
		coloredText(sub, fg, theme.SizeNameText, false))
	if hint != "" {
		words.Add(coloredText(hint, fg, theme.SizeNameText, true))
	}
	arrow := widget.NewIcon(theme.NewColoredResource(icon, fg))
	return container.NewStack(b, container.NewPadded(container.NewBorder(nil, nil, nil, container.NewCenter(arrow), words)))
}

// openScenario asks the triage question if it has not been answered, and
// otherwise opens the checklist.
func openScenario(e env, id app.ScenarioID) {
	if _, ok := app.Triage(id, e.store.Checklist(id).Answers); !ok {
		e.nav.open(route{kind: triageRoute, scenario: id})
		return
	}
	e.nav.open(route{kind: checklistRoute, scenario: id})
}
