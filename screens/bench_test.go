package screens

import (
	"testing"

	"codesafety/app/checklist"
)

// BenchmarkSwitchLanguage: from a checklist, open settings, choose the
// other language (English or Hindi) and go back: both screens are built
// again in the new language.
func BenchmarkSwitchLanguage(b *testing.B) {
	h := startIn(b, b.TempDir(), "en")
	h.openPath(b, checklist.Unrequested, checklist.PhoneAndroid) // the questions, then the phone
	langs := []string{"हिन्दी", "English"}
	i := 0
	for b.Loop() {
		tag := h.ui.loc.Tag()
		tap(b, h, h.t(tag, "a11y.settings"))
		tap(b, h, h.option(tag, "settings.language", langs[i%2], false))
		tap(b, h, h.t(h.ui.loc.Tag(), "a11y.back"))
		if k, _ := h.open(); k != checklistRoute {
			b.Fatal("not back on the checklist")
		}
		i++
	}
}
