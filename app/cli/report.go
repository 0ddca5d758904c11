package cli

import (
	"fmt"
	"io"
	"strings"

	"codesafety/app/lang"
	"codesafety/app/report"
)

// runReport prints where to report, for --country or else the system's
// region: the bank line first, then each body with what it covers, its
// addresses, its phone where table R gives one, and its source; for a
// country table R does not list, only "your local police".
func runReport(cmd Command, cat *lang.Catalog, system []string, dataDir string, stdout io.Writer) int {
	saved := savedState(cmd, dataDir)
	loc := cat.Localizer(cat.Resolve(cmd.Lang, saved.Language, system))
	country := cmd.Country
	if country == "" {
		country = saved.Country // chosen on the report screen
	}
	if country == "" {
		country = report.SystemCountry(system)
	}
	var b strings.Builder
	WriteReport(&b, country, loc)
	io.WriteString(stdout, b.String())
	return 0
}

// WriteReport puts where to report in a country into words, as plain text.
func WriteReport(b *strings.Builder, country string, loc *lang.Localizer) {
	fmt.Fprintf(b, "%s\n\n%s\n", loc.T(report.BankFirstKey), loc.T(report.HeadingKey))
	bodies, ok := report.Bodies(country)
	if !ok {
		fmt.Fprintf(b, "%s\n", loc.T(report.LocalPoliceKey))
		return
	}
	fmt.Fprintf(b, "%s\n", loc.Tf(report.CountryIsKey, map[string]any{"Country": loc.T(report.CountryKey(bodies[0].Country))}))
	for _, body := range bodies {
		fmt.Fprintf(b, "\n%s\n", loc.T(body.NameKey()))
		fmt.Fprintf(b, "  %s\n", loc.Tf(report.CoversKey, map[string]any{"Covers": loc.T(body.CoversKey())}))
		for _, a := range body.Addresses {
			fmt.Fprintf(b, "  %s\n", loc.Tf(report.WebsiteKey, map[string]any{"Address": a}))
		}
		switch {
		case body.Phone != "" && body.PhoneNote:
			fmt.Fprintf(b, "  %s\n", loc.Tf(report.PhoneWithNoteKey, map[string]any{"Phone": body.Phone, "Note": loc.T(body.PhoneNoteKey())}))
		case body.Phone != "":
			fmt.Fprintf(b, "  %s\n", loc.Tf(report.PhoneKey, map[string]any{"Phone": body.Phone}))
		}
		source := strings.Join(body.Sources, ", ")
		if len(body.Sources) == 0 {
			source = loc.T(body.SourceKey())
		}
		fmt.Fprintf(b, "  %s\n", loc.Tf(body.SourceLineKey(), map[string]any{"Source": source}))
	}
}
