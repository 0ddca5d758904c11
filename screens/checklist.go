package screens

import (
	"bytes"
	"errors"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/export"
	"codesafety/app/progress"
	"codesafety/app/view"
	"codesafety/app/web"
	"codesafety/screens/widgets"
)

// checklistScreen walks through one checklist (a path): the line that
// says where the person stands, the don'ts, then its steps in three parts,
// and remembers which are done.
type checklistScreen struct {
	page
	e        env
	r        *route
	sc       checklist.Scenario
	progress *widgets.ProgressBar
	count    *widgets.Para // "3 of 5 done"
	// banner is the calm banner at the top: "You're safe" and why, "You're
	// safe for now", "You're safe. You can close Code Safety now."
	banner                  fyne.CanvasObject
	bannerTitle, bannerLine *widgets.Para
	intro                   fyne.CanvasObject // what happened, on a path that is not calm
	steps                   map[string]*widgets.StepView
	didIt                   map[string]*widgets.Button // "I've done this", at the end of each "how"
	copied                  *widgets.Para
	printed                 *widgets.Para // what "Print this checklist" did
}

func newChecklistScreen(e env, r *route) *checklistScreen {
	sc, _ := checklist.ScenarioFrom(r.scenario, r.from)
	s := &checklistScreen{e: e, r: r, sc: sc, steps: map[string]*widgets.StepView{}, didIt: map[string]*widgets.Button{}}
	// Where there are steps to do right now, the don'ts follow them: the
	// steps then start on the first screen of a phone, with their "how"
	// (open), at every text size.
	var after []fyne.CanvasObject // what follows Right now
	objs, wayOut := s.header()
	if wayOut != nil {
		after = append(after, wayOut)
	}
	if donts := s.dontsBox(); len(sc.StepsIn(checklist.PhaseNow)) > 0 {
		after = append(after, donts)
	} else {
		objs = append(objs, donts)
	}
	objs = append(objs, s.parts(after)...)
	objs = append(objs, s.end()...)
	s.page.fill(objs...)
	return s
}

// header is the top of the checklist, short so that the first step is on
// the first screen of a phone at the largest text: the title, where the
// person stands (the banner, or the intro), the progress. wayOut is the
// way to the logged-out path when it goes after Right now instead (nil
// when the checklist has none, or it is here already).
func (s *checklistScreen) header() (objs []fyne.CanvasObject, wayOut fyne.CanvasObject) {
	t, sc := s.e.loc.T, s.sc
	s.count = widgets.BoldText("")
	s.progress = widgets.NewProgressBar(len(sc.ToDo()))
	s.bannerTitle = widgets.SubHeading("")
	s.bannerLine = widgets.Text("")
	tick := widgets.NewIcon(theme.ConfirmIcon(), colorNameSafeTick)
	s.banner = widgets.OnColor(colorNameSafeBackground, container.NewVBox(
		widgets.Row(container.NewCenter(tick), nil, s.bannerTitle), s.bannerLine))
	s.intro = widgets.Text(t(sc.ID.IntroKey()))
	if sc.Calm { // its banner says why the person is safe
		s.intro.Hide()
	}
	objs = []fyne.CanvasObject{widgets.Heading(t(sc.ID.TitleKey())), s.banner, s.intro}
	wayOut = s.wayOut()
	if wayOut != nil && view.WayOutFirst(s.e.store.State(), sc.ID, s.r.from) {
		// Not sure WhatsApp still works: what to do if it does not, first.
		s.intro.Hide()
		objs, wayOut = append(objs, wayOut), nil
	}
	return append(objs, s.count, s.progress), wayOut
}

// parts are the checklist's steps in their three parts, each under its
// heading ("When you have time" folded), with after following Right now.
func (s *checklistScreen) parts(after []fyne.CanvasObject) []fyne.CanvasObject {
	t, sc := s.e.loc.T, s.sc
	var objs []fyne.CanvasObject
	for _, p := range checklist.Phases() {
		steps := sc.StepsIn(p)
		if len(steps) == 0 {
			continue
		}
		cards := container.NewVBox()
		for _, st := range steps {
			cards.Add(s.stepCard(st))
			if st.Report {
				cards.Add(reportButton(s.e, &s.page, "report:"+st.ID))
			}
		}
		if p == checklist.PhaseLater {
			objs = append(objs, s.folded(t(sc.HeadingKey(p)), cards))
		} else {
			objs = append(objs, widgets.SubHeading(t(sc.HeadingKey(p))), cards)
		}
		if p == checklist.PhaseNow {
			objs = append(objs, after...)
		}
	}
	return objs
}

// end is what follows the steps: the answers that led here, with a way to
// change them, the messages, where to report it, copy and start over.
func (s *checklistScreen) end() []fyne.CanvasObject {
	e, t := s.e, s.e.loc.T
	var objs []fyne.CanvasObject
	if notes := s.routeNotes(); len(notes) > 0 {
		objs = append(append(objs, widget.NewSeparator()), notes...)
	}
	copyAll := widgets.NewButton(t("checklist.copy"), theme.ContentCopyIcon(), "", s.copyChecklist)
	s.control("copy", copyAll)
	s.copied = widgets.Text(t("checklist.copied"))
	s.copied.Hide()
	startOver := widgets.NewButton(t("checklist.start_over"), theme.ViewRefreshIcon(), "", s.confirmStartOver)
	s.control("start-over", startOver)
	objs = append(objs, messagesPart(e, &s.page, s.sc.Messages)...)
	objs = append(objs, reportPart(e, s.r, &s.page, s.sc)...)
	objs = append(objs, widget.NewSeparator(), widgets.Start(copyAll), s.copied)
	if !fyne.CurrentDevice().IsMobile() { // a phone prints from the web pages
		printBtn := widgets.NewButton(t("checklist.print"), theme.DocumentPrintIcon(), "", s.print)
		s.control("print", printBtn)
		s.printed = widgets.Text("")
		s.printed.Hide()
		objs = append(objs, widgets.Start(printBtn), s.printed)
	}
	return append(objs, widgets.Start(startOver))
}

// print writes the checklist with its ticks as a page into the data
// folder, and opens it in the system's browser, where the person prints
// it or saves it as a PDF; it says what happened under the button.
func (s *checklistScreen) print() {
	e := s.e
	st := e.store.State()
	var b bytes.Buffer
	said := e.loc.T("checklist.print_opened")
	err := web.Checklist(&b, s.sc, st, "", view.Country(st, e.system), e.loc)
	var path string
	if err == nil {
		path, err = e.store.WritePage(b.Bytes())
	}
	switch {
	case errors.Is(err, progress.ErrNoFolder):
		said = e.loc.T("checklist.print_no_folder")
	case err != nil:
		said = e.loc.T("checklist.print_not_saved")
	default:
		if e.openURL(fileURL(path)) != nil {
			said = e.loc.Tf("checklist.print_no_browser", map[string]any{"Path": readLTR(path)})
		}
	}
	s.printed.SetText(said)
	s.printed.Show()
}

// fileURL is the file: address of an absolute path, on every system
// (file:///C:/… on Windows).
func fileURL(path string) *url.URL {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return &url.URL{Scheme: "file", Path: p}
}

// wayOut is the way to the path to take instead if WhatsApp asks for the
// phone number again (nil when the checklist has none): its steps need a
// WhatsApp that still works.
func (s *checklistScreen) wayOut() fyne.CanvasObject {
	e, t := s.e, s.e.loc.T
	if s.sc.WayOut == "" {
		return nil
	}
	way := widgets.Tile{Break: s.e.brk(), Title: t(checklist.WayOutKey), Lines: []string{t(s.sc.WayOut.TitleKey())}, Arrow: true,
		Importance: widget.MediumImportance, Tapped: func() {
			e.nav.open(&route{kind: checklistRoute, scenario: s.sc.WayOut})
		}}.Build()
	s.control("way-out", way.Button)
	return way.Object
}

// dontsBox is the short "Don't" box: words to read, nothing to tick.
func (s *checklistScreen) dontsBox() fyne.CanvasObject {
	e := s.e
	objs := []fyne.CanvasObject{widgets.BoldText(e.loc.T(checklist.DontsKey))}
	for _, d := range s.sc.Donts {
		// The icon level with the first line, below the paragraph's inner padding.
		icon := container.New(layout.NewCustomPaddedLayout(theme.InnerPadding(), 0, 0, 0), widgets.NewIcon(theme.CancelIcon(), ""))
		objs = append(objs, widgets.Row(container.NewVBox(icon), nil, widgets.Text(e.loc.T(d.TextKey()))))
	}
	return widgets.OnColor(theme.ColorNameInputBackground, container.NewVBox(objs...))
}

// folded is a part of the checklist behind its heading, a disclosure.
func (s *checklistScreen) folded(title string, body *fyne.Container) fyne.CanvasObject {
	return disclosure(s.e, s.r, &s.page, laterOpen, title, false, false, body).Object
}

// routeNotes says where the questions sent the person: what to go on with
// after this checklist, and each answer given, with a way to change it.
func (s *checklistScreen) routeNotes() []fyne.CanvasObject {
	e, t, r := s.e, s.e.loc.T, s.r
	var objs []fyne.CanvasObject
	if r.then != "" {
		then := widgets.Tile{Break: s.e.brk(), Title: e.loc.Tf("checklist.then", map[string]any{"Title": t(r.then.TitleKey())}),
			Icon: theme.NavigateBackIcon(), Importance: widget.MediumImportance, Tapped: e.nav.back}.Build()
		s.control("then", then.Button)
		objs = append(objs, then.Object)
	}
	if r.from == "" {
		return objs
	}
	answers := e.store.Checklist(r.from).Answers
	for _, q := range checklist.AskedQuestions(r.from, answers) {
		answer, ok := answers[q.ID]
		if _, known := q.Answer(answer); !ok || !known {
			continue
		}
		qid := q.ID
		change := widgets.NewButton(t("checklist.change_answer"), theme.DocumentCreateIcon(),
			t("checklist.change_answer")+": "+t(q.TextKey()), func() {
				e.nav.open(&route{kind: triageRoute, scenario: r.from, from: r.from, question: qid})
			})
		change.Importance = widget.LowImportance
		s.control("change:"+qid, change)
		yours := widgets.Text(e.loc.Tf("checklist.your_answer", map[string]any{
			"Answer": t(q.TextKey()) + " " + t(q.AnswerKey(answer))}))
		objs = append(objs, yours, widgets.Start(change))
	}
	return objs
}

// stepCard shows one step: a check box that ticks it, with the action in
// bold and a one-line summary; and behind "More" (open for a step to do
// right now, and opened by a tap on the words) how to do it (with the menu
// path for the person's phone), why, the words it uses, where the advice
// comes from, and "I've done this". A done step folds to its title,
// dimmed, with a clear tick; a tap on the title opens it again, still done.
func (s *checklistScreen) stepCard(st checklist.Step) fyne.CanvasObject {
	e, t := s.e, s.e.loc.T
	title := t(st.TitleKey())
	words := container.NewVBox()
	if st.Optional {
		words.Add(widgets.NewPara(t("step.optional"), theme.SizeNameText, colorNameDimmed, true))
	}
	words.Add(widgets.BoldText(title))
	words.Add(widgets.Text(t(st.SummaryKey())))
	folded := widgets.NewPara(title, theme.SizeNameText, colorNameDimmed, true)
	check := widgets.NewStepCard(words, folded, func(done bool) string {
		if done { // folded to its title
			return e.loc.Tf("a11y.step_done", map[string]any{"Title": title})
		}
		// heard as seen: the title, whether it is done, then the summary
		return e.loc.Tf("a11y.step_not_done", map[string]any{"Title": title}) + " " + t(st.SummaryKey())
	}, func(on bool) { e.store.SetDone(s.sc.ID, st.ID, on) })
	s.control("check:"+st.ID, check)

	rest := container.NewVBox()
	if st.RecordsDate {
		rest.Add(s.wait(st))
	}
	details := s.stepDetails(st)
	if _, seen := s.r.open[st.ID]; !seen && st.Phase == checklist.PhaseNow {
		s.r.open[st.ID] = true // what to do right now is shown, not behind "More"
	}
	more := disclosure(e, s.r, &s.page, st.ID, title, true, false, details)
	rest.Add(more.Object)

	tint := fyne.ThemeColorName("")
	if st.Phase == checklist.PhaseNow {
		tint = colorNameUrgentBackground
	}
	v := widgets.NewStepView(check, rest, theme.ColorNameInputBackground, tint)
	v.OnWords = func() { more.SetOpen(!more.Open()) } // reading is not ticking
	s.steps[st.ID] = v
	return v.Object
}

// wait is the 7-day wait of a step that records a day: a button that
// records today, then the day to try again and the days left.
func (s *checklistScreen) wait(st checklist.Step) fyne.CanvasObject {
	e := s.e
	day := e.store.Checklist(s.sc.ID).PinAskedOn
	if recorded, ok := checklist.ParseDay(day, e.now().Location()); ok {
		return widgets.BoldText(view.WaitText(e.loc, e.now(), recorded))
	}
	// A tile: its words wrap on a phone at the largest text.
	record := widgets.Tile{Break: s.e.brk(), Title: e.loc.T("step." + st.ID + ".record"), Icon: theme.HistoryIcon(),
		Importance: widget.MediumImportance, Tapped: func() {
			e.store.SetPinAskedOn(s.sc.ID, e.now().Format(checklist.DayLayout))
		}}.Build()
	s.control("record:"+st.ID, record.Button)
	return record.Object
}

func (s *checklistScreen) stepDetails(st checklist.Step) *fyne.Container {
	e, t := s.e, s.e.loc.T
	// Each box made with all it holds: every Add would lay it out again.
	objs := []fyne.CanvasObject{widgets.BoldText(t("step.how"))}
	if st.Menu != "" && e.store.State().Phone == "" {
		// Asked where it is needed, the first time a menu path is shown:
		// until answered, the how gives both phones' paths.
		objs = append(objs, s.phoneQuestion(st.ID))
	}
	objs = append(objs,
		widgets.Text(st.How(e.loc, e.store.State().Phone)),
		widgets.BoldText(t("step.why")), widgets.Text(t(st.WhyKey())))
	if st.Trouble != "" {
		objs = append(objs, disclosure(e, s.r, &s.page, "trouble:"+st.ID, t(checklist.TroubleKey), false, true,
			widgets.Text(t(st.Trouble))).Object)
	}
	for _, id := range st.Terms {
		objs = append(objs, termView(e, s.r, st.ID, id, &s.page))
	}
	var refs []fyne.CanvasObject
	for _, ref := range checklist.References(st.Sources...) {
		refs = append(refs, sourceLinks(e, t(ref.Name), ref.URLs, ref.Secondary, true))
	}
	objs = append(objs, sourcesFold(e, s.r, "sources:"+st.ID, &s.page, container.NewVBox(refs...)))
	// At the end of the "how", a second way to tick: a person who has
	// just read it need not go back up to the box.
	did := widgets.NewButton(t("step.did_it"), theme.ConfirmIcon(), e.loc.Tf("a11y.did_it", map[string]any{"Title": t(st.TitleKey())}),
		func() { e.store.SetDone(s.sc.ID, st.ID, true) })
	s.control("did:"+st.ID, did)
	s.didIt[st.ID] = did
	objs = append(objs, widgets.Start(did))
	return container.NewVBox(objs...)
}

// phoneQuestion asks which phone has the person's WhatsApp, in a step's
// how, so that its menu path is the one on their phone; Settings changes it.
func (s *checklistScreen) phoneQuestion(step string) fyne.CanvasObject {
	e, q := s.e, checklist.PhoneQuestion
	objs := []fyne.CanvasObject{widgets.BoldText(e.loc.T(q.TextKey())), widgets.Text(e.loc.T(q.HelpKey()))}
	for _, a := range q.Answers {
		phone := a.ID
		v := widgets.Tile{Break: s.e.brk(), Title: e.loc.T(q.AnswerKey(phone)), Importance: widget.MediumImportance, Tapped: func() {
			e.nav.act(func() { e.store.SetPhone(phone) }, nil) // the phone is the checklist's shape: built again
		}}.Build()
		s.control("phone:"+step+":"+phone, v.Button)
		objs = append(objs, v.Object)
	}
	return widgets.OnColorTight(theme.ColorNameInputBackground, container.NewVBox(objs...))
}

// termView is a word a person may not know, as a disclosure of its plain
// explanation (its words wrap: "Privacy Checkup" in Russian is long);
// whether it is shown is kept on the route.
func termView(e env, r *route, where string, id checklist.TermID, p *page) fyne.CanvasObject {
	name := e.loc.T(id.NameKey())
	key := "term:" + where + ":" + string(id)
	a11y := e.loc.Tf("a11y.term", map[string]any{"Term": name})
	text := widgets.DisclosureText{Closed: name, Open: name, A11yClosed: a11y, A11yOpen: a11y, Icon: theme.QuestionIcon()}
	d := widgets.NewDisclosure(text, widgets.Text(e.loc.T(id.ExplainKey())), true, func(open bool) { r.open[key] = open })
	d.SetOpen(r.open[key])
	p.control(key, d.Button)
	return d.Object
}

// update shows what is done, how far the person got and whether they
// are safe for now (view.ChecklistOf); the answers, the phone and the day
// recorded are its shape, for which it was built.
func (s *checklistScreen) update(st progress.State) {
	v := view.ChecklistOf(st, s.sc.ID, s.r.from, s.e.loc)
	for id, step := range s.steps {
		step.SetDone(v.Done[id])
		show(s.didIt[id], !v.Done[id])
	}
	s.count.SetText(v.Count)
	s.progress.SetProgress(v.Ticked)
	s.bannerTitle.SetText(v.Banner)
	s.bannerLine.SetText(v.BannerLine)
	show(s.banner, v.Banner != "")
}

// show shows or hides o.
func show(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

// copyChecklist puts the checklist, with what is ticked and its sources,
// on the clipboard as plain text, to paste into a message or a document.
func (s *checklistScreen) copyChecklist() {
	var b strings.Builder
	export.Write(&b, export.FormatText, s.sc, s.e.store.Checklist(s.sc.ID), s.e.store.State().Phone, s.e.loc)
	s.e.clip.SetContent(b.String())
	s.copied.Show()
}

func (s *checklistScreen) confirmStartOver() {
	t := s.e.loc.T
	s.e.confirm(t("checklist.start_over_title"), t("checklist.start_over_message"),
		t("checklist.start_over"), theme.ViewRefreshIcon(), func() {
			s.e.store.StartOver(s.sc.ID)
			if s.r.from == "" {
				return
			}
			// The answers are gone with the ticks: the questions are asked again.
			s.e.store.StartOver(s.r.from)
			s.e.nav.follow(s.r.from)
		}).Show()
}
