package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	fyneapp "fyne.io/fyne/v2/app"

	"codesafety/app"
)

func runArgs(args ...string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	status = run(args, &out, &errOut)
	return out.String(), errOut.String(), status
}

func TestCommandLine(t *testing.T) {
	out, _, status := runArgs("--version")
	if status != 0 || strings.TrimSpace(out) != "Code Safety "+app.Version {
		t.Errorf("--version: %d %q", status, out)
	}
	out, _, status = runArgs("--help", "--lang", "en")
	if status != 0 || !strings.Contains(out, "--data-dir DIR") {
		t.Errorf("--help: %d %q", status, out)
	}
	_, errOut, status := runArgs("--lang", "tlh")
	if status != 2 || !strings.Contains(errOut, allLanguages) {
		t.Errorf("--lang tlh: %d %q", status, errOut)
	}
	_, errOut, status = runArgs("export", "--scenario", "x")
	if status != 2 || !strings.Contains(errOut, "unrequested, asked, recover") {
		t.Errorf("bad scenario: %d %q", status, errOut)
	}
	out, _, status = runArgs("export", "--scenario", "recover", "--format", "json", "--lang", "hi", "--data-dir", t.TempDir())
	var doc app.ExportDoc
	if status != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Language != "hi" || len(doc.Steps) == 0 {
		t.Errorf("export: %d %q", status, out)
	}
}

// The export command finds progress where the window saves it, without
// starting Fyne: the two ways of naming the folder must agree.
func TestExportReadsWhereTheWindowSaves(t *testing.T) {
	home, err := os.MkdirTemp("", "codesafety-home-")
	if err != nil {
		t.Fatal(err)
	}
	// Fyne writes in the background; remove what is there at the end.
	defer os.RemoveAll(home)
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", "")
	got := fyneapp.NewWithID(app.AppID).Storage().RootURI().Path()
	if got != app.DefaultDataDir() {
		t.Errorf("Fyne stores at %q, export reads %q", got, app.DefaultDataDir())
	}
}

// allLanguages is how errors list the languages: English, then the others.
const allLanguages = "en, ar, de, es, fr, hi, id, it, nl, pt-BR, ru, tr"
