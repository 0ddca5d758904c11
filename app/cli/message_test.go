package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"encoding/json"

	"codesafety/app/checklist"
	"codesafety/app/export"
	"codesafety/app/progress"
	"codesafety/app/report"
)

// run is RunCLI with the given system locales.
func run(t *testing.T, system []string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	_, status, _ = RunCLI(args, Env{Catalog: catalog(t), System: system, DataDir: t.TempDir(), Version: testVersion}, &out, &errOut)
	return out.String(), errOut.String(), status
}

// `message` prints exactly the message, in every language: what the Copy
// button copies, and nothing else.
func TestMessageEveryKindAndLanguage(t *testing.T) {
	cat := catalog(t)
	for _, tag := range cat.Tags() {
		loc := cat.Localizer(tag)
		for _, kind := range checklist.MessageKinds() {
			out, errOut, status := run(t, nil, "message", "--kind", kind, "--lang", tag)
			want := loc.T(checklist.MessageKind(kind).TextKey())
			if status != 0 || errOut != "" || strings.TrimSpace(want) == "" || out != want+"\n" {
				t.Errorf("message --kind %s --lang %s: %d %q %q, want %q", kind, tag, status, out, errOut, want)
			}
			if strings.Contains(out, "http") || strings.Contains(out, "[") {
				t.Errorf("message --kind %s --lang %s has an address or a tick: %q", kind, tag, out)
			}
		}
	}
	// Without --lang: the system's language.
	out, _, _ := run(t, []string{"es_MX.UTF-8"}, "message", "--kind", "warn-family")
	if out != cat.Localizer("es").T(checklist.MessageWarnFamily.TextKey())+"\n" {
		t.Errorf("message in the system language: %q", out)
	}
}

// `report` picks the bodies of the system's region, or of --country; a
// region table R does not list gives local police, never an address.
func TestReportForRegions(t *testing.T) {
	en := catalog(t).Localizer("en")
	cases := []struct {
		locale string
		want   []string // body IDs; nil: local police
	}{
		{"en_GB.UTF-8", []string{"uk-report-fraud", "uk-police-scotland"}},
		{"en_US.UTF-8", []string{"us-ftc", "us-ic3"}},
		{"en_CA.UTF-8", []string{"ca-cafc"}},
		{"hi_IN", []string{"in-cybercrime"}},
		{"nl_NL.UTF-8", []string{"nl-fraudehelpdesk"}},
		{"es_ES.UTF-8", []string{"es-incibe"}},
		{"de_CH.UTF-8", []string{"ch-ncsc"}},
		{"id_ID", []string{"id-iasc"}},
		{"pt_BR.UTF-8", []string{"br-delegacia"}},
		{"ms_MY.UTF-8", []string{"my-nsrc"}},
		{"tr_TR.UTF-8", nil},
		{"bn_BD.UTF-8", nil},
		{"C", nil},
	}
	for _, c := range cases {
		out, errOut, status := run(t, []string{c.locale}, "report", "--lang", "en")
		if status != 0 || errOut != "" {
			t.Errorf("%s: status %d %q", c.locale, status, errOut)
		}
		if !strings.HasPrefix(out, en.T(report.BankFirstKey)+"\n") {
			t.Errorf("%s: the bank line is not first:\n%s", c.locale, out)
		}
		if c.want == nil {
			if !strings.Contains(out, en.T(report.LocalPoliceKey)) || strings.Contains(out, "http") || strings.Contains(out, en.T(report.PhoneKey)[:5]) {
				t.Errorf("%s: not local police alone:\n%s", c.locale, out)
			}
			continue
		}
		if strings.Contains(out, en.T(report.LocalPoliceKey)) {
			t.Errorf("%s: local police as well:\n%s", c.locale, out)
		}
		for _, b := range report.AllBodies() {
			mine := false
			for _, id := range c.want {
				mine = mine || id == b.ID
			}
			name := en.T(b.NameKey())
			if strings.Contains(out, "\n"+name+"\n") != mine {
				t.Errorf("%s: body %s shown %v:\n%s", c.locale, b.ID, !mine, out)
			}
			if !mine {
				continue
			}
			for _, a := range b.Addresses {
				if !strings.Contains(out, a) {
					t.Errorf("%s: %s lacks %s", c.locale, b.ID, a)
				}
			}
			if b.Phone != "" && !strings.Contains(out, "Phone: "+b.Phone) {
				t.Errorf("%s: %s lacks its phone", c.locale, b.ID)
			}
			for _, s := range b.Sources {
				if !strings.Contains(out, s) {
					t.Errorf("%s: %s lacks its source %s", c.locale, b.ID, s)
				}
			}
		}
	}
	// --country wins over the system, in any case.
	out, _, status := run(t, []string{"en_GB.UTF-8"}, "report", "--country", "fr", "--lang", "en")
	if status != 0 || !strings.Contains(out, "0 805 805 817 (free)") || strings.Contains(out, "Police Scotland") ||
		!strings.Contains(out, "THESEE") || !strings.Contains(out, "Website: https://www.service-public.fr/particuliers/vosdroits/R46838") {
		t.Errorf("--country fr: %d\n%s", status, out)
	}
}

// Every country, in every language, prints something in that language.
func TestReportEveryCountryAndLanguage(t *testing.T) {
	cat := catalog(t)
	for _, tag := range cat.Tags() {
		loc := cat.Localizer(tag)
		for _, cc := range report.Countries() {
			out, errOut, status := run(t, nil, "report", "--country", cc, "--lang", tag)
			if status != 0 || errOut != "" || !strings.HasPrefix(out, loc.T(report.BankFirstKey)+"\n") ||
				!strings.Contains(out, loc.T(report.CountryKey(cc))) {
				t.Errorf("report --country %s --lang %s: %d %q\n%s", cc, tag, status, errOut, out)
			}
			for _, bad := range []string{"<no value>", "{{", "report.body."} {
				if strings.Contains(out, bad) {
					t.Errorf("report --country %s --lang %s shows %q", cc, tag, bad)
				}
			}
		}
	}
}

func TestMessageAndReportErrors(t *testing.T) {
	kinds := "warn-family, account-taken, friend-taken"
	countries := "GB, US, CA, AU, IN, ES, PT, FR, CH, NL, ID, KE, DE, AT, BE, SG, NZ, MY, PK, BR, IT"
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"message"}, []string{"--kind", kinds}},
		{[]string{"message", "--kind", "warn-everyone"}, []string{"warn-everyone", kinds}},
		{[]string{"message", "--kind", ""}, []string{"--kind", kinds}},
		{[]string{"message", "--kind", "warn-family", "--country", "GB"}, []string{"country"}},
		{[]string{"message", "--kind", "warn-family", "extra"}, []string{"extra"}},
		{[]string{"message", "--kind", "warn-family", "--lang", "zh"}, []string{"zh", allLanguages}},
		{[]string{"report", "--country", "TR"}, []string{"TR", countries, "local police"}},
		{[]string{"report", "--country", "tr"}, []string{"tr", countries}},
		{[]string{"report", "--country", "GBR"}, []string{"GBR", countries}},
		{[]string{"report", "--country", ""}, []string{countries}},
		{[]string{"report", "--kind", "warn-family"}, []string{"kind"}},
		{[]string{"report", "--lang", "xx"}, []string{"xx", allLanguages}},
	}
	for _, c := range cases {
		out, errOut, status, handled := cli(t, c.args...)
		if status != 2 || !handled || out != "" {
			t.Errorf("%v: status %d handled %v stdout %q", c.args, status, handled, out)
		}
		for _, w := range append(c.want, "--help") {
			if !strings.Contains(errOut, w) {
				t.Errorf("%v: %q does not mention %q", c.args, errOut, w)
			}
		}
	}
	out, _, status, _ := cli(t, "--help")
	for _, w := range []string{"codesafety message --kind KIND", "codesafety report [--country CC]", kinds, countries} {
		if status != 0 || !strings.Contains(out, w) {
			t.Errorf("help lacks %q", w)
		}
	}
	if out, _, status, _ := cli(t, "report", "--help"); status != 0 || !strings.Contains(out, "codesafety report") {
		t.Errorf("report --help: %d %q", status, out)
	}
}

// The country chosen on the report screen wins over the system's region;
// --country wins over both.
func TestReportUsesTheSavedCountry(t *testing.T) {
	dir := t.TempDir()
	s := progress.OpenStore(dir)
	s.SetCountry("NL")
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	en := catalog(t).Localizer("en")
	nl := en.T(report.CountryKey("NL"))
	out, _, status := run(t, []string{"en_GB.UTF-8"}, "report", "--lang", "en", "--data-dir", dir)
	if status != 0 || !strings.Contains(out, nl) {
		t.Errorf("saved NL, system en_GB: %d\n%s", status, out)
	}
	out, _, _ = run(t, []string{"en_GB.UTF-8"}, "report", "--lang", "en", "--data-dir", dir, "--country", "CA")
	if strings.Contains(out, nl) || !strings.Contains(out, en.T(report.CountryKey("CA"))) {
		t.Errorf("--country CA did not win:\n%s", out)
	}
}

// With no folder for this person (no home), message and report read
// nothing, not even a state.json in the current folder.
func TestMessageAndReportWithNoFolder(t *testing.T) {
	cwd := t.TempDir()
	t.Chdir(cwd)
	os.WriteFile(filepath.Join(cwd, progress.StateFile), []byte(`{"version":1,"language":"de","country":"NL"}`), 0o600)
	for _, args := range [][]string{{"message", "--kind", "warn-family"}, {"report"}} {
		var out, errOut bytes.Buffer
		_, status, _ := RunCLI(args, Env{Catalog: catalog(t), System: []string{"en_GB.UTF-8"}, Version: testVersion}, &out, &errOut)
		want := catalog(t).Localizer("en").T(checklist.MessageWarnFamily.TextKey())
		if args[0] == "report" {
			want = catalog(t).Localizer("en").T(report.CountryKey("GB"))
		}
		if status != 0 || !strings.Contains(out.String(), want) {
			t.Errorf("%v: status %d, read the current folder's file?\n%s", args, status, out.String())
		}
	}
}

// A checklist's messages to copy are in its export too, word for word, as
// its steps say "copy the message below".
func TestExportHasTheMessages(t *testing.T) {
	en := catalog(t).Localizer("en")
	for _, sc := range checklist.Scenarios() {
		out, _, status := run(t, nil, "export", "--scenario", string(sc.ID), "--format", "json", "--lang", "en")
		var doc export.Doc
		if status != 0 || json.Unmarshal([]byte(out), &doc) != nil {
			t.Fatalf("%s: status %d\n%s", sc.ID, status, out)
		}
		if len(doc.Messages) != len(sc.Messages) {
			t.Errorf("%s: %d messages, want %d", sc.ID, len(doc.Messages), len(sc.Messages))
			continue
		}
		txt, _, _ := run(t, nil, "export", "--scenario", string(sc.ID), "--format", "txt", "--lang", "en")
		for i, m := range sc.Messages {
			if doc.Messages[i].Kind != string(m) || doc.Messages[i].Text != en.T(m.TextKey()) {
				t.Errorf("%s: message %d = %+v", sc.ID, i, doc.Messages[i])
			}
			if !strings.Contains(txt, en.T(m.TextKey())) {
				t.Errorf("%s: the txt export lacks the %s message", sc.ID, m)
			}
		}
	}
}
