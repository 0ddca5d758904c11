// Command codesafety is Code Safety: an offline checklist for the moment
// someone gets a WhatsApp code they did not ask for, or is asked for theirs.
//
// main only reads the command line and wires the pieces together; it is
// the one place that imports fyne.io/fyne/v2/app.
package main

import (
	"fmt"
	"io"
	"os"

	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"codesafety/app"
	"codesafety/assets"
	"codesafety/screens"
	"codesafety/translations"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	cat, err := app.LoadCatalog(translations.FS)
	if err != nil {
		fmt.Fprintln(stderr, err) // a broken build; tests keep this from shipping
		return 1
	}
	system := systemLocales()
	cmd, status, handled := app.RunCLI(args, cat, system, stdout, stderr)
	if handled {
		return status
	}

	a := fyneapp.NewWithID(app.AppID)
	a.SetIcon(assets.Icon)
	dir := cmd.DataDir
	if dir == "" {
		dir = a.Storage().RootURI().Path()
	}
	ui := screens.New(screens.Deps{App: a, Store: app.OpenStore(dir), Catalog: cat,
		Lang: cmd.Lang, System: system})
	ui.Window.ShowAndRun()
	return 0
}

// systemLocales is the locale environment, then what Fyne reads from the
// operating system (which is all there is on Windows and macOS).
func systemLocales() []string {
	return append(app.SystemLocales(os.Getenv), lang.SystemLocale().String())
}
