package checklist

import (
	"os/exec"
	"regexp"
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

func TestChecklistsHaveEnoughSteps(t *testing.T) {
	want := map[ScenarioID]int{Unrequested: 8, Asked: 8, Recover: 6}
	for id, n := range want {
		sc, ok := ScenarioByID(id)
		if !ok {
			t.Fatalf("scenario %s missing", id)
		}
		if len(sc.Steps) < n {
			t.Errorf("%s has %d steps, want at least %d", id, len(sc.Steps), n)
		}
	}
	if len(Scenarios()) != 3 {
		t.Errorf("want 3 scenarios, got %d", len(Scenarios()))
	}
}

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestStepIDsAreUniqueAndKebabCase(t *testing.T) {
	for _, sc := range Scenarios() {
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
	// A step ID used in two checklists must be the same step (same flags and
	// sources), since its words are shared.
	byID := map[string]Step{}
	for _, sc := range Scenarios() {
		for _, st := range sc.Steps {
			if prev, ok := byID[st.ID]; ok && (prev.Urgent != st.Urgent || prev.Optional != st.Optional ||
				strings.Join(sourceStrings(prev), ",") != strings.Join(sourceStrings(st), ",")) {
				t.Errorf("step %q differs between checklists", st.ID)
			}
			byID[st.ID] = st
		}
	}
}

func sourceStrings(s Step) []string {
	var out []string
	for _, id := range s.Sources {
		out = append(out, string(id))
	}
	return out
}

func TestEveryStepHasTextAndSources(t *testing.T) {
	en := english(t)
	for _, sc := range Scenarios() {
		for _, key := range []string{sc.ID.TitleKey(), sc.ID.SubtitleKey()} {
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
			for _, id := range st.Sources {
				src, ok := SourceByID(id)
				if !ok {
					t.Errorf("%s/%s: source %s is not in the source list", sc.ID, st.ID, id)
					continue
				}
				if en.T(src.NameKey()) == "" {
					t.Errorf("source %s has no name", id)
				}
			}
		}
	}
}

func TestUrgentStepsComeFirst(t *testing.T) {
	for _, sc := range Scenarios() {
		seenCalm := false
		for _, st := range sc.Steps {
			if !st.Urgent {
				seenCalm = true
			} else if seenCalm {
				t.Errorf("%s: urgent step %s comes after a step that is not urgent", sc.ID, st.ID)
			}
		}
		if !sc.Steps[0].Urgent {
			t.Errorf("%s: the first step is not urgent", sc.ID)
		}
	}
}

func TestSourcesMatchTheFactBase(t *testing.T) {
	// Every source ID in SOURCES.md is known, and each source has an address
	// or is marked secondary (a campaign or press report with no one page).
	for _, s := range Sources() {
		if !regexp.MustCompile(`^[WA]\d+$`).MatchString(string(s.ID)) {
			t.Errorf("source ID %q is not of the fact base's form", s.ID)
		}
		if len(s.URLs) == 0 && !s.Secondary {
			t.Errorf("source %s has no address and is not secondary", s.ID)
		}
		for _, u := range s.URLs {
			if !strings.HasPrefix(u, "https://") {
				t.Errorf("source %s: %q is not an https address", s.ID, u)
			}
		}
		if strings.HasPrefix(string(s.ID), "W") && (s.Secondary || !strings.HasPrefix(s.URLs[0], "https://faq.whatsapp.com/")) {
			t.Errorf("WhatsApp source %s must point at the Help Center", s.ID)
		}
	}
}

func TestQuestionTextsExist(t *testing.T) {
	en := english(t)
	for _, sc := range Scenarios() {
		q := sc.Question
		if q == nil {
			continue
		}
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
