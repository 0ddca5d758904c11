package screens

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codesafety/app/checklist"
	"codesafety/app/progress"
)

// "Print this checklist" writes her checklist, with her ticks, as a page in
// her own data folder and opens it in the system's browser, where she
// prints it; when no browser opens, it says where the page is; a window
// that saves nothing says it cannot make one, and opens nothing.
func TestPrintThisChecklist(t *testing.T) {
	for _, tag := range []string{"en", "hi", "ar"} {
		h := start(t, tag)
		h.openPath(t, checklist.Recover, checklist.PhoneAndroid)
		h.tickIn(t, tag, "sign-in-again")
		tap(t, h, h.t(tag, "checklist.print"))
		if len(h.opened) != 1 || h.opened[0].Scheme != "file" {
			t.Fatalf("%s: opened %v", tag, h.opened)
		}
		path := filepath.FromSlash(h.opened[0].Path)
		if path != filepath.Join(h.dir, progress.PageFile) {
			t.Errorf("%s: the page is %s, not in the data folder", tag, path)
		}
		page, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`lang="` + tag + `"`, `data-step="sign-in-again" checked`, h.t(tag, "step.sign-in-again.title")} {
			if !strings.Contains(string(page), want) {
				t.Errorf("%s: the page lacks %q", tag, want)
			}
		}
		if strings.Contains(string(page), `data-step="lock-sim" checked`) {
			t.Errorf("%s: a step she did not tick is ticked on the page", tag)
		}
		find(t, h, roleText, h.t(tag, "checklist.print_opened"))
	}

	h := start(t, "en")
	h.openPath(t, checklist.Asked, checklist.PhoneAndroid)
	h.openErr = errors.New("no browser")
	tap(t, h, h.t("en", "checklist.print"))
	find(t, h, roleText, h.tr("en", "checklist.print_no_browser", map[string]any{"Path": filepath.Join(h.dir, progress.PageFile)}))

	h = startIn(t, "", "en") // no data folder
	h.openPath(t, checklist.Asked, checklist.PhoneAndroid)
	tap(t, h, h.t("en", "checklist.print"))
	find(t, h, roleText, h.t("en", "checklist.print_no_folder"))
	if len(h.opened) != 0 {
		t.Errorf("with nothing saved, it opened %v", h.opened)
	}
}
