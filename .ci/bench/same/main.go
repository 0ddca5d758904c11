// Command same is the second baseline of `make bench`: Code Safety's home
// screen as it first shows (the same words, icons, coloured cards, top bar
// and 800×600 window) built from Fyne's own widgets alone: no store, no
// catalog, no theme and no widgets of Code Safety's. First paint against
// it is what Code Safety's own layers add to the drawing of that screen;
// against the bare window (one label), what the screen itself costs.
//
//	same -words translations/active.en.toml
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/BurntSushi/toml"
)

func main() {
	file := flag.String("words", "translations/active.en.toml", "the English words")
	flag.Parse()
	var words map[string]any
	if _, err := toml.DecodeFile(*file, &words); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	t := func(key string) string {
		s, _ := words[key].(string)
		return strings.ReplaceAll(s, "{{.Keys}}", "Ctrl+Q")
	}

	a := app.New()
	w := a.NewWindow(t("app.name"))
	w.Resize(fyne.NewSize(800, 600))

	name := widget.NewLabelWithStyle(t("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	bar := container.NewBorder(nil, nil, name, container.NewHBox(
		widget.NewButton(t("nav.text_size"), nil),
		widget.NewButtonWithIcon(t("nav.settings"), theme.SettingsIcon(), nil),
		widget.NewButtonWithIcon(t("nav.quick_exit_keys"), theme.CancelIcon(), nil)))

	banner := card(theme.ColorNameError, theme.WarningIcon(), nil,
		heading(t("warning.never_share"), widget.RichTextStyleSubHeading), para(t("warning.never_share_detail")))
	objs := []fyne.CanvasObject{banner, heading(t("home.heading"), widget.RichTextStyleSubHeading)}
	for _, tile := range []struct {
		id   string
		icon fyne.Resource
		imp  widget.Importance
	}{
		{"unrequested", theme.MailComposeIcon(), widget.HighImportance},
		{"asked", theme.AccountIcon(), widget.HighImportance},
		{"recover", theme.LoginIcon(), widget.WarningImportance},
		{"friend-taken", theme.MailSendIcon(), widget.WarningImportance},
	} {
		b := widget.NewButton("", nil)
		b.Importance = tile.imp
		words := container.NewVBox(heading(t("scenario."+tile.id+".title"), widget.RichTextStyleSubHeading),
			para(t("scenario."+tile.id+".subtitle")))
		objs = append(objs, container.NewStack(b, container.NewPadded(container.NewBorder(nil, nil,
			container.NewCenter(widget.NewIcon(tile.icon)), container.NewCenter(widget.NewIcon(theme.NavigateNextIcon())), words))))
	}
	objs = append(objs, container.NewHBox(widget.NewButtonWithIcon(t("home.explain"), theme.QuestionIcon(), nil)))

	w.SetContent(container.NewBorder(container.NewVBox(bar, widget.NewSeparator()), nil, nil, nil,
		container.NewVScroll(container.NewPadded(container.NewVBox(objs...)))))
	w.ShowAndRun()
}

// card is a coloured card with rounded corners, an icon and words.
func card(c fyne.ThemeColorName, icon, arrow fyne.Resource, words ...fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(c))
	bg.CornerRadius = theme.InputRadiusSize()
	var right fyne.CanvasObject
	if arrow != nil {
		right = container.NewCenter(widget.NewIcon(arrow))
	}
	return container.NewStack(bg, container.NewPadded(container.NewBorder(nil, nil,
		container.NewCenter(widget.NewIcon(icon)), right, container.NewVBox(words...))))
}

// heading is words that wrap, in a heading's style.
func heading(s string, style widget.RichTextStyle) fyne.CanvasObject {
	r := widget.NewRichText(&widget.TextSegment{Text: s, Style: style})
	r.Wrapping = fyne.TextWrapWord
	return r
}

// para is words that wrap.
func para(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}
