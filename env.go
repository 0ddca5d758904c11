package main

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"codesafety/app/cli"
)

// xdgSystems are the systems where a window needs an X11 or Wayland
// display (phones and the others have their own).
var xdgSystems = []string{"linux", "freebsd", "openbsd", "netbsd", "dragonfly"}

// missingDisplay reports whether there is plainly no screen to open a
// window on: an X11 or Wayland system with neither DISPLAY nor
// WAYLAND_DISPLAY set, or only a Wayland display that cannot be found (a
// name relative to an XDG_RUNTIME_DIR that is not set).
func missingDisplay(goos string, getenv func(string) string) bool {
	if !slices.Contains(xdgSystems, goos) || getenv("DISPLAY") != "" {
		return false
	}
	wayland := getenv("WAYLAND_DISPLAY")
	return wayland == "" || !filepath.IsAbs(wayland) && getenv("XDG_RUNTIME_DIR") == ""
}

// windowEnv returns the environment variables to set before the toolkit
// starts, so that a bad environment gives a clear message and no litter:
//   - on X11 alone (no WAYLAND_DISPLAY), FYNE_PLATFORM=x11, so an X server
//     that cannot be reached fails once, quietly, instead of also trying
//     Wayland;
//   - with no home folder, XDG_CONFIG_HOME and XDG_CACHE_HOME in the
//     temporary folder, so the toolkit's own settings and cache do not land
//     in the current folder. (Progress
//     is then not saved at all: dataDir gives "" and the person is told.)
func windowEnv(goos string, getenv func(string) string) map[string]string {
	set := map[string]string{}
	if !slices.Contains(xdgSystems, goos) {
		return set
	}
	if getenv("WAYLAND_DISPLAY") == "" && getenv("DISPLAY") != "" && getenv("FYNE_PLATFORM") == "" {
		set["FYNE_PLATFORM"] = "x11"
	}
	if _, err := os.UserConfigDir(); err != nil {
		set["XDG_CONFIG_HOME"] = filepath.Join(os.TempDir(), "codesafety-no-home", "config")
	}
	if _, err := os.UserCacheDir(); err != nil {
		set["XDG_CACHE_HOME"] = filepath.Join(os.TempDir(), "codesafety-no-home", "cache")
	}
	return set
}

// dataDir is the folder for progress: the one given with --data-dir, else
// the toolkit's storage folder for the app. A folder that is not absolute
// (no home folder was found) gives "", and nothing is saved.
func dataDir(flagDir, storageRoot string) string {
	if flagDir != "" {
		return flagDir
	}
	if !filepath.IsAbs(storageRoot) {
		return ""
	}
	return storageRoot
}

// storageDir is the folder Fyne uses as the storage root of this app on a
// desktop, a copy of Fyne's own rule: export and --help use it, as they
// start no Fyne app; the window uses Fyne's own answer, and a test checks
// the two agree.
func storageDir() string {
	var root string
	switch runtime.GOOS {
	case "windows":
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, "AppData", "Roaming")
	case "darwin":
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, "Library", "Preferences")
	default:
		root, _ = os.UserConfigDir()
	}
	return filepath.Join(root, "fyne", cli.AppID)
}
