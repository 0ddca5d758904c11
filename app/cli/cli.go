package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"codesafety/app/checklist"
	"codesafety/app/export"
	"codesafety/app/lang"
	"codesafety/app/progress"
	"codesafety/app/report"
	"codesafety/app/view"
	"codesafety/app/web"
)

// Env is what the command line needs from main: the words, the system's
// locales (most preferred first), the folder progress is saved in when
// --data-dir is not given (the window's own, which main knows), and the
// app's version (meta.Info, read from FyneApp.toml).
type Env struct {
	Catalog *lang.Catalog
	System  []string
	DataDir string
	Version string
	Icon    []byte // the app's icon as a PNG, for the web pages
}

// Command is what the command line asked for.
type Command struct {
	Help     bool
	Version  bool
	Export   bool
	DataDir  string
	Lang     string // a supported tag, or "" when --lang was not given
	Scenario checklist.ScenarioID
	Format   string
	Phone    string                // checklist.PhoneAndroid or PhoneIPhone; "" when --phone was not given
	Message  checklist.MessageKind // message --kind (message.go); "" for other commands
	Report   bool                  // report (report.go)
	Country  string                // report and export --country, upper case; "" for the chosen or the system's region
	Site     string                // site DIR: the folder to write the web pages into (site.go)
}

// usageError is a command-line mistake. Its words are in translations under
// Key, filled from Data.
type usageError struct {
	Key  string
	Data map[string]any
}

func (e *usageError) Error() string { return fmt.Sprintf("%s %v", e.Key, e.Data) }

// typed are the words of a usage error that repeat what the person typed.
var typed = []string{"Value", "Args", "Detail"}

// maxShown is the most characters an error repeats of what was typed.
const maxShown = 80

// shown is what an error may repeat of something typed: at most maxShown
// characters (then "…"), with every character a terminal could take as a
// command (escape codes, other controls) or cannot show written as an
// escape instead.
func shown(s string) string {
	r := []rune(s)
	cut := len(r) > maxShown
	if cut {
		r = r[:maxShown]
	}
	q := strconv.QuoteToGraphic(string(r))
	q = q[1 : len(q)-1]
	if cut {
		q += "…"
	}
	return q
}

// words is the data of the error to put into its message, with what was
// typed made safe to show.
func (e *usageError) words() map[string]any {
	out := map[string]any{}
	for k, v := range e.Data {
		if s, ok := v.(string); ok && slices.Contains(typed, k) {
			v = shown(s)
		}
		out[k] = v
	}
	return out
}

// parseArgs reads the command line (without the program name):
//
//	codesafety [--data-dir DIR] [--lang TAG]
//	codesafety --version | --help
//	codesafety export --scenario ID [--phone android|iphone] [--lang TAG] [--format md|txt|json] [--data-dir DIR]
//	codesafety message --kind KIND [--lang TAG]
//	codesafety report [--country CC] [--lang TAG]
//	codesafety site DIR
func parseArgs(args []string, cat *lang.Catalog) (Command, error) {
	if len(args) > 0 && (args[0] == "message" || args[0] == "report") {
		return parseSub(args[0], args[1:], cat)
	}
	if len(args) > 0 && args[0] == "site" {
		return parseSite(args[1:], cat)
	}
	var cmd Command
	if len(args) > 0 && args[0] == "export" {
		cmd.Export = true
		args = args[1:]
	}
	var tag, scenario, phone, country string
	fs := newFlags(&cmd, &tag)
	if cmd.Export {
		fs.StringVar(&scenario, "scenario", "", "")
		fs.StringVar(&cmd.Format, "format", export.FormatMarkdown, "")
		fs.StringVar(&phone, "phone", "", "")
		fs.StringVar(&country, "country", "", "")
	} else {
		fs.BoolVar(&cmd.Version, "version", false, "")
	}
	if err := parseCommon(fs, args, cat, &cmd); err != nil || cmd.Help || cmd.Version {
		return cmd, err
	}
	if cmd.Export {
		valid := strings.Join(checklist.ScenarioIDs(), ", ")
		if scenario == "" {
			return cmd, &usageError{Key: "cli.error.no_scenario", Data: map[string]any{"Valid": valid}}
		}
		if _, ok := checklist.ScenarioByID(checklist.ScenarioID(scenario)); !ok {
			return cmd, &usageError{Key: "cli.error.scenario", Data: map[string]any{"Value": scenario, "Valid": valid}}
		}
		cmd.Scenario = checklist.ScenarioID(scenario)
		if isSet(fs, "phone") {
			if !slices.Contains(Phones(), phone) {
				return cmd, &usageError{Key: "cli.error.phone", Data: map[string]any{
					"Value": phone, "Valid": strings.Join(Phones(), ", ")}}
			}
			cmd.Phone = phone
		}
		if !slices.Contains(Formats(), cmd.Format) {
			return cmd, &usageError{Key: "cli.error.format", Data: map[string]any{
				"Value": cmd.Format, "Valid": strings.Join(Formats(), ", ")}}
		}
		if isSet(fs, "country") {
			cc, err := parseCountry(country)
			if err != nil {
				return cmd, err
			}
			cmd.Country = cc
		}
	}
	return cmd, nil
}

// FormatHTML is export's page to print or keep (package web).
const FormatHTML = "html"

// Formats lists the values of export --format.
func Formats() []string { return append(export.Formats(), FormatHTML) }

// parseCountry reads --country: a country of table R, in any case.
func parseCountry(country string) (string, error) {
	cc := strings.ToUpper(strings.TrimSpace(country))
	if _, ok := report.Bodies(cc); !ok {
		return "", &usageError{Key: "cli.error.country", Data: map[string]any{
			"Value": country, "Valid": strings.Join(report.Countries(), ", ")}}
	}
	return cc, nil
}

// newFlags is a command line with the flags every command takes.
func newFlags(cmd *Command, tag *string) *flag.FlagSet {
	fs := flag.NewFlagSet("codesafety", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.BoolVar(&cmd.Help, "help", false, "")
	fs.BoolVar(&cmd.Help, "h", false, "")
	fs.StringVar(&cmd.DataDir, "data-dir", "", "")
	fs.StringVar(tag, "lang", "", "")
	return fs
}

// parseCommon reads args with fs and checks what every command shares: no
// words left over, a language the app has, and (unless help or the version
// was asked for) a data folder that is not blank, made absolute so that it
// never depends on where the program was started.
func parseCommon(fs *flag.FlagSet, args []string, cat *lang.Catalog, cmd *Command) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			*cmd = Command{Help: true}
			return nil
		}
		return &usageError{Key: "cli.error.flag", Data: map[string]any{"Detail": err.Error()}}
	}
	if fs.NArg() > 0 {
		return &usageError{Key: "cli.error.extra", Data: map[string]any{"Args": strings.Join(fs.Args(), " ")}}
	}
	if isSet(fs, "lang") {
		value := fs.Lookup("lang").Value.String()
		t, err := cat.ParseLang(value)
		if err != nil {
			return &usageError{Key: "cli.error.lang", Data: map[string]any{
				"Value": value, "Supported": strings.Join(cat.Tags(), ", ")}}
		}
		cmd.Lang = t
	}
	if cmd.Help || cmd.Version {
		return nil
	}
	if isSet(fs, "data-dir") && strings.TrimSpace(cmd.DataDir) == "" {
		return &usageError{Key: "cli.error.data_dir"}
	}
	if cmd.DataDir != "" {
		if abs, err := filepath.Abs(cmd.DataDir); err == nil {
			cmd.DataDir = abs
		}
	}
	return nil
}

// Phones lists the values of --phone. Without it, export shows both menu
// paths, each labelled.
func Phones() []string { return []string{checklist.PhoneAndroid, checklist.PhoneIPhone} }

func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// RunCLI does what the command line asks when it needs no window: help,
// version, export, or a usage error. It returns the exit status and
// whether the command was handled; when handled is false, the caller opens
// the window with cmd.
func RunCLI(args []string, env Env, stdout, stderr io.Writer) (cmd Command, status int, handled bool) {
	cat, system, dataDir := env.Catalog, env.System, env.DataDir
	cmd, err := parseArgs(args, cat)
	loc := cat.Localizer(cat.Resolve(cmd.Lang, "", system))
	var ue *usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, loc.Tf(ue.Key, ue.words()))
		fmt.Fprintln(stderr, loc.T("cli.error.see_help"))
		return cmd, 2, true
	case err != nil:
		fmt.Fprintln(stderr, err)
		return cmd, 2, true
	case cmd.Help:
		fmt.Fprintln(stdout, loc.Tf("cli.usage", map[string]any{
			"Scenarios": strings.Join(checklist.ScenarioIDs(), ", "), "Formats": strings.Join(Formats(), ", "),
			"Phones": strings.Join(Phones(), ", "),
			"Kinds":  strings.Join(checklist.MessageKinds(), ", "), "Countries": strings.Join(report.Countries(), ", "),
			"Languages": strings.Join(cat.Tags(), ", "), "DataDir": dataDir}))
		return cmd, 0, true
	case cmd.Version:
		fmt.Fprintln(stdout, loc.Tf("cli.version", map[string]any{"Version": env.Version}))
		return cmd, 0, true
	case cmd.Export:
		return cmd, runExport(cmd, cat, system, dataDir, stdout, stderr), true
	case cmd.Message != "":
		return cmd, runMessage(cmd, cat, system, dataDir, stdout), true
	case cmd.Report:
		return cmd, runReport(cmd, cat, system, dataDir, stdout), true
	case cmd.Site != "":
		return cmd, runSite(cmd, cat, env.Icon, loc, stdout, stderr), true
	}
	return cmd, 0, false
}

// ExitUnreadable is the exit status of export when the progress file is
// there but cannot be read, or is from a newer version: the checklist is
// still printed, without ticks.
const ExitUnreadable = 3

func runExport(cmd Command, cat *lang.Catalog, system []string, dataDir string, stdout, stderr io.Writer) int {
	dir := cmd.DataDir
	if dir == "" {
		dir = dataDir
	}
	st, err := progress.ReadState(dir) // never writes; "" (no folder) reads nothing
	loc := cat.Localizer(cat.Resolve(cmd.Lang, st.Language, system))
	status := 0
	if err != nil {
		// Export the checklist without ticks, and say why in one sentence.
		key := "cli.export.unreadable"
		if errors.Is(err, progress.ErrNewerOnDisk) {
			key = "cli.export.newer"
		}
		fmt.Fprintln(stderr, loc.Tf(key, map[string]any{"Path": filepath.Join(dir, progress.StateFile)}))
		status = ExitUnreadable
	}
	sc, _ := checklist.ScenarioByID(cmd.Scenario)
	var saved progress.Checklist
	if c := st.Checklists[string(sc.ID)]; c != nil {
		saved = *c
	}
	if cmd.Format == FormatHTML {
		country := cmd.Country
		if country == "" {
			country = view.Country(st, system)
		}
		err = web.Checklist(stdout, sc, st, cmd.Phone, country, loc)
	} else {
		err = export.Write(stdout, cmd.Format, sc, saved, cmd.Phone, loc)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return status
}
