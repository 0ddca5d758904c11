// Package report says where to report a scam, by country: the bodies of
// tables R and R2 of SOURCES.md, as typed data, and the country of a locale. Nothing
// is looked up online; a country not in the table gets "your local police"
// and no address. Like everything under app/, it imports nothing from Fyne.
package report

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Kind says how a body's page was read.
type Kind string

// The kinds of table R.
const (
	Official Kind = "official" // read on the body's own or a government page
	Reprint  Kind = "reprint"  // the body's own release, read as republished
	Press    Kind = "press"    // read only in news reports (table R2): said beside the source
)

// Body is one place to report, with its words in translations under the
// keys below. Addresses and phone numbers are exactly as table R gives
// them; a body may have no address (France) or no phone.
type Body struct {
	ID        string
	Country   string   // ISO 3166 code: GB, US…
	Addresses []string // https addresses to show as links; none for Info Escroqueries
	Phone     string   // "" when table R gives none
	PhoneNote bool     // the phone has a note in brackets (PhoneNoteKey)
	Sources   []string // where table R read it; none when it names no address (SourceKey)
	Kind      Kind
}

// NameKey is the message ID of the body's name (a proper name, kept as it
// is in every language, perhaps with a gloss).
func (b Body) NameKey() string { return "report.body." + b.ID + ".name" }

// CoversKey is the message ID of what the body covers.
func (b Body) CoversKey() string { return "report.body." + b.ID + ".covers" }

// PhoneNoteKey is the message ID of the note after the phone number
// ("999 in an emergency", "free"), when PhoneNote.
func (b Body) PhoneNoteKey() string { return "report.body." + b.ID + ".phone_note" }

// SourceKey is the message ID of the source in words, for a body whose
// source has no address (Sources is empty).
func (b Body) SourceKey() string { return "report.body." + b.ID + ".source" }

// SourceLineKey is the message ID of the line that gives the body's
// source, which says how it was read: on the body's own page, as a reprint
// of its release, or only in the press.
func (b Body) SourceLineKey() string {
	switch b.Kind {
	case Reprint:
		return SourceReprintKey
	case Press:
		return SourcePressKey
	}
	return SourceLineKey
}

// CountryKey is the message ID of a country's name.
func CountryKey(code string) string { return "country." + code }

// Keys of the report screen and of `codesafety report`.
const (
	HeadingKey       = "report.heading"         // "Where to report it"
	BankFirstKey     = "report.bank_first"      // "If money was sent, call your bank first." (first, always)
	LocalPoliceKey   = "report.local_police"    // "Report it to your local police." (no address)
	CountryLabelKey  = "report.country"         // "Country", the list's label
	CountryIsKey     = "report.country_is"      // "Country: {{.Country}}"
	OtherCountryKey  = "report.other_country"   // the list's last choice: local police
	ChangeCountryKey = "report.change_country"  // button
	CoversKey        = "report.covers"          // "Covers: {{.Covers}}"
	WebsiteKey       = "report.website"         // "Website: {{.Address}}"
	PhoneKey         = "report.phone"           // "Phone: {{.Phone}}"
	PhoneWithNoteKey = "report.phone_with_note" // "Phone: {{.Phone}} ({{.Note}})"
	SourceLineKey    = "report.source"          // "Source: {{.Source}}"
	SourceReprintKey = "report.source_reprint"  // the same for a reprint
	SourcePressKey   = "report.source_press"    // the same for a body read only in the press
)

const (
	ftcAlert  = "https://consumer.ftc.gov/consumer-alerts/2021/10/google-voice-scam-how-verification-code-scam-works-and-how-avoid-it"
	ftcReport = "https://reportfraud.ftc.gov"
	scotland  = "https://www.scotland.police.uk/advice/scams-and-frauds/cyber-related-financial-crime/"
	cafc      = "https://antifraudcentre-centreantifraude.ca/reportincident-signalerincident/index-eng.htm"
	cyberAU   = "https://www.cyber.gov.au/report-and-recover/recover-from/scams"
	incibe    = "https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq"
	queixa    = "https://queixaselectronicas.mai.gov.pt"
	nc4       = "https://nc4.go.ke/report/"
	bkAT      = "https://www.bundeskriminalamt.at/602/start.aspx"
	contactBE = "https://pointdecontact.belgique.be"
	dipsIT    = "https://www.commissariatodips.it"
)

// bodies is table R, then table R2, in their order. "same page" and "same site" are the
// body's own address; "A3" is A3's sources.
var bodies = []Body{
	{ID: "uk-report-fraud", Country: "GB", Addresses: []string{"https://www.reportfraud.police.uk"}, Phone: "0300 123 2040",
		Sources: []string{"https://www.wired-gov.net/wg/news.nsf/articles/report+fraud+service+goes+live+04122025143000?open"}, Kind: Reprint},
	{ID: "uk-police-scotland", Country: "GB", Addresses: []string{scotland}, Phone: "101", PhoneNote: true,
		Sources: []string{scotland}, Kind: Official},
	{ID: "us-ftc", Country: "US", Addresses: []string{ftcReport}, Sources: []string{ftcAlert, ftcReport}, Kind: Official},
	{ID: "us-ic3", Country: "US", Addresses: []string{"https://www.ic3.gov"}, Sources: []string{"https://www.ic3.gov"}, Kind: Official},
	{ID: "ca-cafc", Country: "CA", Addresses: []string{cafc}, Phone: "1-888-495-8501", Sources: []string{cafc}, Kind: Official},
	// 1300 292 371 is the Australian Cyber Security Hotline, not a
	// ReportCyber line (its phone note says so).
	{ID: "au-scamwatch", Country: "AU", Addresses: []string{"https://www.scamwatch.gov.au", cyberAU}, Phone: "1300 292 371", PhoneNote: true,
		Sources: []string{cyberAU, "https://cyber.gov.au/government/report/"}, Kind: Official},
	{ID: "in-cybercrime", Country: "IN", Addresses: []string{"https://cybercrime.gov.in"}, Phone: "1930",
		Sources: []string{"https://pib.gov.in/PressReleasePage.aspx?PRID=2110801"}, Kind: Official},
	{ID: "es-incibe", Country: "ES", Addresses: []string{incibe}, Phone: "017", Sources: []string{incibe}, Kind: Official},
	{ID: "pt-queixa", Country: "PT", Addresses: []string{queixa}, Sources: []string{queixa}, Kind: Official},
	// THESEE: the online complaint (your hacked account asked for money in
	// your name) and the report (you got such a request from a contact).
	{ID: "fr-thesee", Country: "FR", Addresses: []string{"https://www.service-public.fr/particuliers/vosdroits/R45981",
		"https://www.service-public.fr/particuliers/vosdroits/R46838"},
		Sources: []string{"https://justice.fr/fiche/signaler-reception-message-frauduleux-piratage-messagerie-contact-thesee-service-ligne"}, Kind: Official},
	{ID: "fr-info-escroqueries", Country: "FR", Phone: "0 805 805 817", PhoneNote: true, Kind: Official},
	{ID: "ch-ncsc", Country: "CH", Addresses: []string{"https://report.ncsc.admin.ch/en/"},
		Sources: []string{"https://www.ncsc.admin.ch/ncsc/en/home/meldepflicht/faq.html"}, Kind: Official},
	{ID: "nl-fraudehelpdesk", Country: "NL", Addresses: []string{"https://www.fraudehelpdesk.nl"}, Phone: "088-7867372",
		Sources: []string{"https://www.fraudehelpdesk.nl/Meldpunten"}, Kind: Official},
	{ID: "id-iasc", Country: "ID", Addresses: []string{"https://iasc.ojk.go.id"}, Sources: []string{"https://iasc.ojk.go.id/Guest"}, Kind: Official},
	{ID: "ke-nc4", Country: "KE", Addresses: []string{nc4}, Sources: []string{"https://nc4.go.ke/who-we-are/"}, Kind: Official},

	// Table R2, in its order.
	{ID: "de-onlinewache", Country: "DE", Addresses: []string{"https://portal.onlinewache.polizei.de"}, Phone: "110", PhoneNote: true,
		Sources: []string{"https://www.polizei.bremerhaven.de/online-wache.html"}, Kind: Official},
	{ID: "at-police", Country: "AT", Addresses: []string{bkAT},
		Sources: []string{bkAT, "https://www.onlinesicherheit.gv.at"}, Kind: Official},
	{ID: "be-contact-point", Country: "BE", Addresses: []string{contactBE}, Sources: []string{contactBE}, Kind: Official},
	{ID: "sg-scamshield", Country: "SG", Addresses: []string{"https://www.scamshield.gov.sg",
		"https://eservices1.police.gov.sg/phub/eservices/landingpage/police-report"}, Phone: "1799", PhoneNote: true,
		Sources: []string{"https://scamshield.gov.sg/scamshield-helpline"}, Kind: Official},
	// Table R2 also gives Netsafe's 0508 638 723, which "Talk to someone
	// now" shows for New Zealand (table H).
	{ID: "nz-police-cert", Country: "NZ", Addresses: []string{"https://www.ownyouronline.govt.nz/personal/get-help-now"}, Phone: "105", PhoneNote: true,
		Sources: []string{"https://www.dia.govt.nz/Spam-How-to-Report-Scams"}, Kind: Official},
	{ID: "my-nsrc", Country: "MY", Phone: "997",
		Sources: []string{"https://www.malaymail.com", "https://www.sinardaily.my/ampArticle/729133"}, Kind: Press},
	{ID: "pk-nccia", Country: "PK", Addresses: []string{"https://www.nccia.gov.pk"}, Phone: "1799",
		Sources: []string{"https://www.arabnews.pk/node/2603229"}, Kind: Press},
	{ID: "br-delegacia", Country: "BR", Addresses: []string{"https://delegaciavirtual.sinesp.gov.br"},
		Sources: []string{"https://valorinveste.globo.com", "https://www.serasa.com.br"}, Kind: Press},
	{ID: "it-polizia-postale", Country: "IT", Addresses: []string{dipsIT}, Sources: []string{dipsIT}, Kind: Press},
}

// Elsewhere is the country saved when a person chooses "another country"
// (OtherCountryKey) on the report screen: XX, a code ISO 3166 leaves to
// users and gives no country, so Bodies has none for it and the person is
// told to go to their local police. (Saved as "", the country would follow
// the system's region again.)
const Elsewhere = "XX"

// AllBodies lists every body of tables R and R2, in their order.
func AllBodies() []Body { return bodies }

// Countries lists the countries of table R, in its order, as ISO 3166
// codes. A screen's list may add "another country" (OtherCountryKey), which
// gives your local police.
func Countries() []string {
	var out []string
	for _, b := range bodies {
		if !slices.Contains(out, b.Country) {
			out = append(out, b.Country)
		}
	}
	return out
}

// Bodies returns where to report in a country (an ISO 3166 code, any
// case). ok is false for a country table R does not list: then say "your
// local police" (LocalPoliceKey), with no address.
func Bodies(country string) (out []Body, ok bool) {
	country = strings.ToUpper(country)
	for _, b := range bodies {
		if b.Country == country {
			out = append(out, b)
		}
	}
	return out, len(out) > 0
}

// CountryFromLocale returns the country of a locale, a POSIX name or a BCP
// 47 tag: en_GB.UTF-8 → GB, hi_IN → IN, pt-BR → BR, de_CH → CH. It gives ""
// when the locale names no country ("C", "", "en", "es-419").
func CountryFromLocale(locale string) string {
	s := strings.TrimSpace(locale)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" || strings.EqualFold(s, "C") || strings.EqualFold(s, "POSIX") {
		return ""
	}
	t, err := language.Parse(s)
	if err != nil {
		return ""
	}
	r, conf := t.Region()
	if conf != language.Exact || !r.IsCountry() {
		return ""
	}
	return r.String()
}

// SystemCountry is the country of the first system locale that names one
// (in the order lang.SystemLocales gives them), or "".
func SystemCountry(system []string) string {
	for _, l := range system {
		if c := CountryFromLocale(l); c != "" {
			return c
		}
	}
	return ""
}
