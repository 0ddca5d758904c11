// Package export puts a checklist and its saved progress into words to
// print, paste or read with other tools: Markdown, plain text or JSON. The
// command line's export and the window's "Copy this checklist" both use it.
// Like everything under app/, it imports nothing from Fyne.
package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
)

// Export formats.
const (
	FormatMarkdown = "md"
	FormatText     = "txt"
	FormatJSON     = "json"
)

// Formats lists the export formats, for help and error messages.
func Formats() []string { return []string{FormatMarkdown, FormatText, FormatJSON} }

// Step is one step as exported to JSON.
type Step struct {
	ID          string   `json:"id"`
	Phase       string   `json:"phase"` // now, next or later
	Title       string   `json:"title"`
	Summary     string   `json:"summary"`
	How         string   `json:"how"`               // with the menu path for --phone (both, labelled, without it)
	Trouble     string   `json:"trouble,omitempty"` // "It didn't work?": what to do then
	Done        bool     `json:"done"`
	DoneOn      string   `json:"done_on,omitempty"` // the day it was ticked, when known
	Urgent      bool     `json:"urgent"`
	Optional    bool     `json:"optional"`
	Sources     []string `json:"sources"`      // addresses
	SourceNames []string `json:"source_names"` // every source, by name
}

// Doc is a checklist with its progress as exported to JSON.
type Doc struct {
	Scenario string    `json:"scenario"`
	Language string    `json:"language"`
	Phone    string    `json:"phone"` // "" when the menu paths are given for both phones
	Intro    string    `json:"intro"`
	Donts    []string  `json:"donts"`
	Steps    []Step    `json:"steps"`
	Messages []Message `json:"messages"` // the messages to copy that the checklist shows
}

// Message is a message to copy and send, as exported to JSON.
type Message struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// buildExport puts a checklist and its saved progress into words, with the
// menu paths for phone ("" gives both).
func build(sc checklist.Scenario, saved progress.Checklist, phone string, loc *lang.Localizer) Doc {
	doc := Doc{Scenario: string(sc.ID), Language: loc.Tag(), Phone: phone, Intro: loc.T(sc.ID.IntroKey()),
		Donts: []string{}, Steps: []Step{}, Messages: []Message{}}
	for _, d := range sc.Donts {
		doc.Donts = append(doc.Donts, loc.T(d.TextKey()))
	}
	for _, m := range sc.Messages {
		doc.Messages = append(doc.Messages, Message{Kind: string(m), Title: loc.T(m.TitleKey()), Text: loc.T(m.TextKey())})
	}
	for _, st := range sc.Steps {
		es := Step{ID: st.ID, Phase: string(st.Phase), Title: loc.T(st.TitleKey()), Summary: loc.T(st.SummaryKey()),
			How: st.How(loc, phone), Done: saved.IsDone(st.ID), DoneOn: doneOn(saved, st.ID), Urgent: st.Urgent, Optional: st.Optional,
			Sources: []string{}, SourceNames: []string{}}
		if st.Trouble != "" {
			es.Trouble = loc.T(st.Trouble)
		}
		for _, ref := range checklist.References(st.Sources...) {
			es.SourceNames = append(es.SourceNames, loc.T(ref.Name))
			es.Sources = append(es.Sources, ref.URLs...)
		}
		doc.Steps = append(doc.Steps, es)
	}
	return doc
}

// Write writes a checklist with its saved progress in the given format (md
// and txt to print or send to family, json for other tools), with the menu
// paths for phone (checklist.PhoneAndroid or PhoneIPhone; anything else
// gives both, each labelled).
func Write(w io.Writer, format string, sc checklist.Scenario, saved progress.Checklist, phone string, loc *lang.Localizer) error {
	switch format {
	case FormatJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(build(sc, saved, phone, loc))
	case FormatMarkdown, FormatText:
		var b strings.Builder
		writeDocument(&b, format == FormatMarkdown, sc, saved, phone, loc)
		_, err := io.WriteString(w, b.String())
		return err
	}
	return fmt.Errorf("unknown format %q", format)
}

func writeDocument(b *strings.Builder, md bool, sc checklist.Scenario, saved progress.Checklist, phone string, loc *lang.Localizer) {
	title := loc.T(sc.ID.TitleKey())
	todo := sc.ToDo() // the count counts the steps to do, as the screen's does
	count := loc.N("progress.count", saved.Ticked(todo), map[string]any{"Total": len(todo)})
	if md {
		fmt.Fprintf(b, "# %s\n\n%s\n\n> **%s**\n\n%s\n\n", title, count, loc.T("warning.never_share"), loc.T(sc.ID.IntroKey()))
	} else {
		fmt.Fprintf(b, "%s\n%s\n%s\n\n%s\n\n%s\n\n", title, strings.Repeat("=", len([]rune(title))), count,
			loc.T("warning.never_share"), loc.T(sc.ID.IntroKey()))
	}
	if len(sc.Donts) > 0 {
		heading := loc.T(checklist.DontsKey)
		if md {
			fmt.Fprintf(b, "**%s**\n\n", heading)
		} else {
			fmt.Fprintf(b, "%s\n", heading)
		}
		for _, d := range sc.Donts {
			fmt.Fprintf(b, "- %s\n", loc.T(d.TextKey()))
		}
		b.WriteString("\n")
	}
	for _, phase := range checklist.Phases() {
		part := sc.StepsIn(phase)
		if len(part) == 0 {
			continue
		}
		heading := loc.T(sc.HeadingKey(phase))
		if md {
			fmt.Fprintf(b, "## %s\n\n", heading)
		} else {
			fmt.Fprintf(b, "%s\n%s\n\n", heading, strings.Repeat("-", len([]rune(heading))))
		}
		for _, st := range part {
			writeStep(b, md, st, saved, phone, loc)
		}
	}
	// The messages to copy, which steps point to ("copy the message below").
	if len(sc.Messages) > 0 {
		heading := loc.T(checklist.MessagesKey)
		if md {
			fmt.Fprintf(b, "## %s\n\n", heading)
		} else {
			fmt.Fprintf(b, "%s\n%s\n\n", heading, strings.Repeat("-", len([]rune(heading))))
		}
		for _, m := range sc.Messages {
			if md {
				fmt.Fprintf(b, "**%s**\n\n> %s\n\n", loc.T(m.TitleKey()), loc.T(m.TextKey()))
			} else {
				fmt.Fprintf(b, "%s\n    %s\n\n", loc.T(m.TitleKey()), loc.T(m.TextKey()))
			}
		}
	}
	fmt.Fprintf(b, "%s\n", loc.Tf("export.footer", map[string]any{"Date": checklist.SourcesChecked}))
}

func writeStep(b *strings.Builder, md bool, st checklist.Step, saved progress.Checklist, phone string, loc *lang.Localizer) {
	box := "[ ]"
	if saved.IsDone(st.ID) {
		box = "[x]"
	}
	mark := ""
	if st.Optional {
		mark = " (" + loc.T("step.optional") + ")"
	}
	if day := doneOn(saved, st.ID); day != "" {
		mark += " (" + loc.Tf("export.done_on", map[string]any{"Date": day}) + ")"
	}
	indent, br := "    ", "\n"
	if md {
		br = "  \n" // a line break inside the list item
		fmt.Fprintf(b, "- %s **%s**%s  \n", box, loc.T(st.TitleKey()), mark)
		indent = "  "
	} else {
		fmt.Fprintf(b, "%s %s%s\n", box, loc.T(st.TitleKey()), mark)
	}
	fmt.Fprintf(b, "%s%s%s", indent, loc.T(st.SummaryKey()), br)
	fmt.Fprintf(b, "%s%s %s%s", indent, loc.T("step.how"), st.How(loc, phone), br)
	fmt.Fprintf(b, "%s%s %s%s", indent, loc.T("step.why"), loc.T(st.WhyKey()), br)
	if st.Trouble != "" {
		fmt.Fprintf(b, "%s%s %s%s", indent, loc.T(checklist.TroubleKey), loc.T(st.Trouble), br)
	}
	var refs []string
	for _, ref := range checklist.References(st.Sources...) {
		name := loc.T(ref.Name)
		if md {
			link := fmt.Sprintf("[%s](%s)", name, ref.URLs[0])
			for _, u := range ref.URLs[1:] {
				link += ", <" + u + ">"
			}
			refs = append(refs, link)
		} else {
			refs = append(refs, name+" <"+strings.Join(ref.URLs, ">, <")+">")
		}
	}
	fmt.Fprintf(b, "%s%s %s\n\n", indent, loc.T("step.sources"), strings.Join(refs, "; "))
}

// doneOn is the day a ticked step was ticked, "" when it is not ticked or
// was ticked by a version that did not keep the day.
func doneOn(saved progress.Checklist, step string) string {
	if !saved.IsDone(step) {
		return ""
	}
	return saved.DoneOn[step]
}
