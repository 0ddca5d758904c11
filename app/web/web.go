// Package web puts Code Safety's guidance into plain HTML: one page for a
// checklist with the person's progress, to print or keep (export --format
// html, and "Print this checklist"), and the whole guidance as static pages
// any phone can open (the site command). Every page stands alone: its style
// is inside it, it loads nothing from anywhere, and it works without
// script. Like everything under app/, it imports nothing from Fyne.
package web

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
	"slices"
	"strings"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/app/view"
)

var (
	//go:embed page.tmpl
	pageTmpl string
	//go:embed style.css
	styleCSS string
	//go:embed tick.js
	tickJS string

	pages = template.Must(template.New("page").Parse(pageTmpl))
)

// page is what every page has: its language and reading direction, its
// title, the rule, and its main part (one of the fields after Main).
type page struct {
	Lang, Dir, Title, AppName string
	Rule, RuleDetail          string
	CSS                       template.CSS
	Script                    template.JS // "" on exported pages: no script at all
	Site                      bool        // a page of the site: links to home and the languages
	Top                       string      // on the site, the way to its top ("../", or "./" there): its manifest and icon
	HomeLabel, LangLabel      string
	Footer                    string

	Checklist *checklistPart
	Home      *homePart
	Question  *questionPart
	Messages  *messagesPart
	Report    *reportPart
	Explain   *explainPart
	Languages *languagesPart
}

type link struct{ Href, Text string }

type checklistPart struct {
	ID                 string
	Title              string
	Banner, BannerLine string // the calm banner; "" while acting now
	Intro              string // shown when there is no banner
	WayOut             *link  // the way to the path to take if logged out
	Count              string
	Ticked, Total      int
	DontsHeading       string
	Donts              []string
	DontsAfter         int // the don'ts follow this many parts (after Right now)
	Parts              []stepPart
	Then               *link // "When you are done here, continue with"
	Messages           *messagesPart
	ReportLink         *link       // the site: where to report it, every country
	Report             *reportPart // an export: where to report it, for the person's country
	Sources            *sourcesPart
}

type stepPart struct {
	Heading string
	Steps   []stepView
}

type stepView struct {
	ID, Title, Summary    string
	Done                  bool
	Mark                  string // "(If it applies to you)", "(done on 2026-12-06)"
	HowLabel, How         string
	WhyLabel, Why         string
	TroubleLabel, Trouble string
	SourcesLabel          string
	Sources               []sourceView
	ReportLink            *link // money: where to report it
}

type sourceView struct {
	ID   string // the anchor of its entry in the page's list of sources
	Name string
	URLs []string
}

// sourcesPart lists every source a page cites, once, with its addresses in
// full; each step names its own and links here.
type sourcesPart struct {
	Heading string
	List    []sourceView
}

// cite adds the sources of ids to the page's list (once each), and returns
// them.
func (s *sourcesPart) cite(ids []checklist.SourceID, loc *lang.Localizer) []sourceView {
	var out []sourceView
	for _, ref := range checklist.References(ids...) {
		v := sourceView{ID: ref.Anchor(), Name: loc.T(ref.Name), URLs: ref.URLs}
		out = append(out, v)
		if !slices.ContainsFunc(s.List, func(o sourceView) bool { return o.ID == v.ID }) {
			s.List = append(s.List, v)
		}
	}
	return out
}

type messagesPart struct {
	Heading string
	List    []messageView
}

type messageView struct{ Title, Text string }

// checklistOf is a checklist's part of a page: its steps with the saved
// ticks, the menu paths for phone ("" gives both), its messages.
// toReport, when given, is where a step about money leads (the site's
// report page).
func checklistOf(sc checklist.Scenario, st progress.State, phone string, toReport *link, loc *lang.Localizer) *checklistPart {
	v := view.ChecklistOf(st, sc.ID, "", loc)
	saved := progress.Checklist{}
	if c := st.Checklists[string(sc.ID)]; c != nil {
		saved = *c
	}
	c := &checklistPart{ID: string(sc.ID), Title: loc.T(sc.ID.TitleKey()), Banner: v.Banner, BannerLine: v.BannerLine,
		Count: v.Count, Ticked: v.Ticked, Total: v.Total, DontsHeading: loc.T(checklist.DontsKey),
		Sources: &sourcesPart{Heading: loc.T("step.sources")}}
	if c.Banner == "" {
		c.Intro = loc.T(sc.ID.IntroKey())
	}
	for _, d := range sc.Donts {
		c.Donts = append(c.Donts, loc.T(d.TextKey()))
	}
	for _, p := range checklist.Phases() {
		steps := sc.StepsIn(p)
		if len(steps) == 0 {
			continue
		}
		part := stepPart{Heading: loc.T(sc.HeadingKey(p))}
		for _, s := range steps {
			v := stepOf(s, saved, phone, c.Sources, loc)
			if s.Report {
				v.ReportLink = toReport
			}
			part.Steps = append(part.Steps, v)
		}
		c.Parts = append(c.Parts, part)
		if p == checklist.PhaseNow {
			c.DontsAfter = 1 // as on the screen: the first step comes first
		}
	}
	if len(sc.Messages) > 0 {
		c.Messages = &messagesPart{Heading: loc.T(checklist.MessagesKey)}
		for _, k := range sc.Messages {
			c.Messages.List = append(c.Messages.List, messageView{Title: loc.T(k.TitleKey()), Text: loc.T(k.TextKey())})
		}
	}
	return c
}

func stepOf(s checklist.Step, saved progress.Checklist, phone string, sources *sourcesPart, loc *lang.Localizer) stepView {
	v := stepView{ID: s.ID, Title: loc.T(s.TitleKey()), Summary: loc.T(s.SummaryKey()), Done: saved.IsDone(s.ID),
		HowLabel: loc.T("step.how"), How: s.How(loc, phone), WhyLabel: loc.T("step.why"), Why: loc.T(s.WhyKey()),
		SourcesLabel: loc.T("step.sources")}
	var marks []string
	if s.Optional {
		marks = append(marks, loc.T("step.optional"))
	}
	if day := saved.DoneOn[s.ID]; v.Done && day != "" {
		marks = append(marks, loc.Tf("export.done_on", map[string]any{"Date": isolate(loc, day)}))
	}
	if len(marks) > 0 {
		v.Mark = "(" + strings.Join(marks, ") (") + ")"
	}
	if s.Trouble != "" {
		v.TroubleLabel, v.Trouble = loc.T(checklist.TroubleKey), loc.T(s.Trouble)
	}
	v.Sources = sources.cite(s.Sources, loc)
	return v
}

// newPage is a page in loc's language with its title.
func newPage(loc *lang.Localizer, title string) *page {
	dir := "ltr"
	if lang.RightToLeft(loc.Tag()) {
		dir = "rtl"
	}
	return &page{Lang: loc.Tag(), Dir: dir, Title: title, AppName: loc.T("app.name"),
		Rule: loc.T("warning.never_share"), RuleDetail: loc.T("warning.never_share_detail"),
		CSS:    template.CSS(styleCSS),
		Footer: loc.Tf("export.footer", map[string]any{"Date": isolate(loc, checklist.SourcesChecked)})}
}

// isolate keeps a date (2026-12-06) in its own order inside right-to-left
// words: without it the browser shows 06-12-2026.
func isolate(loc *lang.Localizer, s string) string {
	if lang.RightToLeft(loc.Tag()) {
		return "\u2066" + s + "\u2069" // left-to-right isolate … pop directional isolate
	}
	return s
}

func (p *page) write(w io.Writer) error {
	var b bytes.Buffer
	if err := pages.Execute(&b, p); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Checklist writes one page for checklist sc with the person's progress
// (st: ticks, the day of each, the phone for the menu paths, where phone
// is not "" it wins) and where to report it in country (report.Countries,
// or anything else for "your local police"): to print, or to keep. It has
// no script and asks for nothing outside itself.
func Checklist(w io.Writer, sc checklist.Scenario, st progress.State, phone, country string, loc *lang.Localizer) error {
	if phone == "" {
		phone = st.Phone
	}
	p := newPage(loc, loc.T(sc.ID.TitleKey()))
	p.Checklist = checklistOf(sc, st, phone, nil, loc)
	if sc.Report || hasReportStep(sc) {
		p.Checklist.Report = reportFor(country, sc.Report, loc)
	}
	return p.write(w)
}

func hasReportStep(sc checklist.Scenario) bool {
	for _, s := range sc.Steps {
		if s.Report {
			return true
		}
	}
	return false
}
