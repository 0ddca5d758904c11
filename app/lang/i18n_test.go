package lang

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/BurntSushi/toml"

	"codesafety/translations"
)

// messages reads a translation file into message ID -> plural form -> text
// (a plain string has the single form "other").
func messages(t *testing.T, fsys fs.FS, name string) map[string]map[string]string {
	t.Helper()
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := toml.Unmarshal(data, &raw); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out := map[string]map[string]string{}
	for id, v := range raw {
		switch v := v.(type) {
		case string:
			out[id] = map[string]string{"other": v}
		case map[string]any:
			forms := map[string]string{}
			for form, text := range v {
				s, ok := text.(string)
				if !ok {
					t.Errorf("%s: %s.%s is not a string", name, id, form)
				}
				forms[form] = s
			}
			out[id] = forms
		default:
			t.Errorf("%s: %s has a value of type %T", name, id, v)
		}
	}
	return out
}

var placeholder = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

func placeholders(forms map[string]string) []string {
	set := map[string]bool{}
	for _, text := range forms {
		for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
			set[m[1]] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// pluralForms lists the CLDR plural forms each shipped language needs.
// (go-i18n v2.7.0's CLDR rules: internal/plural/rule_gen.go.)
var pluralForms = map[string][]string{
	"en":    {"one", "other"},
	"es":    {"one", "many", "other"},
	"pt-BR": {"one", "many", "other"},
	"fr":    {"one", "many", "other"},
	"de":    {"one", "other"},
	"it":    {"one", "many", "other"},
	"nl":    {"one", "other"},
	"tr":    {"one", "other"},
	"ru":    {"one", "few", "many", "other"},
	"id":    {"other"},
	"hi":    {"one", "other"},
	"ar":    {"zero", "one", "two", "few", "many", "other"},
	"bn":    {"one", "other"},
	"ur":    {"one", "other"},
	"ta":    {"one", "other"},
	"te":    {"one", "other"},
	"mr":    {"one", "other"},
	"sw":    {"one", "other"},
	"ms":    {"other"},
	"fa":    {"one", "other"},
}

func TestTranslationsMatchEnglish(t *testing.T) {
	files, _ := fs.Glob(translations.FS, "active.*.toml")
	if len(files) < 3 {
		t.Fatalf("want at least en, es and hi, got %v", files)
	}
	en := messages(t, translations.FS, "active.en.toml")
	for _, file := range files {
		tag := strings.TrimSuffix(strings.TrimPrefix(file, "active."), ".toml")
		msgs := messages(t, translations.FS, file)
		for id, forms := range en {
			got, ok := msgs[id]
			if !ok {
				t.Errorf("%s: missing %q", file, id)
				continue
			}
			if a, b := placeholders(forms), placeholders(got); !slices.Equal(a, b) {
				t.Errorf("%s: %q has placeholders %v, English has %v", file, id, b, a)
			}
			if len(forms) > 1 {
				need, known := pluralForms[tag]
				if !known {
					t.Errorf("%s: the plural forms of %s are not listed in this test", file, tag)
				}
				for _, f := range need {
					if got[f] == "" {
						t.Errorf("%s: %q lacks the plural form %q", file, id, f)
					}
				}
			}
			for form, text := range got {
				if strings.TrimSpace(text) == "" {
					t.Errorf("%s: %q (%s) is empty", file, id, form)
				}
			}
		}
		for id := range msgs {
			if _, ok := en[id]; !ok {
				t.Errorf("%s: %q is not in English", file, id)
			}
		}
	}
}

func TestCatalogLanguages(t *testing.T) {
	c := catalog(t)
	langs := c.Languages()
	if langs[0] != (Language{"en", "English"}) {
		t.Errorf("first language = %+v", langs[0])
	}
	names := map[string]string{}
	for _, l := range langs {
		names[l.Tag] = l.Name
	}
	if names["es"] != "Español" || names["hi"] != "हिन्दी" {
		t.Errorf("native names: %v", names)
	}
}

func TestMissingMessageFallsBackToEnglish(t *testing.T) {
	fsys := fstest.MapFS{
		"active.en.toml": {Data: []byte("\"a\" = \"Hello\"\n\"b\" = \"Only in English\"\n")},
		"active.es.toml": {Data: []byte("\"a\" = \"Hola\"\n")},
	}
	c, err := LoadCatalog(fsys)
	if err != nil {
		t.Fatal(err)
	}
	es := c.Localizer("es")
	if es.Tag() != "es" || es.T("a") != "Hola" {
		t.Errorf("es: %q %q", es.Tag(), es.T("a"))
	}
	if got := es.T("b"); got != "Only in English" {
		t.Errorf("missing message gave %q, want the English", got)
	}
	if got := es.T("nowhere"); got != "" {
		t.Errorf("a message missing everywhere gave %q; it must never show a key", got)
	}
	if got := c.Localizer("zh").T("a"); got != "Hello" {
		t.Errorf("unsupported language gave %q", got)
	}
}

func TestPluralProgress(t *testing.T) {
	c := catalog(t)
	if got := c.Localizer("en").N("progress.count", 3, map[string]any{"Total": 9}); got != "3 of 9 done" {
		t.Errorf("en: %q", got)
	}
	for _, tag := range []string{"es", "hi"} {
		got := c.Localizer(tag).N("progress.count", 1, map[string]any{"Total": 9})
		if !strings.Contains(got, "1") || !strings.Contains(got, "9") || strings.Contains(got, "done") {
			t.Errorf("%s: %q", tag, got)
		}
	}
}

func TestLocaleMatching(t *testing.T) {
	c := catalog(t)
	cases := map[string]string{
		"es_MX.UTF-8": "es", "es-419": "es", "hi_IN": "hi", "en_GB.UTF-8@euro": "en", "HI": "hi",
		"pt_PT.UTF-8": "pt-BR", "pt_BR": "pt-BR", "pt": "pt-BR", "de_AT.UTF-8": "de", "de_CH": "de",
		"fr_CA.UTF-8": "fr", "fr_BE": "fr", "it_CH": "it", "nl_BE.UTF-8": "nl", "tr_TR": "tr",
		"ru_UA.UTF-8": "ru", "id_ID": "id", "in_ID": "id", "ar_EG.UTF-8": "ar", "ar_SA": "ar", "ar": "ar",
		"bn_BD.UTF-8": "bn", "bn_IN": "bn", "ur_PK.UTF-8": "ur", "ur_IN": "ur", "ta_IN": "ta", "ta_LK.UTF-8": "ta",
		"ta_SG": "ta", "te_IN.UTF-8": "te", "mr_IN": "mr", "sw_KE.UTF-8": "sw", "sw_TZ": "sw", "ms_MY.UTF-8": "ms",
		"ms_SG": "ms", "fa_IR.UTF-8": "fa", "fa_AF": "fa",
		// Malay is not Indonesian, nor Marathi Hindi, nor Urdu Arabic or Persian.
		"zh_CN.UTF-8": "", "tlh": "", "sco": "", "C": "", "POSIX": "", "": "", "C.UTF-8": "", "xx_YY": "", "garbage!!": "",
	}
	for in, want := range cases {
		got, ok := c.match(in)
		if got != want || ok != (want != "") {
			t.Errorf("match(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
}

func TestLanguageOrder(t *testing.T) {
	c := catalog(t)
	env := func(m map[string]string) []string {
		return SystemLocales(func(k string) string { return m[k] })
	}
	cases := []struct {
		flag, saved string
		env         map[string]string
		want        string
	}{
		{"hi", "es", map[string]string{"LANG": "es_ES.UTF-8"}, "hi"},
		{"", "es", map[string]string{"LANG": "hi_IN.UTF-8"}, "es"},
		{"", "", map[string]string{"LANGUAGE": "zh_CN:hi", "LANG": "es_ES.UTF-8"}, "hi"},
		{"", "", map[string]string{"LC_ALL": "es_AR.UTF-8", "LANG": "hi_IN"}, "es"},
		{"", "", map[string]string{"LC_MESSAGES": "hi_IN", "LANG": "es_ES"}, "hi"},
		{"", "", map[string]string{"LANG": "zh_CN.UTF-8"}, "en"},
		{"", "", map[string]string{"LANG": "C", "LANGUAGE": "::"}, "en"},
		{"", "", map[string]string{"LANG": ""}, "en"},
		{"", "", map[string]string{"LANG": "xx_YY.UTF-8"}, "en"},
		{"", "", map[string]string{"LC_ALL": "\xff\xfe@@!!_..", "LANG": "es_ES.UTF-8"}, "es"},
		{"", "", map[string]string{"LANGUAGE": "::", "LANG": "pt_PT.UTF-8"}, "pt-BR"},
		{"", "", map[string]string{"LANGUAGE": "zh_CN:ar_EG", "LANG": "de_DE.UTF-8"}, "ar"},
		{"", "", nil, "en"},
	}
	for _, cs := range cases {
		if got := c.Resolve(cs.flag, cs.saved, env(cs.env)); got != cs.want {
			t.Errorf("Resolve(%q, %q, %v) = %q, want %q", cs.flag, cs.saved, cs.env, got, cs.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	c := catalog(t)
	if tag, err := c.ParseLang("es-MX"); err != nil || tag != "es" {
		t.Errorf("es-MX: %q %v", tag, err)
	}
	for _, bad := range []string{"zh", "tlh", "klingon!", "", "en-", "C"} {
		_, err := c.ParseLang(bad)
		if err == nil {
			t.Errorf("%q accepted", bad)
			continue
		}
		if !strings.Contains(err.Error(), allLanguages) {
			t.Errorf("%q: error does not list the languages: %v", bad, err)
		}
	}
}

// sameEverywhere are messages that stay as they are in every language:
// the app's name is a brand.
var sameEverywhere = map[string]bool{"app.name": true, "cli.version": true}

// allowedSame reads translations/same-as-english/<tag>.txt: one message ID
// a line (a "# reason" may follow), for words that really are the same in
// that language as in English ("OK", "Normal").
func allowedSame(t *testing.T, tag string) map[string]bool {
	t.Helper()
	allowed := map[string]bool{}
	data, err := os.ReadFile(filepath.Join("..", "..", "translations", "same-as-english", tag+".txt"))
	if errors.Is(err, fs.ErrNotExist) {
		return allowed
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if id := strings.TrimSpace(line); id != "" {
			allowed[id] = true
		}
	}
	return allowed
}

// TestNothingLeftInEnglish fails on a translated message that is word for
// word the English one, unless it is allowed for that language.
func TestNothingLeftInEnglish(t *testing.T) {
	files, _ := fs.Glob(translations.FS, "active.*.toml")
	en := messages(t, translations.FS, "active.en.toml")
	for _, file := range files {
		tag := strings.TrimSuffix(strings.TrimPrefix(file, "active."), ".toml")
		if tag == "en" {
			continue
		}
		allowed := allowedSame(t, tag)
		msgs := messages(t, translations.FS, file)
		for id := range allowed {
			if _, ok := en[id]; !ok {
				t.Errorf("same-as-english/%s.txt: %q is not a message", tag, id)
			} else if msgs[id]["other"] != en[id]["other"] {
				t.Errorf("same-as-english/%s.txt: %q is translated now; take it off the list", tag, id)
			}
		}
		for id, forms := range en {
			if sameEverywhere[id] || allowed[id] {
				continue
			}
			for form, text := range msgs[id] {
				if english, ok := forms[form]; ok && text == english && hasWords(text) {
					t.Errorf("%s: %q (%s) is still the English %q", file, id, form, text)
				}
			}
		}
	}
}

// hasWords reports whether s has letters outside placeholders.
func hasWords(s string) bool {
	return strings.ContainsFunc(placeholder.ReplaceAllString(s, ""), unicode.IsLetter)
}

// allLanguages is how errors and help list the languages: English, then the
// others by tag, as the files in translations/ name them.
var allLanguages = func() string {
	files, _ := fs.Glob(translations.FS, "active.*.toml")
	tags := []string{"en"}
	for _, f := range files {
		if tag := strings.TrimSuffix(strings.TrimPrefix(f, "active."), ".toml"); tag != "en" {
			tags = append(tags, tag)
		}
	}
	slices.Sort(tags[1:])
	return strings.Join(tags, ", ")
}()

func TestScripts(t *testing.T) {
	want := map[string]string{"en": "Latn", "ru": "Cyrl", "hi": "Deva", "ar": "Arab", "pt-BR": "Latn", "tr": "Latn",
		"bn": "Beng", "ta": "Taml", "te": "Telu", "mr": "Deva", "ur": "Arab", "fa": "Arab", "sw": "Latn", "ms": "Latn"}
	for tag, script := range want {
		if got := Script(tag); got != script {
			t.Errorf("Script(%s) = %s, want %s", tag, got, script)
		}
		if rtl := tag == "ar" || tag == "ur" || tag == "fa"; RightToLeft(tag) != rtl {
			t.Errorf("RightToLeft(%s) = %v", tag, RightToLeft(tag))
		}
		typeface := script
		if tag == "ur" {
			typeface = "Arab-Naskh" // Urdu in Naskh, not in Arabic's plain style
		}
		if got := Typeface(tag); got != typeface {
			t.Errorf("Typeface(%s) = %s, want %s", tag, got, typeface)
		}
	}
}

// Persian shows counts and days in its own digits; a phone number, a
// path or a version keeps 0 to 9; other languages keep 0 to 9 everywhere.
func TestPersianDigits(t *testing.T) {
	c, err := LoadCatalog(fstest.MapFS{
		"active.en.toml": {Data: []byte("\"n\" = { one = \"{{.Count}} of {{.Total}}, {{.Date}}, {{.Phone}}\", other = \"{{.Count}} of {{.Total}}, {{.Date}}, {{.Phone}}\" }\n")},
		"active.fa.toml": {Data: []byte("\"n\" = { one = \"{{.Count}} از {{.Total}}، {{.Date}}، {{.Phone}}\", other = \"{{.Count}} از {{.Total}}، {{.Date}}، {{.Phone}}\" }\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]any{"Total": 9, "Date": "2026-12-06", "Phone": "1799"}
	if got, want := c.Localizer("fa").N("n", 2, data), "۲ از ۹، ۲۰۲۶-۱۲-۰۶، 1799"; got != want {
		t.Errorf("fa: %q, want %q", got, want)
	}
	if got, want := c.Localizer("en").N("n", 2, data), "2 of 9, 2026-12-06, 1799"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	if data["Total"] != 9 {
		t.Error("the caller's data was changed")
	}
}

// A control whose screen-reader name says more than its words still says
// its words (WCAG 2.5.3, label in name): someone who hears "More about:
// Call them" and sees "More", or who says "click Copy address" to voice
// control, finds the same control. The Windows check found Hindi's "More"
// heard as other words ("और जानकारी" for "और देखें").
func TestNamesHoldTheirVisibleWords(t *testing.T) {
	c := catalog(t)
	pairs := [][2]string{ // the words on the control, its screen-reader name
		{"step.more", "a11y.more"}, {"step.less", "a11y.less"}, {"step.did_it", "a11y.did_it"},
		{"message.copy", "a11y.copy_message"}, {"step.copy_address", "a11y.copy_link"},
		{"nav.settings", "a11y.settings"}, {"nav.quick_exit", "a11y.quick_exit"},
	}
	data := map[string]any{"Title": "X", "Name": "X", "Size": "X"}
	for _, tag := range c.Tags() {
		l := c.Localizer(tag)
		for _, p := range pairs {
			words, name := l.T(p[0]), l.Tf(p[1], data)
			if !strings.Contains(strings.ToLower(name), strings.ToLower(words)) {
				t.Errorf("%s: %q is heard as %q", tag, words, name)
			}
		}
		// the text size button shows "Aa" and its words
		words := strings.TrimSpace(strings.TrimPrefix(l.T("nav.text_size"), "Aa"))
		if name := l.Tf("a11y.text_size", data); !strings.Contains(strings.ToLower(name), strings.ToLower(words)) {
			t.Errorf("%s: %q is heard as %q", tag, words, name)
		}
	}
}
