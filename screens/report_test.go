package screens

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/progress"
	"codesafety/app/report"
	"codesafety/screens/widgets"
)

// startLocales starts the window in a system with these locales, in English.
func startLocales(t *testing.T, system ...string) *harness {
	t.Helper()
	return startSystem(t, t.TempDir(), "en", nil, system)
}

// openReport opens where to report it from Settings.
func (h *harness) openReport(t testing.TB) {
	t.Helper()
	tap(t, h, h.t(h.tag(), "a11y.settings"))
	tap(t, h, h.t(h.tag(), report.HeadingKey))
	if k, _ := h.open(); k != reportRoute {
		t.Fatalf("Settings did not open where to report it, but %v", k)
	}
}

// openCountries opens the list of countries on the report screen, if it
// is closed (it is open when no country is known).
func (h *harness) openCountries(t testing.TB) {
	t.Helper()
	tag := h.tag()
	title := map[string]any{"Title": h.t(tag, report.ChangeCountryKey)}
	if lookFor(h, roleButton, h.tr(tag, "a11y.less", title)) == nil {
		tap(t, h, h.tr(tag, "a11y.more", title))
	}
}

// links are the addresses of the links on screen.
func (h *harness) links() []string {
	var out []string
	for _, o := range shown(h) {
		if l, ok := o.(*widget.Hyperlink); ok {
			out = append(out, l.URL.String())
		}
	}
	return out
}

// reportShows checks that the report screen shows the bodies of country,
// and only those, in the language on screen: the bank first, each body's
// name, what it covers, its addresses as links, its phone as words, and
// its source.
func reportShows(t *testing.T, h *harness, country, why string) {
	t.Helper()
	tag := h.tag()
	for _, b := range report.AllBodies() { // folded until asked for
		for _, u := range b.Sources {
			if !slices.Contains(b.Addresses, u) && slices.Contains(h.links(), u) {
				t.Errorf("%s: the source %s of %s shows before it is opened", why, u, b.ID)
			}
		}
	}
	h.openSources(t)
	bank := find(t, h, roleText, h.t(tag, report.BankFirstKey))
	if shown, end := shown(h), barEnd(h); len(shown) <= end || label(shown[end]) != label(bank) { // right after the top bar
		t.Errorf("%s: the bank is not said first", why)
	}
	bodies, listed := report.Bodies(country)
	var want, ids []string
	for _, b := range bodies {
		ids = append(ids, b.ID)
	}
	for _, b := range report.AllBodies() {
		name, here := h.t(tag, b.NameKey()), slices.Contains(ids, b.ID)
		if (lookFor(h, roleText, name) != nil) != here {
			t.Errorf("%s: %s shown %v, want %v", why, b.ID, !here, here)
		}
		if !here {
			continue
		}
		find(t, h, roleText, h.tr(tag, report.CoversKey, map[string]any{"Covers": h.t(tag, b.CoversKey())}))
		want = append(want, b.Addresses...)
		want = append(want, b.Sources...)
		switch {
		case b.Phone != "" && b.PhoneNote:
			find(t, h, roleText, h.tr(tag, report.PhoneWithNoteKey, map[string]any{"Phone": b.Phone, "Note": h.t(tag, b.PhoneNoteKey())}))
		case b.Phone != "":
			find(t, h, roleText, h.tr(tag, report.PhoneKey, map[string]any{"Phone": b.Phone}))
		}
		if len(b.Sources) == 0 {
			find(t, h, roleText, h.tr(tag, report.SourceLineKey, map[string]any{"Source": h.t(tag, b.SourceKey())}))
		}
	}
	if got := h.links(); !slices.Equal(got, want) {
		t.Errorf("%s: links %q, want %q", why, got, want)
	}
	name := h.t(tag, report.OtherCountryKey)
	if listed {
		name = h.t(tag, report.CountryKey(strings.ToUpper(country)))
	}
	find(t, h, roleText, h.tr(tag, report.CountryIsKey, map[string]any{"Country": name}))
	if local := lookFor(h, roleText, h.t(tag, report.LocalPoliceKey)) != nil; local == listed {
		t.Errorf("%s: says local police %v, for a country listed %v", why, local, listed)
	}
}

// The country is the system's when none was chosen: each locale gets its
// country's bodies; a country table R does not list gets the local
// police, with no link.
func TestReportFollowsTheSystemsCountry(t *testing.T) {
	for locale, country := range map[string]string{"en_GB.UTF-8": "GB", "en_US": "US", "en_CA": "CA", "hi_IN": "IN",
		"nl_NL": "NL", "es_ES": "ES", "de_CH": "CH", "id_ID": "ID", "pt_BR": "BR", "tr_TR": "TR"} {
		h := startLocales(t, "C", locale)
		h.openReport(t)
		reportShows(t, h, country, locale)
		if _, listed := report.Bodies(country); !listed && len(h.links()) != 0 {
			t.Errorf("%s: links %q for the local police", locale, h.links())
		}
	}
	h := startLocales(t) // no locale at all
	h.openReport(t)
	reportShows(t, h, "", "no locale")
}

// Changing the country saves it, and the screen follows; "another
// country" is the local police.
func TestChangingTheCountry(t *testing.T) {
	h := startLocales(t, "en_GB")
	h.openReport(t)
	country := report.CountryLabelKey
	option := func(cc string, chosen bool) string {
		name := h.t("en", report.OtherCountryKey)
		if cc != report.Elsewhere {
			name = h.t("en", report.CountryKey(cc))
		}
		return h.option("en", country, name, chosen)
	}
	if lookFor(h, roleButton, option("CA", false)) != nil {
		t.Fatal("the countries are not folded")
	}
	h.openCountries(t)
	find(t, h, roleButton, option("GB", true)) // the system's, chosen
	for _, cc := range report.Countries() {
		if cc != "GB" {
			find(t, h, roleButton, option(cc, false))
		}
	}
	for _, cc := range []string{"CA", report.Elsewhere, "AU"} {
		tap(t, h, option(cc, false))
		if got := h.saved(t).Country; got != cc {
			t.Fatalf("chose %s, saved %q", cc, got)
		}
		reportShows(t, h, cc, "chose "+cc)
		find(t, h, roleButton, option(cc, true)) // still open, the choice shown
	}
	// Kept: the next window shows it, whatever the system says.
	h2 := startSystem(t, h.dir, "en", nil, []string{"en_GB"})
	h2.openReport(t)
	reportShows(t, h2, "AU", "the next window")
}

// Where to report is reached from the money step, from a path for an
// account taken over (next to its messages) and from Settings; not from a
// calm checklist's end.
func TestReportIsReachedFromTheMoneyStepAndTheRecoveryPaths(t *testing.T) {
	h := start(t, "en")
	h.openPath(t, checklist.Asked, checklist.PhoneAndroid)
	if lookFor(h, roleButton, h.t("en", report.HeadingKey)) != nil {
		t.Error("a calm path leads to where to report before the money step is shown")
	}
	h.openLater(t)
	money := find(t, h, roleButton, h.stepLabel(reportingStep(t, checklist.Asked).ID, false))
	if btn := find(t, h, roleButton, h.t("en", report.HeadingKey)); above(btn, money) {
		t.Error("where to report is not under the money step")
	}
	tap(t, h, h.t("en", report.HeadingKey))
	if k, _ := h.open(); k != reportRoute {
		t.Fatal("the money step does not lead to where to report")
	}
	for _, id := range reportingPaths() {
		h := start(t, "en")
		h.openPath(t, id, checklist.PhoneAndroid)
		sc, _ := checklist.ScenarioByID(id)
		btn := find(t, h, roleButton, h.t("en", report.HeadingKey))
		last := find(t, h, roleButton, h.copyLabel("en", sc.Messages[len(sc.Messages)-1]))
		if above(btn, last) {
			t.Errorf("%s: where to report is not after the messages", id)
		}
		tap(t, h, h.t("en", report.HeadingKey))
		if k, _ := h.open(); k != reportRoute {
			t.Errorf("%s does not lead to where to report", id)
		}
	}
}

// The phone numbers shown are table R's, then table H's, as words on a desktop (a
// link that dials only on a phone), and no screen of any country shows a key or a missing
// value.
func TestReportPhonesAndWords(t *testing.T) {
	for _, tag := range []string{"en", "ar", "hi"} {
		h := start(t, tag)
		h.openReport(t)
		h.openCountries(t)
		for _, cc := range append(report.Countries(), report.Elsewhere) {
			h.store.SetCountry(cc)
			var phones []string
			phoneLine, _, _ := strings.Cut(h.tr(tag, report.PhoneKey, map[string]any{"Phone": "\x00"}), "\x00") // "Phone: "
			for _, o := range shown(h) {
				l := label(o)
				if strings.Contains(l, "<no value>") || strings.Contains(l, "{{") || rawKey.MatchString(l) {
					t.Errorf("%s/%s: %q", tag, cc, l)
				}
				if !strings.HasPrefix(l, phoneLine) {
					continue
				}
				l = strings.NewReplacer(lrm, "", rlm, "", "\u00a0", " ").Replace(l) // (marks and no-break spaces for a right-to-left language)
				for _, phone := range allPhones() {
					if strings.Contains(l, phone) {
						phones = append(phones, phone)
						// As seen, left to right: the number reads as it is.
						seen := widgets.VisualLine(label(o), func(rune) bool { return true })
						if !strings.Contains(strings.NewReplacer(lrm, "", rlm, "", "\u00a0", " ").Replace(seen), phone) {
							t.Errorf("%s/%s: the phone %s is seen as %q", tag, cc, phone, seen)
						}
					}
				}
			}
			var want []string
			bodies, _ := report.Bodies(cc)
			for _, b := range bodies {
				if b.Phone != "" {
					want = append(want, b.Phone)
				}
			}
			for _, s := range report.Helpers(cc) {
				if s.Phone != "" {
					want = append(want, s.Phone)
				}
			}
			if !slices.Equal(phones, want) {
				t.Errorf("%s/%s: phones shown %q, want %q", tag, cc, phones, want)
			}
			for _, l := range h.links() {
				if !strings.HasPrefix(l, "https://") {
					t.Errorf("%s/%s: a link to %q", tag, cc, l)
				}
			}
			if tag == "en" {
				reportShows(t, h, cc, cc)
			}
		}
	}
}

// Copying an address copies it.
func TestReportCopiesAnAddress(t *testing.T) {
	h := startLocales(t, "en_CA")
	h.openReport(t)
	b, _ := report.Bodies("CA")
	tap(t, h, h.tr("en", "a11y.copy_link", map[string]any{"Name": h.t("en", b[0].NameKey())}))
	if got := h.ui.deps.App.Clipboard().Content(); got != b[0].Addresses[0] {
		t.Errorf("copied %q, want %q", got, b[0].Addresses[0])
	}
}

// Every country's report fits a 360 px phone in every language at the
// largest text, its countries open.
func TestReportFitsAPhone(t *testing.T) {
	for _, tag := range allLanguages(t) {
		dir := t.TempDir()
		s := progress.OpenStore(dir)
		s.SetTextSize(progress.TextLarger)
		s.Flush()
		h := startIn(t, dir, tag)
		h.openReport(t)
		h.openCountries(t)
		for _, cc := range append(report.Countries(), report.Elsewhere) {
			h.store.SetCountry(cc)
			if w := h.ui.Window.Canvas().Content().MinSize().Width; w > 360 {
				t.Errorf("%s/%s: needs %.0f px wide, more than a 360 px phone", tag, cc, w)
			}
		}
	}
}

// barEnd is how many of what is shown belong to the top bar: back, the
// app's name, text size, settings and close, whichever the screen has.
func barEnd(h *harness) int {
	tag := h.tag()
	bar := map[string]bool{h.t(tag, "a11y.back"): true, h.t(tag, "app.name"): true,
		h.t(tag, "a11y.settings"): true, h.t(tag, "a11y.quick_exit"): true}
	for _, size := range []string{"normal", "large", "larger"} {
		bar[h.tr(tag, "a11y.text_size", map[string]any{"Size": h.t(tag, "settings.text."+size)})] = true
	}
	end := 0
	for i, o := range shown(h) {
		if bar[label(o)] {
			end = i + 1
		}
	}
	return end
}

// reportingPaths are the checklists whose end leads to where to report it.
func reportingPaths() []checklist.ScenarioID {
	var out []checklist.ScenarioID
	for _, sc := range checklist.Scenarios() {
		if sc.Report {
			out = append(out, sc.ID)
		}
	}
	return out
}

// reportingStep is the step of a checklist under which a way to where to
// report it is shown (money sent).
func reportingStep(t *testing.T, id checklist.ScenarioID) checklist.Step {
	t.Helper()
	sc, _ := checklist.ScenarioByID(id)
	for _, st := range sc.Steps {
		if st.Report {
			return st
		}
	}
	t.Fatalf("%s has no step that leads to where to report it", id)
	return checklist.Step{}
}

// After a takeover, a checklist ends by saying it can happen to anyone,
// warning of follow-up scams, and "Talk to someone now": the services of
// the person's country where a person answers, saying that none asks for
// a code, or someone you trust where there is none. The report screen
// shows the same.
func TestTalkToSomeoneNow(t *testing.T) {
	for _, c := range []struct {
		locale, country string
	}{{"en_AU.UTF-8", "AU"}, {"en_US.UTF-8", "US"}, {"fr_FR.UTF-8", "FR"}} {
		h := startLocales(t, c.locale)
		h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
		helpers := report.Helpers(c.country)
		check := func(where string) {
			t.Helper()
			find(t, h, roleText, h.t("en", report.TalkHeadingKey))
			find(t, h, roleText, h.t("en", report.NoCodeKey))
			if len(helpers) == 0 {
				find(t, h, roleText, h.t("en", report.TrustedKey))
			}
			for _, s := range helpers {
				find(t, h, roleText, h.t("en", s.NameKey()))
				find(t, h, roleText, h.t("en", s.DoesKey()))
				if s.Phone != "" {
					find(t, h, roleText, h.tr("en", report.PhoneKey, map[string]any{"Phone": s.Phone}))
				}
			}
			for _, other := range report.AllHelpers() {
				if other.Country != c.country && sees(h, h.t("en", other.NameKey())) {
					t.Errorf("%s, %s: another country's service %s is shown", c.country, where, other.ID)
				}
			}
		}
		h.openLater(t)
		find(t, h, roleText, h.t("en", report.AnyoneKey))
		find(t, h, roleText, h.t("en", report.FollowUpKey))
		check("the checklist")
		h.openReport(t)
		check("the report screen")
	}
}

// allPhones are the phone numbers of tables R and H.
func allPhones() []string {
	var out []string
	for _, b := range report.AllBodies() {
		if b.Phone != "" && !slices.Contains(out, b.Phone) {
			out = append(out, b.Phone)
		}
	}
	for _, s := range report.AllHelpers() {
		if s.Phone != "" && !slices.Contains(out, s.Phone) {
			out = append(out, s.Phone)
		}
	}
	return out
}

// Every Copy button on the report screen says in words what it does, not
// an icon alone.
func TestReportCopyButtonsAreLabelled(t *testing.T) {
	h := startLocales(t, "en_GB.UTF-8")
	h.openReport(t)
	n := 0
	for _, o := range shown(h) {
		if b, ok := o.(*widgets.Button); ok && strings.HasPrefix(b.A11y, h.tr("en", "a11y.copy_link", map[string]any{"Name": ""})) {
			n++
			if b.Text != h.t("en", "step.copy_address") {
				t.Errorf("a copy button reads %q", b.Text)
			}
		}
	}
	if n == 0 {
		t.Fatal("no copy button on the report screen")
	}
}

// With no country chosen and none from the system, the report screen asks
// for it: the list of countries is open at once; chosen, it is kept, and
// the screen opens with it closed.
func TestReportAsksForTheCountryOnce(t *testing.T) {
	h := startLocales(t, "C")
	h.openReport(t)
	gb := h.option("en", report.CountryLabelKey, h.t("en", report.CountryKey("GB")), false)
	if lookFor(h, roleButton, gb) == nil {
		t.Fatal("no country known, and the list of countries is not open")
	}
	tap(t, h, gb)
	if got := h.saved(t).Country; got != "GB" {
		t.Fatalf("chose the United Kingdom, saved %q", got)
	}
	tap(t, h, h.t("en", "a11y.back"))
	h.openReport(t)
	if lookFor(h, roleButton, h.option("en", report.CountryLabelKey, h.t("en", report.CountryKey("FR")), false)) != nil {
		t.Error("a country chosen, yet the list opens again")
	}
	h2 := startLocales(t, "en_GB.UTF-8")
	h2.openReport(t)
	if lookFor(h2, roleButton, h2.option("en", report.CountryLabelKey, h2.t("en", report.CountryKey("FR")), false)) != nil {
		t.Error("the system's country known, yet the list is open")
	}
}

// On a phone a phone number is a link that opens the dialler with its
// digits; elsewhere it is words. Every number of tables R and H dials as
// written.
func TestPhoneNumbersDialOnAPhone(t *testing.T) {
	test.NewTempApp(t)
	for _, phone := range allPhones() {
		u := telURL(phone)
		digits := strings.NewReplacer(" ", "", "-", "").Replace(phone)
		if u.String() != "tel:"+digits {
			t.Errorf("%q dials %q", phone, u.String())
		}
		if l, ok := phoneLine("Phone: "+phone, phone, true).(*widgets.Link); !ok || l.URL.String() != u.String() {
			t.Errorf("%q on a phone is not a link that dials", phone)
		}
		if _, ok := phoneLine("Phone: "+phone, phone, false).(*widgets.Para); !ok {
			t.Errorf("%q on a desktop is not words", phone)
		}
	}
}
