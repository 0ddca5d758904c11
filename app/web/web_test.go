package web

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"codesafety/app/checklist"
	"codesafety/app/export"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/translations"
)

func catalog(t testing.TB) *lang.Catalog {
	t.Helper()
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func parse(t testing.TB, b []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// all is every element of the tree for which keep is true, in order.
func all(n *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && keep(c) {
			out = append(out, c)
		}
	}
	return out
}

func byAtom(a atom.Atom) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.DataAtom == a }
}

// text is the words of a node, its white space collapsed.
func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

var headings = []atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6}

// checkPage checks what every page promises: its language and direction,
// one h1 and headings that never skip a level, a label for every check
// box, nothing loaded from anywhere (no element that fetches, no style
// that does) and no script unless allowed.
func checkPage(t *testing.T, name string, doc *html.Node, tag string, script bool) {
	t.Helper()
	root := all(doc, byAtom(atom.Html))[0]
	wantDir := "ltr"
	if lang.RightToLeft(tag) {
		wantDir = "rtl"
	}
	if l, _ := attr(root, "lang"); l != tag {
		t.Errorf("%s: lang=%q, want %q", name, l, tag)
	}
	if d, _ := attr(root, "dir"); d != wantDir {
		t.Errorf("%s: dir=%q, want %q", name, d, wantDir)
	}
	level := 0
	h1s := 0
	for _, h := range all(doc, func(n *html.Node) bool { return slices.Contains(headings, n.DataAtom) }) {
		l := slices.Index(headings, h.DataAtom) + 1
		if l == 1 {
			h1s++
		}
		if l > level+1 {
			t.Errorf("%s: <%s> %q follows a heading of level %d", name, h.Data, text(h), level)
		}
		if text(h) == "" {
			t.Errorf("%s: an empty <%s>", name, h.Data)
		}
		level = l
	}
	if h1s != 1 {
		t.Errorf("%s: %d h1 headings", name, h1s)
	}
	for _, in := range all(doc, byAtom(atom.Input)) {
		label := in.Parent
		for label != nil && label.DataAtom != atom.Label {
			label = label.Parent
		}
		if label == nil || text(label) == "" {
			t.Errorf("%s: a check box without a label", name)
		}
	}
	for _, n := range all(doc, func(*html.Node) bool { return true }) {
		switch n.DataAtom {
		case atom.Img, atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Base, atom.Form:
			t.Errorf("%s: a <%s>", name, n.Data)
		case atom.Script:
			if !script {
				t.Errorf("%s: a script", name)
			}
			if _, ok := attr(n, "src"); ok {
				t.Errorf("%s: a script from a file", name)
			}
		case atom.Link:
			href, _ := attr(n, "href")
			if u, err := url.Parse(href); err != nil || u.IsAbs() || strings.HasPrefix(href, "//") {
				t.Errorf("%s: <link href=%q> loads from elsewhere", name, href)
			}
		case atom.Style:
			if css := text(n); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
				t.Errorf("%s: its style loads something", name)
			}
		}
		if _, ok := attr(n, "src"); ok && n.DataAtom != atom.Script {
			t.Errorf("%s: <%s src> loads something", name, n.Data)
		}
		if s, ok := attr(n, "style"); ok && strings.Contains(s, "url(") {
			t.Errorf("%s: a style attribute loads something", name)
		}
	}
}

// exported is the HTML export of a path with a saved state.
func exported(t *testing.T, cat *lang.Catalog, tag string, id checklist.ScenarioID, st progress.State, country string) *html.Node {
	t.Helper()
	sc, _ := checklist.ScenarioByID(id)
	var b bytes.Buffer
	if err := Checklist(&b, sc, st, "", country, cat.Localizer(tag)); err != nil {
		t.Fatal(err)
	}
	return parse(t, b.Bytes())
}

// The page to print, in every language: in the person's language and
// direction, the steps by part with a check box each (ticked where she
// ticked, with the day), the menu paths of her phone, where to report it
// in her country, and the same steps and sources as the text export.
func TestChecklistPage(t *testing.T) {
	cat := catalog(t)
	st := progress.State{Phone: checklist.PhoneIPhone, Checklists: map[string]*progress.Checklist{
		string(checklist.Recover): {Done: []string{"sign-in-again", "lock-sim"},
			DoneOn: map[string]string{"sign-in-again": "2026-12-05"}}}}
	for _, tag := range cat.Tags() {
		loc := cat.Localizer(tag)
		for _, sc := range checklist.Scenarios() {
			name := tag + "/" + string(sc.ID)
			doc := exported(t, cat, tag, sc.ID, st, "GB")
			checkPage(t, name, doc, tag, false)
			saved := progress.Checklist{}
			if c := st.Checklists[string(sc.ID)]; c != nil {
				saved = *c
			}

			// the same steps, in the same order, with the same sources, as
			// the export for other tools
			var js bytes.Buffer
			if err := export.Write(&js, export.FormatJSON, sc, saved, st.Phone, loc); err != nil {
				t.Fatal(err)
			}
			var want export.Doc
			if err := json.Unmarshal(js.Bytes(), &want); err != nil {
				t.Fatal(err)
			}
			steps := all(doc, func(n *html.Node) bool { v, _ := attr(n, "class"); return v == "step" })
			if len(steps) != len(want.Steps) {
				t.Fatalf("%s: %d steps on the page, %d in the export", name, len(steps), len(want.Steps))
			}
			pageText := text(doc)
			for i, n := range steps {
				w := want.Steps[i]
				box := all(n, byAtom(atom.Input))
				if len(box) != 1 {
					t.Fatalf("%s: step %s has %d check boxes", name, w.ID, len(box))
				}
				if id, _ := attr(box[0], "data-step"); id != w.ID {
					t.Errorf("%s: step %d is %s, want %s", name, i, id, w.ID)
				}
				if _, checked := attr(box[0], "checked"); checked != w.Done {
					t.Errorf("%s: %s ticked %v, saved %v", name, w.ID, checked, w.Done)
				}
				words := text(n)
				for _, part := range []string{w.Title, w.Summary, w.How, w.Trouble} {
					if !strings.Contains(words, strings.Join(strings.Fields(part), " ")) {
						t.Errorf("%s: step %s lacks %q", name, w.ID, part)
					}
				}
				if w.DoneOn != "" && !strings.Contains(words, loc.Digits(w.DoneOn)) {
					t.Errorf("%s: step %s does not say the day it was done", name, w.ID)
				}
				// each source the step cites is named, and listed once with
				// its addresses in full
				for _, a := range all(n, byAtom(atom.A)) {
					href, _ := attr(a, "href")
					if !strings.HasPrefix(href, "#source-") {
						continue
					}
					target := all(doc, func(m *html.Node) bool { id, _ := attr(m, "id"); return "#"+id == href })
					if len(target) != 1 {
						t.Errorf("%s: %s cites %s, listed %d times", name, w.ID, href, len(target))
					}
				}
				for _, u := range w.Sources {
					if !strings.Contains(pageText, u) {
						t.Errorf("%s: the address %s is not printed", name, u)
					}
				}
			}
			// her phone's menu paths only
			if strings.Contains(pageText, loc.T("menu.two-step.android")) && sc.ID == checklist.ActNow {
				t.Errorf("%s: shows the Android menu to an iPhone", name)
			}
			// where to report it in her country, when the path leads there
			if sc.Report && !strings.Contains(pageText, loc.T("report.body.uk-report-fraud.name")) {
				t.Errorf("%s: where to report it in the UK is missing", name)
			}
		}
	}
}

// The site: every page of every language stands alone and says its
// language; every link between pages leads to a page that is there (and
// to an element that is there); from a language's home, every checklist
// can be reached; the service worker keeps every page.
func TestSite(t *testing.T) {
	cat := catalog(t)
	dir := t.TempDir()
	files, err := Site(dir, cat, []byte("\x89PNG"))
	if err != nil {
		t.Fatal(err)
	}
	sw, err := os.ReadFile(filepath.Join(dir, "sw.js"))
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*html.Node{}
	for _, f := range files {
		if !strings.HasSuffix(f, ".html") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		docs[f] = parse(t, b)
		if !strings.Contains(string(sw), `"`+f+`"`) {
			t.Errorf("the service worker does not keep %s", f)
		}
	}
	for _, l := range cat.Languages() {
		for _, f := range []string{homeFile, explainFile, messagesFile, reportFile} {
			if docs[l.Tag+"/"+f] == nil {
				t.Errorf("%s/%s is missing", l.Tag, f)
			}
		}
	}
	for f, doc := range docs {
		tag := "en"
		if i := strings.Index(f, "/"); i > 0 {
			tag = f[:i]
		}
		checkPage(t, f, doc, tag, true)
		// every page registers the one service worker, at the top, so a
		// first visit to any page keeps them all
		var reg string
		for _, sc := range all(doc, byAtom(atom.Script)) {
			if _, after, ok := strings.Cut(text(sc), `serviceWorker.register("`); ok {
				reg, _, _ = strings.Cut(after, `"`)
			}
		}
		if reg == "" || filepath.ToSlash(filepath.Join(filepath.Dir(f), reg)) != "sw.js" {
			t.Errorf("%s registers the service worker %q", f, reg)
		}
		for _, a := range all(doc, byAtom(atom.A)) {
			href, _ := attr(a, "href")
			u, err := url.Parse(href)
			if err != nil {
				t.Errorf("%s: a link %q", f, href)
				continue
			}
			if u.Scheme != "" {
				if !slices.Contains([]string{"https", "tel"}, u.Scheme) {
					t.Errorf("%s: a link %q", f, href)
				}
				continue
			}
			target := f
			if u.Path != "" {
				target = filepath.ToSlash(filepath.Join(filepath.Dir(f), u.Path))
			}
			to := docs[target]
			if to == nil {
				t.Errorf("%s: the link %q leads to no page", f, href)
				continue
			}
			if u.Fragment != "" && len(all(to, func(n *html.Node) bool { id, _ := attr(n, "id"); return id == u.Fragment })) != 1 {
				t.Errorf("%s: the link %q leads to no place on its page", f, href)
			}
		}
	}
	// Every checklist reached by following links from English home.
	seen := map[string]bool{}
	var walk func(f string)
	walk = func(f string) {
		if seen[f] || docs[f] == nil {
			return
		}
		seen[f] = true
		for _, a := range all(docs[f], byAtom(atom.A)) {
			if href, _ := attr(a, "href"); !strings.Contains(href, ":") && !strings.HasPrefix(href, "#") && !strings.HasPrefix(href, "..") {
				walk("en/" + strings.SplitN(href, "#", 2)[0])
			}
		}
	}
	walk("en/" + homeFile)
	for _, sc := range checklist.Scenarios() {
		if !seen["en/"+string(sc.ID)+".html"] && !slices.ContainsFunc(slices.Collect(maps.Keys(seen)), func(f string) bool {
			return strings.HasPrefix(f, "en/"+string(sc.ID)+"-then-")
		}) {
			t.Errorf("the %s checklist cannot be reached from home", sc.ID)
		}
	}
}

// A question page's answers lead where the app's questions lead.
func TestQuestionPagesFollowTheQuestions(t *testing.T) {
	cat := catalog(t)
	dir := t.TempDir()
	if _, err := Site(dir, cat, nil); err != nil {
		t.Fatal(err)
	}
	for _, entry := range checklist.Entries() {
		for _, answers := range checklist.Combinations(entry) {
			// walk the pages answering as in answers
			f := "en/" + questionFile(entry, nil)
			sc, _ := checklist.ScenarioByID(entry)
			if sc.Question == nil {
				continue
			}
			given := map[string]string{}
			for {
				b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
				if err != nil {
					t.Fatalf("%s %v: %v", entry, answers, err)
				}
				q, _ := checklist.Next(entry, given)
				if q == nil {
					break
				}
				given[q.ID] = answers[q.ID]
				want := cat.Localizer("en").T(q.AnswerKey(answers[q.ID]))
				var next string
				for _, a := range all(parse(t, b), byAtom(atom.A)) {
					if text(a) == want {
						next, _ = attr(a, "href")
					}
				}
				if next == "" {
					t.Fatalf("%s: no answer %q", f, want)
				}
				f = "en/" + next
			}
			_, plan := checklist.Next(entry, answers)
			if f != "en/"+checklistFileFrom(entry, plan.Route) {
				t.Errorf("%s %v: the pages lead to %s, the app to %v", entry, answers, f, plan.Route)
			}
		}
	}
}
