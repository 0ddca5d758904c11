package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/assets"
	"codesafety/screens/widgets"
)

// homeScreen answers "what do I do next?": the warning first, then the two
// situations people arrive with, then recovery and the explainer.
type homeScreen struct {
	page
	e     env
	tiles map[checklist.ScenarioID]*widgets.TileView
}

// homeScenarios are the scenarios home offers, in order: the two
// situations people arrive with, then recovery.
var homeScenarios = []checklist.ScenarioID{checklist.Unrequested, checklist.Asked, checklist.Recover}

func newHomeScreen(e env) *homeScreen {
	h := &homeScreen{e: e, tiles: map[checklist.ScenarioID]*widgets.TileView{}}
	t := e.loc.T

	warning := e.coloredText(t("warning.never_share"), theme.ColorNameForegroundOnError, theme.SizeNameSubHeadingText, true)
	detail := e.coloredText(t("warning.never_share_detail"), theme.ColorNameForegroundOnError, theme.SizeNameText, false)
	icon := widget.NewIcon(theme.NewColoredResource(theme.WarningIcon(), theme.ColorNameForegroundOnError))
	banner := widgets.OnColor(theme.ColorNameError, e.row(container.NewCenter(icon), nil,
		container.NewVBox(warning, detail)))

	for _, id := range homeScenarios {
		imp := widget.HighImportance
		if id == checklist.Recover {
			imp = widget.MediumImportance
		}
		h.tiles[id] = widgets.Tile{Title: t(id.TitleKey()), Lines: []string{t(id.SubtitleKey())}, Icon: scenarioIcon(id),
			Large: true, Arrow: true, Importance: imp,
			Tapped: func() { e.nav.open(scenarioRoutes(e.store, id)...) }}.Build(e.rtl())
		h.control("scenario:"+string(id), h.tiles[id].Button)
	}
	explain := e.button(t("home.explain"), theme.QuestionIcon(), "", func() { e.nav.open(&route{kind: explainRoute}) })
	explain.Importance = widget.LowImportance
	h.control("explain", explain)

	h.page = newPage(banner, e.subHeading(t("home.heading")),
		h.tiles[checklist.Unrequested].Object, h.tiles[checklist.Asked].Object,
		widget.NewSeparator(), h.tiles[checklist.Recover].Object, explain)
	return h
}

// refresh shows how far the person got in each scenario they started.
func (h *homeScreen) refresh() bool {
	e := h.e
	for id, tile := range h.tiles {
		lines := []string{e.loc.T(id.SubtitleKey())}
		if c := e.store.Checklist(id); len(c.Done) > 0 || len(c.Answers) > 0 {
			sc, _ := checklist.ScenarioByID(id)
			lines = append(lines, e.loc.N("progress.count", c.DoneCount(sc), map[string]any{"Total": len(sc.Steps)}))
		}
		tile.SetLines(lines, len(lines) > 1)
	}
	return true
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
