package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"codesafety/app/checklist"
	"codesafety/screens/widgets"
)

// What a person sees and a screen reader hears: controls and words found
// by their accessible role and label, never by the screens' own fields.

const (
	roleButton = fyne.AccessibleRoleButton
	roleText   = fyne.AccessibleRoleText
	roleLink   = fyne.AccessibleRoleLink
)

// shown is every visible accessible object in the window and the
// questions over it, in reading order (not the screen reader's stand-ins).
func shown(h *harness) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	roots := append([]fyne.CanvasObject{h.ui.Window.Canvas().Content()}, h.ui.Window.Canvas().Overlays().List()...)
	for _, root := range roots {
		walk(root, func(o fyne.CanvasObject) bool {
			if !o.Visible() || widgets.StandsFor(o) != nil {
				return false
			}
			if a, ok := o.(fyne.Accessible); ok && a.AccessibilityRole() != fyne.AccessibleRoleContainer {
				out = append(out, o)
				return false
			}
			return true
		})
	}
	return out
}

// progressBar is the checklist's progress bar (a picture: a screen reader
// hears the count beside it, not the bar).
func progressBar(t testing.TB, h *harness) *widgets.ProgressBar {
	t.Helper()
	var bar *widgets.ProgressBar
	walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widgets.ProgressBar); ok && o.Visible() {
			bar = b
		}
		return bar == nil
	})
	if bar == nil {
		t.Fatal("no progress bar on screen")
	}
	return bar
}

// lookFor is the visible object with that role whose label is label, or
// starts with it followed by the end of a sentence in the language on
// screen (a tile's title, with more words after: ". ", "। ", "۔ ").
func lookFor(h *harness, role fyne.AccessibleRole, label string) fyne.CanvasObject {
	for _, o := range shown(h) {
		a := o.(fyne.Accessible)
		if a.AccessibilityRole() != role {
			continue
		}
		if l := a.AccessibilityLabel(); l == label || strings.HasPrefix(l, label+h.t(h.tag(), "a11y.sentence_break")) {
			return o
		}
	}
	return nil
}

// find is lookFor that fails the test when nothing is found.
func find(t testing.TB, h *harness, role fyne.AccessibleRole, label string) fyne.CanvasObject {
	t.Helper()
	o := lookFor(h, role, label)
	if o == nil {
		var seen []string
		for _, o := range shown(h) {
			seen = append(seen, string(o.(fyne.Accessible).AccessibilityRole())+":"+o.(fyne.Accessible).AccessibilityLabel())
		}
		t.Fatalf("no %s %q on screen; there are %q", role, label, seen)
	}
	return o
}

// tap taps the button with that label.
func tap(t testing.TB, h *harness, label string) {
	t.Helper()
	press(find(t, h, roleButton, label).(fyne.Tappable))
}

// press taps a control where a person would: a step's check box on the
// box (a tap on its words opens its "how"), anything else anywhere.
func press(o fyne.Tappable) {
	if c, ok := o.(*widgets.StepCard); ok {
		test.TapAt(c, c.BoxCentre())
		return
	}
	test.Tap(o)
}

// sees reports whether words with that label are on screen.
func sees(h *harness, label string) bool { return lookFor(h, roleText, label) != nil }

// label of an accessible object.
func label(o fyne.CanvasObject) string { return o.(fyne.Accessible).AccessibilityLabel() }

// tr is a message in a language, with its placeholders.
func (h *harness) tr(tag, id string, data map[string]any) string {
	return h.cat.Localizer(tag).Tf(id, data)
}

// count is "n of total done" for a scenario, the total from its content.
func (h *harness) count(tag string, id checklist.ScenarioID, n int) string {
	sc, _ := checklist.ScenarioByID(id)
	return h.cat.Localizer(tag).N("progress.count", n, map[string]any{"Total": len(sc.ToDo())})
}

// stepLabel is what a screen reader hears of a step's card in English.
func (h *harness) stepLabel(step string, done bool) string { return h.stepLabelIn("en", step, done) }

// stepLabelIn is what a screen reader hears of a step's card: its title and
// whether it is done, then, while it is open, its summary.
func (h *harness) stepLabelIn(tag, step string, done bool) string {
	title := h.t(tag, "step."+step+".title")
	if done {
		return h.tr(tag, "a11y.step_done", map[string]any{"Title": title})
	}
	return h.tr(tag, "a11y.step_not_done", map[string]any{"Title": title}) + " " + h.t(tag, "step."+step+".summary")
}

// tick taps a step's check box, ticked or not.
func (h *harness) tick(t testing.TB, step string) { t.Helper(); h.tickIn(t, "en", step) }

// tickIn ticks or unticks a step on a screen in the language tag.
func (h *harness) tickIn(t testing.TB, tag, step string) {
	t.Helper()
	o := lookFor(h, roleButton, h.stepLabelIn(tag, step, false))
	if o == nil {
		o = find(t, h, roleButton, h.stepLabelIn(tag, step, true))
	}
	press(o.(fyne.Tappable))
}

// ticked reports whether a step shows as done.
func (h *harness) ticked(step string) bool { return h.tickedIn("en", step) }

// tickedIn reports whether a step shows as done, on a screen in tag.
func (h *harness) tickedIn(tag, step string) bool {
	return lookFor(h, roleButton, h.stepLabelIn(tag, step, true)) != nil
}

// more is a step's "More" (or "Less") button.
func (h *harness) more(t testing.TB, step string) *widgets.Button {
	t.Helper()
	title := map[string]any{"Title": h.t("en", "step."+step+".title")}
	if o := lookFor(h, roleButton, h.tr("en", "a11y.less", title)); o != nil {
		return o.(*widgets.Button)
	}
	return find(t, h, roleButton, h.tr("en", "a11y.more", title)).(*widgets.Button)
}

// open says which screen is shown: its kind and scenario.
func (h *harness) open() (routeKind, checklist.ScenarioID) {
	r := h.ui.top()
	return r.kind, r.scenario
}

// scenario taps a scenario's tile at home.
func (h *harness) scenario(t testing.TB, id checklist.ScenarioID) {
	tap(t, h, h.t("en", id.TitleKey()))
}

// answer taps an answer to the triage question on screen.
func (h *harness) answer(t testing.TB, id checklist.ScenarioID, answer string) {
	t.Helper()
	sc, _ := checklist.ScenarioByID(id)
	tap(t, h, h.t("en", sc.Question.AnswerKey(answer)))
}

// press sends a keyboard shortcut, as the window does when the keys are
// pressed.
func (h *harness) press(t testing.TB, s fyne.Shortcut) {
	t.Helper()
	for _, sc := range h.ui.shortcuts() {
		if sc.keys.ShortcutName() == s.ShortcutName() {
			sc.do()
			return
		}
	}
	t.Fatalf("no shortcut %s", s.ShortcutName())
}

// notice is the notice above the screen, "" when there is none.
func (h *harness) notice() string {
	for _, o := range shown(h) {
		if o == fyne.CanvasObject(h.ui.noticeText) {
			return label(o)
		}
	}
	return ""
}

// scrolled is the screen's scroll.
func (h *harness) scroll() fyne.CanvasObject { return h.ui.top().built.base().scroll }

// tag is the language on screen.
func (h *harness) tag() string { return h.ui.loc.Tag() }

// through answers the questions on screen, one screen at a time, as a
// person would: each situation's question with its answer in answers; then,
// on the checklist, the phone question in a step's how with phone (if it
// is asked there, and phone is not "").
func (h *harness) through(t testing.TB, entry checklist.ScenarioID, answers map[string]string, phone string) {
	t.Helper()
	tag := h.tag()
	for range 10 {
		switch k, _ := h.open(); k {
		case triageRoute:
			q, _ := checklist.Next(entry, h.store.Checklist(entry).Answers)
			if q == nil {
				t.Fatalf("%s: a question screen with no question left", entry)
			}
			find(t, h, roleText, h.t(tag, q.TextKey()))
			a, ok := answers[q.ID]
			if !ok {
				t.Fatalf("%s: asked %s, which the test does not answer", entry, q.ID)
			}
			tap(t, h, h.t(tag, q.AnswerKey(a)))
		case checklistRoute:
			h.answerPhone(t, phone)
			return
		default:
			return
		}
	}
	t.Fatalf("%s: the questions never end", entry)
}

// answerPhone answers the phone question on the checklist shown, in the
// how of its first step with a menu path (opening it), if it is asked.
func (h *harness) answerPhone(t testing.TB, phone string) {
	t.Helper()
	_, id := h.open()
	sc, _ := checklist.ScenarioByID(id)
	if phone == "" || h.store.State().Phone != "" {
		return
	}
	for _, st := range sc.Steps {
		if st.Menu == "" || st.Phase == checklist.PhaseLater {
			continue
		}
		tag := h.tag()
		less := h.tr(tag, "a11y.less", map[string]any{"Title": h.t(tag, st.TitleKey())})
		wasOpen := lookFor(h, roleButton, less) != nil
		h.openHow(t, st.ID)
		tap(t, h, h.t(tag, checklist.PhoneQuestion.AnswerKey(phone)))
		if !wasOpen { // as it was
			tap(t, h, less)
		}
		return
	}
}

// reach opens a situation at home and answers its questions.
func (h *harness) reach(t testing.TB, entry checklist.ScenarioID, answers map[string]string, phone string) {
	t.Helper()
	tap(t, h, h.t(h.tag(), entry.TitleKey()))
	h.through(t, entry, answers, phone)
}

// pathTo is a situation and the answers that lead first to a checklist,
// from the content.
func pathTo(t testing.TB, id checklist.ScenarioID) (checklist.ScenarioID, map[string]string) {
	t.Helper()
	for _, entry := range checklist.Entries() {
		for _, answers := range checklist.Combinations(entry) {
			if _, plan := checklist.Next(entry, answers); plan.First() == id {
				return entry, answers
			}
		}
	}
	t.Fatalf("no answers lead to %s", id)
	return "", nil
}

// openPath opens a checklist as a person gets there: at home, through the
// questions (the phone question answered with phone).
func (h *harness) openPath(t testing.TB, id checklist.ScenarioID, phone string) {
	t.Helper()
	entry, answers := pathTo(t, id)
	h.reach(t, entry, answers, phone)
	if k, got := h.open(); k != checklistRoute || got != id {
		t.Fatalf("the answers %v did not open %s", answers, id)
	}
}

// openLater opens "When you have time" on the checklist shown, if closed.
func (h *harness) openLater(t testing.TB) {
	t.Helper()
	title := map[string]any{"Title": h.t(h.tag(), checklist.PhaseLater.TitleKey())}
	if lookFor(h, roleButton, h.tr(h.tag(), "a11y.less", title)) == nil {
		tap(t, h, h.tr(h.tag(), "a11y.more", title))
	}
}

// how is a step's how-text as shown for a phone.
func (h *harness) how(tag string, st checklist.Step, phone string) string {
	return st.How(h.cat.Localizer(tag), phone)
}

// openHow opens a step's "how" (its details) if it is closed; a step to do
// right now shows it open.
func (h *harness) openHow(t testing.TB, step string) {
	t.Helper()
	tag := h.tag()
	if o := lookFor(h, roleButton, h.tr(tag, "a11y.more", map[string]any{"Title": h.t(tag, "step."+step+".title")})); o != nil {
		test.Tap(o.(fyne.Tappable))
	}
	if lookFor(h, roleButton, h.tr(tag, "a11y.less", map[string]any{"Title": h.t(tag, "step."+step+".title")})) == nil {
		t.Fatalf("the details of %s do not open", step)
	}
}

// inStep is what is shown of one step: its card and what is under it.
func (h *harness) inStep(t testing.TB, step string) []fyne.CanvasObject {
	t.Helper()
	card := h.stepCard(t, step)
	var view *fyne.Container
	walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
		c, ok := o.(*fyne.Container)
		if ok && widgets.BackgroundOf(c) != "" {
			inside := false
			walk(c, func(x fyne.CanvasObject) bool {
				inside = inside || x == fyne.CanvasObject(card)
				return !inside
			})
			if inside {
				view = c // the innermost coloured box holding the card: its StepView
			}
		}
		return true
	})
	if view == nil {
		t.Fatalf("no card around step %s", step)
	}
	var out []fyne.CanvasObject
	for _, o := range shown(h) {
		walk(view, func(x fyne.CanvasObject) bool {
			if x == o {
				out = append(out, o)
			}
			return x != o
		})
	}
	return out
}

// openSources opens every "Where this advice comes from" on screen.
func (h *harness) openSources(t testing.TB) {
	t.Helper()
	tag := h.tag()
	more := h.tr(tag, "a11y.more", map[string]any{"Title": h.t(tag, "step.sources")})
	for range 100 {
		o := lookFor(h, roleButton, more)
		if o == nil {
			return
		}
		test.Tap(o.(fyne.Tappable))
	}
	t.Fatal("a \"Where this advice comes from\" does not open")
}
