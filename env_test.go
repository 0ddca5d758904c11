package main

import (
	"path/filepath"
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
	if got := windowEnv("linux", envOf(map[string]string{"DISPLAY": ":0"})); got["FYNE_PLATFORM"] != "x11" || len(got) != 1 {
		t.Errorf("X11 only: %v", got)
	}
	both := map[string]string{"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
	if got := windowEnv("linux", envOf(both)); len(got) != 0 {
		t.Errorf("Wayland with XWayland: %v", got)
	}
	if got := windowEnv("windows", envOf(map[string]string{"DISPLAY": ":0"})); len(got) != 0 {
		t.Errorf("windows: %v", got)
	}
	t.Setenv("HOME", "")
	t.Setenv("XDG_CACHE_HOME", "")
	got := windowEnv("linux", envOf(nil))
	if dir := got["XDG_CONFIG_HOME"]; !filepath.IsAbs(dir) || !filepath.IsAbs(got["XDG_CACHE_HOME"]) {
		t.Errorf("no home: %v", got)
	}
}

func TestDataDir(t *testing.T) {
	if dataDir("/x/flag", "/root/.config/fyne/id") != "/x/flag" {
		t.Error("--data-dir ignored")
	}
	if dataDir("", "/root/.config/fyne/id") != "/root/.config/fyne/id" {
		t.Error("storage root ignored")
	}
	// No home folder: the toolkit's folder is relative to wherever the app
	// was started. Save nothing rather than litter there.
	if got := dataDir("", "fyne/org.codesafety.app"); got != "" {
		t.Errorf("relative storage root gave %q", got)
	}
}
