package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"os"
	"slices"
	"strings"
	"testing"

	"codesafety/app/lang"
	"codesafety/translations"
)

func catalog(t *testing.T) *lang.Catalog {
	t.Helper()
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// The setup speaks every language the app speaks that NSIS has, English
// first (NSIS falls back to the first), with both of its sentences in each.
func TestTheSetupSpeaksTheAppsLanguages(t *testing.T) {
	cat := catalog(t)
	nsh, err := languages(cat)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(nsh, "\n")
	if lines[1] != `!insertmacro MUI_LANGUAGE "English"` {
		t.Errorf("English is not the first language: %q", lines[1])
	}
	for _, tag := range cat.Tags() {
		name, ok := nsisLanguages[tag]
		if !ok {
			if !slices.Contains(withoutNSIS, tag) {
				t.Errorf("%s: no NSIS language named for it, and not listed as one NSIS lacks", tag)
			} else if strings.Contains(nsh, "LANG_"+strings.ToUpper(tag)+"}") {
				t.Errorf("%s: listed as one NSIS lacks, but in the setup", tag)
			}
			continue
		}
		if slices.Contains(withoutNSIS, tag) {
			t.Errorf("%s: both named for NSIS and listed as one NSIS lacks", tag)
		}
		if _, err := os.Stat("/usr/share/nsis/Contrib/Language files/" + name + ".nlf"); err != nil && !os.IsNotExist(err) {
			t.Error(err)
		}
		if !strings.Contains(nsh, `!insertmacro MUI_LANGUAGE "`+name+`"`) {
			t.Errorf("%s: not in the setup's languages", tag)
		}
		for _, s := range setupStrings {
			var parts []string
			for _, id := range s.ids {
				parts = append(parts, cat.Localizer(tag).T(id))
			}
			want := "LangString " + s.name + " ${LANG_" + strings.ToUpper(name) + "} \"" + quote(strings.Join(parts, "\n\n")) + "\""
			if !strings.Contains(nsh, want) {
				t.Errorf("%s: no %s in its language:\n%s", tag, s.name, want)
			}
		}
	}
	// Each language's sentences are its own, not English.
	en := quote(cat.Localizer("en").T("setup.keep_progress"))
	if n := strings.Count(nsh, "\""+en+"\""); n != 1 {
		t.Errorf("the English question is used %d times, want once", n)
	}
}

// A sentence reaches NSIS as written: its $, quotes and new lines escaped,
// so nothing in a translation can become an NSIS variable.
func TestQuoteEscapesForNSIS(t *testing.T) {
	got := quote("Keep $INSTDIR \"it\"?\n\nYes.")
	want := `Keep $$INSTDIR $\"it$\"?$\n$\nYes.`
	if got != want {
		t.Errorf("quote = %s, want %s", got, want)
	}
}

// The icon file holds every image given, in order, each as it was.
func TestIconHoldsEveryImage(t *testing.T) {
	var images [][]byte
	sizes := []int{16, 48, 256}
	for _, size := range sizes {
		var buf bytes.Buffer
		if err := png.Encode(&buf, image.NewNRGBA(image.Rect(0, 0, size, size))); err != nil {
			t.Fatal(err)
		}
		images = append(images, buf.Bytes())
	}
	ico, err := icon(images)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	if le.Uint16(ico[2:]) != 1 || int(le.Uint16(ico[4:])) != len(sizes) {
		t.Fatalf("not an icon of %d images: % x", len(sizes), ico[:6])
	}
	for i, size := range sizes {
		e := ico[6+16*i:]
		if w := int(e[0]); w != size%256 {
			t.Errorf("image %d: width byte %d, want %d", i, w, size%256)
		}
		n, off := le.Uint32(e[8:]), le.Uint32(e[12:])
		if !bytes.Equal(ico[off:off+n], images[i]) {
			t.Errorf("image %d is not the PNG given", i)
		}
	}
	if _, err := icon([][]byte{images[0], []byte("not a png")}); err == nil {
		t.Error("a file that is not a PNG made an icon")
	}
}

// The picture beside the first and last pages is a bitmap NSIS can read,
// of the size it wants, with the icon on the light blue.
func TestSidePicture(t *testing.T) {
	mark := image.NewNRGBA(image.Rect(0, 0, 128, 128))
	for i := range mark.Pix {
		mark.Pix[i] = 0xFF // white, opaque
	}
	b := bmp(side(mark))
	le := binary.LittleEndian
	if string(b[:2]) != "BM" || le.Uint32(b[18:]) != 164 || le.Uint32(b[22:]) != 314 || le.Uint16(b[28:]) != 24 {
		t.Fatalf("not a 164×314 24-bit bitmap: % x", b[:30])
	}
	if int(le.Uint32(b[2:])) != len(b) {
		t.Errorf("the file says it is %d bytes, it is %d", le.Uint32(b[2:]), len(b))
	}
	row := (3*164 + 3) &^ 3
	pixel := func(x, y int) []byte { o := 54 + (313-y)*row + 3*x; return b[o : o+3] }
	if p := pixel(0, 0); !bytes.Equal(p, []byte{0xFD, 0xF2, 0xE3}) {
		t.Errorf("top left is % x (BGR), want the light blue fd f2 e3", p)
	}
	if p := pixel(82, 48+64); !bytes.Equal(p, []byte{0xFF, 0xFF, 0xFF}) {
		t.Errorf("the middle of the icon is % x, want the icon's white", p)
	}
}
