package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"codesafety/app/lang"
	"codesafety/app/web"
)

// parseSite reads the command line of `site` (args without its name):
//
//	codesafety site DIR
func parseSite(args []string, cat *lang.Catalog) (Command, error) {
	var cmd Command
	var tag string
	fs := newFlags(&cmd, &tag)
	if err := fs.Parse(args); err != nil || cmd.Help {
		if err != nil {
			return cmd, &usageError{Key: "cli.error.flag", Data: map[string]any{"Detail": err.Error()}}
		}
		return Command{Help: true}, nil
	}
	switch {
	case fs.NArg() == 0:
		return cmd, &usageError{Key: "cli.error.site_dir"}
	case fs.NArg() > 1:
		return cmd, &usageError{Key: "cli.error.extra", Data: map[string]any{"Args": strings.Join(fs.Args()[1:], " ")}}
	}
	dir, err := filepath.Abs(fs.Arg(0))
	if err != nil {
		return cmd, &usageError{Key: "cli.error.site_dir"}
	}
	cmd.Site = dir
	return cmd, nil
}

// runSite writes the guidance as web pages, every language, into cmd.Site.
func runSite(cmd Command, cat *lang.Catalog, icon []byte, loc *lang.Localizer, stdout, stderr io.Writer) int {
	files, err := web.Site(cmd.Site, cat, icon)
	if err != nil {
		fmt.Fprintln(stderr, loc.Tf("cli.site.failed", map[string]any{"Detail": err.Error()}))
		return 1
	}
	fmt.Fprintln(stdout, loc.Tf("cli.site.done", map[string]any{"Count": len(files), "Dir": cmd.Site}))
	return 0
}
