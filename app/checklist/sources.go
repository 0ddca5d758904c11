package checklist

import "strings"

// SourceID is the ID of a fact in SOURCES.md, the project's fact base
// (W1…W17 from WhatsApp and reports of WhatsApp's own warnings, A1…A13
// from authorities and secondary reports; A2 and A5 are retired).
type SourceID string

// SourcesChecked is the date the facts behind every step were last checked
// (DayLayout).
const SourcesChecked = "2026-12-06"

// Source is where a step's advice comes from. Its name is localized under
// NameKey and says what a secondary source is ("as reported by the press").
type Source struct {
	ID        SourceID
	URLs      []string
	Secondary bool // a national authority's warning as reported by the press, or a reprint
}

// NameKey is the message ID of the source's human-readable name.
func (s Source) NameKey() string { return "source." + string(s.ID) }

const (
	faqAccountSecurity = "https://faq.whatsapp.com/1131652977717250"
	faqTwoStepForgot   = "https://faq.whatsapp.com/2183055648554771"
	faqRegistration    = "https://faq.whatsapp.com/506595211487528"
	faqPrivacyCheckup  = "https://faq.whatsapp.com/143990998547188"
	ukPoliceReprint    = "https://www.wired-gov.net/wg/news.nsf/articles/friend+in+need+scams+costs+whatsapp+users+1.5+million+19072022102000?open"
	ftcCodeScam        = "https://consumer.ftc.gov/consumer-alerts/2021/10/google-voice-scam-how-verification-code-scam-works-and-how-avoid-it"
	ftcReportFraud     = "https://reportfraud.ftc.gov"
	ojkAntiScam        = "https://iasc.ojk.go.id/Guest"
)

var sources = []Source{
	{ID: "W1", URLs: []string{faqAccountSecurity}},
	{ID: "W2", URLs: []string{faqAccountSecurity}},
	{ID: "W3", URLs: []string{faqAccountSecurity}},
	{ID: "W4", URLs: []string{faqAccountSecurity, faqTwoStepForgot}},
	{ID: "W5", URLs: []string{faqAccountSecurity}},
	{ID: "W6", URLs: []string{"https://faq.whatsapp.com/619670298808780", faqAccountSecurity}},
	{ID: "W7", URLs: []string{faqRegistration}},
	{ID: "W8", URLs: []string{faqRegistration}},
	{ID: "W9", URLs: []string{"https://faq.whatsapp.com/1920866721452534", faqPrivacyCheckup}},
	{ID: "W10", URLs: []string{faqTwoStepForgot}},
	{ID: "W11", URLs: []string{"https://faq.whatsapp.com/378279804439436"}},
	{ID: "W12", URLs: []string{"https://faq.whatsapp.com/1142481766359885", "https://faq.whatsapp.com/414631957536067"}},
	{ID: "W13", URLs: []string{faqPrivacyCheckup}},
	{ID: "W14", URLs: []string{"https://faq.whatsapp.com/1007324800132703/?locale=hi_IN"}},
	{ID: "W15", URLs: []string{"https://www.friendsagainstscams.org.uk/stopthinkcall",
		"https://about.fb.com/news/2024/07/whatsapp-teams-up-with-national-trading-standards/amp"}},
	{ID: "W16", URLs: []string{"https://faq.whatsapp.com/1082491466048496"}},
	{ID: "W17", Secondary: true, URLs: []string{"https://www.geo.tv/latest/655367-whatsapp-now-warns-you-when-someones-trying-to-hijack-your-account",
		"https://www.qoo10.co.id/en/tech/123726/whatsapp-adds-linked-device-warnings-account-takeover-tries-get-harder/",
		"https://www.findarticles.com/whatsapp-and-messenger-include-scam-warnings-for-seniors"}},
	{ID: "A1", URLs: []string{"https://www.kyberturvallisuuskeskus.fi/en/news/whatsapp-accounts-verification-codes-are-being-phished-finland",
		ukPoliceReprint}},
	{ID: "A3", URLs: []string{ftcCodeScam, ftcReportFraud}},
	{ID: "A4", URLs: []string{"https://www.ncsc.admin.ch/ncsc/en/home/aktuell/im-fokus/2023/wochenrueckblick_32.html",
		"https://www.ncsc.admin.ch/ncsc/en/home/aktuell/im-fokus/wochenrueckblick_30.html"}},
	{ID: "A5a", Secondary: true, URLs: []string{"https://aebanca.es/en/?p=35293"}},
	{ID: "A5b", URLs: []string{"https://fcc.gov/port-out-fraud-targets-your-private-accounts",
		"https://www.consumer.ftc.gov/blog/2019/10/sim-swap-scams-how-protect-yourself"}},
	{ID: "A6", URLs: []string{"https://www.cyber.gov.au/acsc/report/recover-and-get-help", ojkAntiScam}},
	{ID: "A7", Secondary: true, URLs: []string{"https://presse.online/2026/01/18/bsi-warnt-vor-whatsapp-ghost-pairing",
		"https://www.surinenglish.com/lifestyle/ghost-pairing-how-hackers-gain-control-your-20260130174430-nt.html",
		"https://vietnamnews24.com/whatsapp-users-beware-ghostpairing-scam-steals-account-access/"}},
	{ID: "A8", Secondary: true, URLs: []string{"https://www.straitstimes.com/singapore/beware-of-conmen-asking-you-to-vote-for-a-friends-child-in-a-dance-competition-on-whatsapp",
		"https://www.surinenglish.com/spain/vote-for-police-warn-new-scam-take-20251113071627-nt.html"}},
	{ID: "A9", Secondary: true, URLs: []string{ukPoliceReprint}},
	{ID: "A10", URLs: []string{"https://www.presseportal.de/blaulicht/pm/12415/4782710"}},
	{ID: "A11", Secondary: true, URLs: []string{"https://www.huffingtonpost.es/sociedad/la-guardia-civil-alerta-estafa-empieza-videollamada-te-robar-cuenta.html"}},
	// A12 is W1 and A3 applied (fake "WhatsApp Support"): their addresses.
	{ID: "A12", URLs: []string{faqAccountSecurity, ftcCodeScam}},
	{ID: "A13", URLs: []string{"https://www.scamwatch.gov.au/stay-protected/what-to-do-if-youve-been-scammed"}},
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

// pageNames names the pages that a source cites but that its own label
// does not name: the label of the page itself, so that each address is
// listed under a name that is that page's, and no name stands for a page
// that is not linked (W4 cites the account security page and the
// forgotten-PIN page: each goes under its own name, and once the first is
// listed above, the second alone). Any other address is cited by one source
// and goes under that source's label.
var pageNames = map[string]string{
	faqAccountSecurity: "source.W1",
	faqTwoStepForgot:   "source.W10",
	faqRegistration:    "source.W7",
	faqPrivacyCheckup:  "source.W13",
	ukPoliceReprint:    "source.A9",
	ftcCodeScam:        "source.A3",
	ftcReportFraud:     "source.reportfraud",
	ojkAntiScam:        "source.ojk",
}

// page returns the message ID of an address's name, as src cites it, and
// whether the page is a secondary source (a press report or a reprint).
func page(src Source, url string) (name string, secondary bool) {
	name, ok := pageNames[url]
	if !ok {
		return src.NameKey(), src.Secondary
	}
	// a page another source is about is as secondary as that source; a
	// page with a name of its own (ReportFraud, OJK) is official
	named, _ := SourceByID(SourceID(strings.TrimPrefix(name, "source.")))
	return name, named.Secondary
}

// Reference is one name as listed on a screen, with the addresses it
// stands for there, and whether they are secondary sources.
type Reference struct {
	Name      string // message ID
	URLs      []string
	Secondary bool
}

// Anchor is the reference's ID on a web page ("source-W1").
func (r Reference) Anchor() string { return strings.Replace(r.Name, ".", "-", 1) }

// References lists the sources of a screen (a step's "Where this advice
// comes from", the explainer, a whole checklist) so that no address appears
// twice: in the order given, each address not yet listed under its page's
// name, each name once; an address already listed, a source listed already
// and a source not known are left out.
func References(ids ...SourceID) []Reference {
	seenURL, seenID := map[string]bool{}, map[SourceID]bool{}
	at := map[string]int{} // name -> its index in out
	var out []Reference
	for _, id := range ids {
		src, ok := SourceByID(id)
		if !ok || seenID[id] {
			continue
		}
		seenID[id] = true
		for _, u := range src.URLs {
			if seenURL[u] {
				continue
			}
			seenURL[u] = true
			name, secondary := page(src, u)
			if i, ok := at[name]; ok {
				out[i].URLs = append(out[i].URLs, u)
				continue
			}
			at[name] = len(out)
			out = append(out, Reference{Name: name, URLs: []string{u}, Secondary: secondary})
		}
	}
	return out
}

// StepSources lists the sources of some steps, in order, for References.
func StepSources(steps []Step) []SourceID {
	var ids []SourceID
	for _, st := range steps {
		ids = append(ids, st.Sources...)
	}
	return ids
}
