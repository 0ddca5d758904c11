// Command codesafety is Code Safety: an offline checklist for the moment
// someone gets a WhatsApp code they did not ask for, or is asked for theirs.
//
// main only reads the command line and wires the pieces together; it is
// the one place that imports fyne.io/fyne/v2/app.
package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"log"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2/app"
	fynelang "fyne.io/fyne/v2/lang"

	"codesafety/app/cli"
	"codesafety/app/lang"
	"codesafety/app/meta"
	"codesafety/app/progress"
	"codesafety/assets"
	"codesafety/screens"
	"codesafety/translations"
)

// fyneApp is FyneApp.toml: the app's name, ID and version, written once
// there for the packaging tools and read here for everything else.
//
//go:embed FyneApp.toml
var fyneApp []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) (status int) {
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		fmt.Fprintln(stderr, err) // a broken build; tests keep this from shipping
		return 1
	}
	about, err := meta.Parse(fyneApp)
	if err != nil {
		fmt.Fprintln(stderr, err) // a broken build too
		return 1
	}
	system := systemLocales()
	desktop := storageDir(about.ID) // before windowEnv changes the environment
	cmd, status, handled := cli.RunCLI(args, cli.Env{Catalog: cat, System: system, DataDir: desktop, Version: about.Version}, stdout, stderr)
	if handled {
		return status
	}

	// No screen: say so in one sentence, in the person's language, and
	// point to the printable checklist, instead of the toolkit's panic.
	noDisplay := cat.Localizer(cat.Resolve(cmd.Lang, "", system)).T("cli.error.no_display")
	if missingDisplay(runtime.GOOS, os.Getenv) {
		fmt.Fprintln(stderr, noDisplay)
		return 1
	}
	var private string // for the toolkit's settings and cache when there is no home
	defer func() {
		if private != "" {
			os.RemoveAll(private)
		}
	}()
	mkPrivate := func() string {
		if private == "" {
			private, _ = os.MkdirTemp("", "codesafety-no-home-*") // 0700, a new name
		}
		return private
	}
	for k, v := range windowEnv(runtime.GOOS, os.Getenv, mkPrivate) {
		os.Setenv(k, v)
	}
	makeCacheFolder(runtime.GOOS)
	// What the toolkit logs that is not wrong (no D-Bus for theme changes,
	// ...) is not shown, unless CODESAFETY_DEBUG_START asks for everything.
	if os.Getenv("CODESAFETY_DEBUG_START") == "" {
		stderr = &quietLog{w: stderr}
	}
	// The toolkit logs, then panics, when the display cannot be reached.
	// Hold its log until the window is up; before that, a panic means no
	// display.
	held := &heldLog{}
	log.SetOutput(held)
	var started atomic.Bool
	defer func() {
		if r := recover(); r != nil {
			if started.Load() {
				panic(r)
			}
			fmt.Fprintln(stderr, noDisplay)
			if os.Getenv("CODESAFETY_DEBUG_START") != "" { // set by the system tests, to see why
				fmt.Fprintf(stderr, "start failed: %v\n%s", r, held)
			}
			status = 1
		}
	}()

	a := app.NewWithID(about.ID)
	a.Lifecycle().SetOnStarted(func() {
		started.Store(true)
		held.release(stderr)
		log.SetOutput(stderr)
	})
	a.SetIcon(assets.IconPNG)
	dir := progressDir(runtime.GOOS, cmd.DataDir, desktop, func() string { return a.Storage().RootURI().Path() })
	ui := screens.New(screens.Deps{App: a, Store: progress.OpenStore(dir), Catalog: cat,
		Lang: cmd.Lang, System: system, Version: about.Version})
	ui.Window.ShowAndRun()
	return 0
}

// heldLog keeps log lines until release writes them out.
type heldLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (h *heldLog) Write(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.buf.Write(p)
}

// String is what is held.
func (h *heldLog) String() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.buf.String()
}

func (h *heldLog) release(w io.Writer) {
	h.mu.Lock()
	defer h.mu.Unlock()
	w.Write(h.buf.Bytes())
	h.buf.Reset()
}

// quietLog passes log lines on, except the toolkit's reports of things
// that are not wrong (harmless), each with its Cause and At lines.
type quietLog struct {
	w    io.Writer
	drop bool // the report being dropped goes on
}

func (q *quietLog) Write(p []byte) (int, error) {
	var keep []byte
	for _, line := range bytes.SplitAfter(p, []byte("\n")) {
		text := string(line)
		if text == "" {
			continue
		}
		if _, rest, ok := strings.Cut(text, "Fyne error: "); ok {
			q.drop = harmless(strings.TrimSpace(rest))
		} else if !strings.Contains(text, "  Cause:") && !strings.Contains(text, "  At: ") {
			q.drop = false
		}
		if !q.drop {
			keep = append(keep, line...)
		}
	}
	if len(keep) > 0 {
		if _, err := q.w.Write(keep); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// systemLocales is the locale environment, then what Fyne reads from the
// operating system (which is all there is on Windows and macOS).
func systemLocales() []string {
	return append(lang.SystemLocales(os.Getenv), fynelang.SystemLocale().String())
}
