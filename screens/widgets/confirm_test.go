package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// deleteQuestion is the question asked before deleting progress.
func deleteQuestion(rtl bool) Question {
	return Question{Title: "Delete your progress?", Message: "Every tick on every checklist will be gone.",
		Cancel: "Cancel", Action: "Delete", Icon: theme.DeleteIcon()}
}

// asked shows the question in a window and returns it, the window and how
// many times the action ran.
func asked(t *testing.T, rtl bool, size fyne.Size) (*Confirm, fyne.Window, *int) {
	t.Helper()
	w := window(t, rtl, widget.NewLabel("the screen below"), size)
	done := new(int)
	c := NewConfirm(w.Canvas(), deleteQuestion(rtl), func() { *done++ }, nil)
	c.Show()
	return c, w, done
}

// buttonOnTop is the button heard as label in the question over the
// window.
func buttonOnTop(t *testing.T, w fyne.Window, label string) *Button {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil || !top.Visible() {
		t.Fatalf("no question over the window, looking for %q", label)
	}
	var found *Button
	drawn(top, func(o fyne.CanvasObject, _ fyne.Position) {
		if b, ok := o.(*Button); ok && b.AccessibilityLabel() == label && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q in the question", label)
	}
	return found
}

// The keyboard starts on Cancel, so Escape, Enter or Space there answer
// the question and change nothing; Escape on the action is Cancel too.
func TestConfirmStartsOnCancel(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace} {
		c, w, done := asked(t, false, fyne.NewSize(800, 600))
		if f := w.Canvas().Focused(); f != fyne.Focusable(buttonOnTop(t, w, "Cancel")) {
			t.Fatalf("the keyboard starts on %T, not on Cancel", f)
		}
		press(t, w.Canvas(), key)
		if c.Visible() || *done != 0 {
			t.Errorf("%s on Cancel: the question is still there: %v; the action ran %d times", key, c.Visible(), *done)
		}
	}
	c, w, done := asked(t, false, fyne.NewSize(800, 600))
	w.Canvas().Focus(buttonOnTop(t, w, "Delete"))
	press(t, w.Canvas(), fyne.KeyEscape)
	if c.Visible() || *done != 0 {
		t.Errorf("Escape on the action: the question is still there: %v; the action ran %d times", c.Visible(), *done)
	}
}

// Choosing the action, by tap or with Enter, answers the question and runs
// it once; it is shown as dangerous.
func TestConfirmAction(t *testing.T) {
	c, w, done := asked(t, false, fyne.NewSize(800, 600))
	yes := buttonOnTop(t, w, "Delete")
	if yes.Importance != widget.DangerImportance {
		t.Errorf("the action's importance is %v, want danger", yes.Importance)
	}
	yes.Tapped(&fyne.PointEvent{})
	if c.Visible() || *done != 1 {
		t.Errorf("after a tap on Delete: question shown %v, action ran %d times; want hidden, once", c.Visible(), *done)
	}
	c.Show()
	w.Canvas().Focus(buttonOnTop(t, w, "Delete"))
	press(t, w.Canvas(), fyne.KeyReturn)
	if c.Visible() || *done != 2 {
		t.Errorf("after Enter on Delete: question shown %v, action ran %d times in all; want hidden, twice", c.Visible(), *done)
	}
}

// The question reads in the language's direction: Cancel, read first, on
// the left in a left-to-right language and on the right in a right-to-left
// one; its words are laid out in that direction; it is as wide as the
// window allows, up to a width read at a glance.
func TestConfirmFollowsTheLanguage(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		for _, size := range []fyne.Size{{Width: 800, Height: 600}, {Width: 360, Height: 640}} {
			c, w, _ := asked(t, rtl, size)
			top := w.Canvas().Overlays().Top()
			no, _ := boxOf(top, buttonOnTop(t, w, "Cancel"))
			yes, _ := boxOf(top, buttonOnTop(t, w, "Delete"))
			cancelFirst := no.right <= yes.left // Cancel wholly on the left
			if rtl {
				cancelFirst = yes.right <= no.left // wholly on the right
			}
			if !cancelFirst {
				t.Errorf("rtl=%v %v: Cancel from x=%v to %v, Delete from %v to %v", rtl, size, no.left, no.right, yes.left, yes.right)
			}
			paras := 0
			drawn(top, func(o fyne.CanvasObject, _ fyne.Position) {
				if p, ok := o.(*Para); ok {
					paras++
					if p.RTL() != rtl {
						t.Errorf("rtl=%v: %q is laid out with rtl=%v", rtl, p.Text(), p.RTL())
					}
				}
			})
			if paras != 2 {
				t.Errorf("rtl=%v: %d paragraphs in the question, want the title and the message", rtl, paras)
			}
			want := min(w.Canvas().Size().Width-4*theme.Padding(), MaxDialogWidth)
			if got := c.popup.Content.Size().Width; !near(got, want) {
				t.Errorf("rtl=%v %v: the question is %v wide, want %v", rtl, size, got, want)
			}
		}
	}
}
