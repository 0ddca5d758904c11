package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
)

// explainerScreen answers "What does this mean?" briefly, then in more
// detail, in plain words (from what-it-means.txt, kept to what the sources
// back).
type explainerScreen struct{ page }

// explainerSources back the explainer's paragraphs.
var explainerSources = []checklist.SourceID{"W6", "A1", "W2", "W5", "W1", "W3", "A3"}

func newExplainerScreen(e env) *explainerScreen {
	t := e.loc.T
	objs := []fyne.CanvasObject{e.heading(t("explain.title")),
		e.subHeading(t("explain.brief_heading")), e.boldText(t("explain.brief")),
		e.subHeading(t("explain.detail_heading"))}
	for _, key := range []string{"explain.mistake", "explain.trick", "explain.takeover", "explain.messages", "explain.rule"} {
		objs = append(objs, e.text(t(key)))
	}
	objs = append(objs, e.subHeading(t("explain.next")), e.text(t("explain.if_shared")))
	objs = append(objs, widget.NewSeparator(), e.subHeading(t("step.sources")))
	for _, id := range explainerSources {
		objs = append(objs, sourceView(e, id))
	}
	return &explainerScreen{newPage(objs...)}
}

// refresh: nothing here depends on saved progress.
func (s *explainerScreen) refresh() bool { return true }
