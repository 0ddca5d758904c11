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
//     SVG renderers fill the shield's whole square);
//   - DIR/side.bmp: the picture beside the first and last pages (164×314,
//     as NSIS wants it): the icon (assets/icon-128.png) on the app's light
//     blue, in place of NSIS's picture of a computer.
//
// `make package-windows-setup` runs it.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"slices"
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

// withoutNSIS are our languages NSIS 3.08 has no language file for: their
// setup speaks English (the app itself speaks them).
var withoutNSIS = []string{"bn", "ur", "ta", "te", "mr", "sw"}

// setupStrings are the setup's own sentences: NSIS's name for each, and
// the messages it is made of (joined by an empty line).
var setupStrings = []struct {
	name string
	ids  []string
}{
	{"WELCOME", []string{"setup.welcome", "about.privacy"}},
	{"KEEP_PROGRESS", []string{"setup.keep_progress"}},
	{"CLOSE_APP", []string{"setup.close_app"}},
}

// text is one of the setup's sentences in a language.
func text(loc *lang.Localizer, ids []string) (string, error) {
	parts := make([]string, len(ids))
	for i, id := range ids {
		if parts[i] = loc.T(id); parts[i] == "" {
			return "", fmt.Errorf("no %s in %s", id, loc.Tag())
		}
	}
	return strings.Join(parts, "\n\n"), nil
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
	if err := os.WriteFile(filepath.Join(dir, "icon.ico"), ico, 0o644); err != nil {
		return err
	}
	f, err := os.Open("assets/icon-128.png")
	if err != nil {
		return err
	}
	defer f.Close()
	mark, err := png.Decode(f)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "side.bmp"), bmp(side(mark)), 0o644)
}

// side is the picture beside the first and last pages: the icon near the
// top of a light blue strip (the app's light theme's primary colour).
func side(mark image.Image) image.Image {
	pic := image.NewRGBA(image.Rect(0, 0, 164, 314))
	draw.Draw(pic, pic.Bounds(), image.NewUniform(color.RGBA{0xE3, 0xF2, 0xFD, 0xFF}), image.Point{}, draw.Src)
	b := mark.Bounds()
	at := image.Pt((164-b.Dx())/2, 48)
	draw.Draw(pic, b.Sub(b.Min).Add(at), mark, b.Min, draw.Over)
	return pic
}

// bmp writes a picture as a 24-bit Windows bitmap (bottom row first, each
// row padded to 4 bytes), the one kind NSIS takes for its pages.
func bmp(pic image.Image) []byte {
	b := pic.Bounds()
	w, h := b.Dx(), b.Dy()
	row := (3*w + 3) &^ 3
	var out bytes.Buffer
	le := binary.LittleEndian
	out.WriteString("BM")
	binary.Write(&out, le, []uint32{uint32(54 + row*h), 0, 54})            // file size, reserved, pixels at
	binary.Write(&out, le, []uint32{40, uint32(w), uint32(h)})             // header size, width, height
	binary.Write(&out, le, []uint16{1, 24})                                // planes, bits
	binary.Write(&out, le, []uint32{0, uint32(row * h), 2835, 2835, 0, 0}) // no compression, 72 dpi
	line := make([]byte, row)
	for y := b.Max.Y - 1; y >= b.Min.Y; y-- {
		for x := 0; x < w; x++ {
			r, g, bl, _ := pic.At(b.Min.X+x, y).RGBA()
			line[3*x], line[3*x+1], line[3*x+2] = byte(bl>>8), byte(g>>8), byte(r>>8)
		}
		out.Write(line)
	}
	return out.Bytes()
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
			if !slices.Contains(withoutNSIS, t) {
				return "", fmt.Errorf("no NSIS language named for %q: add it to nsisLanguages, or to withoutNSIS if NSIS has none", t)
			}
			continue
		}
		fmt.Fprintf(&b, "!insertmacro MUI_LANGUAGE %q\n", name)
		used = append(used, t)
	}
	for _, s := range setupStrings {
		for _, t := range used {
			words, err := text(cat.Localizer(t), s.ids)
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&b, "LangString %s ${LANG_%s} \"%s\"\n", s.name, strings.ToUpper(nsisLanguages[t]), quote(words))
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
