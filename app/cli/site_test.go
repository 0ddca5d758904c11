package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// export --format html prints the page to print, with the saved ticks and
// the country asked for; a country the app has no list for is an error.
func TestExportHTML(t *testing.T) {
	dir := progressDir(t)
	out, errs, status, _ := cli(t, "export", "--scenario", "asked", "--format", "html", "--country", "in", "--lang", "hi", "--data-dir", dir)
	if status != 0 || errs != "" {
		t.Fatalf("status %d: %s", status, errs)
	}
	for _, want := range []string{`<html lang="hi" dir="ltr">`, `data-step="call-them" checked`, "1930"} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if _, errs, status, _ := cli(t, "export", "--scenario", "asked", "--format", "html", "--country", "zz"); status != 2 || errs == "" {
		t.Errorf("--country zz: status %d %q", status, errs)
	}
}

// site DIR writes the pages of every language and says where; without a
// folder, or with two, it is a usage error.
func TestSiteCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if out, _, status, _ := cli(t, "site", dir, "--lang", "en"); status != 2 {
		t.Errorf("words after the folder were taken: %d %q", status, out)
	}
	if _, _, status, _ := cli(t, "--lang", "en", "site", dir); status != 2 {
		t.Errorf("site after --lang: status %d", status)
	}
	out, errs, status, _ := cli(t, "site", "--lang", "en", dir)
	if status != 0 || errs != "" || !strings.Contains(out, dir) {
		t.Fatalf("status %d: %q %q", status, out, errs)
	}
	for _, f := range []string{"index.html", "sw.js", "manifest.webmanifest", "en/index.html", "hi/asked.html", "ar/report.html"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	for _, args := range [][]string{{"site"}, {"site", "a", "b"}} {
		if _, errs, status, _ := cli(t, args...); status != 2 || errs == "" {
			t.Errorf("%q: status %d %q", args, status, errs)
		}
	}
}
