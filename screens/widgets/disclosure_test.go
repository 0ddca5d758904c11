package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

var moreLess = DisclosureText{Closed: "More", Open: "Less", A11yClosed: "More about: the step", A11yOpen: "Less about: the step"}

// A disclosure opens and closes its part when tapped and with Space or
// Enter, says which it will do (words, arrow and what a screen reader
// hears), and tells of each change once.
func TestDisclosure(t *testing.T) {
	body := widget.NewLabel("How to do it")
	var told []bool
	d := NewDisclosure(moreLess, body, false, func(open bool) { told = append(told, open) })
	w := window(t, false, d.Object, fyne.NewSize(360, 300))
	if d.Open() || body.Visible() || d.Button.Text != "More" || d.Button.AccessibilityLabel() != "More about: the step" ||
		d.Button.IconResource().Name() != theme.MenuDropDownIcon().Name() {
		t.Fatalf("closed: open %v, body shown %v, %q, %q", d.Open(), body.Visible(), d.Button.Text, d.Button.AccessibilityLabel())
	}
	test.Tap(d.Button)
	if !d.Open() || !body.Visible() || d.Button.Text != "Less" || d.Button.AccessibilityLabel() != "Less about: the step" ||
		d.Button.IconResource().Name() != theme.MenuDropUpIcon().Name() {
		t.Fatalf("opened: open %v, body shown %v, %q, %q", d.Open(), body.Visible(), d.Button.Text, d.Button.AccessibilityLabel())
	}
	w.Canvas().Focus(d.Button)
	press(t, w.Canvas(), fyne.KeySpace)
	if d.Open() || body.Visible() {
		t.Error("Space does not close it")
	}
	press(t, w.Canvas(), fyne.KeyReturn)
	if !d.Open() {
		t.Error("Enter does not open it")
	}
	d.SetOpen(true) // no change: not told
	if len(told) != 3 || !told[0] || told[1] || !told[2] {
		t.Errorf("told %v", told)
	}
}

// A long heading wraps under a narrow window, beside its arrow, which
// sits where the words start.
func TestDisclosureWordsWrap(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		long := DisclosureText{Closed: "Where this advice comes from, and when it was checked", Open: "Where this advice comes from, and when it was checked",
			A11yClosed: "More about: sources", A11yOpen: "Less about: sources"}
		d := NewDisclosure(long, widget.NewLabel("sources"), true, nil)
		window(t, rtl, d.Object, fyne.NewSize(200, 400))
		if d.words == nil || d.words.Size().Width > 200 || d.Button.Text != "" {
			t.Fatalf("rtl %v: the words do not wrap under the button", rtl)
		}
		icon, words := iconAndWords(t, d.Object, long.Closed)
		if err := sides(icon, words, rtl); err != nil {
			t.Errorf("rtl %v: %v", rtl, err)
		}
		test.Tap(d.Button)
		if d.icon.Resource().Name() != theme.MenuDropUpIcon().Name() || d.Button.AccessibilityLabel() != "Less about: sources" {
			t.Errorf("rtl %v: opened, the arrow or the label did not follow", rtl)
		}
	}
}
