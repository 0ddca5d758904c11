// Command namefonts makes the fonts the language list draws each
// language's name in (assets/fonts/names): for every font a name is
// written in, a subset that holds only the letters of those names, with
// every layout feature they use, so that Settings, built again at each
// change of language, reads a few kilobytes of font instead of whole
// fonts (about 13 ms of the 55 a change of language took). The names
// come from translations/ (each language's own name), the fonts from
// assets/fonts (the scripts Code Safety ships) and Fyne's Noto Sans (Latin
// and Cyrillic):
//
//	go run ./.ci/namefonts -fyne FYNE_FONT_DIR -out assets/fonts/names
//
// `make fonts` runs it, with pyftsubset (fonttools). A test
// (screens/fonts_test.go) fails when a name has a letter its font lacks.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"codesafety/app/lang"
	"codesafety/assets"
	"codesafety/translations"
)

func main() {
	fyneDir := flag.String("fyne", "", "the folder of Fyne's fonts (its theme/font)")
	out := flag.String("out", "assets/fonts/names", "where the fonts go")
	flag.Parse()
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		fail(err)
	}
	texts := map[string]string{} // font (its base name) -> the letters of its names
	for _, l := range cat.Languages() {
		if assets.WholeForNames[lang.Typeface(l.Tag)] {
			continue
		}
		base := assets.NameFontBase(lang.Typeface(l.Tag))
		texts[base] += l.Name
	}
	bases := make([]string, 0, len(texts))
	for b := range texts {
		bases = append(bases, b)
	}
	slices.Sort(bases)
	for _, base := range bases {
		src := filepath.Join("assets", "fonts", base+"-Regular.ttf")
		if base == assets.LatinFontBase {
			src = filepath.Join(*fyneDir, base+"-Regular.ttf")
		}
		dst := filepath.Join(*out, base+".ttf")
		cmd := exec.Command("pyftsubset", src, "--text="+letters(texts[base]), "--layout-features=*",
			"--no-hinting", "--name-IDs=*", "--output-file="+dst)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fail(fmt.Errorf("%s: %w", dst, err))
		}
		info, err := os.Stat(dst)
		if err != nil {
			fail(err)
		}
		fmt.Printf("%8d %s\n", info.Size(), dst)
	}
}

// letters is each letter of s once, in order.
func letters(s string) string {
	var b strings.Builder
	seen := map[rune]bool{}
	for _, r := range s {
		if !seen[r] {
			seen[r] = true
			b.WriteRune(r)
		}
	}
	return b.String()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "namefonts:", err)
	os.Exit(1)
}
