package lang

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// sourceLanguage is the language every other one is translated from, and
// the one shown when a message is missing.
const sourceLanguage = "en"

// nativeNameKey is the message in every translation that names the
// language in itself ("Español", "हिन्दी").
const nativeNameKey = "language.native_name"

// Language is one language the app can show.
type Language struct {
	Tag  string // BCP 47, as in the file name: active.<tag>.toml
	Name string // the language's name in itself
}

// Catalog holds every translation.
type Catalog struct {
	fsys      fs.FS
	mu        sync.Mutex      // guards bundle and loaded
	loaded    map[string]bool // languages read into bundle
	bundle    *i18n.Bundle
	languages []Language
	tags      []language.Tag
	matcher   language.Matcher
}

// LoadCatalog reads the active.<tag>.toml files in fsys. English must be
// among them.
func LoadCatalog(fsys fs.FS) (*Catalog, error) {
	bundle := i18n.NewBundle(language.MustParse(sourceLanguage))
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(fsys, "active.*.toml")
	if err != nil {
		return nil, err
	}
	c := &Catalog{bundle: bundle, fsys: fsys, loaded: map[string]bool{}}
	// Only English is read now; another language is read the first time it
	// is asked for, as reading all twelve would slow the start. Its name in
	// itself is picked out of its file without reading the rest.
	for _, name := range files {
		tag := strings.TrimSuffix(strings.TrimPrefix(path.Base(name), "active."), ".toml")
		if _, err := language.Parse(tag); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		c.languages = append(c.languages, Language{Tag: tag, Name: nativeName(data, tag)})
	}
	// English first, then the others by tag, so the list does not depend on
	// the order of files.
	slices.SortFunc(c.languages, func(a, b Language) int {
		switch {
		case a.Tag == b.Tag:
			return 0
		case a.Tag == sourceLanguage:
			return -1
		case b.Tag == sourceLanguage:
			return 1
		}
		return strings.Compare(a.Tag, b.Tag)
	})
	if len(c.languages) == 0 || c.languages[0].Tag != sourceLanguage {
		return nil, errors.New("translations: active.en.toml is missing")
	}
	for _, l := range c.languages {
		c.tags = append(c.tags, language.MustParse(l.Tag))
	}
	c.matcher = language.NewMatcher(c.tags)
	if err := c.load(sourceLanguage); err != nil {
		return nil, err
	}
	return c, nil
}

// nativeNameLine finds `"language.native_name" = "…"` in a translation file.
var nativeNameLine = regexp.MustCompile(`(?m)^"` + regexp.QuoteMeta(nativeNameKey) + `"\s*=\s*"([^"]*)"`)

func nativeName(data []byte, tag string) string {
	if m := nativeNameLine.FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return tag
}

// load reads a language's messages into the bundle, once.
func (c *Catalog) load(tag string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.loaded[tag] {
		return nil
	}
	name := "active." + tag + ".toml"
	data, err := fs.ReadFile(c.fsys, name)
	if err != nil {
		return err
	}
	if _, err := c.bundle.ParseMessageFileBytes(data, name); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	c.loaded[tag] = true
	return nil
}

// Languages lists the languages the app can show, English first.
func (c *Catalog) Languages() []Language { return slices.Clone(c.languages) }

// Tags lists the supported language tags, for error messages.
func (c *Catalog) Tags() []string {
	tags := make([]string, len(c.languages))
	for i, l := range c.languages {
		tags[i] = l.Tag
	}
	return tags
}

// match maps a language tag or a POSIX locale name ("es_MX.UTF-8",
// "pt-BR", "hi") to the closest supported language. ok is false when none
// is close enough (Chinese, for example, or "C").
func (c *Catalog) match(locale string) (tag string, ok bool) {
	t, err := parseLocale(locale)
	if err != nil {
		return "", false
	}
	_, i, conf := c.matcher.Match(t)
	// The matcher also maps some unrelated languages to English with high
	// confidence (Klingon, for one): only the same language counts.
	want, _ := t.Base()
	got, _ := c.tags[i].Base()
	if conf < language.High || want != got {
		return "", false
	}
	return c.languages[i].Tag, true
}

// parseLocale reads a BCP 47 tag or a POSIX locale name
// (language_TERRITORY.codeset@modifier).
func parseLocale(s string) (language.Tag, error) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" || strings.EqualFold(s, "C") || strings.EqualFold(s, "POSIX") {
		return language.Und, errors.New("no language")
	}
	t, err := language.Parse(s)
	if err != nil {
		return language.Und, err
	}
	if base, conf := t.Base(); conf == language.No || base.String() == "und" {
		return language.Und, errors.New("no language")
	}
	return t, nil
}

// langError is a --lang value that is malformed or not offered.
type langError struct {
	Value     string
	Supported []string
}

func (e *langError) Error() string {
	return fmt.Sprintf("unsupported language %q (supported: %s)", e.Value, strings.Join(e.Supported, ", "))
}

// ParseLang checks a --lang value and returns the supported tag it names.
func (c *Catalog) ParseLang(value string) (string, error) {
	tag, ok := c.match(value)
	if !ok {
		return "", &langError{Value: value, Supported: c.Tags()}
	}
	return tag, nil
}

// SystemLocales reads the locale environment in the order gettext does:
// LANGUAGE (a colon-separated list), LC_ALL, LC_MESSAGES, LANG.
func SystemLocales(getenv func(string) string) []string {
	var out []string
	out = append(out, strings.Split(getenv("LANGUAGE"), ":")...)
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		out = append(out, getenv(v))
	}
	return out
}

// Resolve chooses the language to show: the --lang flag, then the saved
// choice, then the first system locale that maps to a supported language,
// then English.
func (c *Catalog) Resolve(flag, saved string, system []string) string {
	for _, candidate := range append([]string{flag, saved}, system...) {
		if tag, ok := c.match(candidate); ok {
			return tag
		}
	}
	return sourceLanguage
}

// Localizer gives the text of one language, with English behind it.
type Localizer struct {
	tag string
	mu  *sync.Mutex // the catalog's: another language may be read meanwhile
	loc *i18n.Localizer
}

// Localizer returns the localizer for a supported tag (anything else gives
// English).
func (c *Catalog) Localizer(tag string) *Localizer {
	if t, ok := c.match(tag); ok {
		tag = t
	} else {
		tag = sourceLanguage
	}
	if err := c.load(tag); err != nil {
		tag = sourceLanguage // tests keep every file readable; English is loaded
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return &Localizer{tag: tag, mu: &c.mu, loc: i18n.NewLocalizer(c.bundle, tag, sourceLanguage)}
}

// Tag is the language this localizer shows.
func (l *Localizer) Tag() string { return l.tag }

// T returns a message.
func (l *Localizer) T(id string) string { return l.localize(&i18n.LocalizeConfig{MessageID: id}) }

// Tf returns a message with its placeholders filled from data.
func (l *Localizer) Tf(id string, data map[string]any) string {
	return l.localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: l.digits(data)})
}

// N returns the plural form of a message for count, with placeholders
// filled from data (and {{.Count}} set to count).
func (l *Localizer) N(id string, count int, data map[string]any) string {
	d := map[string]any{"Count": count}
	for k, v := range data {
		d[k] = v
	}
	return l.localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: l.digits(d)})
}

// nativeDigits are the digits of a language that writes numbers with its
// own (Persian: ۰ to ۹), by language; the others write 0 to 9.
var nativeDigits = map[string][10]rune{
	"fa": {'۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'},
}

// numberKeys are the placeholders that hold a number or a day, shown in
// the language's own digits; a phone number, a path, a version or a
// command line keeps 0 to 9 (it is dialled, typed or read by a machine).
var numberKeys = []string{"Count", "Total", "Date"}

// digits gives data with its numbers in the language's own digits, for a
// language that has them; else data as it is.
func (l *Localizer) digits(data map[string]any) map[string]any {
	if _, ok := nativeDigits[l.tag]; !ok || data == nil {
		return data
	}
	out := maps.Clone(data)
	for _, k := range numberKeys {
		if v, ok := out[k]; ok {
			out[k] = l.Digits(fmt.Sprint(v))
		}
	}
	return out
}

// Digits writes the digits of s as this language writes numbers (Persian:
// ۰ to ۹); in a language that uses 0 to 9, s as it is.
func (l *Localizer) Digits(s string) string {
	if set, ok := nativeDigits[l.tag]; ok {
		return Digits(s, set)
	}
	return s
}

// Digits writes the digits 0 to 9 in s with set.
func Digits(s string, set [10]rune) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return set[r-'0']
		}
		return r
	}, s)
}

func (l *Localizer) localize(cfg *i18n.LocalizeConfig) string {
	// A message missing from this language comes back in English together
	// with a MessageNotFoundErr; the English text is what we want then.
	l.mu.Lock()
	s, _, err := l.loc.LocalizeWithTag(cfg)
	l.mu.Unlock()
	if s == "" && err != nil {
		// Missing in English too: a test keeps this from happening. Show
		// nothing rather than a raw key.
		return ""
	}
	return s
}

// Script is the ISO 15924 code of the script tag is written in: "Latn",
// "Cyrl", "Deva", "Arab".
func Script(tag string) string {
	s, _ := language.Make(tag).Script()
	return s.String()
}

// Typeface names the typeface the app shows a language in: its script
// (ISO 15924), or, where that language's readers expect another style of
// the script, that style. Urdu is read in Naskh (the shipped Noto Naskh
// Arabic), not in the plainer Noto Sans Arabic that Arabic and Persian use;
// Nastaliq, Urdu's usual style, is drawn broken by Fyne 2.8.1's shaper.
func Typeface(tag string) string {
	base, _ := language.Make(tag).Base()
	if t, ok := typefaces[base.String()]; ok {
		return t
	}
	return Script(tag)
}

var typefaces = map[string]string{"ur": "Arab-Naskh"}

// RightToLeft reports whether tag is written right to left.
func RightToLeft(tag string) bool { return ScriptRightToLeft(Script(tag)) }

// ScriptRightToLeft reports whether a script (ISO 15924) is written right
// to left.
func ScriptRightToLeft(script string) bool {
	switch script {
	case "Arab", "Hebr", "Syrc", "Thaa", "Nkoo":
		return true
	}
	return false
}
