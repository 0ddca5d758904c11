package checklist

import (
	"bytes"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// Every step that names a menu path has the placeholder, and only those;
// filled in, it gives the path for the phone, or both, each labelled.
func TestMenuPaths(t *testing.T) {
	en := english(t)
	for _, m := range Menus() {
		if en.T(m.AndroidKey()) == "" || en.T(m.IPhoneKey()) == "" {
			t.Errorf("menu %s has no English path", m)
		}
	}
	var raw map[string]any
	if _, err := toml.DecodeFile("../../translations/active.en.toml", &raw); err != nil {
		t.Fatal(err)
	}
	used := map[MenuID]bool{}
	for _, st := range allSteps() {
		raw, _ := raw[st.HowKey()].(string)
		if strings.Contains(raw, "{{.Menu}}") != (st.Menu != "") {
			t.Errorf("%s: menu %q, how %q", st.ID, st.Menu, raw)
		}
		if st.Menu == "" {
			continue
		}
		used[st.Menu] = true
		android, iphone := en.T(st.Menu.AndroidKey()), en.T(st.Menu.IPhoneKey())
		for _, phone := range []string{"", PhoneAndroid, PhoneIPhone, PhoneNotSure} {
			how := st.How(en, phone)
			if strings.Contains(how, "{{") || strings.Contains(how, "<no value>") || strings.Contains(how, "..") {
				t.Errorf("%s (%q): %q", st.ID, phone, how)
			}
			var ok bool
			switch phone {
			case PhoneAndroid:
				ok = strings.Contains(how, android) && !strings.Contains(how, "iPhone")
			case PhoneIPhone:
				ok = strings.Contains(how, iphone) && !strings.Contains(how, "Android") && !strings.Contains(how, "More options")
			default:
				ok = strings.Contains(how, en.Tf(MenuBothKey, map[string]any{"Android": android, "IPhone": iphone}))
			}
			if !ok {
				t.Errorf("%s with phone %q: %q", st.ID, phone, how)
			}
		}
	}
	for _, m := range Menus() {
		if !used[m] {
			t.Errorf("menu %s is not used by any step", m)
		}
	}
	// Menu paths are only those of SOURCES.md: Android's go through ⋮ (More
	// options), except inside a chat (W12). The shipped fonts have no ⋮, so
	// it is named in words.
	for _, m := range Menus() {
		if a := en.T(m.AndroidKey()); m != MenuBlockReport && !strings.HasPrefix(a, "More options (three dots) > ") {
			t.Errorf("menu %s on Android: %q", m, a)
		}
	}
	for _, p := range Phones() {
		if en.T(PhoneQuestion.AnswerKey(p)) == "" {
			t.Errorf("no English for phone %s", p)
		}
	}
}

// termWords are the forms of a term's English name that count as using it
// ("registering" also in "registered", "register").
func termWords(name string) []string {
	name = strings.ToLower(name)
	words := []string{name}
	if stem, ok := strings.CutSuffix(name, "ing"); ok {
		words = append(words, stem+"ed", stem+" ")
	}
	return words
}

// A step whose English text uses a glossary word lists that term, so the
// screen can show it as a tappable word; and a step lists only terms it uses.
func TestStepsListTheTermsTheyUse(t *testing.T) {
	en := english(t)
	for _, term := range Terms() {
		if en.T(term.ID.NameKey()) == "" || en.T(term.ID.ExplainKey()) == "" || len(term.Sources) == 0 {
			t.Errorf("term %s has no name, explanation or source", term.ID)
		}
		for _, id := range term.Sources {
			if _, ok := SourceByID(id); !ok {
				t.Errorf("term %s: unknown source %s", term.ID, id)
			}
		}
		// One or two plain sentences.
		if n := strings.Count(en.T(term.ID.ExplainKey()), ". "); n > 1 {
			t.Errorf("term %s: %d sentences", term.ID, n+1)
		}
	}
	for _, st := range allSteps() {
		text := strings.ToLower(strings.Join([]string{en.T(st.TitleKey()), en.T(st.SummaryKey()),
			st.How(en, PhoneNotSure), en.T(st.WhyKey())}, " "))
		for _, term := range Terms() {
			uses := false
			for _, w := range termWords(en.T(term.ID.NameKey())) {
				uses = uses || strings.Contains(text, w)
			}
			listed := false
			for _, id := range st.Terms {
				listed = listed || id == term.ID
			}
			if uses && !listed {
				t.Errorf("step %s uses %q but does not list the term", st.ID, en.T(term.ID.NameKey()))
			}
			if listed && !uses {
				t.Errorf("step %s lists %q but does not use it", st.ID, en.T(term.ID.NameKey()))
			}
		}
	}
	for _, id := range []TermID{TermTwoStep, TermLinkedDevice, TermRegistering, TermSIMSwap, TermVoicemailPIN, TermMobileCompany, TermPasskey} {
		if _, ok := TermByID(id); !ok {
			t.Errorf("the glossary lacks %s", id)
		}
	}
}

var kincaid = regexp.MustCompile(`Kincaid:\s*(-?[0-9.]+)`)

// English step titles and summaries stay easy to read: GNU style (Debian's
// diction package) gives them a Kincaid grade of 6 or under.
func TestStepsAreEasyToRead(t *testing.T) {
	style, err := exec.LookPath("style")
	if err != nil {
		t.Fatal("GNU style is missing: install Debian's diction package (apt-get install diction), or run make test")
	}
	en := english(t)
	var b strings.Builder
	for _, st := range allSteps() {
		for _, key := range []string{st.TitleKey(), st.SummaryKey()} {
			line := strings.TrimSpace(en.T(key))
			if !strings.ContainsAny(line[len(line)-1:], ".!?") {
				line += "."
			}
			b.WriteString(line + "\n")
		}
	}
	cmd := exec.Command(style)
	cmd.Stdin = strings.NewReader(b.String())
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("style: %v\n%s", err, out.String())
	}
	m := kincaid.FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("style gave no Kincaid grade:\n%s", out.String())
	}
	grade, err := strconv.ParseFloat(m[1], 64)
	if err != nil || grade > 6 {
		t.Errorf("Kincaid grade of the step titles and summaries is %s, above 6", m[1])
	}
	t.Logf("Kincaid grade %.1f", grade)
}

// A step's text brings in its menu path after a colon ("In WhatsApp, open:
// {{.Menu}}"), so the text for both phones holds no colon of its own, in
// any language: two in a row read as a broken sentence (the 2026-12-06
// review, fix B).
func TestMenuBothAddsNoColon(t *testing.T) {
	c := catalog(t)
	for _, l := range c.Languages() {
		both := c.Localizer(l.Tag).Tf(MenuBothKey, map[string]any{"Android": "A", "IPhone": "I"})
		if strings.ContainsAny(both, ":：") {
			t.Errorf("%s: %s is %q", l.Tag, MenuBothKey, both)
		}
	}
}
