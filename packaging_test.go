package main

import (
	"encoding/xml"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"codesafety/app/lang"
	"codesafety/app/meta"
	"codesafety/translations"
)

// fyneApp is the part of FyneApp.toml that packaging relies on.
type fyneAppFile struct {
	Website, Description string
	Languages            []string
	Details              struct {
		Icon, Name, ID, Version string
		Build                   int
	}
	LinuxAndBSD struct {
		GenericName, Comment string
		Categories, Keywords []string
	}
}

// The packages are made from FyneApp.toml and the AppStream file, and the
// binary reports the ID and version it embeds from FyneApp.toml
// (meta.Parse): they must all say the same.
func TestPackageMetadataAgrees(t *testing.T) {
	var meta fyneAppFile
	if _, err := toml.DecodeFile("FyneApp.toml", &meta); err != nil {
		t.Fatal(err)
	}
	d := meta.Details
	about := embedded(t)
	if d.ID != about.ID || d.Version != about.Version || d.Build < 1 {
		t.Errorf("FyneApp.toml says %s %s build %d; the app says %s %s",
			d.ID, d.Version, d.Build, about.ID, about.Version)
	}
	if d.Name != "Code Safety" || meta.Website == "" || meta.Description == "" {
		t.Errorf("FyneApp.toml lacks Name, Website or Description: %+v", meta)
	}
	l := meta.LinuxAndBSD
	if l.GenericName == "" || l.Comment == "" || len(l.Categories) == 0 || len(l.Keywords) == 0 {
		t.Errorf("FyneApp.toml [LinuxAndBSD] is incomplete: %+v", l)
	}
	if _, err := os.Stat(d.Icon); err != nil {
		t.Errorf("icon: %v", err)
	}

	// macOS lists the languages from here: the same ones the app offers.
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	got, want := slices.Sorted(slices.Values(meta.Languages)), slices.Sorted(slices.Values(cat.Tags()))
	if !slices.Equal(got, want) {
		t.Errorf("FyneApp.toml Languages = %v, the translations are %v", got, want)
	}

	var info struct {
		ID         string `xml:"id"`
		Launchable string `xml:"launchable"`
		Binary     string `xml:"provides>binary"`
		Releases   []struct {
			Version string `xml:"version,attr"`
		} `xml:"releases>release"`
	}
	data, err := os.ReadFile(filepath.Join("assets", "linux", embedded(t).ID+".metainfo.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(data, &info); err != nil {
		t.Fatal(err)
	}
	if info.ID != embedded(t).ID || info.Launchable != embedded(t).ID+".desktop" || info.Binary != "codesafety" {
		t.Errorf("metainfo names %q, %q, %q", info.ID, info.Launchable, info.Binary)
	}
	if len(info.Releases) == 0 || info.Releases[0].Version != embedded(t).Version {
		t.Errorf("metainfo's newest release is not %s: %+v", embedded(t).Version, info.Releases)
	}
}

// Release builds use the no_emoji tag, which leaves Fyne's colour-emoji
// font out of the binary: no text the app shows may need it. The ranges are
// Unicode's emoji blocks and the emoji variation selector.
func TestReleaseBuildNeedsNoEmojiFont(t *testing.T) {
	emoji := func(r rune) bool {
		return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF ||
			r >= 0x2B00 && r <= 0x2BFF || r == 0xFE0F
	}
	check := func(name string, data []byte) {
		for i, line := range strings.Split(string(data), "\n") {
			if j := strings.IndexFunc(line, emoji); j >= 0 {
				t.Errorf("%s:%d: %q needs the emoji font, which release builds leave out (make RELEASE_TAGS)",
					name, i+1, []rune(line[j:])[0])
			}
		}
	}
	err := fs.WalkDir(translations.FS, ".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := fs.ReadFile(translations.FS, path)
		check("translations/"+path, data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{".", "app", "screens"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			check(f, data)
		}
	}
}

// embedded is what the binary knows of itself: FyneApp.toml as embedded.
func embedded(t testing.TB) meta.Info {
	t.Helper()
	about, err := meta.Parse(fyneApp)
	if err != nil {
		t.Fatal(err)
	}
	return about
}
