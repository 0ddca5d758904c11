// Command words prints, as JSON, what .ci/windows-a11y-check needs to know
// of the app besides its translations: the situations home shows, in
// order, and the steps of the "Someone asked me for my code" checklist
// answered "Nothing" in each language given, as the app's own export
// gives them (make windows-a11y-check runs it on the host).
//
//	go run ./.ci/windows-a11y/words en hi ar
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"codesafety/app/checklist"
	"codesafety/app/export"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/translations"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "words:", err)
		os.Exit(1)
	}
}

func run(tags []string) error {
	cat, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		return err
	}
	sc, ok := checklist.ScenarioByID("asked")
	if !ok {
		return fmt.Errorf("no checklist \"asked\"")
	}
	out := struct {
		Entries []checklist.ScenarioID `json:"entries"`
		Asked   map[string]export.Doc  `json:"asked"` // by language
	}{Entries: checklist.Entries(), Asked: map[string]export.Doc{}}
	answered := progress.Checklist{Answers: map[string]string{"sent-code": "no"}}
	for _, tag := range tags {
		var b bytes.Buffer
		if err := export.Write(&b, export.FormatJSON, sc, answered, "", cat.Localizer(tag)); err != nil {
			return err
		}
		var doc export.Doc
		if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
			return err
		}
		out.Asked[tag] = doc
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
