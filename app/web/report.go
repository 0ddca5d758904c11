package web

import (
	"codesafety/app/lang"
	"codesafety/app/report"
)

// reportPart is where to report it in one country, or in several (the
// site's page), and who to talk to.
type reportPart struct {
	Heading, BankFirst string
	Countries          []countryView
	Talk               bool // after a takeover: it can happen to anyone, and someone to talk to
	TalkHeading        string
	Anyone, FollowUp   string
	NoCode             string
}

type countryView struct {
	Code, Name  string
	LocalPolice string // no body in table R: "Report it to your local police."
	Bodies      []bodyView
	Helpers     []helperView
	Trusted     string // no service in table H: someone you trust
	// Talk: "Talk to someone now" follows, under TalkHeading, with NoCode.
	Talk                bool
	TalkHeading, NoCode string
}

type bodyView struct {
	Name, Covers string
	Addresses    []string
	WebsiteLabel string
	Phone        string // "Phone: 0300 123 2040 (…)"
	PhoneNumber  string // for a tel: link
	Source       string
	SourceURLs   []string
}

type helperView struct {
	Name, Does, Hours string
	Phone, WhatsApp   string
	PhoneNumber       string
	Addresses         []string
	SourceLabel       string
	Sources           []string
}

// reportFor is where to report it in country ("" or one table R does not
// list: the local police), with someone to talk to when talk.
func reportFor(country string, talk bool, loc *lang.Localizer) *reportPart {
	r := newReport(talk, loc)
	r.Countries = []countryView{countryOf(country, talk, loc)}
	return r
}

func newReport(talk bool, loc *lang.Localizer) *reportPart {
	return &reportPart{Heading: loc.T(report.HeadingKey), BankFirst: loc.T(report.BankFirstKey), Talk: talk,
		TalkHeading: loc.T(report.TalkHeadingKey), Anyone: loc.T(report.AnyoneKey), FollowUp: loc.T(report.FollowUpKey),
		NoCode: loc.T(report.NoCodeKey)}
}

func countryOf(code string, talk bool, loc *lang.Localizer) countryView {
	c := countryView{Code: code, Talk: talk, TalkHeading: loc.T(report.TalkHeadingKey), NoCode: loc.T(report.NoCodeKey)}
	bodies, ok := report.Bodies(code)
	if !ok {
		c.Name, c.LocalPolice = loc.T("report.other_country"), loc.T(report.LocalPoliceKey)
	} else {
		c.Name = loc.T(report.CountryKey(bodies[0].Country))
	}
	for _, b := range bodies {
		v := bodyView{Name: loc.T(b.NameKey()), Covers: loc.Tf(report.CoversKey, map[string]any{"Covers": loc.T(b.CoversKey())}),
			Addresses: b.Addresses, WebsiteLabel: loc.Tf(report.WebsiteKey, map[string]any{"Address": ""})}
		switch {
		case b.Phone != "" && b.PhoneNote:
			v.Phone = loc.Tf(report.PhoneWithNoteKey, map[string]any{"Phone": b.Phone, "Note": loc.T(b.PhoneNoteKey())})
		case b.Phone != "":
			v.Phone = loc.Tf(report.PhoneKey, map[string]any{"Phone": b.Phone})
		}
		v.PhoneNumber = report.Dialable(b.Phone)
		key := b.SourceLineKey()
		if len(b.Sources) == 0 {
			v.Source = loc.Tf(key, map[string]any{"Source": loc.T(b.SourceKey())})
		} else {
			v.Source, v.SourceURLs = loc.Tf(key, map[string]any{"Source": ""}), b.Sources
		}
		c.Bodies = append(c.Bodies, v)
	}
	for _, h := range report.Helpers(code) {
		v := helperView{Name: loc.T(h.NameKey()), Does: loc.T(h.DoesKey()), Addresses: h.Addresses,
			SourceLabel: loc.T("step.sources"), Sources: h.Sources, PhoneNumber: report.Dialable(h.Phone)}
		if h.Phone != "" {
			v.Phone = loc.Tf(report.PhoneKey, map[string]any{"Phone": h.Phone})
		}
		if h.WhatsApp != "" {
			v.WhatsApp = loc.Tf(report.WhatsAppKey, map[string]any{"Phone": h.WhatsApp})
		}
		if h.Hours {
			v.Hours = loc.Tf(report.HoursLineKey, map[string]any{"Hours": loc.T(h.HoursKey())})
		}
		c.Helpers = append(c.Helpers, v)
	}
	if len(c.Helpers) == 0 {
		c.Trusted = loc.T(report.TrustedKey)
	}
	return c
}
