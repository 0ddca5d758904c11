package screens

import (
	"fmt"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/progress"
	"codesafety/app/report"
	"codesafety/app/view"
	"codesafety/screens/widgets"
)

// The bidi marks: invisible, strong left to right and right to left.
const lrm, rlm = "\u200e", "\u200f"

// countryOpen is the key in route.open of the list of countries.
const countryOpen = "country"

// reportScreen says where to report a scam in the person's country: the
// bank first, then the country with a way to change it, then each body of
// table R for it with its address, phone and source; for a country the
// table does not list, the local police. Nothing is looked up online.
type reportScreen struct {
	page
	e       env
	r       *route
	system  []string // the system's locales, for the country when none is chosen
	choice  *widgets.Choice
	options map[string]string // country code -> option shown
}

func newReportScreen(e env, r *route, system []string) *reportScreen {
	s := &reportScreen{e: e, r: r, system: system, options: map[string]string{}}
	t := e.loc.T
	cc := view.Country(e.store.State(), system)
	bodies, listed := report.Bodies(cc)
	if _, seen := r.open[countryOpen]; !seen && cc == "" {
		// Neither chosen nor the system's: the list of countries is open,
		// to choose from once; chosen, it is saved and stays closed.
		r.open[countryOpen] = true
	}

	// The bank first: prominent, on a calm blue tint (not the warning's
	// red, and not the solid blue of a button, which it is not).
	icon := widgets.NewIcon(theme.InfoIcon(), theme.ColorNamePrimary)
	bank := widgets.OnColor(theme.ColorNameSelection, widgets.Row(container.NewCenter(icon), nil,
		widgets.NewPara(t(report.BankFirstKey), theme.SizeNameSubHeadingText, theme.ColorNameForeground, true)))

	name := t(report.OtherCountryKey)
	if listed {
		name = t(report.CountryKey(cc))
	}
	objs := []fyne.CanvasObject{bank, widgets.Heading(t(report.HeadingKey)),
		widgets.BoldText(e.loc.Tf(report.CountryIsKey, map[string]any{"Country": name})), s.countryList()}
	if !listed {
		objs = append(objs, widgets.SubHeading(t(report.LocalPoliceKey)))
	}
	for _, b := range bodies {
		objs = append(objs, s.body(b))
	}
	objs = append(objs, talkPart(e, r, &s.page, cc)...)
	s.page.fill(objs...)
	return s
}

// talkPart is "Talk to someone now": the services of table H in the
// country where a person answers, with their phone, hours and sources
// (someone you trust, elsewhere), and that no real helper asks for a code
// or a PIN.
func talkPart(e env, r *route, p *page, country string) []fyne.CanvasObject {
	t := e.loc.T
	objs := []fyne.CanvasObject{widgets.SubHeading(t(report.TalkHeadingKey)), widgets.BoldText(t(report.NoCodeKey))}
	helpers := report.Helpers(country)
	if len(helpers) == 0 {
		return append(objs, widgets.Text(t(report.TrustedKey)))
	}
	for _, h := range helpers {
		name := t(h.NameKey())
		box := container.NewVBox(widgets.BoldText(name), widgets.Text(t(h.DoesKey())))
		if h.Phone != "" {
			box.Add(phoneLine(e.loc.Tf(report.PhoneKey, map[string]any{"Phone": readLTR(h.Phone)}), h.Phone, fyne.CurrentDevice().IsMobile()))
		}
		if h.WhatsApp != "" {
			box.Add(widgets.Text(e.loc.Tf(report.WhatsAppKey, map[string]any{"Phone": readLTR(h.WhatsApp)})))
		}
		if h.Hours {
			box.Add(widgets.Text(e.loc.Tf(report.HoursLineKey, map[string]any{"Hours": t(h.HoursKey())})))
		}
		for i, addr := range h.Addresses {
			if u, err := url.Parse(addr); err == nil {
				link := widgets.NewLink(addr, u)
				p.control(fmt.Sprintf("talk:%s:%d", h.ID, i), link)
				box.Add(link)
			}
		}
		box.Add(sourcesFold(e, r, "talk-sources:"+h.ID, p,
			sourceLinks(e, e.loc.Tf(report.SourceLineKey, map[string]any{"Source": name}), h.Sources, h.Press, false)))
		objs = append(objs, widgets.OnColor(theme.ColorNameInputBackground, box))
	}
	return objs
}

// readLTR is a phone number kept left to right in a right-to-left
// language. After Arabic words, digits are Arabic numbers to the bidi
// algorithm, and the spaces and hyphens between them right to left:
// "0300 123 2040" would be seen as "2040 123 0300". A left-to-right mark
// before makes the number left-to-right text, one run; a right-to-left
// mark after ends it before a note. (The paragraph keeps the run's groups
// together as Fyne draws them.)
func readLTR(phone string) string {
	if widgets.RightToLeft() {
		return lrm + phone + rlm
	}
	return phone
}

// countryList is "Change country", which opens the list of the table's
// countries by name and "Another country"; choosing one saves it.
func (s *reportScreen) countryList() fyne.CanvasObject {
	e, t := s.e, s.e.loc.T
	codes := map[string]string{} // option shown -> country code
	var names []string
	for _, cc := range append(report.Countries(), report.Elsewhere) {
		n := t(report.OtherCountryKey)
		if cc != report.Elsewhere {
			n = t(report.CountryKey(cc))
		}
		names, codes[n], s.options[cc] = append(names, n), cc, n
	}
	title := t(report.CountryLabelKey)
	s.choice = widgets.NewChoice(names, "", func(o string) fyne.CanvasObject { return widgets.Text(o) },
		optionLabel(e, title), func(n string) { e.store.SetCountry(codes[n]) })
	for i, f := range s.choice.Focusables() {
		s.control(fmt.Sprintf("country:%d", i), f)
	}
	return disclosure(e, s.r, &s.page, countryOpen, t(report.ChangeCountryKey), false, false, s.choice.Box).Object
}

// body is one place to report: its name, what it covers, its addresses
// as links, its phone (words on a desktop, a link to the dialler on a phone), and
// where the table read it.
func (s *reportScreen) body(b report.Body) fyne.CanvasObject {
	e, t := s.e, s.e.loc.T
	name := t(b.NameKey())
	box := container.NewVBox(widgets.SubHeading(name), widgets.Text(e.loc.Tf(report.CoversKey, map[string]any{"Covers": t(b.CoversKey())})))
	for i, addr := range b.Addresses {
		box.Add(s.link(name, addr, "address:"+b.ID+":"+fmt.Sprint(i), false))
	}
	phone := readLTR(b.Phone)
	switch {
	case b.Phone != "" && b.PhoneNote:
		box.Add(phoneLine(e.loc.Tf(report.PhoneWithNoteKey, map[string]any{"Phone": phone, "Note": t(b.PhoneNoteKey())}), b.Phone,
			fyne.CurrentDevice().IsMobile()))
	case b.Phone != "":
		box.Add(phoneLine(e.loc.Tf(report.PhoneKey, map[string]any{"Phone": phone}), b.Phone, fyne.CurrentDevice().IsMobile()))
	}
	key := b.SourceLineKey()
	small := func(s string) *widgets.Para {
		return widgets.NewPara(s, theme.SizeNameCaptionText, theme.ColorNameForeground, false)
	}
	// The sources are folded, as a step's are: the name, the address and
	// the phone come first on a phone.
	sources := container.NewVBox()
	if len(b.Sources) == 0 {
		sources.Add(small(e.loc.Tf(key, map[string]any{"Source": t(b.SourceKey())})))
	} else {
		// "Source:" in words, then each address as a link: an address in a
		// paragraph could not wrap on a phone.
		sources.Add(small(strings.TrimSpace(e.loc.Tf(key, map[string]any{"Source": ""}))))
		source := e.loc.Tf(key, map[string]any{"Source": name}) // for the copy button
		for i, addr := range b.Sources {
			sources.Add(s.link(source, addr, "source:"+b.ID+":"+fmt.Sprint(i), true))
		}
	}
	box.Add(sourcesFold(e, s.r, "sources:"+b.ID, &s.page, sources))
	return widgets.OnColor(theme.ColorNameInputBackground, box)
}

// link is an address that opens the browser, the address itself as its
// words (wrapping anywhere, so it fits a phone), with a button that copies
// it, for when no browser opens.
func (s *reportScreen) link(name, addr, key string, small bool) fyne.CanvasObject {
	e := s.e
	u, err := url.Parse(addr)
	if err != nil {
		return widgets.Text(addr)
	}
	link := widget.NewHyperlink(addr, u)
	link.Wrapping = fyne.TextWrapBreak
	if small {
		link.SizeName = theme.SizeNameCaptionText
	}
	// Labelled, under the address: an icon alone says nothing to many.
	cp := widgets.NewButton(e.loc.T("step.copy_address"), theme.ContentCopyIcon(), e.loc.Tf("a11y.copy_link", map[string]any{"Name": name}), func() {
		e.clip.SetContent(addr)
	})
	cp.Importance = widget.LowImportance
	s.control(key, cp)
	return container.NewVBox(link, widgets.Start(cp))
}

// refresh shows the country chosen; it asks to be built again when the
// country changed, which changes where to report.
// update marks the country shown in the list; the country itself is the
// screen's shape (view.Country).
func (s *reportScreen) update(st progress.State) {
	cc := view.Country(st, s.system)
	if _, listed := report.Bodies(cc); listed {
		s.choice.Show(s.options[cc])
	} else {
		s.choice.Show(s.options[report.Elsewhere])
	}
}

// reportButton leads to where to report it.
func reportButton(e env, p *page, key string) fyne.CanvasObject {
	tile := widgets.Tile{Break: e.brk(), Title: e.loc.T(report.HeadingKey), Icon: theme.InfoIcon(), Arrow: true,
		Importance: widget.MediumImportance, Tapped: func() { e.nav.open(&route{kind: reportRoute}) }}.Build()
	p.control(key, tile.Button)
	return tile.Object
}

// reportPart is the way to where to report it at the end of a checklist
// that leads there (sc.Report); nothing for the others.
func reportPart(e env, r *route, p *page, sc checklist.Scenario) []fyne.CanvasObject {
	if !sc.Report {
		return nil
	}
	// After a takeover or money: it can happen to anyone, beware of the
	// scams that follow, and someone to talk to (A13, table H).
	objs := []fyne.CanvasObject{reportButton(e, p, "report:path"),
		widgets.Text(e.loc.T(report.AnyoneKey)), widgets.Text(e.loc.T(report.FollowUpKey))}
	return append(objs, talkPart(e, r, p, view.Country(e.store.State(), e.system))...)
}

// phoneLine is a line with a phone number: on a phone, a link that opens
// the dialler with the number (the person still presses call); elsewhere,
// words to read, in bold.
func phoneLine(text, phone string, mobile bool) fyne.CanvasObject {
	if !mobile {
		return widgets.BoldText(text)
	}
	return widgets.NewLink(text, telURL(phone))
}

// telURL is the tel: address of a phone number as tables R and H write it:
// its digits (and a leading +), without spaces or hyphens.
func telURL(phone string) *url.URL {
	return &url.URL{Scheme: "tel", Opaque: report.Dialable(phone)}
}
