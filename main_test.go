package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/app"

	"codesafety/app/export"
	"codesafety/app/lang"
	"codesafety/translations"
)

// With CODESAFETY_RUN_MAIN set, the test binary is the app itself: its
// arguments follow, separated by "\x1f". Tests start it this way to see
// what a person would see, exit status and all.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("CODESAFETY_RUN_MAIN"); ok {
		var list []string
		if args != "" {
			list = strings.Split(args, "\x1f")
		}
		os.Exit(run(list, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// appCommand is the app started with args in the environment env (added to
// a copy of this one, where "-KEY" removes KEY).
func appCommand(env []string, args ...string) *exec.Cmd {
	self, err := os.Executable() // tests may change folder: not os.Args[0]
	if err != nil {
		self = os.Args[0]
	}
	cmd := exec.Command(self)
	base := os.Environ()
	for _, e := range env {
		if k, ok := strings.CutPrefix(e, "-"); ok {
			base = slices.DeleteFunc(base, func(b string) bool { return strings.HasPrefix(b, k+"=") })
		} else {
			base = append(base, e)
		}
	}
	cmd.Env = append(base, "CODESAFETY_RUN_MAIN="+strings.Join(args, "\x1f"))
	return cmd
}

// No screen at all, or one that cannot be reached: one clear sentence in
// the person's language, pointing to the printable checklist, exit status
// 1, and no panic.
func TestNoDisplaySaysSoInOneSentence(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11/Wayland only")
	}
	cat, _ := lang.LoadCatalog(translations.FS)
	en, es := cat.Localizer("en").T("cli.error.no_display"), cat.Localizer("es").T("cli.error.no_display")
	cases := []struct {
		name string
		env  []string
		want string
	}{
		{"no DISPLAY nor WAYLAND_DISPLAY", []string{"-DISPLAY", "-WAYLAND_DISPLAY", "LANG=C"}, en},
		{"X server that is not there", []string{"DISPLAY=:97", "-WAYLAND_DISPLAY", "LANG=C"}, en},
		{"Wayland display that is not there", []string{"-DISPLAY", "WAYLAND_DISPLAY=wayland-97", "-XDG_RUNTIME_DIR", "LANG=C"}, en},
		{"in Spanish", []string{"DISPLAY=:97", "-WAYLAND_DISPLAY", "LANG=es_ES.UTF-8", "-LANGUAGE", "-LC_ALL", "-LC_MESSAGES"}, es},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		cmd := appCommand(c.env, "--data-dir", t.TempDir())
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("%s: exit %v, want status 1", c.name, err)
		}
		if got := stderr.String(); got != c.want+"\n" {
			t.Errorf("%s: printed\n%s\nwant exactly\n%s", c.name, got, c.want)
		}
		if stdout.Len() > 0 {
			t.Errorf("%s: stdout %q", c.name, stdout.String())
		}
	}
}

func runArgs(args ...string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	status = run(args, &out, &errOut)
	return out.String(), errOut.String(), status
}

func TestCommandLine(t *testing.T) {
	out, _, status := runArgs("--version")
	if status != 0 || strings.TrimSpace(out) != "Code Safety "+embedded(t).Version {
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
	var doc export.Doc
	if status != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Language != "hi" || len(doc.Steps) == 0 {
		t.Errorf("export: %d %q", status, out)
	}
}

// The export command finds progress where the window saves it, without
// starting Fyne: the two ways of naming the folder must agree wherever
// there is a home folder; where there is none, Fyne would name a folder
// relative to wherever the app was started, and both save and read
// nothing. Then the real app's export, started from an empty folder,
// writes nothing there, and the window's folder is export's (main computes
// it once, before the toolkit's environment is changed).
func TestExportReadsWhereTheWindowSaves(t *testing.T) {
	home, err := os.MkdirTemp("", "codesafety-home-")
	if err != nil {
		t.Fatal(err)
	}
	// Fyne writes in the background; remove what is there at the end.
	defer os.RemoveAll(home)
	file := filepath.Join(home, "a-file")
	must(t, os.WriteFile(file, []byte("x"), 0o600))
	cases := []struct {
		name, home, config string
		saves              bool
	}{
		{"home", home, "", true},
		{"XDG_CONFIG_HOME set", home, filepath.Join(home, "conf"), true},
		{"XDG_CONFIG_HOME a file", home, file, true}, // the store then says it cannot save
		{"HOME unset", "", "", false},
		{"HOME unset, XDG_CONFIG_HOME relative", "", "conf", false},
		{"XDG_CONFIG_HOME relative", home, "conf", false},
		{"HOME relative", "rel", "", false},
	}
	wd, _ := os.Getwd()
	for _, c := range cases {
		t.Setenv("HOME", c.home)
		t.Setenv("XDG_CONFIG_HOME", c.config)
		if c.home == "" {
			os.Unsetenv("HOME")
		}
		if c.config == "" {
			os.Unsetenv("XDG_CONFIG_HOME")
		}
		fyne := app.NewWithID(embedded(t).ID).Storage().RootURI().Path()
		export := storageDir(embedded(t).ID)
		window := progressDir(runtime.GOOS, "", export, func() string { return fyne })
		switch {
		case window != export:
			t.Errorf("%s: the window saves in %q, export reads %q", c.name, window, export)
		case c.saves && export != fyne:
			t.Errorf("%s: Fyne stores at %q, export reads %q", c.name, fyne, export)
		case !c.saves && export != "":
			t.Errorf("%s: no home, yet progress goes to %q", c.name, export)
		case !c.saves && runtime.GOOS == "linux" && !strings.HasPrefix(fyne, wd+string(filepath.Separator)):
			t.Errorf("%s: Fyne would use %q, not the current folder: then there is a home to save in", c.name, fyne)
		}

		// the real app, from an empty folder
		cwd := t.TempDir()
		env := []string{"HOME=" + c.home, "XDG_CONFIG_HOME=" + c.config, "LANG=C", "-LANGUAGE", "-LC_ALL"}
		if c.home == "" {
			env[0] = "-HOME"
		}
		if c.config == "" {
			env[1] = "-XDG_CONFIG_HOME"
		}
		var out, errs bytes.Buffer
		cmd := appCommand(env, "export", "--scenario", "asked")
		cmd.Dir, cmd.Stdout, cmd.Stderr = cwd, &out, &errs
		if err := cmd.Run(); err != nil || !strings.Contains(out.String(), "[ ]") || errs.Len() > 0 {
			t.Errorf("%s: export: %v\n%s%.200s", c.name, err, errs.String(), out.String())
		}
		if left, _ := os.ReadDir(cwd); len(left) > 0 {
			t.Errorf("%s: export wrote into the folder it was started from: %v", c.name, left)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// allLanguages is how errors list the languages: the catalog's (app/lang's
// tests check its order against translations/).
var allLanguages = func() string {
	c, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		panic(err)
	}
	return strings.Join(c.Tags(), ", ")
}()

// A locale the toolkit cannot parse: a command that prints and ends prints
// only its own words, nothing of the toolkit's (which logs as its packages
// start, before main runs).
func TestAGarbageLocalePrintsNothingOfTheToolkits(t *testing.T) {
	for _, locale := range []string{"xx_YY.garbage", "\xff\xfe", "!!!", "en_US.UTF-8@@@"} {
		for _, args := range [][]string{{"--version"}, {"--help"}, {"message", "--kind", "warn-family"}} {
			cmd := appCommand([]string{"LANG=" + locale, "LC_ALL=" + locale, "-LANGUAGE", "-LC_MESSAGES"}, args...)
			var out, errs strings.Builder
			cmd.Stdout, cmd.Stderr = &out, &errs
			if err := cmd.Run(); err != nil || out.Len() == 0 || errs.Len() > 0 {
				t.Errorf("LANG=%q %v: %v, printed %d bytes, and on stderr %q", locale, args, err, out.Len(), errs.String())
			}
		}
	}
}
