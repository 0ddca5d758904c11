package report

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"codesafety/app/lang"
	"codesafety/translations"
)

func english(t *testing.T) *lang.Localizer {
	t.Helper()
	c, err := lang.LoadCatalog(translations.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c.Localizer("en")
}

func ids(bs []Body) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.ID)
	}
	return out
}

// The region of the system's locale picks the bodies; a country tables R
// and R2 do not list gives local police.
func TestBodiesForLocales(t *testing.T) {
	cases := []struct {
		locale, country string
		want            []string // nil: local police
	}{
		{"en_GB.UTF-8", "GB", []string{"uk-report-fraud", "uk-police-scotland"}},
		{"en_US.UTF-8", "US", []string{"us-ftc", "us-ic3"}},
		{"en_CA", "CA", []string{"ca-cafc"}},
		{"hi_IN", "IN", []string{"in-cybercrime"}},
		{"nl_NL.UTF-8", "NL", []string{"nl-fraudehelpdesk"}},
		{"es_ES.UTF-8@euro", "ES", []string{"es-incibe"}},
		{"de_CH", "CH", []string{"ch-ncsc"}},
		{"id_ID", "ID", []string{"id-iasc"}},
		{"en-AU", "AU", []string{"au-scamwatch"}},
		{"fr_FR", "FR", []string{"fr-thesee", "fr-info-escroqueries"}},
		{"pt_BR.UTF-8", "BR", []string{"br-delegacia"}},
		{"de_DE", "DE", []string{"de-onlinewache"}},
		{"ms_MY", "MY", []string{"my-nsrc"}},
		{"ur_PK", "PK", []string{"pk-nccia"}},
		{"ta_SG", "SG", []string{"sg-scamshield"}},
		// Table R2 found no reliable body for Turkey, Russia, Sri Lanka or
		// Bangladesh: local police there.
		{"tr_TR", "TR", nil},
		{"ru_RU", "RU", nil},
		{"ta_LK", "LK", nil},
		{"bn_BD", "BD", nil},
		{"fa_IR", "IR", nil},
		{"C", "", nil},
		{"", "", nil},
		{"POSIX", "", nil},
		{"en", "", nil},
		{"es-419", "", nil},
		{"garbage!!", "", nil},
	}
	for _, c := range cases {
		got := CountryFromLocale(c.locale)
		if got != c.country {
			t.Errorf("CountryFromLocale(%q) = %q, want %q", c.locale, got, c.country)
		}
		bs, ok := Bodies(got)
		if ok != (c.want != nil) || !slices.Equal(ids(bs), c.want) {
			t.Errorf("%s: Bodies(%q) = %v %v, want %v", c.locale, got, ids(bs), ok, c.want)
		}
	}
	if bs, ok := Bodies(Elsewhere); ok || len(bs) != 0 || slices.Contains(Countries(), Elsewhere) {
		t.Error("another country (Elsewhere) is not your local police")
	}
	if bs, ok := Bodies("gb"); !ok || len(bs) != 2 {
		t.Error("a lower-case code is not found")
	}
	if SystemCountry([]string{"", "C", "en", "pt_BR.UTF-8", "en_GB"}) != "BR" {
		t.Error("SystemCountry does not take the first locale with a country")
	}
	if SystemCountry([]string{"", "C.UTF-8"}) != "" {
		t.Error("SystemCountry invents a country")
	}
	// The countries of table R, each once, in its order (TestBodiesAreTableR
	// checks each body against its row).
	var want []string
	for _, b := range AllBodies() {
		if !slices.Contains(want, b.Country) {
			want = append(want, b.Country)
		}
	}
	names := map[string]bool{}
	for _, row := range tableR(t) {
		names[row[0]] = true
	}
	if !slices.Equal(Countries(), want) || len(want) != len(names) {
		t.Errorf("Countries = %v; table R names %d countries", Countries(), len(names))
	}
}

// sourceAddress is an address in a source column: up to a space, a
// semicolon or a comma.
var sourceAddress = regexp.MustCompile(`https://[^\s;,]+`)

// tableR reads tables R and R2 of the copy of SOURCES.md, row by row:
// R2's rows after R's, as the app lists them.
func tableR(t *testing.T) [][]string {
	return append(table(t, "## R: where to report, by country"), table(t, "## R2: more countries")...)
}

// table reads the table under a heading of the copy of SOURCES.md: each
// row's cells (7 in tables R and H).
func table(t *testing.T, heading string) [][]string {
	t.Helper()
	data, err := os.ReadFile("../checklist/testdata/SOURCES.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(data), heading)
	if !ok {
		t.Fatalf("SOURCES.md has no %q", heading)
	}
	table, _, _ = strings.Cut(table, "\n## ")
	var rows [][]string
	for _, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| country") || strings.HasPrefix(line, "|---") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if len(cells) != 7 {
			t.Fatalf("%s: a row with %d cells: %s", heading, len(cells), line)
		}
		rows = append(rows, cells)
	}
	return rows
}

// The bodies are table R exactly: same order, countries, addresses,
// phones (number and note), sources and kinds; nothing else.
func TestBodiesAreTableR(t *testing.T) {
	en := english(t)
	rows := tableR(t)
	if len(rows) != len(AllBodies()) || len(rows) < 23 {
		t.Fatalf("table R has %d rows, the app %d bodies", len(rows), len(AllBodies()))
	}
	a3 := []string{"https://consumer.ftc.gov/consumer-alerts/2021/10/google-voice-scam-how-verification-code-scam-works-and-how-avoid-it",
		"https://reportfraud.ftc.gov"}
	for i, row := range rows {
		b := AllBodies()[i]
		country, address, phone, source, kind := row[0], row[2], row[3], row[5], row[6]
		if en.T(CountryKey(b.Country)) != country {
			t.Errorf("%s: country %s is %q in English, table R says %q", b.ID, b.Country, en.T(CountryKey(b.Country)), country)
		}
		addrs := sourceAddress.FindAllString(address, -1) // without the words in brackets
		if !slices.Equal(b.Addresses, addrs) {
			t.Errorf("%s: addresses %v, table R %v", b.ID, b.Addresses, addrs)
		}
		shown := b.Phone
		if b.PhoneNote {
			shown += " (" + en.T(b.PhoneNoteKey()) + ")"
		}
		switch {
		case phone == "—" && b.Phone != "":
			t.Errorf("%s: phone %q, and the table gives none", b.ID, shown)
		case i < len(table(t, "## R: where to report, by country")):
			if phone != "—" && shown != phone {
				t.Errorf("%s: phone %q, table R %q", b.ID, shown, phone)
			}
		// Table R2 writes its notes in its own words ("110 in an
		// emergency"; New Zealand's second number is table H's Netsafe):
		// the number must be the first it gives, and have a note when
		// the table says more than the number.
		case phone != "—" && (!strings.HasPrefix(phone, b.Phone+" ") && phone != b.Phone ||
			b.PhoneNote != (phone != b.Phone)):
			t.Errorf("%s: phone %q, table R2 %q", b.ID, shown, phone)
		}
		var srcs []string
		switch {
		case source == "same page" || source == "same site":
			srcs = addrs
		case source == "A3":
			srcs = a3
		default: // every address the source column names, in order
			srcs = sourceAddress.FindAllString(source, -1)
		}
		if !slices.Equal(b.Sources, srcs) {
			t.Errorf("%s: sources %v, table R %q", b.ID, b.Sources, source)
		}
		if len(b.Sources) == 0 && !strings.Contains(source, "F34010") {
			t.Errorf("%s: no source address, and table R names one: %q", b.ID, source)
		}
		if string(b.Kind) != kind {
			t.Errorf("%s: kind %s, table R %s", b.ID, b.Kind, kind)
		}
	}
}

// Every body can be reached: an https address, or (France) a phone; and
// has its words. A phone is only where table R gives one.
func TestEveryBodyHasWords(t *testing.T) {
	en := english(t)
	seen := map[string]bool{}
	for _, b := range AllBodies() {
		prefix := strings.ToLower(b.Country) + "-"
		if b.Country == "GB" {
			prefix = "uk-"
		}
		if seen[b.ID] || !strings.HasPrefix(b.ID, prefix) {
			t.Errorf("body ID %q is repeated or does not start with its country", b.ID)
		}
		seen[b.ID] = true
		for _, u := range append(slices.Clone(b.Addresses), b.Sources...) {
			if !strings.HasPrefix(u, "https://") {
				t.Errorf("%s: %q is not an https address", b.ID, u)
			}
		}
		if len(b.Addresses) == 0 && b.Phone == "" {
			t.Errorf("%s: no address and no phone", b.ID)
		}
		keys := []string{b.NameKey(), b.CoversKey(), CountryKey(b.Country)}
		if b.PhoneNote {
			keys = append(keys, b.PhoneNoteKey())
		}
		if len(b.Sources) == 0 {
			keys = append(keys, b.SourceKey())
		}
		for _, k := range keys {
			if en.T(k) == "" {
				t.Errorf("%s: no English for %s", b.ID, k)
			}
		}
		if b.Kind != Official && b.Kind != Reprint && b.Kind != Press {
			t.Errorf("%s: kind %q", b.ID, b.Kind)
		}
	}
	// France: THESEE's complaint and report pages, then Info Escroqueries,
	// a phone with no address.
	fr, _ := Bodies("FR")
	if len(fr) != 2 || len(fr[0].Addresses) != 2 || len(fr[1].Addresses) != 0 || fr[1].Phone == "" {
		t.Errorf("France: %+v", fr)
	}
	for _, k := range []string{HeadingKey, BankFirstKey, LocalPoliceKey, CountryLabelKey, CountryIsKey, OtherCountryKey,
		ChangeCountryKey, CoversKey, WebsiteKey, PhoneKey, PhoneWithNoteKey, SourceLineKey, SourceReprintKey, SourcePressKey} {
		if en.T(k) == "" {
			t.Errorf("no English for %s", k)
		}
	}
	if got := en.T(BankFirstKey); got != "If money was sent, call your bank first." {
		t.Errorf("%s = %q", BankFirstKey, got)
	}
	if got := en.T(LocalPoliceKey); strings.Contains(got, "http") || strings.ContainsAny(got, "0123456789") {
		t.Errorf("local police names an address or a number: %q", got)
	}
}

// tableH reads table H of the copy of SOURCES.md: its rows' cells.
func tableH(t *testing.T) [][]string { return table(t, "## H: talk to a person") }

// The services to talk to are table H: one a row, in its order, each
// phone number and WhatsApp number as the row gives it, hours where it
// gives them, its sources' addresses, and words in English.
func TestHelpersAreTableH(t *testing.T) {
	en := english(t)
	rows := tableH(t)
	if len(rows) != len(AllHelpers()) || len(rows) < 7 {
		t.Fatalf("table H has %d rows, the app %d services", len(rows), len(AllHelpers()))
	}
	for i, row := range rows {
		h := AllHelpers()[i]
		if len(row) != 7 {
			t.Fatalf("row %d has %d cells", i, len(row))
		}
		phone, hours, source := row[2], row[3], row[5]
		if h.Phone != "" && !strings.HasPrefix(phone, h.Phone) || h.Phone == "" && !strings.HasPrefix(phone, "—") {
			t.Errorf("%s: phone %q, table %q", h.ID, h.Phone, phone)
		}
		if h.WhatsApp != "" && !strings.Contains(phone, "WhatsApp "+h.WhatsApp) {
			t.Errorf("%s: WhatsApp %q, table %q", h.ID, h.WhatsApp, phone)
		}
		if h.Hours == (hours == "—") {
			t.Errorf("%s: hours %v, table %q", h.ID, h.Hours, hours)
		}
		for _, u := range append(h.Sources, h.Addresses...) {
			if !strings.HasPrefix(u, "https://") {
				t.Errorf("%s: %s is not https", h.ID, u)
			}
		}
		for _, u := range h.Sources {
			if source != "table R" && !strings.Contains(source, u) {
				t.Errorf("%s: source %s is not in the row (%s)", h.ID, u, source)
			}
		}
		if strings.Contains(row[6], "press") != h.Press {
			t.Errorf("%s: press %v, table %q", h.ID, h.Press, row[6])
		}
		keys := []string{h.NameKey(), h.DoesKey()}
		if h.Hours {
			keys = append(keys, h.HoursKey())
		}
		for _, k := range keys {
			if got := en.T(k); got == "" || got == k {
				t.Errorf("no English for %s", k)
			}
		}
		if got := Helpers(strings.ToLower(h.Country)); len(got) == 0 || got[0].ID != h.ID {
			t.Errorf("Helpers(%s) = %v", h.Country, got)
		}
	}
	if len(Helpers("FR")) != 0 {
		t.Error("a service for a country table H does not list")
	}
}

// A body read only in the press says so beside its source, in every
// place that shows it (the screen, report and the web pages use this key).
func TestPressIsSaidBesideTheSource(t *testing.T) {
	en := english(t)
	kinds := map[Kind]bool{}
	for _, b := range AllBodies() {
		kinds[b.Kind] = true
		want := map[Kind]string{Official: SourceLineKey, Reprint: SourceReprintKey, Press: SourcePressKey}[b.Kind]
		if b.SourceLineKey() != want {
			t.Errorf("%s (%s): source line %s, want %s", b.ID, b.Kind, b.SourceLineKey(), want)
		}
	}
	if !kinds[Press] || !kinds[Reprint] || !kinds[Official] {
		t.Errorf("the bodies have kinds %v; want all three", kinds)
	}
	if got := en.Tf(SourcePressKey, map[string]any{"Source": "X"}); !strings.Contains(got, "news") || !strings.HasSuffix(got, "X") {
		t.Errorf("%s = %q", SourcePressKey, got)
	}
}
