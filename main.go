// Command codesafety is Code Safety: an offline checklist for the moment
// someone gets a WhatsApp code they did not ask for, or is asked for theirs.
//
// main only reads the command line and wires the pieces together; it is
// the one place that imports fyne.io/fyne/v2/app.
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	fynelang "fyne.io/fyne/v2/lang"

	"codesafety/app/cli"
	"codesafety/app/lang"
	"codesafety/app/meta"
	"codesafety/app/progress"
	// It holds what the toolkit's packages log as they start (a command
	// that prints and ends shows none of it): it imports nothing of the
	// toolkit's, and its path sorts first, so Go starts it before them.
	"codesafety/app/startlog"
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
	if os.Getenv(privateChild) != "" {
		desktop = "" // the window of a person with no home folder: nothing is saved
	}
	cmd, status, handled := cli.RunCLI(args, cli.Env{Catalog: cat, System: system, DataDir: desktop, Version: about.Version,
		Icon: assets.IconPNG.Content()}, stdout, stderr)
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
	if private != "" {
		// The toolkit watches its folders until its process ends, and
		// makes them again when they go: the window runs in a child, and
		// this process removes the private folder once the child is gone.
		return runChild(args, stdout, stderr)
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
	startlog.Release(held) // what the toolkit's packages logged as they started
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
	store := progress.OpenStore(dir)
	ui := screens.New(screens.Deps{App: a, Store: store, Catalog: cat,
		Lang: cmd.Lang, System: system, Version: about.Version})
	// Asked to end (a logout, Ctrl+C in the terminal): end as Close does.
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	go func() {
		if _, ok := <-signals; ok {
			fyne.Do(ui.Quit)
		}
	}()
	ui.Window.ShowAndRun()
	signal.Stop(signals)
	close(signals)
	// Every way out went through ui.Quit, which saved and stopped the
	// toolkit (its settings watcher too, before the private folder, if
	// any, is removed under it); this saves what a last moment changed.
	store.FlushWithin(quitWait)
	return 0
}

// quitWait is the longest the end waits for a save under way (another
// window may hold the lock).
const quitWait = 500 * time.Millisecond

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

// privateChild marks the process that shows the window for a person with
// no home folder, its toolkit folders in a private folder its parent made
// (and removes when it ends).
const privateChild = "CODESAFETY_PRIVATE_CHILD"

// runChild runs this program again with args and the environment as set
// now, passing on the signals that ask it to end, and returns its exit
// status.
func runChild(args []string, stdout, stderr io.Writer) int {
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	child := exec.Command(self, args...)
	child.Env = append(os.Environ(), privateChild+"=1")
	child.Stdin, child.Stdout, child.Stderr = os.Stdin, stdout, stderr
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	defer signal.Stop(signals)
	if err := child.Start(); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	go func() {
		for s := range signals {
			child.Process.Signal(s)
		}
	}()
	err = child.Wait()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return max(exit.ExitCode(), 1)
	case err != nil:
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}
