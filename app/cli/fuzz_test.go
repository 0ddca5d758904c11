package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codesafety/app/progress"
)

// The fuzz targets below take the command line, and the progress file as
// export reads it. Seeds are in testdata/fuzz/<target>; `make fuzz` runs
// each for a while.

// FuzzCommandLine: any command line gives a result or a usage error in
// words (never a message key, never a template error) and exit status 2.
func FuzzCommandLine(f *testing.F) {
	for _, seed := range []string{"", "--lang\x00es", "export\x00--scenario\x00asked\x00--format\x00json",
		"--lang=tlh", "export\x00--format", "--data-dir", "-h", "--version\x00extra", "export\x00--scenario=x",
		"message\x00--kind\x00warn-family\x00--lang\x00hi", "message\x00--kind=x", "report\x00--country\x00gb",
		"report\x00--country=ZZZ\x00--lang\x00ar", "report"} {
		f.Add(seed)
	}
	cat := catalog(f)
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Split(line, "\x00")
		if line == "" {
			args = nil
		}
		if len(args) > 0 && args[0] == "site" {
			t.Skip("site writes a folder of pages where it is told: TestSiteCommand covers it")
		}
		for _, a := range args {
			if strings.HasPrefix(strings.TrimLeft(a, "-"), "data-dir") {
				t.Skip("export reads the folder it is given; keep the fuzzer out of real folders")
			}
		}
		args = append(args, "--data-dir", t.TempDir())
		var out, errs bytes.Buffer
		_, status, handled := RunCLI(args, Env{Catalog: cat, DataDir: t.TempDir(), Version: testVersion}, &out, &errs)
		msg := errs.String()
		switch {
		case !handled && status != 0:
			t.Fatalf("not handled, yet status %d", status)
		case status == 2 && msg == "":
			t.Fatal("usage error without words")
		case status != 0 && status != 1 && status != 2:
			t.Fatalf("status %d", status)
		}
		for _, bad := range []string{"cli.error.", "<no value>", "%!", "{{."} {
			if strings.Contains(msg+out.String(), bad) && !strings.Contains(line, bad) {
				t.Fatalf("output shows %q:\n%s%s", bad, out.String(), msg)
			}
		}
	})
}

// FuzzExportStateFile: whatever bytes state.json holds, export prints the
// checklist in every format (the page to print too), or says in words why
// it cannot read them.
func FuzzExportStateFile(f *testing.F) {
	f.Add([]byte(`{"version":1,"language":"es","checklists":{"unrequested":{"done":["never-share-code"]}}}`))
	f.Add([]byte(`{"version":2,"checklists":{"x":null}}`))
	f.Add([]byte("{not json"))
	f.Add([]byte("\uFEFF{\"version\":1.0,\"checklists\":{\"unrequested\":{\"done\":[\"never-share-code\"]}}}"))
	f.Add([]byte(`{"version":99999999999999999999}`))
	f.Add([]byte(`{"version":1,"country":"<script>","phone":"\"><img src=x>","checklists":{"unrequested":{"done":["add-email"],"done_on":{"add-email":"<script>alert(1)</script>"}}}}`))
	cat := catalog(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, progress.StateFile), data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, format := range Formats() {
			var out, errs bytes.Buffer
			_, status, _ := RunCLI([]string{"export", "--scenario", "unrequested", "--format", format, "--data-dir", dir},
				Env{Catalog: cat, DataDir: dir, Version: testVersion}, &out, &errs)
			if out.Len() == 0 {
				t.Fatalf("export %s printed nothing (status %d): %s", format, status, errs.String())
			}
			switch {
			case status != 0 && status != ExitUnreadable:
				t.Fatalf("export %s: status %d: %s", format, status, errs.String())
			case status == ExitUnreadable && !strings.Contains(errs.String(), dir):
				t.Fatalf("export %s: status %d without saying which file: %s", format, status, errs.String())
			case status == 0 && errs.Len() > 0:
				t.Fatalf("export %s: status 0, yet it says %s", format, errs.String())
			}
			if status == ExitUnreadable && (strings.Contains(out.String(), "[x]") || strings.Contains(out.String(), " checked>")) {
				t.Fatalf("export %s: ticks from a file it could not read", format)
			}
			// whatever the file holds (a day, a country, a phone), the page
			// to print runs nothing and loads nothing
			if format == FormatHTML && (strings.Count(out.String(), "<script") > 0 || strings.Contains(out.String(), "src=")) {
				t.Fatalf("export html: the state file put markup into the page:\n%s", out.String())
			}
		}
	})
}
