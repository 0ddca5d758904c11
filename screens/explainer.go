package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/progress"
	"codesafety/screens/widgets"
)

// explainerScreen answers "What does this mean?" briefly, then in more
// detail, in plain words (from what-it-means.txt, kept to what the sources
// back), then the words used in the checklists, and where it all comes
// from.
type explainerScreen struct{ page }

func newExplainerScreen(e env, r *route) *explainerScreen {
	t := e.loc.T
	objs := []fyne.CanvasObject{widgets.Heading(t("explain.title")),
		widgets.SubHeading(t("explain.brief_heading")), widgets.BoldText(t("explain.brief")),
		widgets.SubHeading(t("explain.detail_heading"))}
	for _, p := range checklist.ExplainerDetail {
		objs = append(objs, widgets.Text(t(p.Key)))
	}
	objs = append(objs, widgets.SubHeading(t("explain.next")), widgets.Text(t("explain.if_shared")))
	objs = append(objs, widget.NewSeparator(), widgets.SubHeading(t("glossary.heading")))
	for _, term := range checklist.Terms() {
		objs = append(objs, widgets.BoldText(t(term.ID.NameKey())), widgets.Text(t(term.ID.ExplainKey())))
	}
	sources := container.NewVBox(widgets.Text(e.loc.Tf("explain.sources_checked", map[string]any{"Date": checklist.SourcesChecked})))
	for _, ref := range checklist.References(checklist.ExplainerSources...) {
		sources.Add(sourceLinks(e, t(ref.Name), ref.URLs, ref.Secondary, false))
	}
	x := &explainerScreen{}
	objs = append(objs, widget.NewSeparator(), sourcesFold(e, r, "sources", &x.page, sources))
	// A way on: the situations, as at home.
	objs = append(objs, widget.NewSeparator(), widgets.SubHeading(t("home.heading")))
	for _, id := range checklist.Entries() {
		tile := scenarioTile(e, id)
		x.control("scenario:"+string(id), tile.Button)
		objs = append(objs, tile.Object)
	}
	x.page.fill(objs...)
	return x
}

// update: nothing here depends on saved progress.
func (s *explainerScreen) update(progress.State) {}
