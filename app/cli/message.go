package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
)

// parseSub reads the command line of `message` and `report` (args without
// the subcommand's name):
//
//	codesafety message --kind KIND [--lang TAG] [--data-dir DIR]
//	codesafety report [--country CC] [--lang TAG] [--data-dir DIR]
func parseSub(name string, args []string, cat *lang.Catalog) (Command, error) {
	var cmd Command
	var tag, kind, country string
	fs := newFlags(&cmd, &tag)
	if name == "message" {
		fs.StringVar(&kind, "kind", "", "")
	} else {
		fs.StringVar(&country, "country", "", "")
	}
	if err := parseCommon(fs, args, cat, &cmd); err != nil || cmd.Help {
		return cmd, err
	}
	if name == "report" {
		cmd.Report = true
		if isSet(fs, "country") {
			cc, err := parseCountry(country)
			if err != nil {
				return cmd, err
			}
			cmd.Country = cc
		}
		return cmd, nil
	}
	valid := strings.Join(checklist.MessageKinds(), ", ")
	if kind == "" {
		return cmd, &usageError{Key: "cli.error.no_kind", Data: map[string]any{"Valid": valid}}
	}
	if _, ok := checklist.MessageByKind(checklist.MessageKind(kind)); !ok {
		return cmd, &usageError{Key: "cli.error.kind", Data: map[string]any{"Value": kind, "Valid": valid}}
	}
	cmd.Message = checklist.MessageKind(kind)
	return cmd, nil
}

// savedLocalizer is the language for message and report: --lang, the one
// saved in Settings, the system's, English (as export). Unreadable progress
// is no reason to say anything here.
func savedLocalizer(cmd Command, cat *lang.Catalog, system []string, dataDir string) *lang.Localizer {
	return cat.Localizer(cat.Resolve(cmd.Lang, savedState(cmd, dataDir).Language, system))
}

// savedState is the saved progress and settings, read only. With no folder
// for this person (no home), nothing is read: never the current folder.
func savedState(cmd Command, dataDir string) progress.State {
	dir := cmd.DataDir
	if dir == "" {
		dir = dataDir
	}
	if dir == "" {
		return progress.State{}
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	st, _ := progress.ReadState(dir)
	return st
}

// runMessage prints the message only, as the Copy button copies it.
func runMessage(cmd Command, cat *lang.Catalog, system []string, dataDir string, stdout io.Writer) int {
	loc := savedLocalizer(cmd, cat, system, dataDir)
	fmt.Fprintln(stdout, loc.T(cmd.Message.TextKey()))
	return 0
}
