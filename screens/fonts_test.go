package screens

import (
	"bytes"
	"fmt"
	"image"
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/BurntSushi/toml"

	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/assets"
	"codesafety/screens/widgets"
	"codesafety/translations"
)

// Every character of every translation is in the font the app uses for
// that language (the shipped Devanagari or Arabic font, regular and bold)
// or in Fyne's own Noto Sans, which Fyne falls back to. Otherwise a bare
// machine would show a box.
func TestEveryCharacterHasAGlyph(t *testing.T) {
	files, _ := fs.Glob(translations.FS, "active.*.toml")
	if len(files) < 12 {
		t.Fatalf("only %d languages", len(files))
	}
	fallback := widgets.Coverage(theme.DefaultTextFont())
	fallbackBold := widgets.Coverage(theme.DefaultTextBoldFont())
	for _, file := range files {
		tag := strings.TrimSuffix(strings.TrimPrefix(file, "active."), ".toml")
		th := newAppTheme(progress.ThemeLight, progress.TextNormal, tag)
		regular := widgets.Coverage(th.Font(fyne.TextStyle{}))
		bold := widgets.Coverage(th.Font(fyne.TextStyle{Bold: true}))
		if lang.Script(tag) != "Latn" && lang.Script(tag) != "Cyrl" && th.font == nil {
			t.Errorf("%s: no font shipped for its script %s", tag, lang.Script(tag))
		}
		missing := map[rune][]string{}
		for id, text := range messageTexts(t, file) {
			for _, r := range text {
				if unicode.IsControl(r) || r == '\n' {
					continue
				}
				if !(regular(r) || fallback(r)) || !(bold(r) || fallbackBold(r)) {
					missing[r] = append(missing[r], id)
				}
			}
		}
		for r, ids := range missing {
			t.Errorf("%s: %q (U+%04X) has no glyph, in %v", tag, r, r, ids)
		}
	}
	// The marks bidi.go adds to Arabic must not show as boxes either.
	if ar := widgets.Coverage(newAppTheme("", "", "ar").Font(fyne.TextStyle{})); !ar('\u200f') {
		t.Error("the Arabic font has no right-to-left mark")
	}
}

// The test can fail: a character no font has is found.
func TestGlyphCheckFindsMissing(t *testing.T) {
	if widgets.Coverage(theme.DefaultTextFont())('\U0001F9A0') || widgets.Coverage(newAppTheme("", "", "ar").Font(fyne.TextStyle{}))('←') {
		t.Error("coverage claims glyphs the fonts do not have")
	}
}

// messageTexts reads every message of a translation file, every plural form.
func messageTexts(t *testing.T, file string) map[string]string {
	data, err := fs.ReadFile(translations.FS, file)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := toml.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for id, v := range raw {
		switch v := v.(type) {
		case string:
			out[id] = v
		case map[string]any:
			for form, s := range v {
				out[fmt.Sprintf("%s.%s", id, form)] = fmt.Sprint(s)
			}
		}
	}
	return out
}

// Settings lists every language by its name in itself, in every language
// of the app: each name is drawn with a font that has its letters.
func TestLanguageNamesShowInTheirOwnScript(t *testing.T) {
	for _, ui := range []string{"en", "hi", "ar"} {
		h := start(t, ui)
		tap(t, h, h.t(ui, "a11y.settings"))
		fonts := map[string]fyne.Resource{} // option -> the regular font it is drawn with
		current := newAppTheme("", "", ui).Font(fyne.TextStyle{})
		prefix := h.t(ui, "settings.language") + ": "
		for _, o := range shown(h) {
			if !strings.HasPrefix(label(o), prefix) {
				continue
			}
			walk(o, func(o fyne.CanvasObject) bool {
				switch x := o.(type) {
				case *nameText:
					fonts[x.text.Text] = x.text.FontSource // alone
				case *widgets.Para:
					fonts[x.Text()] = current // with Fyne's fallbacks
				}
				return true
			})
		}
		// Every language, and "the system's language".
		if want := len(h.cat.Languages()) + 1; len(fonts) != want {
			t.Fatalf("%s: %d language options, want %d", ui, len(fonts), want)
		}
		for name, font := range fonts {
			has, fallback := widgets.Coverage(font), widgets.Coverage(theme.DefaultTextFont())
			if font != current {
				fallback = has // a font given as the source has no fallback
			}
			for _, r := range name {
				if !has(r) && !fallback(r) {
					t.Errorf("%s: %q is drawn with %s, which lacks %q", ui, name, font.Name(), r)
				}
			}
		}
	}
}

// Each language's name is drawn in its cut-down font (assets.NameFont)
// exactly as in the whole font it is cut from, pixel for pixel: letters
// still join, conjuncts still form, no dot is lost and the line is as tall.
func TestLanguageNamesDrawAsInTheirWholeFont(t *testing.T) {
	test.NewTempApp(t)
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	draw := func(name string, font fyne.Resource) image.Image {
		w := test.NewTempWindow(t, newNameText(name, font))
		w.Resize(fyne.NewSize(200, 60))
		return w.Canvas().Capture()
	}
	for _, l := range cat.Languages() {
		typeface := lang.Typeface(l.Tag)
		whole := theme.DefaultTextFont()
		if f, ok := assets.Fonts[typeface]; ok {
			whole = f.Regular
		}
		cut := assets.NameFont(typeface)
		if cut == nil {
			t.Errorf("%s: no font for its name %q (make fonts)", l.Tag, l.Name)
			continue
		}
		want, got := draw(l.Name, whole), draw(l.Name, cut)
		if !bytes.Equal(want.(*image.NRGBA).Pix, got.(*image.NRGBA).Pix) {
			t.Errorf("%s: %q is drawn differently in %s than in %s", l.Tag, l.Name, cut.Name(), whole.Name())
		}
	}
}
