package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"codesafety/app/checklist"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/app/report"
)

// parseSub reads the command line of `message` and `report` (args without
// the subcommand's name):
//
//	codesafety message --kind KIND [--lang TAG] [--data-dir DIR]
//	codesafety report [--country CC] [--lang TAG] [--data-dir DIR]
func parseSub(name string, args []string, cat *lang.Catalog) (Command, error) {
	var cmd Command
	fs := flag.NewFlagSet("codesafety", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	var tag, kind, country string
	fs.BoolVar(&cmd.Help, "help", false, "")
	fs.BoolVar(&cmd.Help, "h", false, "")
	fs.StringVar(&cmd.DataDir, "data-dir", "", "")
	fs.StringVar(&tag, "lang", "", "")
	if name == "message" {
		fs.StringVar(&kind, "kind", "", "")
	} else {
		fs.StringVar(&country, "country", "", "")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return Command{Help: true}, nil
		}
		return cmd, &usageError{Key: "cli.error.flag", Data: map[string]any{"Detail": err.Error()}}
	}
	if fs.NArg() > 0 {
		return cmd, &usageError{Key: "cli.error.extra", Data: map[string]any{"Args": strings.Join(fs.Args(), " ")}}
	}
	if isSet(fs, "lang") {
		t, err := cat.ParseLang(tag)
		if err != nil {
			return cmd, &usageError{Key: "cli.error.lang", Data: map[string]any{
				"Value": tag, "Supported": strings.Join(cat.Tags(), ", ")}}
		}
		cmd.Lang = t
	}
	if cmd.Help {
		return cmd, nil
	}
	if isSet(fs, "data-dir") && strings.TrimSpace(cmd.DataDir) == "" {
		return cmd, &usageError{Key: "cli.error.data_dir"}
	}
	if name == "report" {
		cmd.Report = true
		if isSet(fs, "country") {
			cc := strings.ToUpper(strings.TrimSpace(country))
			if _, ok := report.Bodies(cc); !ok {
				return cmd, &usageError{Key: "cli.error.country", Data: map[string]any{
					"Value": country, "Valid": strings.Join(report.Countries(), ", ")}}
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
