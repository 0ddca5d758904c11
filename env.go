package main

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
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
//   - with no usable home folder (no HOME, or a relative XDG_CONFIG_HOME or
//     XDG_CACHE_HOME), XDG_CONFIG_HOME and XDG_CACHE_HOME in private, the
//     folder private() makes (new, unguessable, this user's only, removed
//     at exit), so the toolkit's own settings and cache land neither in the
//     current folder nor in a shared one another user could create first.
//     (Progress is then not saved at all: progressDir gives "" and the
//     person is told.)
func windowEnv(goos string, getenv func(string) string, private func() string) map[string]string {
	set := map[string]string{}
	if !slices.Contains(xdgSystems, goos) {
		return set
	}
	if getenv("WAYLAND_DISPLAY") == "" && getenv("DISPLAY") != "" && getenv("FYNE_PLATFORM") == "" {
		set["FYNE_PLATFORM"] = "x11"
	}
	for key, dir := range map[string]func() (string, error){"XDG_CONFIG_HOME": os.UserConfigDir, "XDG_CACHE_HOME": os.UserCacheDir} {
		if d, err := dir(); err == nil && filepath.IsAbs(d) {
			continue
		}
		if p := private(); p != "" {
			set[key] = filepath.Join(p, strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(key, "XDG_"), "_HOME")))
		}
	}
	return set
}

// progressDir is the window's folder for progress, the same as export's in
// every environment: the one given with --data-dir, else desktop (what
// storageDir gave before windowEnv changed anything: "" when there is no
// home folder, and nothing is saved), else, on a phone, the toolkit's own
// folder for the app (fyneRoot, asked only there).
func progressDir(goos, flagDir, desktop string, fyneRoot func() string) string {
	switch {
	case flagDir != "":
		return flagDir
	case goos == "android" || goos == "ios":
		if root := fyneRoot(); filepath.IsAbs(root) {
			return root
		}
		return ""
	}
	return desktop
}

// storageDir is the folder Fyne uses as the storage root of this app on a
// desktop, a copy of Fyne's own rule, so that export (which starts no Fyne
// app) and the window agree; a test checks the copy against Fyne. It is ""
// when there is no home folder (Fyne would then use a folder relative to
// wherever the app was started).
func storageDir(appID string) string {
	var root string
	var err error
	switch runtime.GOOS {
	case "windows":
		root, err = os.UserHomeDir()
		root = filepath.Join(root, "AppData", "Roaming")
	case "darwin":
		root, err = os.UserHomeDir()
		root = filepath.Join(root, "Library", "Preferences")
	default:
		root, err = os.UserConfigDir()
	}
	if err != nil || !filepath.IsAbs(root) {
		return ""
	}
	return filepath.Join(root, "fyne", appID)
}

// harmless reports whether a toolkit error report (its first line) is of
// something that is not wrong, and so not worth showing the person who
// started the app from a terminal: a desktop with no D-Bus or no portal
// (the theme then follows the system at start only), or a settings file
// the toolkit watches being replaced.
func harmless(reason string) bool {
	for _, r := range []string{"failed to watch theme settings", "failed to stop watching removed settings file",
		"Settings watch error",
		// The toolkit's own preferences, which the app never uses: when it
		// saves them as it stops, its watcher of their folder can read the
		// file between its truncation and its writing (EOF).
		"Preferences load error",
		// a locale the toolkit cannot parse: the app reads the locale itself
		"Error parsing user locale", "Failed to look up user locale"} {
		if strings.HasPrefix(reason, r) {
			return true
		}
	}
	return false
}

// makeCacheFolder creates the toolkit's cache folder (XDG_CACHE_HOME/fyne)
// when its parent is missing, as on a new account: the toolkit creates only
// the last level, and says so in the terminal when it cannot.
func makeCacheFolder(goos string) {
	if !slices.Contains(xdgSystems, goos) {
		return
	}
	if dir, err := os.UserCacheDir(); err == nil && filepath.IsAbs(dir) {
		os.MkdirAll(filepath.Join(dir, "fyne"), 0o700)
	}
}
