package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/assets"
)

// homeScreen answers "what do I do next?": the warning first, then the two
// situations people arrive with, then recovery and the explainer.
type homeScreen struct {
	content   fyne.CanvasObject
	warning   *para
	scenarios map[checklist.ScenarioID]*button
	tiles     map[checklist.ScenarioID]fyne.CanvasObject // the buttons with their words and icons
	hints     map[checklist.ScenarioID]string            // "3 of 9 done", empty until started
	explain   *button
}

func newHomeScreen(e env) *homeScreen {
	h := &homeScreen{scenarios: map[checklist.ScenarioID]*button{}, tiles: map[checklist.ScenarioID]fyne.CanvasObject{},
		hints: map[checklist.ScenarioID]string{}}
	t := e.loc.T

	h.warning = e.coloredText(t("warning.never_share"), theme.ColorNameForegroundOnError, theme.SizeNameSubHeadingText, true)
	detail := e.coloredText(t("warning.never_share_detail"), theme.ColorNameForegroundOnError, theme.SizeNameText, false)
	icon := widget.NewIcon(theme.NewColoredResource(theme.WarningIcon(), theme.ColorNameForegroundOnError))
	banner := onColor(theme.ColorNameError, e.row(container.NewCenter(icon), nil,
		container.NewVBox(h.warning, detail)))

	tiles := []fyne.CanvasObject{}
	for _, id := range []checklist.ScenarioID{checklist.Unrequested, checklist.Asked} {
		tiles = append(tiles, h.tile(e, id, widget.HighImportance))
	}
	recover := h.tile(e, checklist.Recover, widget.MediumImportance)
	h.explain = e.button(t("home.explain"), theme.QuestionIcon(), "", func() { e.nav.open(route{kind: explainRoute}) })
	h.explain.Importance = widget.LowImportance

	objs := []fyne.CanvasObject{banner, e.subHeading(t("home.heading"))}
	objs = append(objs, tiles...)
	objs = append(objs, widget.NewSeparator(), recover, h.explain)
	h.content = readingColumn(objs...)
	return h
}

// scenarioIcon is the icon of each of the two situations people arrive
// with: a message with a hidden code, and a person asking (nil: none).
// (A function: Fyne's theme icons need the app, which package variables
// would ask for before it exists.)
func scenarioIcon(id checklist.ScenarioID) fyne.Resource {
	switch id {
	case checklist.Unrequested:
		return assets.MessageIcon
	case checklist.Asked:
		return theme.AccountIcon()
	}
	return nil
}

// tile is a large button for one scenario: its icon, title and subtitle,
// and how far the person got.
func (h *homeScreen) tile(e env, id checklist.ScenarioID, imp widget.Importance) fyne.CanvasObject {
	sc, _ := checklist.ScenarioByID(id)
	t := tile{title: e.loc.T(id.TitleKey()), lines: []string{e.loc.T(id.SubtitleKey())}, icon: scenarioIcon(id),
		large: true, arrow: true, importance: imp, tapped: func() { openScenario(e, id) }}
	if c := e.store.Checklist(id); len(c.Done) > 0 || len(c.Answers) > 0 {
		h.hints[id] = e.loc.N("progress.count", c.DoneCount(sc), map[string]any{"Total": len(sc.Steps)})
		t.lines, t.boldLast = append(t.lines, h.hints[id]), true
	}
	b, obj := t.build(e)
	h.scenarios[id], h.tiles[id] = b, obj
	return obj
}

// openScenario asks the triage question if it has not been answered, and
// otherwise opens the checklist.
func openScenario(e env, id checklist.ScenarioID) {
	if _, ok := checklist.Triage(id, e.store.Checklist(id).Answers); !ok {
		e.nav.open(route{kind: triageRoute, scenario: id})
		return
	}
	e.nav.open(route{kind: checklistRoute, scenario: id})
}
