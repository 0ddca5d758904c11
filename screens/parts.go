package screens

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/screens/widgets"
)

// line is s as one line of a button or other Fyne widget, whose words
// Fyne puts left to right: in a right-to-left language, in the order
// they are seen, so that "خروج سريع (Ctrl+Q)" reads right.
func (e env) line(s string) string {
	if !widgets.RightToLeft() {
		return s
	}
	return widgets.VisualLine(s, widgets.Coverage(theme.Font(fyne.TextStyle{})))
}

// confirm is a question before something that cannot be undone.
func (e env) confirm(title, message, action string, icon fyne.Resource, done func()) *widgets.Confirm {
	return widgets.NewConfirm(e.win.Canvas(), widgets.Question{Title: title, Message: message,
		Cancel: e.loc.T("dialog.cancel"), Action: action, Icon: icon}, done, e.nav.shown)
}

// fill puts the screen's objects in its reading column; the controls
// already remembered stay.
func (p *page) fill(objs ...fyne.CanvasObject) { p.scroll = widgets.ReadingColumn(objs...) }

// sourceLinks shows a source: its name as a link per address that opens
// the system browser, when it was checked (if checked is set), and under
// each link a labelled button that copies the address, so it can be used
// elsewhere when no browser opens; no address in the running text. A
// source with no address (a campaign, a press report) is shown by name.
func sourceLinks(e env, name string, urls []string, secondary, checked bool) fyne.CanvasObject {
	var objs []fyne.CanvasObject
	if len(urls) == 0 {
		objs = append(objs, widgets.BoldText(name))
	}
	for _, addr := range urls {
		u, err := url.Parse(addr)
		if err != nil {
			continue
		}
		link := widgets.NewLink(name, u) // the whole width, so its words wrap
		if widgets.RightToLeft() {
			link.Alignment = fyne.TextAlignTrailing
		}
		objs = append(objs, link)
		cp := widgets.NewButton(e.loc.T("step.copy_address"), theme.ContentCopyIcon(), e.loc.Tf("a11y.copy_link", map[string]any{"Name": name}), func() {
			e.clip.SetContent(addr)
		})
		cp.Importance = widget.LowImportance
		objs = append(objs, widgets.Start(cp))
	}
	if checked {
		objs = append(objs, widgets.Text(e.loc.Tf("step.checked_on", map[string]any{"Date": checklist.SourcesChecked})))
	}
	if secondary {
		objs = append(objs, widgets.Text(e.loc.T("step.secondary")))
	}
	return container.NewVBox(objs...)
}

// disclosure shows and hides body under a quiet button titled title (or
// "More"/"Less" when more is set); whether it is open is kept on the route
// under key, and the button is the page's control under "fold:"+key.
func disclosure(e env, r *route, p *page, key, title string, more, wrap bool, body fyne.CanvasObject) *widgets.Disclosure {
	text := widgets.DisclosureText{Closed: title, Open: title,
		A11yClosed: e.loc.Tf("a11y.more", map[string]any{"Title": title}),
		A11yOpen:   e.loc.Tf("a11y.less", map[string]any{"Title": title})}
	if more {
		text.Closed, text.Open = e.loc.T("step.more"), e.loc.T("step.less")
	}
	d := widgets.NewDisclosure(text, body, wrap, func(open bool) { r.open[key] = open })
	d.SetOpen(r.open[key])
	p.control("fold:"+key, d.Button)
	return d
}

// sourcesFold is "Where this advice comes from": a disclosure of the
// sources (its words wrap on a phone at the largest text).
func sourcesFold(e env, r *route, key string, p *page, sources fyne.CanvasObject) fyne.CanvasObject {
	return disclosure(e, r, p, key, e.loc.T("step.sources"), false, true, sources).Object
}
