package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The fuzz targets below take everything Code Safety reads from outside:
// the progress file, the command line and locale strings from the system.
// Seeds are in testdata/fuzz/<target>; `make fuzz` runs each for a while.

// FuzzStateFile: any bytes in state.json give a state or an error, never a
// panic; a state that loads writes back to the same state; and the app can
// open the folder, save a tick and export it.
func FuzzStateFile(f *testing.F) {
	f.Add([]byte(`{"version":1,"language":"es","theme":"dark","text_size":"large","checklists":{"unrequested":{"done":["never-share-code"],"answers":{"can-use-whatsapp":"yes"},"updated":"2026-11-26T10:00:00Z"}}}`))
	f.Add([]byte(`{"version":2,"checklists":{"x":null}}`))
	f.Add([]byte(`{"version":1,"checklists":{"asked":{"done":[1,2]}}}`))
	f.Add([]byte("{not json"))
	f.Add([]byte{})
	cat := catalog(f)
	dir := f.TempDir() // one folder for every input: a new one each time is slow
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := parseState(data)
		if err == nil {
			again, err := json.Marshal(st)
			if err != nil {
				t.Fatalf("a loaded state does not encode: %v", err)
			}
			back, err := parseState(again)
			if err != nil || !reflect.DeepEqual(normalized(st), normalized(back)) {
				t.Fatalf("round trip changed the state: %v\n%+v\n%+v", err, st, back)
			}
		}
		stale, _ := filepath.Glob(filepath.Join(dir, StateFile+"*"))
		for _, name := range stale {
			os.Remove(name)
		}
		if err := os.WriteFile(filepath.Join(dir, StateFile), data, 0o600); err != nil {
			t.Fatal(err)
		}
		s := OpenStore(dir)
		s.write = func(path string, data []byte) error { return os.WriteFile(path, data, 0o600) } // no fsync: speed
		s.SetDone(Unrequested, "never-share-code", true)
		s.Flush()
		loc := cat.Localizer(cat.Resolve("", s.State().Language, nil))
		for _, format := range Formats() {
			var b bytes.Buffer
			if err := Export(&b, format, Scenarios()[0], s.Checklist(Unrequested), loc); err != nil {
				t.Fatalf("export %s: %v", format, err)
			}
		}
	})
}

// normalized makes empty and missing maps compare equal.
func normalized(st State) State {
	st = st.clone()
	for _, c := range st.Checklists {
		if len(c.Answers) == 0 {
			c.Answers = nil
		}
		if len(c.Done) == 0 {
			c.Done = nil
		}
		c.Updated = c.Updated.UTC()
	}
	return st
}

// FuzzCommandLine: any command line gives a result or a usage error in
// words (never a message key, never a template error) and exit status 2.
func FuzzCommandLine(f *testing.F) {
	for _, seed := range []string{"", "--lang\x00es", "export\x00--scenario\x00asked\x00--format\x00json",
		"--lang=tlh", "export\x00--format", "--data-dir", "-h", "--version\x00extra", "export\x00--scenario=x"} {
		f.Add(seed)
	}
	cat := catalog(f)
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Split(line, "\x00")
		if line == "" {
			args = nil
		}
		for _, a := range args {
			if strings.HasPrefix(strings.TrimLeft(a, "-"), "data-dir") {
				t.Skip("export reads the folder it is given; keep the fuzzer out of real folders")
			}
		}
		args = append(args, "--data-dir", t.TempDir())
		var out, errs bytes.Buffer
		_, status, handled := RunCLI(args, cat, nil, &out, &errs)
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

// FuzzLocale: any locale string from the system, the saved state or --lang
// gives a language the app has, or none.
func FuzzLocale(f *testing.F) {
	for _, seed := range []string{"", "C", "POSIX", "::", "es_MX.UTF-8", "pt_PT", "zh_CN", "xx_YY.UTF-8",
		"en_GB.UTF-8@euro", "ar-EG", "sr-Latn-RS", "\xff\xfe", "de_DE@euro:fr", "i-klingon", "und"} {
		f.Add(seed)
	}
	cat := catalog(f)
	tags := cat.Tags()
	f.Fuzz(func(t *testing.T, s string) {
		if tag, ok := cat.Match(s); ok != (tag != "") || ok && !slices.Contains(tags, tag) {
			t.Fatalf("Match(%q) = %q %v", s, tag, ok)
		}
		if tag, err := cat.ParseLang(s); err == nil && !slices.Contains(tags, tag) {
			t.Fatalf("ParseLang(%q) = %q", s, tag)
		}
		env := map[string]string{"LANGUAGE": s, "LC_ALL": s, "LC_MESSAGES": s, "LANG": s}
		system := SystemLocales(func(k string) string { return env[k] })
		for _, got := range []string{cat.Resolve("", s, system), cat.Resolve("", "", system)} {
			if !slices.Contains(tags, got) {
				t.Fatalf("Resolve with %q = %q", s, got)
			}
		}
	})
}
