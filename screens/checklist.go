package screens

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/app/cli"
	"codesafety/app/progress"
)

// checklistScreen walks through one scenario's steps and remembers which
// are done.
type checklistScreen struct {
	content   fyne.CanvasObject
	id        checklist.ScenarioID
	title     *para
	progress  *progressBar
	count     *para // "3 of 9 done"
	allDone   *para
	checks    map[string]*stepCheck
	more      map[string]*button
	details   map[string]fyne.CanvasObject
	startOver *button
	first     *button // opens the checklist to do first, when triage says so
	then      *button // back to the checklist this one was opened from
	change    *button // change the triage answer
	copyAll   *button // copies the checklist as text, to send to family
	copied    *para
	dialog    *confirm // the question before starting over

	e  env
	sc checklist.Scenario
}

func newChecklistScreen(e env, r route) *checklistScreen {
	sc, _ := checklist.ScenarioByID(r.scenario)
	s := &checklistScreen{id: sc.ID, e: e, sc: sc, checks: map[string]*stepCheck{},
		more: map[string]*button{}, details: map[string]fyne.CanvasObject{}}
	t := e.loc.T
	saved := e.store.Checklist(sc.ID)

	s.title = e.heading(t(sc.ID.TitleKey()))
	s.count = e.boldText("")
	s.progress = e.progressBar(0, len(sc.Steps), "")
	s.allDone = e.text(t("checklist.all_done"))
	objs := []fyne.CanvasObject{s.title, s.progress, s.count, s.allDone}
	objs = append(objs, s.routeNotes(r, saved)...)
	for _, st := range sc.Steps {
		objs = append(objs, s.stepCard(st, saved.IsDone(st.ID)))
	}
	s.copyAll = e.button(t("checklist.copy"), theme.ContentCopyIcon(), "", s.copyChecklist)
	s.copied = e.text("")
	s.copied.Hide()
	s.startOver = e.button(t("checklist.start_over"), theme.ViewRefreshIcon(), "", s.confirmStartOver)
	objs = append(objs, widget.NewSeparator(), e.start(s.copyAll), s.copied, e.start(s.startOver))
	s.content = readingColumn(objs...)
	s.updateProgress()
	return s
}

// routeNotes says where triage sent the person: to the recovery steps
// first, or back to where they came from when done here; and what they
// answered, with a way to change it.
func (s *checklistScreen) routeNotes(r route, progress progress.Checklist) []fyne.CanvasObject {
	e, t := s.e, s.e.loc.T
	var objs []fyne.CanvasObject
	if r.from != "" {
		if r.urgent {
			objs = append(objs, onColor(colorNameUrgentBackground, e.boldText(t("checklist.first_urgent"))))
		}
		var then fyne.CanvasObject
		s.then, then = tile{title: e.loc.Tf("checklist.then", map[string]any{"Title": t(r.from.TitleKey())}),
			icon: theme.NavigateBackIcon(), importance: widget.MediumImportance, tapped: e.nav.back}.build(e)
		objs = append(objs, then)
	}
	q := s.sc.Question
	if q == nil {
		return objs
	}
	answer, ok := progress.Answers[q.ID]
	if !ok {
		return objs
	}
	if plan, ok := checklist.Triage(s.id, progress.Answers); ok && plan.First() != s.id {
		first := plan.First()
		fsc, _ := checklist.ScenarioByID(first)
		fc := e.store.Checklist(first)
		var btn fyne.CanvasObject
		s.first, btn = tile{title: e.loc.Tf("checklist.open_first", map[string]any{"Title": t(first.TitleKey())}),
			lines:    []string{e.loc.N("progress.count", fc.DoneCount(fsc), map[string]any{"Total": len(fsc.Steps)})},
			boldLast: true, icon: theme.WarningIcon(), arrow: true, importance: widget.DangerImportance,
			tapped: func() {
				e.nav.open(route{kind: checklistRoute, scenario: first, from: s.id, urgent: plan.Urgent})
			}}.build(e)
		objs = append(objs, e.boldText(t("checklist.first")), btn)
	}
	s.change = e.button(t("checklist.change_answer"), theme.DocumentCreateIcon(), "", func() {
		e.nav.open(route{kind: triageRoute, scenario: s.id})
	})
	s.change.Importance = widget.LowImportance
	yours := e.text(e.loc.Tf("checklist.your_answer", map[string]any{
		"Answer": t(q.TextKey()) + " " + t(q.AnswerKey(answer))}))
	objs = append(objs, e.row(nil, s.change, yours))
	return objs
}

// stepCard shows one step: a check box, the action in bold, a one-line
// summary, and behind "More" how to do it, why, and the sources.
func (s *checklistScreen) stepCard(st checklist.Step, done bool) fyne.CanvasObject {
	e, t := s.e, s.e.loc.T
	title := t(st.TitleKey())
	check := newStepCheck(func(done bool) string {
		if done {
			return e.loc.Tf("a11y.step_done", map[string]any{"Title": title})
		}
		return e.loc.Tf("a11y.step_not_done", map[string]any{"Title": title})
	}, nil)
	check.SetChecked(done)
	check.OnChanged = func(on bool) {
		e.store.SetDone(s.id, st.ID, on)
		s.updateProgress()
	}
	s.checks[st.ID] = check

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
	details.Hide()
	s.details[st.ID] = details
	var more *button
	more = e.button(t("step.more"), theme.MenuDropDownIcon(), e.loc.Tf("a11y.more", map[string]any{"Title": title}), func() {
		if details.Visible() {
			details.Hide()
			more.SetText(t("step.more"))
			more.SetIcon(theme.MenuDropDownIcon())
			more.a11y = e.loc.Tf("a11y.more", map[string]any{"Title": title})
		} else {
			details.Show()
			more.SetText(t("step.less"))
			more.SetIcon(theme.MenuDropUpIcon())
			more.a11y = e.loc.Tf("a11y.less", map[string]any{"Title": title})
		}
	})
	more.Importance = widget.LowImportance
	s.more[st.ID] = more
	words.Add(e.start(more))
	words.Add(details)

	box := container.NewVBox(check)
	card := e.row(box, nil, words) // check box first for Tab
	if st.Urgent {
		return onColor(colorNameUrgentBackground, card)
	}
	return onColor(theme.ColorNameInputBackground, card)
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

// sourceView shows where a piece of advice comes from, with the date it
// was checked.
func sourceView(e env, id checklist.SourceID) fyne.CanvasObject {
	src, _ := checklist.SourceByID(id)
	name := e.loc.Tf("step.source_checked", map[string]any{"Name": e.loc.T(src.NameKey()), "Date": checklist.SourcesChecked})
	return sourceLinks(e, name, src.URLs, src.Secondary)
}

// sourceLinks shows a source: a link per address that opens the system
// browser, the address itself to read, and a button that copies it, so it
// can be used elsewhere when no browser opens. A source with no address
// (a campaign, a press report) is shown by name.
func sourceLinks(e env, name string, urls []string, secondary bool) fyne.CanvasObject {
	box := container.NewVBox()
	if len(urls) == 0 {
		box.Add(e.text(name))
	}
	for _, addr := range urls {
		u, err := url.Parse(addr)
		if err != nil {
			continue
		}
		link := widget.NewHyperlink(name, u)
		link.Wrapping = fyne.TextWrapWord
		addrLabel := widget.NewLabel(addr)
		addrLabel.Wrapping = fyne.TextWrapBreak
		addrLabel.Selectable = true
		addrLabel.SizeName = theme.SizeNameCaptionText
		cp := newButton("", theme.ContentCopyIcon(), e.loc.Tf("a11y.copy_link", map[string]any{"Name": name}), func() {
			e.clip.SetContent(addr)
		})
		cp.Importance = widget.LowImportance
		box.Add(e.row(nil, cp, container.NewVBox(link, addrLabel)))
	}
	if secondary {
		box.Add(e.coloredText(e.loc.T("step.secondary"), theme.ColorNameForeground, theme.SizeNameCaptionText, false))
	}
	return box
}

func (s *checklistScreen) updateProgress() {
	c := s.e.store.Checklist(s.id)
	done, total := c.DoneCount(s.sc), len(s.sc.Steps)
	words := s.e.loc.N("progress.count", done, map[string]any{"Total": total})
	s.count.SetText(words)
	s.progress.text = s.e.loc.Tf("a11y.progress", map[string]any{"Progress": words})
	s.progress.SetValue(float64(done))
	if done == total {
		s.allDone.Show()
	} else {
		s.allDone.Hide()
	}
}

// copyChecklist puts the checklist, with what is ticked and its sources,
// on the clipboard as plain text, to paste into a message or a document.
func (s *checklistScreen) copyChecklist() {
	var b strings.Builder
	cli.Export(&b, cli.FormatText, s.sc, s.e.store.Checklist(s.id), s.e.loc)
	s.e.clip.SetContent(b.String())
	s.copied.SetText(s.e.loc.T("checklist.copied"))
	s.copied.Show()
}

func (s *checklistScreen) confirmStartOver() {
	t := s.e.loc.T
	s.dialog = s.e.confirm(t("checklist.start_over_title"), t("checklist.start_over_message"),
		t("checklist.start_over"), theme.ViewRefreshIcon(), func() {
			s.e.store.StartOver(s.id)
			for _, c := range s.checks {
				c.OnChanged = nil
				c.SetChecked(false)
			}
			s.e.nav.restart(s.id)
		})
	s.dialog.show()
}
