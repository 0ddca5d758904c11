// Command setup writes what the Windows setup's script
// (assets/windows/setup.nsi) includes besides itself: `go run ./.ci/setup
// DIR PNG...` makes
//
//   - DIR/languages.nsh: the installer's languages (every language Code
//     Safety speaks that NSIS has a language file for; English first, the
//     fallback) and the setup's own sentences in each, from translations/
//     (the setup.* messages), so they are translated where every other
//     text is;
//   - DIR/icon.ico: the app's icon, from the PNG files given (make draws
//     them from assets/icon.svg with rsvg-convert at 16 to 256 pixels; Go's
//     SVG renderers fill the shield's whole square).
//
// `make package-windows-setup` runs it.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"codesafety/app/lang"
	"codesafety/translations"
)

// nsisLanguages names, for each of our tags, NSIS's language file
// (Contrib/Language files/NAME.nlf). A tag NSIS has no file for is left
// out: that setup speaks English.
var nsisLanguages = map[string]string{
	"en": "English", "es": "Spanish", "pt-BR": "PortugueseBR", "fr": "French",
	"de": "German", "it": "Italian", "nl": "Dutch", "tr": "Turkish",
	"ru": "Russian", "id": "Indonesian", "hi": "Hindi", "ar": "Arabic",
	"fa": "Farsi", "ms": "Malay",
}

// strings are the setup's own sentences: NSIS's name for each, and our
// message ID.
var setupStrings = []struct{ name, id string }{
	{"KEEP_PROGRESS", "setup.keep_progress"},
	{"CLOSE_APP", "setup.close_app"},
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: setup DIR PNG...")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2:]); err != nil {
		fmt.Fprintln(os.Stderr, "setup:", err)
		os.Exit(1)
	}
}

func run(dir string, pngs []string) error {
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		return err
	}
	nsh, err := languages(cat)
	if err != nil {
		return err
	}
	// NSIS reads an include as UTF-8 when it starts with the byte order mark.
	if err := os.WriteFile(filepath.Join(dir, "languages.nsh"), append([]byte("\uFEFF"), nsh...), 0o644); err != nil {
		return err
	}
	var images [][]byte
	for _, name := range pngs {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		images = append(images, b)
	}
	ico, err := icon(images)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "icon.ico"), ico, 0o644)
}

func languages(cat *lang.Catalog) (string, error) {
	var b strings.Builder
	b.WriteString("; Made by .ci/setup from translations/: do not edit.\n")
	tags := []string{"en"}
	for _, t := range cat.Tags() {
		if t != "en" {
			tags = append(tags, t)
		}
	}
	var used []string
	for _, t := range tags {
		name, ok := nsisLanguages[t]
		if !ok {
			fmt.Fprintf(os.Stderr, "setup: NSIS has no %q: its setup speaks English\n", t)
			continue
		}
		fmt.Fprintf(&b, "!insertmacro MUI_LANGUAGE %q\n", name)
		used = append(used, t)
	}
	for _, s := range setupStrings {
		for _, t := range used {
			text := cat.Localizer(t).T(s.id)
			if text == "" {
				return "", fmt.Errorf("no %s in %s", s.id, t)
			}
			fmt.Fprintf(&b, "LangString %s ${LANG_%s} \"%s\"\n", s.name, strings.ToUpper(nsisLanguages[t]), quote(text))
		}
	}
	return b.String(), nil
}

// quote writes text for an NSIS string in double quotes: $ as $$, " as $\",
// a new line as $\n.
func quote(text string) string {
	return strings.NewReplacer("$", "$$", `"`, `$\"`, "\r", "", "\n", `$\n`).Replace(text)
}

// icon packs PNG images into one .ico (PNG entries, which Windows reads
// since Vista); each must be square, 256 pixels or less.
func icon(pngs [][]byte) ([]byte, error) {
	sizes := make([]int, len(pngs))
	for i, p := range pngs {
		c, err := png.DecodeConfig(bytes.NewReader(p))
		if err != nil {
			return nil, fmt.Errorf("icon image %d: %v", i+1, err)
		}
		if c.Width != c.Height || c.Width > 256 {
			return nil, fmt.Errorf("icon image %d is %d×%d: want a square of 256 pixels or less", i+1, c.Width, c.Height)
		}
		sizes[i] = c.Width
	}
	var out bytes.Buffer
	le := binary.LittleEndian
	binary.Write(&out, le, [3]uint16{0, 1, uint16(len(pngs))}) // reserved, type icon, count
	offset := 6 + 16*len(pngs)
	for i, size := range sizes {
		dim := uint8(size)
		if size == 256 {
			dim = 0 // 0 means 256
		}
		binary.Write(&out, le, struct {
			W, H, Colours, Reserved uint8
			Planes, Bits            uint16
			Size, Offset            uint32
		}{dim, dim, 0, 0, 1, 32, uint32(len(pngs[i])), uint32(offset)})
		offset += len(pngs[i])
	}
	for _, p := range pngs {
		out.Write(p)
	}
	return out.Bytes(), nil
}
