package screens

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"codesafety/app/checklist"
)

// BenchmarkSwitchLanguage: from a checklist, open settings, choose the
// other language (English or Hindi) and go back: both screens are built
// again in the new language.
func BenchmarkSwitchLanguage(b *testing.B) {
	h := startIn(b, b.TempDir(), "en")
	test.Tap(h.ui.home.scenarios[checklist.Unrequested])
	test.Tap(h.ui.triage.answers[checklist.AnswerYes])
	langs := []string{"हिन्दी", "English"}
	i := 0
	for b.Loop() {
		h.ui.setup = nil
		h.ui.open(route{kind: settingsRoute})
		h.ui.setup.language.SetSelected(langs[i%2])
		h.ui.back()
		if h.ui.checklist == nil {
			b.Fatal("not back on the checklist")
		}
		i++
	}
}
