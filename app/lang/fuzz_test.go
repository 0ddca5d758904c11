package lang

import (
	"slices"
	"testing"
)

// The fuzz target below takes locale strings from the system, the saved
// state or --lang. Seeds are in testdata/fuzz/<target>; `make fuzz` runs it.

// FuzzLocale: any locale string from the system, the saved state or --lang
// gives a language the app has, or none.
func FuzzLocale(f *testing.F) {
	for _, seed := range []string{"", "C", "POSIX", "::", "es_MX.UTF-8", "pt_PT", "zh_CN", "xx_YY.UTF-8",
		"en_GB.UTF-8@euro", "ar-EG", "sr-Latn-RS", "\xff\xfe", "de_DE@euro:fr", "i-klingon", "und"} {
		f.Add(seed)
	}
	cat := catalog(f)
	tags := cat.Tags()
	f.Fuzz(func(t *testing.T, s string) {
		if tag, ok := cat.match(s); ok != (tag != "") || ok && !slices.Contains(tags, tag) {
			t.Fatalf("match(%q) = %q %v", s, tag, ok)
		}
		if tag, err := cat.ParseLang(s); err == nil && !slices.Contains(tags, tag) {
			t.Fatalf("ParseLang(%q) = %q", s, tag)
		}
		env := map[string]string{"LANGUAGE": s, "LC_ALL": s, "LC_MESSAGES": s, "LANG": s}
		system := SystemLocales(func(k string) string { return env[k] })
		for _, got := range []string{cat.Resolve("", s, system), cat.Resolve("", "", system)} {
			if !slices.Contains(tags, got) {
				t.Fatalf("Resolve with %q = %q", s, got)
			}
		}
	})
}
