package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DisclosureText is what a disclosure says, closed and open: the words on
// it ("More" and "Less", or one heading for both), and what a screen
// reader hears ("More about: …", "Less about: …").
type DisclosureText struct {
	Closed, Open         string
	A11yClosed, A11yOpen string
	// Icon, when the words wrap, is shown instead of the arrows (a
	// question mark before a word to explain, say).
	Icon fyne.Resource
}

// Disclosure is a quiet button that shows and hides the part under it:
// its arrow points down while the part is hidden and up while it shows,
// and its words and what a screen reader hears say which it will do. One
// control for every "More", every folded part and every list to open.
type Disclosure struct {
	Button *Button           // to tap or press, and what a screen reader hears
	Object fyne.CanvasObject // what to put on screen: the button, then the part
	body   fyne.CanvasObject
	text   DisclosureText
	open   bool
	words  *Para // the words, when they wrap under the button; nil: on it
	icon   *Icon // the arrow, when the words wrap
	change func(open bool)
}

// NewDisclosure is a disclosure of body, closed. Its words wrap on a
// narrow screen when wrap is set (a long heading); otherwise they are the
// button's own. change is told of every opening and closing.
func NewDisclosure(text DisclosureText, body fyne.CanvasObject, wrap bool, change func(open bool)) *Disclosure {
	d := &Disclosure{body: body, text: text, change: change}
	d.Button = NewButton("", nil, "", func() { d.SetOpen(!d.open) })
	d.Button.Importance = widget.LowImportance
	var control fyne.CanvasObject = Start(d.Button)
	if wrap {
		d.words = NewPara("", theme.SizeNameText, theme.ColorNameForeground, true)
		d.icon = NewIcon(nil, "")
		control = container.NewStack(d.Button, container.NewPadded(Row(container.NewCenter(d.icon), nil, d.words)))
	}
	d.Object = container.NewVBox(control, body)
	d.show()
	return d
}

// Open reports whether the part is shown.
func (d *Disclosure) Open() bool { return d.open }

// SetOpen shows or hides the part, and tells change when that is a change.
func (d *Disclosure) SetOpen(open bool) {
	if open == d.open {
		return
	}
	d.open = open
	d.show()
	if d.change != nil {
		d.change(open)
	}
}

func (d *Disclosure) show() {
	words, a11y, icon := d.text.Closed, d.text.A11yClosed, theme.MenuDropDownIcon()
	if d.open {
		words, a11y, icon = d.text.Open, d.text.A11yOpen, theme.MenuDropUpIcon()
		d.body.Show()
	} else {
		d.body.Hide()
	}
	d.Button.A11y = a11y
	if d.words != nil {
		if d.text.Icon != nil {
			icon = d.text.Icon
		}
		d.words.SetText(words)
		d.icon.SetResource(icon)
		return
	}
	d.Button.SetText(words)
	d.Button.SetIcon(icon)
}
