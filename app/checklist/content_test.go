package checklist

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"codesafety/app/lang"
	"codesafety/translations"
)

func english(t *testing.T) *lang.Localizer {
	t.Helper()
	return catalog(t).Localizer("en")
}

func catalog(t testing.TB) *lang.Catalog {
	t.Helper()
	c, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// allSteps lists every distinct step (by ID) of every checklist.
func allSteps() []Step {
	var out []Step
	seen := map[string]bool{}
	for _, sc := range Scenarios() {
		for _, st := range sc.Steps {
			if !seen[st.ID] {
				seen[st.ID] = true
				out = append(out, st)
			}
		}
	}
	return out
}

func TestChecklistsHaveEnoughSteps(t *testing.T) {
	want := map[ScenarioID]int{Unrequested: 8, Asked: 8, Recover: 6, ActNow: 6, GhostPairing: 6, LostPhone: 6, FriendTaken: 6}
	for id, n := range want {
		sc, ok := ScenarioByID(id)
		if !ok {
			t.Fatalf("scenario %s missing", id)
		}
		if len(sc.Steps) < n {
			t.Errorf("%s has %d steps, want at least %d", id, len(sc.Steps), n)
		}
	}
	if len(Scenarios()) != len(want) {
		t.Errorf("want %d scenarios, got %d", len(want), len(Scenarios()))
	}
	// The first three situations of the home screen each ask a question
	// first; "A friend's WhatsApp was taken over" says what happened in its
	// title, so it opens its checklist at once.
	if !slices.Equal(Entries(), []ScenarioID{Unrequested, Asked, Recover, FriendTaken}) {
		t.Errorf("entries = %v", Entries())
	}
	for _, id := range Entries() {
		if sc, _ := ScenarioByID(id); (sc.Question == nil) != (id == FriendTaken) {
			t.Errorf("entry %s: question %v", id, sc.Question)
		}
	}
	// The entries come first in Scenarios, in the order of home.
	for i, id := range Entries() {
		if Scenarios()[i].ID != id {
			t.Errorf("Scenarios()[%d] = %s, want the entry %s", i, Scenarios()[i].ID, id)
		}
	}
}

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestStepIDsAreUniqueAndKebabCase(t *testing.T) {
	for _, sc := range Scenarios() {
		if !kebab.MatchString(string(sc.ID)) {
			t.Errorf("scenario ID %q is not kebab-case", sc.ID)
		}
		seen := map[string]bool{}
		for _, st := range sc.Steps {
			if !kebab.MatchString(st.ID) {
				t.Errorf("%s: step ID %q is not kebab-case", sc.ID, st.ID)
			}
			if seen[st.ID] {
				t.Errorf("%s: step ID %q appears twice", sc.ID, st.ID)
			}
			seen[st.ID] = true
		}
	}
	// A step ID used in two checklists must be the same step (same sources,
	// terms, menu and flags), since its words are shared; only its part of
	// the checklist may differ.
	byID := map[string]Step{}
	for _, sc := range Scenarios() {
		for _, st := range sc.Steps {
			if prev, ok := byID[st.ID]; ok && (prev.Optional != st.Optional || prev.Menu != st.Menu ||
				prev.RecordsDate != st.RecordsDate || !slices.Equal(prev.Sources, st.Sources) || !slices.Equal(prev.Terms, st.Terms)) {
				t.Errorf("step %q differs between checklists", st.ID)
			}
			byID[st.ID] = st
		}
	}
}

func TestEveryStepHasTextAndSources(t *testing.T) {
	en := english(t)
	for _, sc := range Scenarios() {
		for _, key := range []string{sc.ID.TitleKey(), sc.ID.SubtitleKey(), sc.ID.IntroKey()} {
			if en.T(key) == "" {
				t.Errorf("%s: no English for %s", sc.ID, key)
			}
		}
		for _, st := range sc.Steps {
			for _, key := range []string{st.TitleKey(), st.SummaryKey(), st.HowKey(), st.WhyKey()} {
				if en.T(key) == "" {
					t.Errorf("%s/%s: no English for %s", sc.ID, st.ID, key)
				}
			}
			if len(st.Sources) == 0 {
				t.Errorf("%s/%s: no source", sc.ID, st.ID)
			}
			https := false
			for _, id := range st.Sources {
				src, ok := SourceByID(id)
				if !ok {
					t.Errorf("%s/%s: source %s is not in the source list", sc.ID, st.ID, id)
					continue
				}
				for _, u := range src.URLs {
					https = https || strings.HasPrefix(u, "https://")
					if name, _ := page(src, u); en.T(name) == "" || en.T(name) == name {
						t.Errorf("source %s: %s has no name", id, u)
					}
				}
			}
			if !https {
				t.Errorf("%s/%s: no source with an https address", sc.ID, st.ID)
			}
		}
	}
}

// The three parts: Right now first (at most four steps), then Next, then
// When you have time; Urgent is the same as Right now. A calm path ("you're
// safe") has nothing urgent; every other path has something to do now.
func TestPhases(t *testing.T) {
	for _, sc := range Scenarios() {
		last := -1
		for _, st := range sc.Steps {
			i := slices.Index(Phases(), st.Phase)
			if i < 0 {
				t.Errorf("%s/%s: phase %q is not one of %v", sc.ID, st.ID, st.Phase, Phases())
			}
			if i < last {
				t.Errorf("%s/%s: part %s comes after a later part", sc.ID, st.ID, st.Phase)
			}
			last = i
			if st.Urgent != (st.Phase == PhaseNow) {
				t.Errorf("%s/%s: urgent %v in part %s", sc.ID, st.ID, st.Urgent, st.Phase)
			}
		}
		now := len(sc.StepsIn(PhaseNow))
		if now > MaxNow {
			t.Errorf("%s: %d steps in Right now, at most %d", sc.ID, now, MaxNow)
		}
		if !sc.Calm && now == 0 {
			t.Errorf("%s: not calm, with nothing to do right now", sc.ID)
		}
		// A calm path's Right now is for someone else (the person who
		// wrote): its heading says so, not a bare "Right now".
		if sc.Calm && now > 0 && sc.HeadingKey(PhaseNow) == PhaseNow.TitleKey() {
			t.Errorf("%s: calm, with a bare Right now heading", sc.ID)
		}
		if len(sc.StepsIn(PhaseLater)) == 0 || len(sc.StepsIn(PhaseNext)) == 0 {
			t.Errorf("%s: a part is empty", sc.ID)
		}
	}
	en := english(t)
	for _, p := range Phases() {
		if en.T(p.TitleKey()) == "" {
			t.Errorf("no English for %s", p.TitleKey())
		}
	}
	for _, sc := range Scenarios() {
		for _, p := range Phases() {
			if en.T(sc.HeadingKey(p)) == "" {
				t.Errorf("%s: no English for %s", sc.ID, sc.HeadingKey(p))
			}
		}
	}
	for _, st := range Standings() {
		for _, key := range []string{st.TitleKey(), st.HomeKey()} {
			if st != StandingActNow && en.T(key) == key {
				t.Errorf("no English for %s", key)
			}
		}
	}
	if en.T(DontsKey) == DontsKey {
		t.Errorf("no English for %s", DontsKey)
	}
}

// A heading tells the truth about what is under it: "Next: lock your
// account" heads only steps that protect the person's own account.
func TestHeadingsSayWhatIsUnderThem(t *testing.T) {
	ownAccount := map[string]bool{stepTwoStep.ID: true, stepEmail.ID: true, stepCheckEmail.ID: true,
		stepLinked.ID: true, stepNotifications.ID: true}
	for _, sc := range Scenarios() {
		if sc.HeadingKey(PhaseNext) != PhaseNext.TitleKey() {
			continue
		}
		for _, st := range sc.StepsIn(PhaseNext) {
			if !ownAccount[st.ID] {
				t.Errorf("%s: %q is under %q", sc.ID, st.ID, PhaseNext.TitleKey())
			}
		}
	}
}

// Where a person stands: acting now until every Right now step is done,
// then done for now, then all done once Next is done too; "When you have
// time" never counts. A calm path is safe until all is done.
func TestStandingOf(t *testing.T) {
	sc, _ := ScenarioByID(GhostPairing)
	done := map[string]bool{}
	isDone := func(id string) bool { return done[id] }
	for _, st := range sc.StepsIn(PhaseLater) {
		done[st.ID] = true
	}
	for i, st := range sc.StepsIn(PhaseNow) {
		if got := sc.StandingOf(isDone); got != StandingActNow || sc.LeftNow(isDone) != len(sc.StepsIn(PhaseNow))-i {
			t.Errorf("after %d of the urgent steps: %s, %d left", i, got, sc.LeftNow(isDone))
		}
		done[st.ID] = true
	}
	if got := sc.StandingOf(isDone); got != StandingDoneForNow {
		t.Errorf("every urgent step ticked: %s", got)
	}
	for _, st := range sc.StepsIn(PhaseNext) {
		done[st.ID] = true
	}
	if got := sc.StandingOf(isDone); got != StandingAllDone {
		t.Errorf("now and next ticked: %s", got)
	}
	calm, _ := ScenarioByID(Asked)
	none := func(string) bool { return false }
	if got := calm.StandingOf(none); got != StandingSafe {
		t.Errorf("a calm path, nothing ticked: %s", got)
	}
	if got := calm.StandingOf(func(id string) bool { return id != calm.ToDo()[len(calm.ToDo())-1].ID }); got != StandingSafe {
		t.Errorf("a calm path, one step left: %s", got)
	}
	if got := calm.StandingOf(func(string) bool { return true }); got != StandingAllDone {
		t.Errorf("a calm path, all ticked: %s", got)
	}
}

// Don'ts are one box, never steps to tick.
func TestNoStepIsADont(t *testing.T) {
	en := english(t)
	dontIDs := map[string]bool{"never-share-code": true, "spot-the-trick": true}
	for _, sc := range Scenarios() {
		if len(sc.Donts) == 0 {
			t.Errorf("%s has no don'ts", sc.ID)
		}
		for _, d := range sc.Donts {
			dontIDs[d.ID] = true
			if en.T(d.TextKey()) == "" || len(d.Sources) == 0 {
				t.Errorf("%s: don't %s has no English or no source", sc.ID, d.ID)
			}
			for _, id := range d.Sources {
				if _, ok := SourceByID(id); !ok {
					t.Errorf("don't %s: unknown source %s", d.ID, id)
				}
			}
		}
	}
	negative := regexp.MustCompile(`(?i)^(don't|do not|never|not |no |avoid|stop )`)
	for _, st := range allSteps() {
		if dontIDs[st.ID] {
			t.Errorf("step %s is a don't", st.ID)
		}
		if title := en.T(st.TitleKey()); negative.MatchString(title) {
			t.Errorf("step %s is a don't: %q", st.ID, title)
		}
	}
}

// The words "code", "pairing code" and "PIN" are never mixed up, and
// nothing presents Action Fraud as a current service.
func TestEnglishWords(t *testing.T) {
	data, err := os.ReadFile("../../translations/active.en.toml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, bad := range []string{"Action Fraud", "verification code", "confirmation code", "mobile operator how", "registration code"} {
		for _, line := range strings.Split(text, "\n") {
			if strings.Contains(line, bad) && !strings.HasPrefix(line, "#") {
				t.Errorf("English says %q: %s", bad, line)
			}
		}
	}
}

func TestSourcesMatchTheFactBase(t *testing.T) {
	rows := factBase(t)
	en := english(t)
	for _, s := range Sources() {
		row, ok := rows[string(s.ID)]
		if !ok {
			t.Errorf("source %s is not in SOURCES.md (retired?)", s.ID)
			continue
		}
		if len(s.URLs) == 0 {
			t.Errorf("source %s has no address", s.ID)
		}
		for _, u := range s.URLs {
			if !strings.HasPrefix(u, "https://") {
				t.Errorf("source %s: %q is not an https address", s.ID, u)
			}
			if !strings.Contains(citedText(rows, string(s.ID)), u) {
				t.Errorf("source %s: %q is not in its row of SOURCES.md (nor in a row it refers to)", s.ID, u)
			}
		}
		if s.Secondary != strings.Contains(row.fact, "(secondary") {
			t.Errorf("source %s: secondary %v, SOURCES.md says otherwise", s.ID, s.Secondary)
		}
		// A secondary source, or one with a reprint, says what it is under
		// the name of each page it is read on (or of the reprint).
		says := regexp.MustCompile(`reported by the press|reprint|republished`)
		saysSo := false
		for _, u := range s.URLs {
			key, secondary := page(s, u)
			name := en.T(key)
			if s.Secondary && !secondary {
				t.Errorf("source %s: %s is not marked secondary", s.ID, u)
			}
			if secondary && !says.MatchString(name) {
				t.Errorf("source %s: %s (%q) does not say it is secondary", s.ID, u, name)
			}
			saysSo = saysSo || says.MatchString(name)
		}
		if strings.Contains(row.source, "reprint") && !saysSo {
			t.Errorf("source %s cites a reprint and no name says so", s.ID)
		}
		// A WhatsApp fact is read on WhatsApp's own pages, unless the fact
		// base marks it as press reports of WhatsApp (W17).
		if strings.HasPrefix(string(s.ID), "W") && !s.Secondary && !slices.ContainsFunc(s.URLs, func(u string) bool {
			return strings.HasPrefix(u, "https://faq.whatsapp.com/") || strings.HasPrefix(u, "https://about.fb.com/")
		}) {
			t.Errorf("WhatsApp source %s must point at WhatsApp's own pages", s.ID)
		}
	}
	for id := range rows {
		if _, ok := SourceByID(SourceID(id)); !ok {
			t.Errorf("SOURCES.md's %s is missing from the source list", id)
		}
	}
	if _, ok := SourceByID("A2"); ok {
		t.Error("A2 is retired")
	}
	if _, ok := SourceByID("A5"); ok {
		t.Error("A5 is retired")
	}
	if SourcesChecked != "2026-12-06" {
		t.Errorf("SourcesChecked = %s", SourcesChecked)
	}
}

type factRow struct{ fact, source string }

// sharedFactBase is the project's fact base beside the checkout (shared/,
// which every developer and CI have); testdata/SOURCES.md is its copy, for
// a checkout without it.
const sharedFactBase = "../../../shared/guidance/SOURCES.md"

// factBase reads the W and A tables of SOURCES.md: the shared fact base when
// it is there, else the copy: id -> the fact and source columns.
func factBase(t *testing.T) map[string]factRow {
	t.Helper()
	data, err := os.ReadFile(sharedFactBase)
	if errors.Is(err, fs.ErrNotExist) {
		data, err = os.ReadFile("testdata/SOURCES.md")
	}
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]factRow{}
	row := regexp.MustCompile(`^\| ([WA]\d+[ab]?) \| (.*) \| (.*) \|$`)
	for _, line := range strings.Split(string(data), "\n") {
		if m := row.FindStringSubmatch(line); m != nil {
			rows[m[1]] = factRow{m[2], m[3]}
		}
	}
	if len(rows) < 20 || !strings.Contains(string(data), "Facts last checked: "+SourcesChecked) {
		t.Fatalf("testdata/SOURCES.md: %d rows; or not checked on %s", len(rows), SourcesChecked)
	}
	return rows
}

// citedText is the source column of a fact's row, with the source columns
// of the rows it refers to by ID ("W1, A3"; "A1's second link").
func citedText(rows map[string]factRow, id string) string {
	text := rows[id].source
	for _, ref := range regexp.MustCompile(`\b[WA]\d+[ab]?\b`).FindAllString(rows[id].source, -1) {
		if ref != id {
			text += " " + rows[ref].source
		}
	}
	return text
}

// The copy of the fact base that the tests use without shared/ is the
// fact base itself.
func TestFactBaseCopyIsCurrent(t *testing.T) {
	shared, err := os.ReadFile(sharedFactBase)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared/ beside this checkout")
	}
	if err != nil {
		t.Fatal(err)
	}
	copied, err := os.ReadFile("testdata/SOURCES.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared, copied) {
		t.Errorf("testdata/SOURCES.md differs from %s: copy it, and check every step against the changes it lists", sharedFactBase)
	}
}

// The two halves of the rule (SOURCES.md, "Two kinds of code") are said
// where they matter, in every language: the ghost-pairing path's don'ts
// and the explainer each state both; the paths a link can lead to state
// the "into WhatsApp" half; and each such text is a message of its own
// that every language fills in its own words.
func TestBothHalvesOfTheRule(t *testing.T) {
	halves := func(keys map[string]Rule) map[Rule][]string {
		out := map[Rule][]string{}
		for k, r := range keys {
			if r != "" {
				out[r] = append(out[r], k)
			}
		}
		return out
	}
	donts := func(id ScenarioID) map[string]Rule {
		sc, _ := ScenarioByID(id)
		out := map[string]Rule{}
		for _, d := range sc.Donts {
			out[d.TextKey()] = d.Rule
		}
		return out
	}
	explainer := map[string]Rule{}
	for _, p := range ExplainerDetail {
		explainer[p.Key] = p.Rule
	}
	ghost := donts(GhostPairing)
	for name, keys := range map[string]map[string]Rule{"ghost-pairing's don'ts": ghost, "the explainer": explainer} {
		h := halves(keys)
		for _, r := range Rules() {
			if len(h[r]) == 0 {
				t.Errorf("%s do not say the %q half of the rule", name, r)
			}
		}
	}
	// A link can lead to a page that shows a pairing code (A7): wherever
	// links are warned of, so is typing a code into WhatsApp.
	for _, sc := range Scenarios() {
		keys := donts(sc.ID)
		if _, links := keys[dontLinks.TextKey()]; links && len(halves(keys)[RuleIntoWhatsApp]) == 0 {
			t.Errorf("%s warns of links but not of typing a code into WhatsApp", sc.ID)
		}
	}
	// The first don't of ghost pairing is the half that was missing.
	if sc, _ := ScenarioByID(GhostPairing); sc.Donts[0].Rule != RuleIntoWhatsApp {
		t.Errorf("ghost pairing's first don't is %s", sc.Donts[0].ID)
	}
	c := catalog(t)
	en := c.Localizer("en")
	var keys []string
	for _, m := range []map[string]Rule{ghost, explainer} {
		for _, ks := range halves(m) {
			keys = append(keys, ks...)
		}
	}
	for _, l := range c.Languages() {
		loc := c.Localizer(l.Tag)
		for _, k := range keys {
			text := loc.T(k)
			if text == "" || text == k || (l.Tag != "en" && text == en.T(k)) {
				t.Errorf("%s: %s is not in its own words: %q", l.Tag, k, text)
			}
		}
	}
}

// No address appears twice on one screen.
func TestReferences(t *testing.T) {
	refs := References("W1", "W2", "W3", "W4", "W1", "nonsense", "A1", "A9")
	var names, urls []string
	for _, r := range refs {
		names = append(names, r.Name)
		urls = append(urls, r.URLs...)
	}
	// W4's second page goes under its own name; A1's reprint under A9's.
	if !slices.Equal(names, []string{"source.W1", "source.W10", "source.A1", "source.A9"}) {
		t.Errorf("References = %v", names)
	}
	if !slices.Equal(urls, []string{faqAccountSecurity, faqTwoStepForgot,
		"https://www.kyberturvallisuuskeskus.fi/en/news/whatsapp-accounts-verification-codes-are-being-phished-finland", ukPoliceReprint}) {
		t.Errorf("addresses = %v", urls)
	}
	for _, screen := range [][]SourceID{ExplainerSources, StepSources(allSteps())} {
		seen := map[string]bool{}
		for _, r := range References(screen...) {
			for _, u := range r.URLs {
				if seen[u] {
					t.Errorf("%s listed twice", u)
				}
				seen[u] = true
			}
		}
		// Every address of the screen's sources is listed once.
		for _, id := range screen {
			src, _ := SourceByID(id)
			for _, u := range src.URLs {
				if !seen[u] {
					t.Errorf("%s (%s) is not listed", u, id)
				}
			}
		}
	}
}

// Every name listed stands for its pages and only them: an address has
// one name whichever source cites it, and wherever a name is listed, every
// page of that name is linked beside it (a name that speaks of two pages
// beside one link was a fault of the 2026-12-06 review). A name is one
// page's or one group's, not a list of names.
func TestEveryNameLinksAllItsPages(t *testing.T) {
	en := english(t)
	pages := map[string][]string{} // name -> its addresses
	nameOf := map[string]string{}  // address -> its name
	for _, s := range Sources() {
		for _, u := range s.URLs {
			name, _ := page(s, u)
			if n, ok := nameOf[u]; ok && n != name {
				t.Errorf("%s is named %s by one source and %s by %s", u, n, name, s.ID)
			}
			if _, ok := nameOf[u]; !ok {
				nameOf[u] = name
				pages[name] = append(pages[name], u)
			}
		}
	}
	for name := range pages {
		if text := en.T(name); text == "" || text == name || strings.ContainsAny(text, ";؛") {
			t.Errorf("%s is %q", name, text)
		}
	}
	screens := [][]SourceID{ExplainerSources, StepSources(allSteps())}
	for _, sc := range Scenarios() {
		screens = append(screens, StepSources(sc.Steps))
	}
	for _, st := range allSteps() {
		screens = append(screens, st.Sources)
	}
	for _, screen := range screens {
		listed := map[string]bool{}
		for _, r := range References(screen...) {
			if listed[r.Name] {
				t.Errorf("%v: %s listed twice", screen, r.Name)
			}
			listed[r.Name] = true
			if !slices.Equal(r.URLs, pages[r.Name]) {
				t.Errorf("%v: %s links %v, its pages are %v", screen, r.Name, r.URLs, pages[r.Name])
			}
		}
	}
}

func TestQuestionTextsExist(t *testing.T) {
	en := english(t)
	questions := []*Question{PhoneQuestion}
	for _, id := range Entries() {
		for _, combo := range Combinations(id) {
			questions = append(questions, AskedQuestions(id, combo)...)
		}
	}
	for _, q := range questions {
		for _, key := range []string{q.TextKey(), q.HelpKey()} {
			if en.T(key) == "" {
				t.Errorf("no English for %s", key)
			}
		}
		for _, a := range q.Answers {
			if en.T(q.AnswerKey(a.ID)) == "" {
				t.Errorf("no English for %s", q.AnswerKey(a.ID))
			}
		}
	}
	if len(questions) < 4 {
		t.Errorf("only %d questions", len(questions))
	}
}

// The window does not reach into the command line: what both need (the
// export text, the version) lives below them.
func TestScreensDoNotImportTheCommandLine(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "codesafety/screens").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if slices.Contains(deps, "codesafety/app/cli") {
		t.Error("screens imports app/cli")
	}
	if !slices.Contains(deps, "codesafety/app/export") {
		t.Error("go list output does not look right: screens should use app/export")
	}
}

// The domain must stay testable without a display: nothing in app/ may
// depend on Fyne.
func TestAppDoesNotImportFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "codesafety/app/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") {
			t.Errorf("app depends on %s", dep)
		}
	}
	if !strings.Contains(string(out), "github.com/nicksnyder/go-i18n/v2/i18n") {
		t.Error("go list output does not look right: go-i18n is missing from the dependencies")
	}
}

// What home shows and what leads to reporting are data: every situation on
// home has a tile with a tone and an icon, and the questions that pick its
// path; an urgent tile is a situation where something may already have
// gone wrong (it is not calm); every checklist that offers a message about
// a taken account ends with a way to report it, and no calm one does; a
// step leads to reporting only when it is about money (A6).
func TestHomeAndReportingAreData(t *testing.T) {
	entries := Entries()
	if len(entries) < 4 || entries[0] != Unrequested || entries[1] != Asked {
		t.Errorf("Entries = %v: the two situations people arrive with come first", entries)
	}
	icons := map[Icon]ScenarioID{}
	for _, id := range entries {
		sc, _ := ScenarioByID(id)
		if sc.Home.Tone != ToneCalm && sc.Home.Tone != ToneUrgent || sc.Home.Icon == "" {
			t.Errorf("%s: tile %+v", id, *sc.Home)
		}
		if other, ok := icons[sc.Home.Icon]; ok {
			t.Errorf("%s has the icon of %s", id, other)
		}
		icons[sc.Home.Icon] = id
		if (sc.Home.Tone == ToneCalm) != sc.Calm {
			t.Errorf("%s: tone %s, calm %v", id, sc.Home.Tone, sc.Calm)
		}
	}
	for _, sc := range Scenarios() {
		// Every path where something went out (a code, a device, an
		// account, money) ends with where to report it and someone to
		// talk to; no calm one does. On a calm path the friend's message
		// is for the person who wrote, whose account it is: they report
		// it (FriendTaken does).
		taken := slices.Contains(sc.Messages, MessageAccountTaken) ||
			slices.Contains(sc.Messages, MessageFriendTaken) && !sc.Calm
		if taken && !sc.Report {
			t.Errorf("%s offers a taken-account message but does not lead to reporting", sc.ID)
		}
		if sc.Report == sc.Calm {
			t.Errorf("%s: calm %v, leads to reporting %v", sc.ID, sc.Calm, sc.Report)
		}
	}
	for _, st := range allSteps() {
		if st.Report != slices.Contains(st.Sources, "A6") {
			t.Errorf("step %s: leads to reporting %v, cites A6 (money) %v", st.ID, st.Report, slices.Contains(st.Sources, "A6"))
		}
	}
}
