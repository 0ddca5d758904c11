package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codesafety/app/checklist"
	"codesafety/app/export"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/translations"
)

// testVersion is the version the tests give the command line, as main
// gives it FyneApp.toml's.
const testVersion = "9.8.7"

func cli(t *testing.T, args ...string) (stdout, stderr string, status int, handled bool) {
	t.Helper()
	var out, errOut bytes.Buffer
	_, status, handled = RunCLI(args, Env{Catalog: catalog(t), DataDir: t.TempDir(), Version: testVersion}, &out, &errOut)
	return out.String(), errOut.String(), status, handled
}

// progressDir saves some progress for the "asked" checklist.
func progressDir(t *testing.T) string {
	dir := t.TempDir()
	s := progress.OpenStore(dir)
	s.SetDone(checklist.Asked, "call-them", true)
	s.SetDone(checklist.Asked, "never-share-code", true)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestExportJSON(t *testing.T) {
	dir := progressDir(t)
	for _, lang := range []string{"en", "es", "hi"} {
		out, errOut, status, _ := cli(t, "export", "--scenario", "asked", "--format", "json", "--lang", lang, "--data-dir", dir)
		if status != 0 {
			t.Fatalf("%s: status %d: %s", lang, status, errOut)
		}
		var doc export.Doc
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: %v\n%s", lang, err, out)
		}
		sc, _ := checklist.ScenarioByID(checklist.Asked)
		if doc.Scenario != "asked" || doc.Language != lang || len(doc.Steps) != len(sc.Steps) {
			t.Fatalf("%s: %+v", lang, doc)
		}
		loc := catalog(t).Localizer(lang)
		for i, st := range doc.Steps {
			want := sc.Steps[i]
			if st.ID != want.ID || st.Urgent != want.Urgent || st.Optional != want.Optional || st.Phase != string(want.Phase) {
				t.Errorf("%s: step %d = %+v", lang, i, st)
			}
			if st.Title != loc.T(want.TitleKey()) || st.Summary == "" {
				t.Errorf("%s: step %s title %q", lang, st.ID, st.Title)
			}
			if st.Done != (st.ID == "call-them" || st.ID == "never-share-code") {
				t.Errorf("%s: step %s done = %v", lang, st.ID, st.Done)
			}
			if len(st.SourceNames) == 0 || len(st.Sources) == 0 {
				t.Errorf("%s: step %s has no source", lang, st.ID)
			}
			if st.Phase != "now" && st.Phase != "next" && st.Phase != "later" {
				t.Errorf("%s: step %s phase %q", lang, st.ID, st.Phase)
			}
			if strings.Contains(st.How, "{{") || strings.Contains(st.How, "<no value>") {
				t.Errorf("%s: step %s how %q", lang, st.ID, st.How)
			}
		}
		// The "report and block" step cites two Help Center pages.
		for _, st := range doc.Steps {
			if st.ID == "report-and-block" && len(st.Sources) != 2 {
				t.Errorf("report-and-block sources = %v", st.Sources)
			}
		}
	}
}

func TestExportMarkdownAndText(t *testing.T) {
	dir := progressDir(t)
	asked, _ := checklist.ScenarioByID(checklist.Asked)
	md, _, status, _ := cli(t, "export", "--scenario", "asked", "--data-dir", dir, "--lang", "en")
	if status != 0 {
		t.Fatal(status)
	}
	en := catalog(t).Localizer("en")
	callThem := en.T("step.call-them.title")
	// the day it was ticked, as saved: export prints it, for the police
	day := progress.OpenStore(dir).Checklist(checklist.Asked).DoneOn["call-them"]
	if day == "" {
		t.Fatal("no day saved for the tick")
	}
	doneOn := " (" + en.Tf("export.done_on", map[string]any{"Date": day}) + ")"
	for _, want := range []string{
		"# " + en.T(asked.ID.TitleKey()),
		// never-share-code is no longer a step: its saved tick is kept, not counted;
		// the count is of the steps to do (Right now and Next)
		en.N("progress.count", 1, map[string]any{"Total": len(asked.ToDo())}),
		en.T(asked.ID.IntroKey()),
		"**" + en.T(checklist.DontsKey) + "**\n\n- " + en.T(asked.Donts[0].TextKey()) + "\n",
		"## " + en.T(asked.HeadingKey(checklist.PhaseNow)) + "\n\n- [x] **" + callThem + "**" + doneOn + "  \n",
		"## " + en.T(asked.HeadingKey(checklist.PhaseLater)),
		"- [ ] **Report and block the sender**",
		"[WhatsApp Help Center: blocking and reporting](https://faq.whatsapp.com/1142481766359885)",
		"Never share the code",
		"  Check that it is really them before you do anything.  \n", // a line break, not a run-on paragraph
		"on Android, the contact's name > Block or Report; on iPhone, the contact's name > Block Contact or Report Contact.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	txt, _, status, _ := cli(t, "export", "--scenario", "asked", "--format", "txt", "--data-dir", dir, "--lang", "en")
	if status != 0 {
		t.Fatal(status)
	}
	for _, want := range []string{"[x] " + callThem + doneOn, "[ ] Report and block the sender", "<https://faq.whatsapp.com/414631957536067>", "Friends Against Scams"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q:\n%s", want, txt)
		}
	}
	if strings.Contains(txt, "**") || strings.Contains(txt, "](") {
		t.Error("text export contains markdown")
	}
	es, _, _, _ := cli(t, "export", "--scenario", "recover", "--format", "txt", "--data-dir", dir, "--lang", "es")
	hi, _, _, _ := cli(t, "export", "--scenario", "recover", "--format", "txt", "--data-dir", dir, "--lang", "hi")
	if es == txt || !strings.Contains(hi, "WhatsApp") || strings.Contains(hi, "Sign in to WhatsApp again") {
		t.Errorf("Hindi export is not in Hindi:\n%s", hi)
	}
}

func TestExportUsesSavedLanguage(t *testing.T) {
	dir := t.TempDir()
	s := progress.OpenStore(dir)
	s.SetLanguage("es")
	s.Flush()
	out, _, _, _ := cli(t, "export", "--scenario", "asked", "--format", "json", "--data-dir", dir)
	if !strings.Contains(out, `"language": "es"`) {
		t.Errorf("saved language not used:\n%s", out[:200])
	}
}

// Export of a progress file it cannot read, or from a newer version: the
// checklist without ticks, one sentence saying why, exit status 3, and the
// file untouched. Reading never blocks or reads without end.
func TestExportOfUnreadableProgressSaysSo(t *testing.T) {
	done := `"done": ["never-share-code", "call-them", "report-and-block"]`
	big := `{"version": 1, "checklists": {"asked": {` + done + `, "answers": {"x": "` +
		strings.Repeat("y", progress.MaxStateSize) + `"}}}}`
	cases := []struct {
		name, file, want string
	}{
		{"broken", "{broken", "could not be read"},
		{"too big", big, "could not be read"},
		{"newer", `{"version": 2, "checklists": {"asked": {` + done + `}}}`, "newer version"},
		{"far newer", `{"version": 99999999999999999999, "checklists": {"asked": {` + done + `}}}`, "newer version"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		path := filepath.Join(dir, progress.StateFile)
		os.WriteFile(path, []byte(c.file), 0o600)
		out, errOut, status, _ := cli(t, "export", "--scenario", "asked", "--data-dir", dir, "--lang", "en")
		if status != ExitUnreadable || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, path) ||
			strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%s: status %d, stderr %q", c.name, status, errOut)
		}
		asked, _ := checklist.ScenarioByID(checklist.Asked)
		none := catalog(t).Localizer("en").N("progress.count", 0, map[string]any{"Total": len(asked.ToDo())})
		if !strings.Contains(out, none) || strings.Contains(out, "[x]") {
			t.Errorf("%s: not the checklist without ticks:\n%.300s", c.name, out)
		}
		if b, _ := os.ReadFile(path); string(b) != c.file {
			t.Errorf("%s: export changed the state file", c.name)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%s: export wrote in the folder: %v", c.name, entries)
		}
	}
	// no file at all is not a problem
	if _, errOut, status, _ := cli(t, "export", "--scenario", "asked", "--data-dir", t.TempDir()); status != 0 || errOut != "" {
		t.Errorf("no file: status %d, stderr %q", status, errOut)
	}
}

// No folder for this person (no home): export reads nothing, writes
// nothing (not in the current folder either), and prints the checklist.
func TestExportWithNoFolder(t *testing.T) {
	cwd := t.TempDir()
	t.Chdir(cwd)
	var out, errOut bytes.Buffer
	_, status, _ := RunCLI([]string{"export", "--scenario", "asked"}, Env{Catalog: catalog(t), Version: testVersion}, &out, &errOut)
	if status != 0 || !strings.Contains(out.String(), "[ ]") {
		t.Errorf("status %d, stderr %q", status, errOut.String())
	}
	if entries, _ := os.ReadDir(cwd); len(entries) != 0 {
		t.Errorf("wrote into the current folder: %v", entries)
	}
}

func TestCommandLineErrors(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"export", "--scenario", "nope"}, []string{"nope", allScenarios}},
		{[]string{"export"}, []string{"--scenario", allScenarios}},
		{[]string{"export", "--scenario", "asked", "--phone", "nokia"}, []string{"nokia", "android, iphone"}},
		{[]string{"export", "--scenario", "asked", "--phone", "not-sure"}, []string{"not-sure", "android, iphone"}},
		{[]string{"--phone", "android"}, []string{"phone"}},
		{[]string{"export", "--scenario", "asked", "--format", "pdf"}, []string{"pdf", "md, txt, json"}},
		{[]string{"--lang", "zh"}, []string{"zh", allLanguages}},
		{[]string{"--lang", "!!"}, []string{"!!", allLanguages}},
		{[]string{"export", "--scenario", "asked", "--lang", "xx"}, []string{"xx", allLanguages}},
		{[]string{"--no-such-flag"}, []string{"no-such-flag"}},
		{[]string{"extra"}, []string{"extra"}},
		{[]string{"--data-dir", ""}, []string{"--data-dir"}},
	}
	for _, c := range cases {
		out, errOut, status, handled := cli(t, c.args...)
		if status != 2 || !handled || out != "" {
			t.Errorf("%v: status %d handled %v stdout %q", c.args, status, handled, out)
		}
		for _, w := range c.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%v: %q does not mention %q", c.args, errOut, w)
			}
		}
		if !strings.Contains(errOut, "--help") {
			t.Errorf("%v: no pointer to --help", c.args)
		}
	}
}

// --help speaks the language asked for, like everything else.
func TestHelpFollowsLang(t *testing.T) {
	cat := catalog(t)
	var out, errs strings.Builder
	_, status, _ := RunCLI([]string{"--help", "--lang", "es"}, Env{Catalog: cat, System: []string{"en_US.UTF-8"}, DataDir: t.TempDir(), Version: testVersion}, &out, &errs)
	want := strings.SplitN(cat.Localizer("es").T("cli.usage"), "\n", 2)[0]
	if status != 0 || !strings.HasPrefix(out.String(), want) {
		t.Errorf("--help --lang es: %d %q", status, out.String())
	}
}

func TestHelpVersionAndWindow(t *testing.T) {
	out, _, status, handled := cli(t, "--help")
	if status != 0 || !handled || !strings.Contains(out, "codesafety export --scenario ID") || !strings.Contains(out, allLanguages) ||
		!strings.Contains(out, allScenarios) || !strings.Contains(out, "--phone PHONE") || !strings.Contains(out, "android, iphone") {
		t.Errorf("help: %d %q", status, out)
	}
	out, _, status, _ = cli(t, "--version")
	if status != 0 || strings.TrimSpace(out) != "Code Safety "+testVersion {
		t.Errorf("version: %d %q", status, out)
	}
	var o, e bytes.Buffer
	cmd, status, handled := RunCLI([]string{"--lang", "hi", "--data-dir", "/tmp/x"}, Env{Catalog: catalog(t), DataDir: t.TempDir(), Version: testVersion}, &o, &e)
	if handled || status != 0 || cmd.Lang != "hi" || cmd.DataDir != "/tmp/x" || o.Len()+e.Len() != 0 {
		t.Errorf("window: %+v %d %v", cmd, status, handled)
	}
	// Help in the system language.
	var hi bytes.Buffer
	RunCLI([]string{"--help"}, Env{Catalog: catalog(t), System: []string{"hi_IN.UTF-8"}, DataDir: t.TempDir(), Version: testVersion}, &hi, &e)
	if strings.Contains(hi.String(), "open the window") {
		t.Errorf("help is not in Hindi:\n%s", hi.String())
	}
}

// catalog is every translation, for tests.
func catalog(t testing.TB) *lang.Catalog {
	t.Helper()
	c, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// allScenarios is how errors list the checklists: the situations of the
// home screen, then the paths the questions lead to.
var allScenarios = strings.Join(checklist.ScenarioIDs(), ", ")

// allLanguages is how errors and help list the languages: the catalog's
// (app/lang's tests check its order against translations/).
var allLanguages = func() string {
	c, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		panic(err)
	}
	return strings.Join(c.Tags(), ", ")
}()

// Every path can be exported, in every format, and --phone picks its menu
// paths; without it both are given, each labelled.
func TestExportEveryPathAndPhone(t *testing.T) {
	dir := t.TempDir()
	en := catalog(t).Localizer("en")
	for _, id := range checklist.ScenarioIDs() {
		for _, phone := range []string{"", "android", "iphone"} {
			args := []string{"export", "--scenario", id, "--format", "json", "--lang", "en", "--data-dir", dir}
			if phone != "" {
				args = append(args, "--phone", phone)
			}
			out, errOut, status, _ := cli(t, args...)
			if status != 0 {
				t.Fatalf("%v: %d %s", args, status, errOut)
			}
			var doc export.Doc
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			sc, _ := checklist.ScenarioByID(checklist.ScenarioID(id))
			if doc.Scenario != id || doc.Phone != phone || len(doc.Steps) != len(sc.Steps) || len(doc.Donts) != len(sc.Donts) || doc.Intro == "" {
				t.Errorf("%v: %+v", args, doc)
			}
			for i, st := range doc.Steps {
				menu := sc.Steps[i].Menu
				if menu == "" {
					continue
				}
				android, iphone := en.T(menu.AndroidKey()), en.T(menu.IPhoneKey())
				has := func(s string) bool { return strings.Contains(st.How, s) }
				ok := map[string]bool{
					"":        has(en.Tf(checklist.MenuBothKey, map[string]any{"Android": android, "IPhone": iphone})),
					"android": has(android) && !has("iPhone"),
					"iphone":  has(iphone) && !has("Android") && !has("More options"),
				}[phone]
				if !ok {
					t.Errorf("%s --phone %q: step %s how %q", id, phone, st.ID, st.How)
				}
			}
		}
		for _, format := range []string{"md", "txt"} {
			out, _, status, _ := cli(t, "export", "--scenario", id, "--format", format, "--lang", "en", "--phone", "iphone", "--data-dir", dir)
			sc, _ := checklist.ScenarioByID(checklist.ScenarioID(id))
			hasNow := len(sc.StepsIn(checklist.PhaseNow)) > 0
			if status != 0 || strings.Contains(out, en.T(sc.HeadingKey(checklist.PhaseNow))) != hasNow ||
				!strings.Contains(out, "When you have time") || strings.Contains(out, "More options") {
				t.Errorf("%s %s: %d\n%s", id, format, status, out)
			}
		}
	}
}

// The printed ghost-pairing checklist says both halves of the rule, in
// every language and format: never give out a code WhatsApp sends you, and
// never type into WhatsApp a code someone gives you.
func TestExportOfGhostPairingSaysBothHalvesOfTheRule(t *testing.T) {
	c := catalog(t)
	sc, _ := checklist.ScenarioByID(checklist.GhostPairing)
	for _, tag := range c.Tags() {
		loc := c.Localizer(tag)
		for _, format := range export.Formats() {
			out, errOut, status, _ := cli(t, "export", "--scenario", string(sc.ID), "--format", format, "--lang", tag)
			if status != 0 || errOut != "" {
				t.Fatalf("%s %s: %d %s", tag, format, status, errOut)
			}
			said := map[checklist.Rule]bool{}
			for _, d := range sc.Donts {
				text := loc.T(d.TextKey())
				if format == export.FormatJSON {
					b, _ := json.Marshal(text)
					text = strings.Trim(string(b), `"`)
				}
				if d.Rule != "" && strings.Contains(out, text) {
					said[d.Rule] = true
				}
			}
			for _, r := range checklist.Rules() {
				if !said[r] {
					t.Errorf("%s %s: the %q half of the rule is not printed", tag, format, r)
				}
			}
		}
	}
}

// An error repeats what was typed only cut short and printable: a huge
// argument is not echoed whole, and terminal escape codes are written as
// escapes, never sent to the terminal.
func TestErrorsRepeatWhatWasTypedSafely(t *testing.T) {
	huge := strings.Repeat("x", 100_000)
	esc := "\x1b[2J\x1b]0;owned\x07"
	for _, args := range [][]string{
		{"--lang", huge}, {"--lang", esc},
		{"export", "--scenario", huge}, {"export", "--scenario", esc},
		{"export", "--scenario", "asked", "--format", esc},
		{"message", "--kind", esc}, {"report", "--country", huge},
		{huge}, {esc, esc}, {"--" + esc}, {"--" + huge},
	} {
		_, errOut, status, _ := cli(t, args...)
		if status != 2 {
			t.Errorf("%.20q: status %d", args, status)
		}
		if len(errOut) > 1000 || strings.ContainsAny(errOut, "\x1b\x07") {
			t.Errorf("%.20q: the error repeats it as it is (%d bytes): %.200q", args, len(errOut), errOut)
		}
		if !strings.Contains(errOut, "…") && strings.Contains(strings.Join(args, ""), huge) {
			t.Errorf("%.20q: not marked as cut: %.200q", args, errOut)
		}
	}
}

// Export prints "It didn't work?" under the steps that have it, in text
// and Markdown, and in JSON as the step's trouble.
func TestExportSaysWhatToDoWhenAStepFails(t *testing.T) {
	en := catalog(t).Localizer("en")
	want := en.T(checklist.TroubleKey) + " " + en.T(checklist.TroubleSignIn)
	for _, format := range []string{"txt", "md"} {
		out, _, status, _ := cli(t, "export", "--scenario", "recover", "--format", format, "--lang", "en", "--data-dir", t.TempDir())
		if status != 0 || !strings.Contains(out, want) {
			t.Errorf("%s: no %q:\n%s", format, want, out)
		}
	}
	out, _, _, _ := cli(t, "export", "--scenario", "recover", "--format", "json", "--lang", "en", "--data-dir", t.TempDir())
	var doc export.Doc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Steps[0].ID != "sign-in-again" || doc.Steps[0].Trouble != en.T(checklist.TroubleSignIn) {
		t.Errorf("json: %+v", doc.Steps[0])
	}
}
