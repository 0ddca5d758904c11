package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/screens/widgets"
)

// The progress bar fills from where the words start: the left in English,
// the right in Arabic.
func TestProgressFillsFromTheReadingSide(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		h := start(t, lang)
		h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
		tap(t, h, h.stepLabelIn(lang, "sign-in-again", false))
		sc, _ := checklist.ScenarioByID(checklist.Recover)
		find(t, h, roleText, h.count(lang, checklist.Recover, 1))
		p := progressBar(t, h)
		x, w := p.Filled(fyne.NewSize(300, 20))
		if d := w - 300.0/float32(len(sc.ToDo())); d < -0.5 || d > 0.5 {
			t.Errorf("%s: fill %v wide for 1 of %d", lang, w, len(sc.ToDo()))
		}
		if start := map[string]float32{"en": 0, "ar": 300 - w}[lang]; x != start {
			t.Errorf("%s: fill starts at x=%v, want %v", lang, x, start)
		}
	}
}

// A button's icon sits where its words start: on the left in English, on
// the right in Arabic.
func TestButtonIconsSitWhereTheWordsStart(t *testing.T) {
	want := map[string]widget.ButtonIconPlacement{"en": widget.ButtonIconLeadingText, "ar": widget.ButtonIconTrailingText}
	for _, lang := range []string{"en", "ar"} {
		h := start(t, lang)
		placement := func(label string) widget.ButtonIconPlacement {
			return find(t, h, roleButton, label).(*widgets.Button).IconPlacement
		}
		if got := placement(h.t(lang, "home.explain")); got != want[lang] {
			t.Errorf("%s: the explainer button's icon placement is %v, want %v", lang, got, want[lang])
		}
		h.openPath(t, checklist.Unrequested, checklist.PhoneAndroid)
		sc, _ := checklist.ScenarioByID(checklist.Unrequested)
		for _, label := range []string{h.t(lang, "a11y.quick_exit"),
			h.t(lang, "checklist.change_answer") + ": " + h.t(lang, sc.Question.TextKey()),
			h.tr(lang, "a11y.more", map[string]any{"Title": h.t(lang, sc.Steps[0].TitleKey())}),
			h.t(lang, "checklist.copy"), h.t(lang, "checklist.start_over")} {
			if got := placement(label); got != want[lang] {
				t.Errorf("%s: the %s button's icon placement is %v, want %v", lang, label, got, want[lang])
			}
		}
	}
}

// Settings has every option of its three questions, each a radio button
// a screen reader hears with its question.
func TestEveryOptionInSettings(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		h := start(t, lang)
		tap(t, h, h.t(lang, "a11y.settings"))
		n := 0
		for _, o := range shown(h) {
			for _, q := range []string{"settings.language", "settings.theme", "settings.text_size"} {
				if strings.HasPrefix(label(o), h.t(lang, q)+": ") {
					n++
				}
			}
		}
		if want := len(h.cat.Languages()) + 1 + 3 + 3; n != want {
			t.Errorf("%s: %d options, want %d", lang, n, want)
		}
	}
}

// The questions asked before deleting progress or starting over read in
// the language's direction: in Arabic the title and words start on the
// right, and Cancel, read first, is on the right with the action on its
// left. The question is as wide as the window allows, up to a width read
// at a glance.
func TestQuestionsFollowTheLanguage(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		for _, size := range []fyne.Size{{Width: 800, Height: 600}, {Width: 360, Height: 640}} {
			h := start(t, lang)
			h.ui.Window.Resize(size)
			tap(t, h, h.t(lang, "a11y.settings"))
			tap(t, h, h.t(lang, "settings.delete"))
			var top *widget.PopUp
			if o := h.ui.Window.Canvas().Overlays().Top(); o != nil {
				walk(o, func(o fyne.CanvasObject) bool {
					if p, ok := o.(*widget.PopUp); ok {
						top = p
					}
					return top == nil
				})
			}
			if top == nil || !top.Visible() {
				t.Fatalf("%s: no question before deleting: %T", lang, h.ui.Window.Canvas().Overlays().Top())
			}
			no := find(t, h, roleButton, h.t(lang, "dialog.cancel"))
			yes := find(t, h, roleButton, h.t(lang, "settings.delete_confirm")).(*widgets.Button)
			at := fyne.CurrentApp().Driver().AbsolutePositionForObject
			if cancelFirst := at(no).X < at(yes).X; cancelFirst != (lang == "en") {
				t.Errorf("%s %v: Cancel at x=%v, Delete at x=%v", lang, size, at(no).X, at(yes).X)
			}
			walk(top, func(o fyne.CanvasObject) bool {
				if p, ok := o.(*widgets.Para); ok && p.RTL() != (lang == "ar") {
					t.Errorf("%s: %q is laid out with rtl=%v", lang, p.Text(), p.RTL())
				}
				return true
			})
			canvas := h.ui.Window.Canvas().Size()
			want := min(canvas.Width-4*theme.Padding(), widgets.MaxDialogWidth)
			if w := top.Content.Size().Width; w != want {
				t.Errorf("%s %v: the question is %v wide, want %v", lang, size, w, want)
			}
			if yes.Importance != widget.DangerImportance {
				t.Errorf("%s: the action is not shown as dangerous", lang)
			}
			test.Tap(no.(fyne.Tappable))
		}
	}
}
