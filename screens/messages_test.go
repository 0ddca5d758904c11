package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/screens/widgets"
)

// copyLabel is what a screen reader hears of a message's Copy button.
func (h *harness) copyLabel(tag string, k checklist.MessageKind) string {
	return h.tr(tag, "a11y.copy_message", map[string]any{"Title": h.t(tag, k.TitleKey())})
}

// Every checklist shows its messages, each with its title, its exact words
// and one Copy button, after the steps and before "Copy this checklist";
// Copy puts the message's words on the clipboard and nothing else: no
// ticks, no addresses, not another message.
func TestCopyingAMessageCopiesExactlyIt(t *testing.T) {
	for _, tag := range []string{"en", "ar"} {
		for _, sc := range checklist.Scenarios() {
			if len(sc.Messages) == 0 {
				t.Errorf("%s shows no message", sc.ID)
				continue
			}
			h := start(t, tag)
			entry, answers := pathTo(t, sc.ID)
			h.reach(t, entry, answers, checklist.PhoneAndroid)
			if k, id := h.open(); k != checklistRoute || id != sc.ID {
				t.Fatalf("%s: did not open", sc.ID)
			}
			if tag == "en" {
				h.tick(t, sc.Steps[0].ID) // a tick that must not be copied
			}
			find(t, h, roleText, h.t(tag, checklist.MessagesKey))
			copyAll := find(t, h, roleButton, h.t(tag, "checklist.copy"))
			for i, k := range sc.Messages {
				find(t, h, roleText, h.t(tag, k.TitleKey()))
				words := find(t, h, roleText, h.t(tag, k.TextKey()))
				btn := find(t, h, roleButton, h.copyLabel(tag, k)).(*widgets.Button)
				if btn.Text != h.t(tag, checklist.MessageCopyKey) {
					t.Errorf("%s/%s/%s: the button says %q", tag, sc.ID, k, btn.Text)
				}
				if above(btn, words) || above(copyAll, btn) {
					t.Errorf("%s/%s/%s: the button is not under the message, before Copy this checklist", tag, sc.ID, k)
				}
				h.ui.deps.App.Clipboard().SetContent("something else")
				if i == 0 && h.seen(h.t(tag, checklist.MessageCopiedKey)) != 0 {
					t.Errorf("%s/%s: says copied before anything was", tag, sc.ID)
				}
				tap(t, h, h.copyLabel(tag, k))
				if got, want := h.ui.deps.App.Clipboard().Content(), h.t(tag, k.TextKey()); got != want {
					t.Errorf("%s/%s/%s: copied %q, want exactly %q", tag, sc.ID, k, got, want)
				}
				if n := h.seen(h.t(tag, checklist.MessageCopiedKey)); n != 1 {
					t.Errorf("%s/%s/%s: says copied %d times, want once", tag, sc.ID, k, n)
				}
			}
			// "Copy this checklist" stays, and copies the checklist.
			tap(t, h, h.t(tag, "checklist.copy"))
			if got := h.ui.deps.App.Clipboard().Content(); got == h.t(tag, sc.Messages[len(sc.Messages)-1].TextKey()) {
				t.Errorf("%s/%s: Copy this checklist copies a message", tag, sc.ID)
			}
		}
	}
}

// seen is how many times words with that label are on screen.
func (h *harness) seen(words string) int {
	n := 0
	for _, o := range shown(h) {
		if o.(fyne.Accessible).AccessibilityRole() == roleText && label(o) == words {
			n++
		}
	}
	return n
}

// above reports whether a is drawn above b, on the canvas.
func above(a, b fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(a).Y < d.AbsolutePositionForObject(b).Y
}

// The fourth situation: a tile at home, after the locked-out one and like
// it, with its own icon; it asks nothing and opens its checklist, with
// its Right now steps, its messages and where to report it.
func TestAFriendsAccountOpensItsChecklist(t *testing.T) {
	h := start(t, "en")
	title := h.t("en", checklist.FriendTaken.TitleKey())
	tile := find(t, h, roleButton, title).(*widgets.Button)
	if want := title + ". " + h.t("en", checklist.FriendTaken.SubtitleKey()); label(tile) != want {
		t.Errorf("the tile says %q, want %q", label(tile), want)
	}
	locked := find(t, h, roleButton, h.t("en", checklist.Recover.TitleKey())).(*widgets.Button)
	if tile.Importance != locked.Importance || tile.Importance == widget.HighImportance {
		t.Error("the friend's tile is not like the locked-out one")
	}
	if above(tile, locked) {
		t.Error("the friend's tile comes before the locked-out one")
	}
	icons := map[string]checklist.ScenarioID{}
	for _, id := range checklist.Entries() {
		if icon := scenarioIcon(id); icon != nil {
			if other, ok := icons[icon.Name()]; ok {
				t.Errorf("%s has the icon of %s", id, other)
			}
			icons[icon.Name()] = id
		}
	}
	if scenarioIcon(checklist.FriendTaken) == nil {
		t.Error("the friend's tile has no icon")
	}

	h.scenario(t, checklist.FriendTaken)
	h.through(t, checklist.FriendTaken, nil, checklist.PhoneAndroid) // only the phone, if asked
	if k, id := h.open(); k != checklistRoute || id != checklist.FriendTaken {
		t.Fatalf("the tile opened %v %s, not its checklist", k, id)
	}
	sc, _ := checklist.ScenarioByID(checklist.FriendTaken)
	find(t, h, roleText, h.t("en", sc.ID.IntroKey()))
	for _, st := range sc.StepsIn(checklist.PhaseNow) {
		find(t, h, roleButton, h.stepLabel(st.ID, false))
	}
	for _, k := range sc.Messages {
		find(t, h, roleText, h.t("en", k.TextKey()))
		find(t, h, roleButton, h.copyLabel("en", k))
	}
	find(t, h, roleButton, h.t("en", "report.heading"))
	// Back goes home; the tile says what is left to do now.
	h.tick(t, sc.StepsIn(checklist.PhaseNow)[0].ID)
	tap(t, h, h.t("en", "a11y.back"))
	left := h.cat.Localizer("en").N(checklist.StandingActNow.HomeKey(), len(sc.StepsIn(checklist.PhaseNow))-1, nil)
	find(t, h, roleButton, title+". "+h.t("en", sc.ID.SubtitleKey())+". "+left)
}
