package widgets

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A button calls back when tapped, with Space and with Enter (on either
// Enter key), and not at all when disabled.
func TestButtonPresses(t *testing.T) {
	n := 0
	b := NewButton("Copy", theme.ContentCopyIcon(), "", func() { n++ })
	w := window(t, false, container.NewCenter(b), fyne.NewSize(300, 200))
	test.Tap(b)
	if n != 1 {
		t.Fatalf("a tap called back %d times, want once", n)
	}
	w.Canvas().Focus(b)
	for i, key := range []fyne.KeyName{fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter} {
		press(t, w.Canvas(), key)
		if n != i+2 {
			t.Errorf("after %s the button was pressed %d times in all, want %d", key, n, i+2)
			n = i + 2
		}
		// The focus stays: the next Tab goes on from here (Fyne's own
		// button lets it go when Space presses it).
		if w.Canvas().Focused() != b {
			t.Fatalf("after %s the button no longer has the keyboard focus", key)
		}
	}
	w.Canvas().Focus(b)
	press(t, w.Canvas(), fyne.KeyTab) // not a key that presses
	b.Disable()
	test.Tap(b)
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // a disabled button takes no focus
	if n != 4 {
		t.Errorf("a disabled button or another key pressed the button: %d presses, want 4", n)
	}
}

// Escape does what the button is told to do on Escape, and presses
// nothing.
func TestButtonEscape(t *testing.T) {
	pressed, escaped := 0, 0
	b := NewButton("Delete", nil, "", func() { pressed++ })
	w := window(t, false, container.NewCenter(b), fyne.NewSize(300, 200))
	w.Canvas().Focus(b)
	press(t, w.Canvas(), fyne.KeyEscape) // no Escape: nothing happens
	b.Escape = func() { escaped++ }
	press(t, w.Canvas(), fyne.KeyEscape)
	if pressed != 0 || escaped != 1 {
		t.Errorf("Escape pressed the button %d times and escaped %d times, want 0 and 1", pressed, escaped)
	}
}

// A screen reader hears a button's words, or what it is told to say
// instead, as a button.
func TestButtonLabel(t *testing.T) {
	for _, c := range []struct{ text, a11y, want string }{
		{"Copy", "", "Copy"},
		{"", "Quick exit", "Quick exit"},
		{"More", "More about never sharing the code", "More about never sharing the code"},
	} {
		b := NewButton(c.text, theme.InfoIcon(), c.a11y, nil)
		var a fyne.Accessible = b
		if got := a.AccessibilityLabel(); got != c.want {
			t.Errorf("button %q, %q: heard as %q, want %q", c.text, c.a11y, got, c.want)
		}
		if r := a.AccessibilityRole(); r != fyne.AccessibleRoleButton {
			t.Errorf("button %q: role %q, want a button", c.text, r)
		}
	}
}

// iconAndWords are where the only image and the text reading words are
// drawn in root.
func iconAndWords(t *testing.T, root fyne.CanvasObject, words string) (icon, text box) {
	t.Helper()
	icons, texts, paras := 0, 0, 0
	var para box
	drawn(root, func(o fyne.CanvasObject, at fyne.Position) {
		b := box{at.X, at.Y, at.X + o.Size().Width, at.Y + o.Size().Height}
		switch x := o.(type) {
		case *Icon:
			if x.Resource() != nil && !o.Size().IsZero() {
				icon, icons = b, icons+1
			}
		case *canvas.Text:
			if x.Text == words {
				text, texts = b, texts+1
			}
		case *Para:
			if x.Text() == words {
				para, paras = b, paras+1
			}
		}
	})
	if paras > 0 { // the paragraph, not the text it draws
		text, texts = para, paras
	}
	if icons != 1 || texts != 1 {
		t.Fatalf("%d icons and %d texts %q drawn, want one of each", icons, texts, words)
	}
	return icon, text
}

// sides checks that the icon is before the words as they read: on their
// left in a left-to-right language, on their right in a right-to-left one.
func sides(icon, text box, rtl bool) error {
	if !rtl && icon.right > text.left {
		return fmt.Errorf("left to right: icon from x=%v to %v, words from %v: the icon is not on the left", icon.left, icon.right, text.left)
	}
	if rtl && icon.left < text.right {
		return fmt.Errorf("right to left: icon from x=%v to %v, words end at %v: the icon is not on the right", icon.left, icon.right, text.right)
	}
	return nil
}

// A button's icon sits where its words start: left of them in a
// left-to-right language, right of them in a right-to-left one.
func TestButtonIconSitsWhereTheWordsStart(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		b := NewButton("Start over", theme.ViewRefreshIcon(), "", nil)
		window(t, rtl, container.NewCenter(b), fyne.NewSize(300, 200))
		icon, text := iconAndWords(t, b, "Start over")
		if err := sides(icon, text, rtl); err != nil {
			t.Error(err)
		}
	}
}

// A tile calls back when tapped, and a screen reader hears all its words,
// the new ones after they change, as one button.
func TestTile(t *testing.T) {
	n := 0
	tile := Tile{Title: "Someone asked for my code", Lines: []string{"Secure the account", "0 of 9 done"},
		BoldLast: true, Icon: theme.WarningIcon(), Arrow: true, Tapped: func() { n++ }}
	v := tile.Build()
	window(t, false, v.Object, fyne.NewSize(360, 300))
	test.Tap(v.Button)
	if n != 1 {
		t.Errorf("a tap on the tile called back %d times, want once", n)
	}
	want := "Someone asked for my code. Secure the account. 0 of 9 done"
	if got := v.Button.AccessibilityLabel(); got != want || tile.Label() != want {
		t.Errorf("the tile is heard as %q (label %q), want %q", got, tile.Label(), want)
	}
	if r := v.Button.AccessibilityRole(); r != fyne.AccessibleRoleButton {
		t.Errorf("the tile's role is %q, want a button", r)
	}
	v.SetLines([]string{"Secure the account", "3 of 9 done"}, true)
	if got, want := v.Button.AccessibilityLabel(), "Someone asked for my code. Secure the account. 3 of 9 done"; got != want {
		t.Errorf("after its lines changed the tile is heard as %q, want %q", got, want)
	}
	var seen []string
	drawn(v.Object, func(o fyne.CanvasObject, _ fyne.Position) {
		if p, ok := o.(*Para); ok {
			seen = append(seen, p.Text())
		}
	})
	if fmt.Sprint(seen) != fmt.Sprint([]string{"Someone asked for my code", "Secure the account", "3 of 9 done"}) {
		t.Errorf("the tile shows %q after its lines changed", seen)
	}
}

// A tile's words wrap on a narrow screen instead of running off it.
func TestTileWordsWrap(t *testing.T) {
	tile := Tile{Title: "Someone I do not know sent me a message asking for the code I was just sent by text"}
	v := tile.Build()
	w := window(t, false, container.NewVBox(v.Object), fyne.NewSize(200, 400))
	// The words learn their width from the first layout and their height
	// from it; the window lays out again when they refresh.
	w.Content().Refresh()
	title, ok := box{}, false
	drawn(v.Object, func(o fyne.CanvasObject, at fyne.Position) {
		if p, isPara := o.(*Para); isPara && p.Text() == tile.Title {
			title, ok = box{at.X, at.Y, at.X + o.Size().Width, at.Y + o.Size().Height}, true
		}
	})
	if !ok {
		t.Fatal("the title is not drawn")
	}
	if title.right > 200 || v.Object.Size().Width > 200 {
		t.Errorf("the title ends at x=%v, the tile is %v wide, in a 200 px window", title.right, v.Object.Size().Width)
	}
	if title.bottom-title.top < 3*theme.TextSize() {
		t.Errorf("the title is %v high: not wrapped", title.bottom-title.top)
	}
}

// A tile's icon sits where its words start: left of them in a
// left-to-right language, right of them in a right-to-left one.
func TestTileIconSitsWhereTheWordsStart(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		v := Tile{Title: "Check the account", Icon: theme.AccountIcon(), Importance: widget.HighImportance}.Build()
		window(t, rtl, v.Object, fyne.NewSize(360, 200))
		icon, text := iconAndWords(t, v.Object, "Check the account")
		if err := sides(icon, text, rtl); err != nil {
			t.Error(err)
		}
	}
}

// stepLabel is how the tests' step reads: its title and whether it is done.
func stepLabel(done bool) string {
	if done {
		return "Turn on two-step verification: done"
	}
	return "Turn on two-step verification: not done"
}

func newTestStep(changed func(bool)) (*StepCard, *Para, *Para) {
	open := NewPara("Turn on two-step verification. Then a code alone cannot move your account.", theme.SizeNameText, theme.ColorNameForeground, false)
	folded := NewPara("Turn on two-step verification", theme.SizeNameText, theme.ColorNamePlaceHolder, true)
	return NewStepCard(open, folded, stepLabel, changed), open, folded
}

// A step's card toggles when tapped and with Space or Enter, calling back
// with the new state each time, and a screen reader hears the state; done,
// it shows its folded words and a tick.
func TestStepCard(t *testing.T) {
	var got []bool
	c, open, folded := newTestStep(func(done bool) { got = append(got, done) })
	w := window(t, false, container.NewVBox(c), fyne.NewSize(300, 300))
	if l := c.AccessibilityLabel(); l != stepLabel(false) {
		t.Errorf("an unticked step is heard as %q", l)
	}
	if r := c.AccessibilityRole(); r != fyne.AccessibleRoleButton {
		t.Errorf("role %q, want a button", r)
	}
	if !open.Visible() || folded.Visible() {
		t.Error("an open step should show its words, not the folded title")
	}
	test.Tap(c)
	if !c.Done || fmt.Sprint(got) != "[true]" {
		t.Fatalf("after a tap: done %v, called back with %v; want done, [true]", c.Done, got)
	}
	if l := c.AccessibilityLabel(); l != stepLabel(true) || open.Visible() || !folded.Visible() {
		t.Errorf("a ticked step is heard as %q; open words shown %v, folded %v", l, open.Visible(), folded.Visible())
	}
	test.Tap(c)
	if c.Done || fmt.Sprint(got) != "[true false]" {
		t.Errorf("after a second tap: done %v, called back with %v; want not done, [true false]", c.Done, got)
	}
	w.Canvas().Focus(c)
	press(t, w.Canvas(), fyne.KeySpace)
	if !c.Done || fmt.Sprint(got) != "[true false true]" {
		t.Errorf("after Space: done %v, called back with %v; want done, [true false true]", c.Done, got)
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Done || fmt.Sprint(got) != "[true false true false]" {
		t.Errorf("after Enter: done %v, called back with %v", c.Done, got)
	}
	// The box is drawn 28 px or more, in a target 44×44 px or more.
	if b := c.Box(); b == nil || b.Size().Width < 28 || b.Size().Height < 28 {
		t.Errorf("the check box is drawn %v", b.Size())
	}
	if s := c.Size(); s.Width < MinTarget || s.Height < MinTarget {
		t.Errorf("the card is %v, smaller than a 44×44 target", s)
	}
}

// SetDone shows the saved state without calling back: nobody ticked it.
func TestStepCardSetDone(t *testing.T) {
	calls := 0
	c, _, folded := newTestStep(func(bool) { calls++ })
	window(t, false, container.NewVBox(c), fyne.NewSize(300, 300))
	c.SetDone(true)
	if !c.Done || c.AccessibilityLabel() != stepLabel(true) || !folded.Visible() {
		t.Errorf("SetDone(true): done %v, heard as %q, folded %v", c.Done, c.AccessibilityLabel(), folded.Visible())
	}
	c.SetDone(false)
	if c.Done || calls != 0 {
		t.Errorf("SetDone(false): done %v, called back %d times, want 0", c.Done, calls)
	}
	test.Tap(c)
	if calls != 1 {
		t.Errorf("a tap after SetDone called back %d times, want once", calls)
	}
}

// A step's view owns its look: while urgent and not done it is tinted and
// shows what is under its card; ticked (by a tap, or by the state), it
// folds to its title, the rest hidden and the tint gone; the state setting
// it tells nobody.
func TestStepView(t *testing.T) {
	var told []bool
	card, _, _ := newTestStep(func(done bool) { told = append(told, done) })
	rest := widget.NewLabel("More")
	v := NewStepView(card, rest, theme.ColorNameInputBackground, theme.ColorNameWarning)
	window(t, false, v.Object, fyne.NewSize(360, 400))
	bg := func() fyne.ThemeColorName { return BackgroundOf(v.Object.(*fyne.Container)) }
	if bg() != theme.ColorNameWarning || !rest.Visible() {
		t.Fatalf("not done: background %s, rest shown %v", bg(), rest.Visible())
	}
	test.Tap(card)
	if bg() != theme.ColorNameInputBackground || rest.Visible() || len(told) != 1 || !told[0] {
		t.Errorf("ticked: background %s, rest shown %v, told %v", bg(), rest.Visible(), told)
	}
	v.SetDone(false)
	if bg() != theme.ColorNameWarning || !rest.Visible() || card.Done || len(told) != 1 {
		t.Errorf("unticked by the state: background %s, rest shown %v, told %v", bg(), rest.Visible(), told)
	}
	plain := NewStepView(NewStepCard(widget.NewLabel("a"), widget.NewLabel("b"), stepLabel, nil), widget.NewLabel("c"),
		theme.ColorNameInputBackground, "")
	if BackgroundOf(plain.Object.(*fyne.Container)) != theme.ColorNameInputBackground {
		t.Error("a step that is never urgent is tinted")
	}
}

// With OnWords set, a tap on the words calls it and ticks nothing; a tap
// on the box's column ticks; a done step Reopened shows its open words,
// still done, and a tick or an untick folds it again. In both directions.
func TestStepCardWordsAreNotTheBox(t *testing.T) {
	for _, rtl := range []bool{false, true} {
		var ticks []bool
		c, open, folded := newTestStep(func(done bool) { ticks = append(ticks, done) })
		words := 0
		c.OnWords = func() { words++ }
		window(t, rtl, container.NewVBox(c), fyne.NewSize(300, 300))
		middle := fyne.NewPos(c.Size().Width/2, c.Size().Height/2)
		test.TapAt(c, middle)
		if words != 1 || len(ticks) != 0 {
			t.Fatalf("rtl %v: a tap on the words: %d calls, ticks %v", rtl, words, ticks)
		}
		if !c.OnBox(c.BoxCentre()) || c.OnBox(middle) {
			t.Errorf("rtl %v: the box's centre is not on the box, or the middle is", rtl)
		}
		test.TapAt(c, c.BoxCentre())
		if len(ticks) != 1 || !ticks[0] || words != 1 || open.Visible() || !folded.Visible() {
			t.Fatalf("rtl %v: a tap on the box: ticks %v, words %d", rtl, ticks, words)
		}
		c.Reopened = true
		c.Refresh()
		if !open.Visible() || folded.Visible() || !c.Done {
			t.Errorf("rtl %v: reopened, the step does not show its open words, done", rtl)
		}
		test.TapAt(c, c.BoxCentre())
		if c.Done || c.Reopened {
			t.Errorf("rtl %v: unticked, still reopened", rtl)
		}
	}
}
