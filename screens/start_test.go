package screens

import (
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// measuringDriver is the test driver, counting the text it is asked to
// measure and how many measurements run at once.
type measuringDriver struct {
	fyne.Driver
	styles       chan fyne.TextStyle
	now, overlap atomic.Int32
}

func (d *measuringDriver) RenderedTextSize(text string, size float32, style fyne.TextStyle, source fyne.Resource) (fyne.Size, float32) {
	if d.now.Add(1) > 1 {
		d.overlap.Add(1)
	}
	defer d.now.Add(-1)
	time.Sleep(20 * time.Millisecond) // a font being loaded
	d.styles <- style
	return d.Driver.RenderedTextSize(text, size, style, nil)
}

// The window is opened while the fonts load; the first screen is built only
// once they have, and they load one at a time (Fyne's shaper is shared).
func TestFontsLoadWhileTheWindowOpens(t *testing.T) {
	test.NewTempApp(t)
	d := &measuringDriver{Driver: fyne.CurrentApp().Driver(), styles: make(chan fyne.TextStyle, 4)}
	regular, bold := fyne.TextStyle{}, fyne.TextStyle{Bold: true}
	done := loadFonts(d, false, regular, bold)
	select {
	case <-done:
		t.Fatal("said done before any font was loaded")
	default:
	}
	<-done
	close(d.styles)
	var got []fyne.TextStyle
	for s := range d.styles {
		got = append(got, s)
	}
	if len(got) != 2 || got[0] != regular || got[1] != bold {
		t.Errorf("loaded %v, want regular then bold", got)
	}
	if n := d.overlap.Load(); n != 0 {
		t.Errorf("%d measurements ran at the same time as another", n)
	}
}
