package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/progress"
	"codesafety/app/view"
	"codesafety/assets"
	"codesafety/screens/widgets"
)

// homeScreen answers "what do I do next?": the warning first, then the two
// situations people arrive with, then recovery and the explainer.
type homeScreen struct {
	page
	e     env
	tiles map[checklist.ScenarioID]*widgets.TileView
	wait  *widgets.Para // when a 7-day wait is running, when to try again
}

func newHomeScreen(e env) *homeScreen {
	h := &homeScreen{e: e, tiles: map[checklist.ScenarioID]*widgets.TileView{}}
	t := e.loc.T

	warning := widgets.NewPara(t("warning.never_share"), theme.SizeNameSubHeadingText, theme.ColorNameForegroundOnError, true)
	detail := widgets.NewPara(t("warning.never_share_detail"), theme.SizeNameText, theme.ColorNameForegroundOnError, false)
	icon := widgets.NewIcon(theme.WarningIcon(), theme.ColorNameForegroundOnError)
	banner := widgets.OnColor(theme.ColorNameError, widgets.Row(container.NewCenter(icon), nil,
		container.NewVBox(warning, detail)))

	objs := []fyne.CanvasObject{banner, widgets.SubHeading(t("home.heading"))}
	for _, id := range checklist.Entries() {
		h.tiles[id] = scenarioTile(e, id)
		h.control("scenario:"+string(id), h.tiles[id].Button)
		objs = append(objs, h.tiles[id].Object)
	}
	// A real button, second to the situations.
	explain := widgets.NewButton(t("home.explain"), theme.QuestionIcon(), "", func() { e.nav.open(&route{kind: explainRoute}) })
	explain.Importance = widget.MediumImportance
	h.control("explain", explain)

	h.wait = widgets.BoldText("")
	objs = append(objs, h.wait, widgets.Start(explain))
	if checklist.MayBeOutOfDate(e.now()) {
		// One calm line: the advice is old, not wrong.
		objs = append(objs, widgets.NewPara(e.loc.Tf(checklist.OutOfDateKey, map[string]any{"Date": checklist.SourcesChecked}), theme.SizeNameText, theme.ColorNamePlaceHolder, false))
	}
	h.page.fill(objs...)
	return h
}

// update shows how far the person got in each situation they answered,
// and the 7-day wait while it runs (view.HomeOf).
func (h *homeScreen) update(st progress.State) {
	v := view.HomeOf(st, h.e.loc, h.e.now())
	for _, tile := range v.Tiles {
		h.tiles[tile.ID].SetLines(tile.Lines, len(tile.Lines) > 1)
	}
	h.wait.SetText(v.Wait)
	show(h.wait, v.Wait != "")
}

// scenarioTile is a situation's large tile, which leads to its questions
// or its checklist, in its tone: calm in the primary colour, urgent as
// strong in the urgent colour (never the warning's red).
func scenarioTile(e env, id checklist.ScenarioID) *widgets.TileView {
	sc, _ := checklist.ScenarioByID(id)
	imp := widget.HighImportance
	if sc.Home != nil && sc.Home.Tone == checklist.ToneUrgent {
		imp = widget.WarningImportance
	}
	return widgets.Tile{Break: e.brk(), Title: e.loc.T(id.TitleKey()), Lines: []string{e.loc.T(id.SubtitleKey())}, Icon: scenarioIcon(id),
		Large: true, Arrow: true, Importance: imp,
		Tapped: func() { e.nav.follow(id) }}.Build()
}

// scenarioIcon draws the icon a situation's tile names (nil: none).
// (A function: Fyne's theme icons need the app, which package variables
// would ask for before it exists.)
func scenarioIcon(id checklist.ScenarioID) fyne.Resource {
	sc, _ := checklist.ScenarioByID(id)
	if sc.Home == nil {
		return nil
	}
	switch sc.Home.Icon {
	case checklist.IconMessage:
		return assets.MessageIcon
	case checklist.IconPerson:
		return theme.AccountIcon()
	case checklist.IconSignIn:
		return theme.LoginIcon()
	case checklist.IconSend:
		return theme.MailSendIcon()
	}
	return nil
}
