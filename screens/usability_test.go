package screens

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"codesafety/app/checklist"
	"codesafety/app/progress"
	"codesafety/screens/widgets"
)

// Easy for older eyes and hands (issue 13): contrast, targets, ticking,
// and the first step on a phone's first screen at the largest text.

// luminance is WCAG 2.1's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := color.NRGBAModel.Convert(c).(color.NRGBA).R, color.NRGBAModel.Convert(c).(color.NRGBA).G,
		color.NRGBAModel.Convert(c).(color.NRGBA).B, 0
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// over is c drawn over an opaque background.
func over(c, bg color.Color) color.Color {
	f, b := color.NRGBAModel.Convert(c).(color.NRGBA), color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(f.R, b.R), G: mix(f.G, b.G), B: mix(f.B, b.B), A: 0xFF}
}

// contrast is WCAG 2.1's contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestContrastIsComputedAsWCAGSays(t *testing.T) {
	black, white := color.NRGBA{A: 0xFF}, color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
	grey := color.NRGBA{R: 0x77, G: 0x77, B: 0x77, A: 0xFF} // 4.48:1 on white: just too light for text
	if c := contrast(black, white); math.Abs(c-21) > 0.01 {
		t.Errorf("black on white = %.2f, want 21", c)
	}
	if c := contrast(grey, white); c >= 4.5 || c < 4.4 {
		t.Errorf("#777 on white = %.2f, want just under 4.5", c)
	}
}

// A pair of theme colours the screens or the kit draw one on the other.
type colorPair struct {
	fg, bg fyne.ThemeColorName
	min    float64
	what   string
}

// colourPairs are every pair the screens and the kit use, from the code:
// text 4.5:1, control outlines, the tick and the focus ring 3:1.
var colourPairs = []colorPair{
	// Text on the page, on the cards (a step, the don'ts, the notice) and
	// on the cards of steps to do now.
	{theme.ColorNameForeground, theme.ColorNameBackground, 4.5, "text on the page"},
	{theme.ColorNameForeground, theme.ColorNameInputBackground, 4.5, "text on a card, the don'ts box and the notice"},
	{theme.ColorNameForeground, colorNameUrgentBackground, 4.5, "text on a step to do now"},
	{theme.ColorNameForeground, colorNameSafeBackground, 4.5, "text on the \"You're safe\" banner"},
	{colorNameSafeTick, colorNameSafeBackground, 3, "the banner's tick"},
	{theme.ColorNameForeground, theme.ColorNameButton, 4.5, "words of a button (Close, Settings, More)"},
	{colorNameDimmed, theme.ColorNameInputBackground, 4.5, "a done step's title"},
	{colorNameDimmed, colorNameUrgentBackground, 4.5, "\"If it applies to you\" on a step to do now"},
	{colorNameDimmed, theme.ColorNameBackground, 4.5, "quieter text on the page"},
	{theme.ColorNamePlaceHolder, theme.ColorNameBackground, 4.5, "the out-of-date line"},
	// Links, on every background a source is listed on.
	{theme.ColorNameHyperlink, theme.ColorNameBackground, 4.5, "a link on the page (About, the explainer)"},
	{theme.ColorNameHyperlink, theme.ColorNameInputBackground, 4.5, "a link on a step's card"},
	{theme.ColorNameHyperlink, colorNameUrgentBackground, 4.5, "a link on a step to do now"},
	// Words on the coloured tiles and banners.
	{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary, 4.5, "a situation or an answer tile"},
	{theme.ColorNameForegroundOnError, theme.ColorNameError, 4.5, "the warning, Delete"},
	{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning, 4.5, "the locked-out tile"},
	// Controls: the check box and radio outlines, the ticked box, the tick.
	{theme.ColorNameInputBorder, theme.ColorNameInputBackground, 3, "a step's check box"},
	{theme.ColorNameInputBorder, colorNameUrgentBackground, 3, "the check box of a step to do now"},
	{theme.ColorNameInputBorder, theme.ColorNameBackground, 3, "a radio button in Settings, the progress track's outline"},
	// (A ticked box keeps its outline: the primary fill alone is 2.8:1 on a dark card.)
	{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary, 3, "the tick"},
	{theme.ColorNameForeground, theme.ColorNameBackground, 3, "a chosen radio button's ring"},
	// The focus ring, on every background a control sits on.
	{widgets.ColorNameFocusRing, theme.ColorNameBackground, 3, "the focus ring on the page"},
	{widgets.ColorNameFocusRing, theme.ColorNameInputBackground, 3, "the focus ring on a card"},
	{widgets.ColorNameFocusRing, colorNameUrgentBackground, 3, "the focus ring on a step to do now"},
	{widgets.ColorNameFocusRing, theme.ColorNameButton, 3, "the focus ring round a button"},
}

// pairsBelow are the pairs whose contrast is under their least in a
// theme, in words.
func pairsBelow(th fyne.Theme, v fyne.ThemeVariant, pairs []colorPair) []string {
	page := th.Color(theme.ColorNameBackground, v)
	var out []string
	for _, p := range pairs {
		bg := over(th.Color(p.bg, v), page)
		fg := over(th.Color(p.fg, v), bg)
		if c := contrast(fg, bg); c < p.min {
			out = append(out, fmt.Sprintf("%s (%s on %s): %.2f:1, want %.1f:1", p.what, p.fg, p.bg, c, p.min))
		}
	}
	return out
}

// Every text and control outline the screens use meets WCAG 2.1 AA on
// the background it sits on, in both themes: 4.5:1 for text, 3:1 for
// controls and the focus ring.
func TestContrastOfEveryPairUsed(t *testing.T) {
	test.NewTempApp(t)
	for _, name := range []string{progress.ThemeLight, progress.ThemeDark} {
		th := newAppTheme(name, progress.TextNormal, "en")
		v := theme.VariantLight
		if name == progress.ThemeDark {
			v = theme.VariantDark
		}
		for _, problem := range pairsBelow(th, v, colourPairs) {
			t.Errorf("%s: %s", name, problem)
		}
	}
	// And the check fails a colour too light: Fyne's own light text grey
	// on its light input background.
	if len(pairsBelow(theme.DefaultTheme(), theme.VariantLight, []colorPair{
		{theme.ColorNamePlaceHolder, theme.ColorNameInputBackground, 4.5, "Fyne's placeholder"}})) != 1 {
		t.Error("the contrast check passes Fyne's light placeholder grey, 3.2:1")
	}
}

// Every control on every screen, links and the words to explain among
// them, is a target of 44×44 px or more at the normal text size.
func TestEveryControlIsLargeEnoughToTap(t *testing.T) {
	h := start(t, "en")
	everyScreen(t, h, func(screen string) {
		h.ui.root.Refresh() // lays out what was opened
		walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
			if !o.Visible() || widgets.StandsFor(o) != nil {
				return false
			}
			if strings.HasPrefix(fmt.Sprintf("%T", o), "*widget.scrollBar") {
				return false // Fyne's scroll bar, for a mouse: a finger drags the screen itself
			}
			_, tappable := o.(fyne.Tappable)
			_, focusable := o.(fyne.Focusable)
			if tappable || focusable {
				if s := o.Size(); s.Width < widgets.MinTarget || s.Height < widgets.MinTarget {
					what := fmt.Sprintf("%T", o)
					if a, ok := o.(fyne.Accessible); ok {
						what += " " + a.AccessibilityLabel()
					}
					t.Errorf("%s: %q is %v, smaller than 44×44", screen, what, s)
				}
			}
			return true
		})
	})
}

// stepCard is the card of a step on screen.
func (h *harness) stepCard(t testing.TB, step string) *widgets.StepCard {
	t.Helper()
	tag := h.tag()
	o := lookFor(h, roleButton, h.stepLabelIn(tag, step, true))
	if o == nil {
		o = find(t, h, roleButton, h.stepLabelIn(tag, step, false))
	}
	return o.(*widgets.StepCard)
}

// Reading is not ticking: a step to do right now shows its "how" open; a
// tap on its words closes and opens it, and ticks nothing; the check box
// (a 44 px column, 28 px drawn) ticks, and so does "I've done this" at the
// end of the how. Done, a step folds to its title, dimmed, with a tick, on
// the neutral card; a tap on the title opens it again, still done; the box
// unticks it. Left to right and right to left.
func TestReadingIsNotTicking(t *testing.T) {
	for _, tag := range []string{"en", "ar"} {
		h := start(t, tag)
		h.openPath(t, checklist.ActNow, checklist.PhoneAndroid)
		sc, _ := checklist.ScenarioByID(checklist.ActNow)
		st, second := sc.Steps[0], sc.Steps[1]
		card := h.stepCard(t, st.ID)
		if b := card.Box(); b.Size().Width < widgets.CheckBoxSize || b.Size().Height < 28 {
			t.Errorf("%s: the check box is drawn %v", tag, b.Size())
		}
		if s := card.Size(); s.Height < widgets.MinTarget || s.Width < widgets.MinTarget {
			t.Errorf("%s: the card is %v", tag, s)
		}
		summary, how := h.t(tag, st.SummaryKey()), h.how(tag, st, checklist.PhoneAndroid)
		title := h.t(tag, st.TitleKey())
		sees := func(_ *harness, words string) bool { return drawnText(h, words) }
		if !sees(h, summary) || !sees(h, how) {
			t.Fatalf("%s: a step to do right now does not show its summary and how", tag)
		}
		// Tap where the title is written, away from the box.
		d := fyne.CurrentApp().Driver()
		tapWords := func() {
			words := drawnPara(h, title)
			at := d.AbsolutePositionForObject(words).Add(fyne.NewPos(words.Size().Width/2, words.Size().Height/2))
			test.TapCanvas(h.ui.Window.Canvas(), at)
		}
		tapWords()
		if h.tickedIn(tag, st.ID) || sees(h, how) || !sees(h, h.count(tag, checklist.ActNow, 0)) {
			t.Fatalf("%s: a tap on the words ticked the step or left its how open", tag)
		}
		tapWords()
		if h.tickedIn(tag, st.ID) || !sees(h, how) {
			t.Fatalf("%s: a second tap on the words did not open the how again", tag)
		}
		// The box's column, at its far edge from the words' side, ticks.
		edge := float32(widgets.MinTarget - 1)
		if widgets.RightToLeft() {
			edge = card.Size().Width - widgets.MinTarget + 1
		}
		test.TapAt(card, fyne.NewPos(edge, card.Size().Height/2))
		if !h.tickedIn(tag, st.ID) || !sees(h, h.count(tag, checklist.ActNow, 1)) {
			t.Fatalf("%s: a tap on the box's column did not tick the step", tag)
		}
		if sees(h, summary) || sees(h, how) {
			t.Errorf("%s: a done step does not fold to its title", tag)
		}
		if !card.Done || card.Box().FillColor == nil {
			t.Errorf("%s: a done step shows no tick", tag)
		}
		if p := drawnPara(h, title); p == nil || p.Color() != colorNameDimmed {
			t.Errorf("%s: a done step's title is not dimmed", tag)
		}
		if bg := cardBackground(t, h, card); bg != theme.ColorNameInputBackground {
			t.Errorf("%s: a done step to do now is on %s, want the neutral card", tag, bg)
		}
		// Its title opens it again, still done; again, folds it.
		tapWords()
		if !h.tickedIn(tag, st.ID) || !sees(h, summary) || !sees(h, how) {
			t.Errorf("%s: a tap on a done step's title did not open it, still done", tag)
		}
		tapWords()
		if !h.tickedIn(tag, st.ID) || sees(h, summary) {
			t.Errorf("%s: a second tap on a done step's title did not fold it", tag)
		}
		// The box undoes it.
		test.TapAt(card, card.BoxCentre())
		if h.tickedIn(tag, st.ID) || !sees(h, summary) || !sees(h, h.count(tag, checklist.ActNow, 0)) {
			t.Errorf("%s: the box did not undo the tick", tag)
		}
		if bg := cardBackground(t, h, card); bg != colorNameUrgentBackground {
			t.Errorf("%s: an open step to do now is on %s", tag, bg)
		}
		// "I've done this", at the end of the second step's how, ticks it.
		did := h.tr(tag, "a11y.did_it", map[string]any{"Title": h.t(tag, second.TitleKey())})
		tap(t, h, did)
		if !h.tickedIn(tag, second.ID) || lookFor(h, roleButton, did) != nil {
			t.Errorf("%s: I've done this did not tick the step, or still shows", tag)
		}
	}
}

// drawnPara is the paragraph with these words drawn on screen (inside a
// step's card too, which a screen reader hears as one), nil if none.
func drawnPara(h *harness, words string) *widgets.Para {
	var found *widgets.Para
	walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		if p, ok := o.(*widgets.Para); ok && p.Text() == words && found == nil {
			found = p
		}
		return true
	})
	return found
}

func drawnText(h *harness, words string) bool { return drawnPara(h, words) != nil }

// cardBackground is the colour a step's card is drawn on.
func cardBackground(t testing.TB, h *harness, card *widgets.StepCard) fyne.ThemeColorName {
	t.Helper()
	var found fyne.ThemeColorName
	walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
		c, ok := o.(*fyne.Container)
		if !ok || len(c.Objects) != 2 {
			return true
		}
		inside := false
		walk(c.Objects[1], func(x fyne.CanvasObject) bool {
			inside = inside || x == fyne.CanvasObject(card)
			return !inside
		})
		if inside {
			if name := widgets.BackgroundOf(c); name != "" {
				found = name
			}
		}
		return true
	})
	if found == "" {
		t.Fatal("the step's card has no background")
	}
	return found
}

// At the normal size on a phone, the first step to do right now starts on
// the first screen, its "how" (shown open) right under it.
func TestTheFirstStepAndItsHowFitAPhone(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.ActNow, checklist.PhoneAndroid)
	sc, _ := checklist.ScenarioByID(checklist.ActNow)
	first := sc.StepsIn(checklist.PhaseNow)[0]
	if y, ok := visibleAt(h, h.stepCard(t, first.ID)); !ok {
		t.Errorf("the first step starts at y=%.0f, below the first screen (%.0f px)", y, h.scroll().Size().Height)
	}
	how := drawnPara(h, h.how("en", first, checklist.PhoneAndroid))
	if how == nil {
		t.Fatal("the first step's how is not shown")
	}
	// its first line is read without scrolling
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(how).Y - d.AbsolutePositionForObject(h.scroll()).Y
	if line := 2 * theme.TextSize(); y < 0 || y+line > h.scroll().Size().Height {
		t.Errorf("the first step's how starts at y=%.0f: its first line is not on the first screen (%.0f px)", y, h.scroll().Size().Height)
	}
	if bar := progressBar(t, h); bar.Size().Height > 8 {
		t.Errorf("the progress bar is %.0f px high, want 8 or less", bar.Size().Height)
	}
}

// visibleAt says whether o's first 44 px are on the first screen, without
// scrolling: under the top bar and above the bottom of the window.
func visibleAt(h *harness, o fyne.CanvasObject) (float32, bool) {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(h.scroll()).Y
	return y, y >= 0 && y+widgets.MinTarget <= h.scroll().Size().Height
}

// At the largest text on a 360×640 phone, in English, Hindi and Arabic,
// each screen shows its first choice or step without scrolling: the first
// situation at home, the first answer to a question, the first step of a
// checklist.
func TestTheFirstStepIsOnTheFirstScreenAtTheLargestText(t *testing.T) {
	for _, tag := range []string{"en", "hi", "ar"} {
		for _, id := range []checklist.ScenarioID{checklist.ActNow, checklist.GhostPairing} {
			dir := t.TempDir()
			s := progress.OpenStore(dir)
			s.SetTextSize(progress.TextLarger)
			s.Flush()
			h := startIn(t, dir, tag)
			h.ui.Window.Resize(fyne.NewSize(360, 640))
			if y, ok := visibleAt(h, find(t, h, roleButton, h.t(tag, checklist.Unrequested.TitleKey()))); !ok {
				t.Errorf("%s: the first situation at home is at %.0f px", tag, y)
			}
			entry, answers := pathTo(t, id)
			tap(t, h, h.t(tag, entry.TitleKey()))
			q, _ := checklist.Next(entry, nil)
			if y, ok := visibleAt(h, find(t, h, roleButton, h.t(tag, q.AnswerKey(q.Answers[0].ID)))); !ok {
				t.Errorf("%s: the first answer to %s is at %.0f px", tag, q.ID, y)
			}
			h.through(t, entry, answers, checklist.PhoneAndroid)
			sc, _ := checklist.ScenarioFrom(id, entry) // as shown there
			first := lookFor(h, roleButton, h.stepLabelIn(tag, sc.Steps[0].ID, false))
			if first == nil {
				t.Fatalf("%s/%s: the first step is not shown", tag, id)
			}
			if y, ok := visibleAt(h, first); !ok {
				t.Errorf("%s/%s: the first step starts at %.0f px, under the %.0f px of the first screen", tag, id, y, h.scroll().Size().Height)
			}
		}
	}
}

// "Aa Text size" is one tap from home: each tap the next size, then back
// to normal; in Settings, text size comes first.
func TestTextSizeIsOneTapFromHome(t *testing.T) {
	h := start(t, "en")
	sizeButton := func(size string) string {
		return h.tr("en", "a11y.text_size", map[string]any{"Size": h.t("en", "settings.text."+size)})
	}
	// On a phone, "Aa" alone, so that the bar is one row; wider, in full.
	if b := find(t, h, roleButton, sizeButton(progress.TextNormal)).(*widgets.Button); b.Text != h.t("en", "nav.text_size_short") {
		t.Errorf("on a phone the text size button says %q", b.Text)
	}
	h.ui.Window.Resize(fyne.NewSize(800, 600))
	h.ui.Window.Content().Refresh()
	if b := find(t, h, roleButton, sizeButton(progress.TextNormal)).(*widgets.Button); b.Text != h.t("en", "nav.text_size") {
		t.Errorf("on a desktop the text size button says %q", b.Text)
	}
	h.ui.Window.Resize(fyne.NewSize(360, 640))
	for _, want := range []string{progress.TextLarge, progress.TextLarger, progress.TextNormal} {
		prev := h.store.State().TextSize
		tap(t, h, sizeButton(prev))
		if got := h.saved(t).TextSize; got != want {
			t.Fatalf("after %s, a tap gives %q, want %q", prev, got, want)
		}
	}
	if b := find(t, h, roleButton, h.t("en", "a11y.settings")).(*widgets.Button); b.Text != "Settings" {
		t.Errorf("the settings button says %q", b.Text)
	}
	tap(t, h, h.t("en", "a11y.settings"))
	for _, o := range shown(h) {
		if o.(fyne.Accessible).AccessibilityRole() == roleButton && strings.HasPrefix(label(o), "Text size: ") {
			break
		}
		if _, ok := o.(fyne.Focusable); ok && o.Position().Y > 0 && !strings.Contains(label(o), "text size") &&
			label(o) != h.t("en", "a11y.back") && label(o) != h.t("en", "a11y.settings") && label(o) != h.t("en", "a11y.quick_exit") {
			t.Fatalf("%q comes before the text size in Settings", label(o))
		}
	}
}

// Check boxes and radio circles grow with the text size: at the largest,
// half as large again as at the normal size.
func TestBoxesAndCirclesGrowWithTheText(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.ActNow, checklist.PhoneAndroid)
	sc, _ := checklist.ScenarioByID(checklist.ActNow)
	circle := func() float32 { // the largest icon drawn in Settings: a radio's circle
		tap(t, h, h.t(h.tag(), "a11y.settings"))
		largest := float32(0)
		walk(h.ui.Window.Canvas().Content(), func(o fyne.CanvasObject) bool {
			if i, ok := o.(*widgets.Icon); ok && i.Visible() && strings.Contains(i.Resource().Name(), "radio") {
				largest = max(largest, i.Size().Width)
			}
			return true
		})
		tap(t, h, h.t(h.tag(), "a11y.back"))
		return largest
	}
	box0, circle0 := h.stepCard(t, sc.Steps[0].ID).Box().Size().Width, circle()
	h.store.SetTextSize(progress.TextLarger)
	box1, circle1 := h.stepCard(t, sc.Steps[0].ID).Box().Size().Width, circle()
	if box0 < widgets.CheckBoxSize || box1 < 1.45*box0 {
		t.Errorf("the check box is %v wide at the normal size, %v at the largest", box0, box1)
	}
	if circle0 == 0 || circle1 < 1.45*circle0 {
		t.Errorf("a radio circle is %v wide at the normal size, %v at the largest", circle0, circle1)
	}
}

// On a phone the top bar is one row, so that the screen starts high, in
// every language at every text size, and its controls grow with the
// text: no name, "Aa" for the text size, shorter words, then the
// settings icon alone (which keeps its spoken name), back, text size and
// settings always there.
func TestTheTopBarIsOneRowOnAPhone(t *testing.T) {
	for _, tag := range allLanguages(t) {
		var textSize float32
		for _, size := range progress.TextSizes() {
			h := start(t, tag)
			h.store.SetTextSize(size)
			h.openPath(t, checklist.ActNow, checklist.PhoneAndroid) // back shows too
			d := fyne.CurrentApp().Driver()
			var bar []fyne.CanvasObject
			for _, label := range []string{h.t(tag, "a11y.back"), h.t(tag, "a11y.settings"), h.t(tag, "a11y.quick_exit"),
				h.tr(tag, "a11y.text_size", map[string]any{"Size": h.t(tag, "settings.text."+size)})} {
				bar = append(bar, find(t, h, roleButton, label))
			}
			top, bottom := float32(1e6), float32(0)
			for _, o := range bar {
				y := d.AbsolutePositionForObject(o).Y
				top, bottom = min(top, y), max(bottom, y+o.Size().Height)
				if w := d.AbsolutePositionForObject(o).X + o.Size().Width; w > 360 {
					t.Errorf("%s/%s: %q ends at x=%.0f, off a 360 px phone", tag, size, label(o), w)
				}
			}
			if body := d.AbsolutePositionForObject(h.scroll()).Y; bottom-top > 1.5*bar[0].Size().Height || body > bottom+2*theme.Padding() {
				t.Errorf("%s/%s: the bar's controls take y=%.0f to %.0f and the screen starts at %.0f: not one row", tag, size, top, bottom, body)
			}
			if sees(h, h.t(tag, "app.name")) {
				t.Errorf("%s/%s: the app's name takes room on a phone's bar", tag, size)
			}
			words := float32(0) // the size of the words on the text size button
			walk(bar[3], func(o fyne.CanvasObject) bool {
				if x, ok := o.(*canvas.Text); ok && x.Visible() {
					words = x.TextSize
				}
				return true
			})
			if size == progress.TextLarger && words < 1.3*textSize {
				t.Errorf("%s: the bar's words are %.0f px at the largest text, %.0f at the normal size", tag, words, textSize)
			}
			if size == progress.TextNormal {
				textSize = words
			}
		}
	}
}

// With the keyboard alone, the control that has the focus is always in
// view: Tab down a long checklist on a phone scrolls with it, and
// Shift+Tab back up scrolls back.
func TestTheFocusIsAlwaysInView(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
	c := h.ui.Window.Canvas()
	d := fyne.CurrentApp().Driver()
	scroll := h.scroll()
	inView := func() (string, bool) {
		f := c.Focused()
		o, ok := f.(fyne.CanvasObject)
		page := false
		for _, x := range h.ui.top().built.base().controls {
			page = page || any(x) == any(f)
		}
		if !ok || !page {
			return "", true // the top bar: always in view
		}
		y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(scroll).Y
		return label(o), y >= 0 && y+min(o.Size().Height, widgets.MinTarget) <= scroll.Size().Height
	}
	scrolled := false
	for range 40 {
		c.FocusNext()
		if l, ok := inView(); !ok {
			t.Fatalf("Tab: %q has the focus out of view", l)
		}
		scrolled = scrolled || h.ui.top().built.base().scroll.Offset.Y > 0
	}
	if !scrolled {
		t.Fatal("40 Tabs down a checklist never scrolled it")
	}
	for range 40 {
		c.FocusPrevious()
		if l, ok := inView(); !ok {
			t.Fatalf("Shift+Tab: %q has the focus out of view", l)
		}
	}
}
