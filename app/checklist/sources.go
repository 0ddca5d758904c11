package checklist

// SourceID is the ID of a fact in ../shared/guidance/SOURCES.md (W1…W12 from
// WhatsApp's Help Center, A1…A6 from authorities and secondary reports).
type SourceID string

// SourcesChecked is the date the facts behind every step were last checked.
const SourcesChecked = "2026-11-26"

// Source is where a step's advice comes from. Its name is localized under
// NameKey; URLs may be empty when the source is a campaign or press report
// with no single address.
type Source struct {
	ID        SourceID
	URLs      []string
	Secondary bool // a national authority or press report, not WhatsApp
}

// NameKey is the message ID of the source's human-readable name.
func (s Source) NameKey() string { return "source." + string(s.ID) }

const (
	faqAccountSecurity = "https://faq.whatsapp.com/1131652977717250"
	faqTwoStepForgot   = "https://faq.whatsapp.com/2183055648554771"
)

var sources = []Source{
	{ID: "W1", URLs: []string{faqAccountSecurity}},
	{ID: "W2", URLs: []string{faqAccountSecurity}},
	{ID: "W3", URLs: []string{faqAccountSecurity}},
	{ID: "W4", URLs: []string{faqAccountSecurity, faqTwoStepForgot}},
	{ID: "W5", URLs: []string{faqAccountSecurity}},
	{ID: "W6", URLs: []string{"https://faq.whatsapp.com/619670298808780", faqAccountSecurity}},
	{ID: "W7", URLs: []string{"https://faq.whatsapp.com/506595211487528"}},
	{ID: "W8", URLs: []string{"https://faq.whatsapp.com/506595211487528"}},
	{ID: "W9", URLs: []string{"https://faq.whatsapp.com/1920866721452534"}},
	{ID: "W10", URLs: []string{faqTwoStepForgot}},
	{ID: "W11", URLs: []string{"https://faq.whatsapp.com/378279804439436"}},
	{ID: "W12", URLs: []string{"https://faq.whatsapp.com/1142481766359885", "https://faq.whatsapp.com/414631957536067"}},
	{ID: "A1", Secondary: true, URLs: []string{"https://www.kyberturvallisuuskeskus.fi/en/news/whatsapp-accounts-verification-codes-are-being-phished-finland"}},
	{ID: "A2", Secondary: true},
	{ID: "A3", URLs: []string{"https://consumer.ftc.gov/consumer-alerts/2021/10/google-voice-scam-how-verification-code-scam-works-and-how-avoid-it"}},
	{ID: "A4", Secondary: true},
	{ID: "A5", Secondary: true},
	{ID: "A6", Secondary: true, URLs: []string{"https://reportfraud.ftc.gov"}},
}

// Sources lists every source, in the order of SOURCES.md.
func Sources() []Source { return sources }

// SourceByID returns the source with that ID.
func SourceByID(id SourceID) (Source, bool) {
	for _, s := range sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}
