package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/app/report"
)

type homePart struct {
	Heading string
	Tiles   []tileView
	More    []link
}

type tileView struct{ Href, Title, Subtitle, Tone string }

type questionPart struct {
	Text, Help string
	Answers    []link
}

type explainPart struct {
	Title, BriefHeading, Brief, DetailHeading string
	Detail                                    []string
	NextHeading, IfShared                     string
	GlossaryHeading                           string
	Terms                                     []termView
	Sources                                   *sourcesPart
}

type termView struct{ Name, Explain string }

type languagesPart struct {
	Heading string
	List    []langLink
}

type langLink struct{ Href, Text, Lang, Dir string }

// The site's pages in each language's folder, besides the questions and
// the checklists.
const (
	homeFile     = "index.html"
	explainFile  = "explain.html"
	messagesFile = "messages.html"
	reportFile   = "report.html"
)

// Page names the site's files: a checklist, and a checklist followed by
// the next one on its route.
func checklistFile(route []checklist.ScenarioID) string {
	return checklistFileFrom("", route)
}

// checklistFileFrom is the page of a route reached from the situation
// from: its own page when its first checklist leads with a step for from
// (checklist.ScenarioFrom), "from-asked-act-now-then-recover.html".
func checklistFileFrom(from checklist.ScenarioID, route []checklist.ScenarioID) string {
	prefix := ""
	if entry, _ := checklist.ScenarioByID(from); entry.Lead != nil && route[0] != from {
		prefix = "from-" + string(from) + "-"
	}
	names := make([]string, len(route))
	for i, id := range route {
		names[i] = string(id)
	}
	return prefix + strings.Join(names, "-then-") + ".html"
}

// siteRoute is the checklists a page shows, first to last, and the
// situation its answers came from ("" for a checklist alone).
type siteRoute struct {
	from checklist.ScenarioID
	ids  []checklist.ScenarioID
}

// questionFile is the page of the question an entry asks after the
// answers given so far (in the order asked).
func questionFile(entry checklist.ScenarioID, given []string) string {
	return strings.Join(append([]string{"q", string(entry)}, given...), "-") + ".html"
}

// Site writes the whole guidance as static pages into dir, one folder per
// language of cat, with a page to choose the language at the top, a web
// app manifest and a service worker (so that, served over https, it works
// with no network after the first visit and a phone can add it to its home
// screen), and icon (a PNG) as the site's icon. It returns the files
// written, relative to dir.
func Site(dir string, cat *lang.Catalog, icon []byte) ([]string, error) {
	s := &site{dir: dir}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	langs := &languagesPart{Heading: "Code Safety"}
	for _, l := range cat.Languages() {
		loc := cat.Localizer(l.Tag)
		s.language(loc)
		d := "ltr"
		if lang.RightToLeft(l.Tag) {
			d = "rtl"
		}
		langs.List = append(langs.List, langLink{Href: l.Tag + "/" + homeFile, Text: l.Name, Lang: l.Tag, Dir: d})
	}
	en := cat.Localizer("en")
	p := newPage(en, "Code Safety")
	// the language page, at the top, registers the worker from where it is
	p.Script = template.JS(strings.Replace(tickJS, `"../sw.js",{scope:"../"}`, `"sw.js",{scope:"./"}`, 1))
	p.Top, p.Languages = "./", langs
	s.add(homeFile, p)
	s.file("icon.png", icon)
	s.file("manifest.webmanifest", manifest())
	s.file("sw.js", serviceWorker(s.files))
	return s.files, s.err
}

type site struct {
	dir   string
	files []string
	err   error
}

func (s *site) file(name string, data []byte) {
	if s.err != nil {
		return
	}
	path := filepath.Join(s.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		s.err = err
		return
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		s.err = err
		return
	}
	s.files = append(s.files, name)
}

func (s *site) add(name string, p *page) {
	var b bytes.Buffer
	if err := p.write(&b); err != nil && s.err == nil {
		s.err = fmt.Errorf("%s: %w", name, err)
	}
	s.file(name, b.Bytes())
}

// language writes one language's pages.
func (s *site) language(loc *lang.Localizer) {
	tag := loc.Tag()
	at := func(name string) string { return tag + "/" + name }
	sitePage := func(title string) *page {
		p := newPage(loc, title)
		// Every page registers the service worker (a first visit to any
		// page keeps them all) and keeps ticks where there are any.
		p.Script = template.JS(tickJS)
		// "Languages" in English too: someone who cannot read this one
		// finds the way to theirs.
		p.Site, p.Top, p.HomeLabel, p.LangLabel = true, "../", loc.T("app.name"), "Languages"
		if tag != "en" {
			p.LangLabel += " · " + loc.T("web.languages")
		}
		return p
	}
	// Home: the situations, then the other pages.
	home := &homePart{Heading: loc.T("home.heading")}
	for _, id := range checklist.Entries() {
		sc, _ := checklist.ScenarioByID(id)
		href := checklistFile([]checklist.ScenarioID{id})
		if sc.Question != nil {
			href = questionFile(id, nil)
		}
		home.Tiles = append(home.Tiles, tileView{Href: href, Title: loc.T(id.TitleKey()),
			Subtitle: loc.T(id.SubtitleKey()), Tone: string(sc.Home.Tone)})
	}
	home.More = []link{{explainFile, loc.T("home.explain")}, {messagesFile, loc.T(checklist.MessagesKey)},
		{reportFile, loc.T(report.HeadingKey)}}
	p := sitePage(loc.T("app.name"))
	p.Home = home
	s.add(at(homeFile), p)

	// Each entry's questions, each answer a link to the next question
	// or to the checklist it leads to.
	routes := map[string]siteRoute{}
	for _, id := range checklist.Entries() {
		s.questions(loc, sitePage, id, nil, map[string]string{}, routes)
	}
	// Every checklist, alone and as the first of a route.
	for _, sc := range checklist.Scenarios() {
		routes[checklistFile([]checklist.ScenarioID{sc.ID})] = siteRoute{ids: []checklist.ScenarioID{sc.ID}}
	}
	names := make([]string, 0, len(routes))
	for name := range routes {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		route := routes[name].ids
		sc, _ := checklist.ScenarioFrom(route[0], routes[name].from)
		p := sitePage(loc.T(sc.ID.TitleKey()))
		toReport := &link{reportFile, loc.T(report.HeadingKey)}
		c := checklistOf(sc, progress.State{}, "", toReport, loc)
		if sc.WayOut != "" {
			c.WayOut = &link{checklistFile([]checklist.ScenarioID{sc.WayOut}),
				loc.T(checklist.WayOutKey) + " " + loc.T(sc.WayOut.TitleKey())}
		}
		if len(route) > 1 {
			c.Then = &link{checklistFile(route[1:2]), loc.Tf("checklist.then", map[string]any{"Title": loc.T(route[1].TitleKey())})}
		}
		if sc.Report {
			c.ReportLink = toReport
		}
		p.Checklist = c
		s.add(at(name), p)
	}

	// The messages, where to report it in every country, the explainer.
	msgs := &messagesPart{Heading: loc.T(checklist.MessagesKey)}
	for _, m := range checklist.Messages() {
		msgs.List = append(msgs.List, messageView{Title: loc.T(m.Kind.TitleKey()), Text: loc.T(m.Kind.TextKey())})
	}
	p = sitePage(msgs.Heading)
	p.Messages = msgs
	s.add(at(messagesFile), p)

	r := newReport(true, loc)
	for _, code := range append(report.Countries(), "") {
		c := countryOf(code, true, loc)
		if code == "" {
			c.Code = "other"
		}
		r.Countries = append(r.Countries, c)
	}
	p = sitePage(r.Heading)
	p.Report = r
	s.add(at(reportFile), p)

	p = sitePage(loc.T("explain.title"))
	p.Explain = explainOf(loc)
	s.add(at(explainFile), p)
}

// questions writes the page of the question entry asks after answers
// (given: their IDs in the order asked), and those after it, and notes in
// routes the checklist pages the answers lead to.
func (s *site) questions(loc *lang.Localizer, sitePage func(string) *page, entry checklist.ScenarioID,
	given []string, answers map[string]string, routes map[string]siteRoute) {
	q, _ := checklist.Next(entry, answers)
	if q == nil {
		return
	}
	part := &questionPart{Text: loc.T(q.TextKey()), Help: loc.T(q.HelpKey())}
	for _, a := range q.Answers {
		next := map[string]string{}
		for k, v := range answers {
			next[k] = v
		}
		next[q.ID] = a.ID
		more := append(slices.Clone(given), a.ID)
		href := questionFile(entry, more)
		if nq, plan := checklist.Next(entry, next); nq == nil {
			href = checklistFileFrom(entry, plan.Route)
			routes[href] = siteRoute{entry, plan.Route}
		} else {
			s.questions(loc, sitePage, entry, more, next, routes)
		}
		part.Answers = append(part.Answers, link{href, loc.T(q.AnswerKey(a.ID))})
	}
	p := sitePage(part.Text)
	p.Question = part
	s.add(loc.Tag()+"/"+questionFile(entry, given), p)
}

func explainOf(loc *lang.Localizer) *explainPart {
	e := &explainPart{Title: loc.T("explain.title"), BriefHeading: loc.T("explain.brief_heading"), Brief: loc.T("explain.brief"),
		DetailHeading: loc.T("explain.detail_heading"), NextHeading: loc.T("explain.next"), IfShared: loc.T("explain.if_shared"),
		GlossaryHeading: loc.T("glossary.heading")}
	for _, para := range checklist.ExplainerDetail {
		e.Detail = append(e.Detail, loc.T(para.Key))
	}
	for _, t := range checklist.Terms() {
		e.Terms = append(e.Terms, termView{Name: loc.T(t.ID.NameKey()), Explain: loc.T(t.ID.ExplainKey())})
	}
	e.Sources = &sourcesPart{Heading: loc.T("step.sources")}
	e.Sources.cite(checklist.ExplainerSources, loc)
	return e
}

// manifest lets a phone add the site to its home screen.
func manifest() []byte {
	m := map[string]any{"name": "Code Safety", "short_name": "Code Safety", "start_url": "./index.html",
		"display": "standalone", "background_color": "#ffffff", "theme_color": "#b3261e",
		"icons": []map[string]string{{"src": "icon.png", "sizes": "128x128", "type": "image/png"}}}
	b, _ := json.MarshalIndent(m, "", "  ")
	return append(b, '\n')
}

// serviceWorker keeps every page of the site for use with no network: it
// stores them all at the first visit, then answers from what it stored.
func serviceWorker(files []string) []byte {
	list, _ := json.Marshal(files)
	return []byte(`// Code Safety: every page kept for use with no network.
const CACHE = "codesafety-` + checklist.SourcesChecked + `";
const FILES = ` + string(list) + `;
self.addEventListener("install", e => e.waitUntil(caches.open(CACHE).then(c => c.addAll(FILES)).then(() => self.skipWaiting())));
self.addEventListener("activate", e => e.waitUntil(caches.keys().then(ks => Promise.all(ks.filter(k => k !== CACHE).map(k => caches.delete(k)))).then(() => self.clients.claim())));
self.addEventListener("fetch", e => e.respondWith(caches.match(e.request, {ignoreSearch: true}).then(r => r || fetch(e.request))));
`)
}
