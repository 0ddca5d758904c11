package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/cli"
	"codesafety/screens/widgets"
)

// checklistScreen walks through one scenario's steps and remembers which
// are done.
type checklistScreen struct {
	page
	e        env
	r        *route
	sc       checklist.Scenario
	answers  string // the saved answers the route notes were built for
	progress *widgets.ProgressBar
	count    *widgets.Para // "3 of 9 done"
	allDone  *widgets.Para
	checks   map[string]*widgets.StepCheck
	first    *widgets.TileView // opens the checklist to do first, when triage says so
	copied   *widgets.Para
}

func newChecklistScreen(e env, r *route) *checklistScreen {
	sc, _ := checklist.ScenarioByID(r.scenario)
	s := &checklistScreen{e: e, r: r, sc: sc, checks: map[string]*widgets.StepCheck{}}
	t := e.loc.T
	if r.open == nil {
		r.open = map[string]bool{}
	}
	s.answers = answersKey(e.store.Checklist(sc.ID).Answers)
	s.count = e.boldText("")
	s.progress = widgets.NewProgressBar(len(sc.Steps), e.rtl())
	s.allDone = e.text(t("checklist.all_done"))
	objs := []fyne.CanvasObject{e.heading(t(sc.ID.TitleKey())), s.progress, s.count, s.allDone}
	objs = append(objs, s.routeNotes()...)
	for _, st := range sc.Steps {
		objs = append(objs, s.stepCard(st))
	}
	copyAll := e.button(t("checklist.copy"), theme.ContentCopyIcon(), "", s.copyChecklist)
	s.control("copy", copyAll)
	s.copied = e.text(t("checklist.copied"))
	s.copied.Hide()
	startOver := e.button(t("checklist.start_over"), theme.ViewRefreshIcon(), "", s.confirmStartOver)
	s.control("start-over", startOver)
	objs = append(objs, widget.NewSeparator(), e.start(copyAll), s.copied, e.start(startOver))
	s.page = newPage(objs...)
	return s
}

// answersKey is the saved answers as one string, to compare.
func answersKey(answers map[string]string) string {
	var b strings.Builder
	for _, q := range checklist.Scenarios() {
		if q.Question != nil {
			b.WriteString(q.Question.ID + "=" + answers[q.Question.ID] + ";")
		}
	}
	return b.String()
}

// routeNotes says where triage sent the person: to the recovery steps
// first, or back to where they came from when done here; and what they
// answered, with a way to change it.
func (s *checklistScreen) routeNotes() []fyne.CanvasObject {
	e, t, r := s.e, s.e.loc.T, s.r
	var objs []fyne.CanvasObject
	if r.from != "" {
		if r.urgent {
			objs = append(objs, widgets.OnColor(colorNameUrgentBackground, e.boldText(t("checklist.first_urgent"))))
		}
		then := widgets.Tile{Title: e.loc.Tf("checklist.then", map[string]any{"Title": t(r.from.TitleKey())}),
			Icon: theme.NavigateBackIcon(), Importance: widget.MediumImportance, Tapped: e.nav.back}.Build(e.rtl())
		s.control("then", then.Button)
		objs = append(objs, then.Object)
	}
	q := s.sc.Question
	if q == nil {
		return objs
	}
	answer, ok := e.store.Checklist(s.sc.ID).Answers[q.ID]
	if !ok {
		return objs
	}
	if rs := scenarioRoutes(e.store, s.sc.ID); len(rs) > 1 {
		first := rs[len(rs)-1]
		s.first = widgets.Tile{Title: e.loc.Tf("checklist.open_first", map[string]any{"Title": t(first.scenario.TitleKey())}),
			Icon: theme.WarningIcon(), Arrow: true, Importance: widget.DangerImportance,
			Tapped: func() { e.nav.open(first) }}.Build(e.rtl())
		s.control("first", s.first.Button)
		objs = append(objs, e.boldText(t("checklist.first")), s.first.Object)
	}
	change := e.button(t("checklist.change_answer"), theme.DocumentCreateIcon(), "", func() {
		e.nav.open(&route{kind: triageRoute, scenario: s.sc.ID})
	})
	change.Importance = widget.LowImportance
	s.control("change", change)
	yours := e.text(e.loc.Tf("checklist.your_answer", map[string]any{
		"Answer": t(q.TextKey()) + " " + t(q.AnswerKey(answer))}))
	objs = append(objs, e.row(nil, change, yours))
	return objs
}

// stepCard shows one step: a check box, the action in bold, a one-line
// summary, and behind "More" how to do it, why, and the sources.
func (s *checklistScreen) stepCard(st checklist.Step) fyne.CanvasObject {
	e, t := s.e, s.e.loc.T
	title := t(st.TitleKey())
	check := widgets.NewStepCheck(func(done bool) string {
		if done {
			return e.loc.Tf("a11y.step_done", map[string]any{"Title": title})
		}
		return e.loc.Tf("a11y.step_not_done", map[string]any{"Title": title})
	}, func(on bool) { e.store.SetDone(s.sc.ID, st.ID, on) })
	s.checks[st.ID] = check
	s.control("check:"+st.ID, check)

	words := container.NewVBox()
	if st.Urgent {
		icon := widget.NewIcon(theme.NewColoredResource(theme.WarningIcon(), colorNameUrgentText))
		words.Add(e.row(icon, nil, e.coloredText(t("step.urgent"), colorNameUrgentText, theme.SizeNameText, true)))
	}
	if st.Optional {
		words.Add(e.coloredText(t("step.optional"), theme.ColorNamePlaceHolder, theme.SizeNameText, true))
	}
	words.Add(e.boldText(title))
	words.Add(e.text(t(st.SummaryKey())))

	details := s.stepDetails(st)
	more := e.button("", nil, "", nil)
	more.Importance = widget.LowImportance
	show := func(open bool) {
		s.r.open[st.ID] = open
		if open {
			details.Show()
			more.SetText(t("step.less"))
			more.SetIcon(theme.MenuDropUpIcon())
			more.A11y = e.loc.Tf("a11y.less", map[string]any{"Title": title})
		} else {
			details.Hide()
			more.SetText(t("step.more"))
			more.SetIcon(theme.MenuDropDownIcon())
			more.A11y = e.loc.Tf("a11y.more", map[string]any{"Title": title})
		}
	}
	show(s.r.open[st.ID])
	more.OnTapped = func() { show(!details.Visible()) }
	s.control("more:"+st.ID, more)
	words.Add(e.start(more))
	words.Add(details)

	card := e.row(container.NewVBox(check), nil, words) // check box first for Tab
	if st.Urgent {
		return widgets.OnColor(colorNameUrgentBackground, card)
	}
	return widgets.OnColor(theme.ColorNameInputBackground, card)
}

func (s *checklistScreen) stepDetails(st checklist.Step) *fyne.Container {
	e, t := s.e, s.e.loc.T
	box := container.NewVBox(
		e.boldText(t("step.how")), e.text(t(st.HowKey())),
		e.boldText(t("step.why")), e.text(t(st.WhyKey())),
		e.boldText(t("step.sources")))
	for _, id := range st.Sources {
		box.Add(sourceView(e, id))
	}
	return box
}

// refresh shows what is done, here and in the checklist to do first; it
// asks to be built again when the answers changed, which changes the
// notes at the top.
func (s *checklistScreen) refresh() bool {
	e := s.e
	c := e.store.Checklist(s.sc.ID)
	if answersKey(c.Answers) != s.answers {
		return false
	}
	for id, check := range s.checks {
		check.SetDone(c.IsDone(id))
	}
	done, total := c.DoneCount(s.sc), len(s.sc.Steps)
	words := e.loc.N("progress.count", done, map[string]any{"Total": total})
	s.count.SetText(words)
	s.progress.SetProgress(done, e.loc.Tf("a11y.progress", map[string]any{"Progress": words}))
	if done == total {
		s.allDone.Show()
	} else {
		s.allDone.Hide()
	}
	if s.first != nil {
		rs := scenarioRoutes(e.store, s.sc.ID)
		id := rs[len(rs)-1].scenario
		fsc, _ := checklist.ScenarioByID(id)
		s.first.SetLines([]string{e.loc.N("progress.count", e.store.Checklist(id).DoneCount(fsc),
			map[string]any{"Total": len(fsc.Steps)})}, true)
	}
	return true
}

// copyChecklist puts the checklist, with what is ticked and its sources,
// on the clipboard as plain text, to paste into a message or a document.
func (s *checklistScreen) copyChecklist() {
	var b strings.Builder
	cli.Export(&b, cli.FormatText, s.sc, s.e.store.Checklist(s.sc.ID), s.e.loc)
	s.e.clip.SetContent(b.String())
	s.copied.Show()
}

func (s *checklistScreen) confirmStartOver() {
	t := s.e.loc.T
	s.e.confirm(t("checklist.start_over_title"), t("checklist.start_over_message"),
		t("checklist.start_over"), theme.ViewRefreshIcon(), func() {
			s.e.store.StartOver(s.sc.ID)
			// The answer is gone with the ticks: the question is asked again.
			s.e.nav.replace(scenarioRoutes(s.e.store, s.sc.ID)...)
		}).Show()
}
