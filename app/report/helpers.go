package report

import "strings"

// Helper is a free service where a person answers and helps someone work
// out what to do (table H of SOURCES.md): a phone number only as the table
// gives it, its hours where the table gives them. None of them takes a
// code or a PIN, and the screen says so (NoCodeKey).
type Helper struct {
	ID        string
	Country   string   // ISO 3166 code
	Phone     string   // "" for a web chat
	WhatsApp  string   // a WhatsApp number of the service, if the table gives one
	Addresses []string // to show as links: a web chat
	Hours     bool     // the table gives its hours (HoursKey)
	Sources   []string
	Press     bool // some of what is shown was read only in the press (hours, a number)
}

// NameKey is the message ID of the service's name (a proper name).
func (h Helper) NameKey() string { return "talk.helper." + h.ID + ".name" }

// DoesKey is the message ID of what the service does.
func (h Helper) DoesKey() string { return "talk.helper." + h.ID + ".does" }

// HoursKey is the message ID of its hours, when Hours.
func (h Helper) HoursKey() string { return "talk.helper." + h.ID + ".hours" }

// Keys of "Talk to someone now".
const (
	TalkHeadingKey = "talk.heading"   // "Talk to someone now"
	NoCodeKey      = "talk.no_code"   // "No real helper asks for your code or your PIN."
	TrustedKey     = "talk.trusted"   // elsewhere: talk to someone you trust
	HoursLineKey   = "talk.hours"     // "Open: {{.Hours}}"
	WhatsAppKey    = "talk.whatsapp"  // "WhatsApp: {{.Phone}}"
	AnyoneKey      = "talk.anyone"    // it can happen to anyone (A13)
	FollowUpKey    = "talk.follow_up" // follow-up "recovery" scams (A13)
)

const (
	incibeFAQ   = "https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq"
	scamwatchAU = "https://www.scamwatch.gov.au/stay-protected/what-to-do-if-youve-been-scammed"
	helpline    = "https://www.thecyberhelpline.com/gethelp"
)

// helpers is table H, in its order.
var helpers = []Helper{
	// 017, its WhatsApp number and its hours: the number from INCIBE's
	// page, the WhatsApp number and hours from the press.
	{ID: "es-017", Country: "ES", Phone: "017", WhatsApp: "900 116 117", Hours: true, Press: true,
		Sources: []string{incibeFAQ, "https://www.diariosur.es/sociedad/dudas-sobre-fraudes-seguridad-acoso-internet-017-20251120153046-nt.html"}},
	{ID: "sg-scamshield", Country: "SG", Phone: "1799", Hours: true,
		Sources: []string{"https://scamshield.gov.sg/scamshield-helpline"}},
	{ID: "au-idcare", Country: "AU", Phone: "1800 595 160", Sources: []string{scamwatchAU}},
	{ID: "us-aarp", Country: "US", Phone: "877-908-3360", Hours: true,
		Sources: []string{"https://www.aarp.org/money/scams-fraud/info-2024/fraud-watch-network-helpline-volunteers.html"}},
	{ID: "gb-cyber-helpline", Country: "GB", Addresses: []string{helpline}, Sources: []string{helpline}},
	{ID: "nz-netsafe", Country: "NZ", Phone: "0508 638 723", Sources: []string{"https://www.dia.govt.nz/Spam-How-to-Report-Scams"}},
	// India's 1930 is table R's helpline (its source is table R's).
	{ID: "in-1930", Country: "IN", Phone: "1930", Sources: []string{"https://pib.gov.in/PressReleasePage.aspx?PRID=2110801"}},
}

// AllHelpers lists every service of table H, in its order.
func AllHelpers() []Helper { return helpers }

// Helpers returns the services of table H in a country (any case); none
// elsewhere: then "talk to someone you trust" (TrustedKey).
func Helpers(country string) []Helper {
	country = strings.ToUpper(country)
	var out []Helper
	for _, h := range helpers {
		if h.Country == country {
			out = append(out, h)
		}
	}
	return out
}

// Dialable is a phone number as a tel: address takes it, from the way
// tables R and H write it: its digits, and a leading +.
func Dialable(phone string) string {
	var b strings.Builder
	for i, r := range phone {
		if r >= '0' && r <= '9' || r == '+' && i == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}
