package cli

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

// Formats lists the export formats, for error messages.
func formats() []string { return []string{FormatMarkdown, FormatText, FormatJSON} }

// ExportStep is one step as exported to JSON.
type ExportStep struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Summary     string   `json:"summary"`
	Done        bool     `json:"done"`
	Urgent      bool     `json:"urgent"`
	Optional    bool     `json:"optional"`
	Sources     []string `json:"sources"`      // addresses
	SourceNames []string `json:"source_names"` // every source, by name, including those with no address
}

// ExportDoc is a checklist with its progress as exported to JSON.
type ExportDoc struct {
	Scenario string       `json:"scenario"`
	Language string       `json:"language"`
	Steps    []ExportStep `json:"steps"`
}

// buildExport puts a checklist and its saved progress into words.
func buildExport(sc checklist.Scenario, saved progress.Checklist, loc *lang.Localizer) ExportDoc {
	doc := ExportDoc{Scenario: string(sc.ID), Language: loc.Tag(), Steps: []ExportStep{}}
	for _, st := range sc.Steps {
		es := ExportStep{ID: st.ID, Title: loc.T(st.TitleKey()), Summary: loc.T(st.SummaryKey()),
			Done: saved.IsDone(st.ID), Urgent: st.Urgent, Optional: st.Optional,
			Sources: []string{}, SourceNames: []string{}}
		for _, id := range st.Sources {
			src, _ := checklist.SourceByID(id)
			es.SourceNames = append(es.SourceNames, loc.T(src.NameKey()))
			es.Sources = append(es.Sources, src.URLs...)
		}
		doc.Steps = append(doc.Steps, es)
	}
	return doc
}

// Export writes a checklist with its saved progress in the given format:
// md and txt to print or send to family, json for other tools.
func Export(w io.Writer, format string, sc checklist.Scenario, saved progress.Checklist, loc *lang.Localizer) error {
	switch format {
	case FormatJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(buildExport(sc, saved, loc))
	case FormatMarkdown, FormatText:
		var b strings.Builder
		writeDocument(&b, format == FormatMarkdown, sc, saved, loc)
		_, err := io.WriteString(w, b.String())
		return err
	}
	return fmt.Errorf("unknown format %q", format)
}

func writeDocument(b *strings.Builder, md bool, sc checklist.Scenario, saved progress.Checklist, loc *lang.Localizer) {
	title := loc.T(sc.ID.TitleKey())
	count := loc.N("progress.count", saved.DoneCount(sc), map[string]any{"Total": len(sc.Steps)})
	if md {
		fmt.Fprintf(b, "# %s\n\n%s\n\n> **%s**\n\n", title, count, loc.T("warning.never_share"))
	} else {
		fmt.Fprintf(b, "%s\n%s\n%s\n\n%s\n\n", title, strings.Repeat("=", len([]rune(title))), count,
			loc.T("warning.never_share"))
	}
	for _, st := range sc.Steps {
		box := "[ ]"
		if saved.IsDone(st.ID) {
			box = "[x]"
		}
		var marks []string
		if st.Urgent {
			marks = append(marks, loc.T("step.urgent"))
		}
		if st.Optional {
			marks = append(marks, loc.T("step.optional"))
		}
		mark := ""
		if len(marks) > 0 {
			mark = " (" + strings.Join(marks, ", ") + ")"
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
		fmt.Fprintf(b, "%s%s %s%s", indent, loc.T("step.how"), loc.T(st.HowKey()), br)
		fmt.Fprintf(b, "%s%s %s%s", indent, loc.T("step.why"), loc.T(st.WhyKey()), br)
		var refs []string
		for _, id := range st.Sources {
			src, _ := checklist.SourceByID(id)
			name := loc.T(src.NameKey())
			switch {
			case len(src.URLs) == 0:
				refs = append(refs, name)
			case md:
				for _, u := range src.URLs {
					refs = append(refs, fmt.Sprintf("[%s](%s)", name, u))
				}
			default:
				refs = append(refs, name+" <"+strings.Join(src.URLs, ">, <")+">")
			}
		}
		fmt.Fprintf(b, "%s%s %s\n\n", indent, loc.T("step.sources"), strings.Join(refs, "; "))
	}
	fmt.Fprintf(b, "%s\n", loc.Tf("export.footer", map[string]any{"Date": checklist.SourcesChecked}))
}
