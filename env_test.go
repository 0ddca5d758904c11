package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func envOf(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestMissingDisplay(t *testing.T) {
	cases := []struct {
		goos string
		env  map[string]string
		want bool
	}{
		{"linux", nil, true},
		{"freebsd", map[string]string{"LANG": "C"}, true},
		{"linux", map[string]string{"DISPLAY": ":0"}, false},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": "/run/user/1000"}, false},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "/run/user/1000/wayland-0"}, false},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, true}, // nowhere to find it
		{"windows", nil, false},
		{"darwin", nil, false},
		{"android", nil, false},
	}
	for _, c := range cases {
		if got := missingDisplay(c.goos, envOf(c.env)); got != c.want {
			t.Errorf("%s %v: %v, want %v", c.goos, c.env, got, c.want)
		}
	}
}

func TestWindowEnv(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("XDG_CACHE_HOME", "")
	private := t.TempDir()
	asked := 0
	mk := func() string { asked++; return private }
	if got := windowEnv("linux", envOf(map[string]string{"DISPLAY": ":0"}), mk); got["FYNE_PLATFORM"] != "x11" || len(got) != 1 {
		t.Errorf("X11 only: %v", got)
	}
	both := map[string]string{"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
	if got := windowEnv("linux", envOf(both), mk); len(got) != 0 {
		t.Errorf("Wayland with XWayland: %v", got)
	}
	if got := windowEnv("windows", envOf(map[string]string{"DISPLAY": ":0"}), mk); len(got) != 0 {
		t.Errorf("windows: %v", got)
	}
	if asked != 0 {
		t.Error("made a private folder with a home folder there")
	}
	// No home, or one named relative to wherever the app was started: the
	// toolkit's folders go into the private folder, never a shared one.
	for _, env := range [][2]string{{"", ""}, {"", "relative"}, {"relative-home", ""}} {
		t.Setenv("HOME", env[0])
		t.Setenv("XDG_CONFIG_HOME", env[1])
		t.Setenv("XDG_CACHE_HOME", env[1])
		got := windowEnv("linux", envOf(nil), mk)
		for _, k := range []string{"XDG_CONFIG_HOME", "XDG_CACHE_HOME"} {
			if !strings.HasPrefix(got[k], private+string(filepath.Separator)) {
				t.Errorf("HOME=%q XDG=%q: %s=%q, want inside %s", env[0], env[1], k, got[k], private)
			}
		}
	}
	// and if no private folder can be made, none is named
	if got := windowEnv("linux", envOf(nil), func() string { return "" }); got["XDG_CONFIG_HOME"] != "" {
		t.Errorf("no private folder: %v", got)
	}
}

func TestProgressDir(t *testing.T) {
	never := func() string { t.Error("asked the toolkit on a desktop"); return "" }
	if progressDir("linux", "/x/flag", "/root/.config/fyne/id", never) != "/x/flag" {
		t.Error("--data-dir ignored")
	}
	if progressDir("linux", "", "/root/.config/fyne/id", never) != "/root/.config/fyne/id" {
		t.Error("storage folder ignored")
	}
	// No home folder: save nothing rather than litter anywhere.
	if got := progressDir("linux", "", "", never); got != "" {
		t.Errorf("no home gave %q", got)
	}
	if got := progressDir("android", "", "", func() string { return "/data/user/0/x/files" }); got != "/data/user/0/x/files" {
		t.Errorf("phone: %q", got)
	}
	if got := progressDir("ios", "", "", func() string { return "fyne/x" }); got != "" {
		t.Errorf("phone, relative: %q", got)
	}
}

// A normal start on a desktop with no D-Bus prints nothing; anything else
// the toolkit reports still shows.
func TestQuietLog(t *testing.T) {
	var out strings.Builder
	q := &quietLog{w: &out}
	held := "2026/11/29 05:40:36 Fyne error:  failed to stop watching removed settings file\n" +
		"2026/11/29 05:40:36   Cause: fsnotify: can't remove non-existent watch: /x/preferences.json\n" +
		"2026/11/29 05:40:36   At: /fyne/app/settings_desktop.go:47\n" +
		"2026/11/29 05:40:36 Fyne error:  Something really wrong\n" +
		"2026/11/29 05:40:36   Cause: it broke\n"
	q.Write([]byte(held)) // held until the window is up: many lines at once
	q.Write([]byte("2026/11/29 05:40:36 Fyne error:  failed to watch theme settings\n"))
	q.Write([]byte("2026/11/29 05:40:36   Cause: exec: \"dbus-launch\": executable file not found in $PATH\n"))
	q.Write([]byte("2026/11/29 05:40:36   At: /fyne/app/app_xdg.go:152\n"))
	q.Write([]byte("2026/12/06 07:22:55 Fyne error:  Preferences load error:\n"))
	q.Write([]byte("2026/12/06 07:22:55   Cause: EOF\n"))
	q.Write([]byte("2026/12/06 07:22:55   At: /fyne/app/preferences.go:105\n"))
	q.Write([]byte("2026/11/29 05:40:37 something else\n"))
	want := "2026/11/29 05:40:36 Fyne error:  Something really wrong\n" +
		"2026/11/29 05:40:36   Cause: it broke\n" +
		"2026/11/29 05:40:37 something else\n"
	if out.String() != want {
		t.Errorf("printed\n%s\nwant\n%s", out.String(), want)
	}
}
