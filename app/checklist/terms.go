package checklist

// TermID names a technical word that has to stay in the text. The UI shows
// it as a tappable word under each step that uses it, opening one or two
// plain sentences; the explainer ends with all of them (the glossary).
type TermID string

// The terms.
const (
	TermTwoStep          TermID = "two-step-verification"
	TermRegistrationCode TermID = "registration-code"
	TermPairingCode      TermID = "pairing-code"
	TermLinkedDevice     TermID = "linked-device"
	TermQRCode           TermID = "qr-code"
	TermRegistering      TermID = "registering"
	TermSIMSwap          TermID = "sim-swap"
	TermSIMPIN           TermID = "sim-pin"
	TermAccountPIN       TermID = "account-pin"
	TermVoicemailPIN     TermID = "voicemail-pin"
	TermMobileCompany    TermID = "mobile-operator"
	TermAccountEmail     TermID = "account-email"
	TermPasskey          TermID = "passkey"
	TermPrivacyCheckup   TermID = "privacy-checkup"
)

// Term is a glossary entry: its words under NameKey and ExplainKey, and
// where its facts come from.
type Term struct {
	ID      TermID
	Sources []SourceID
}

// NameKey is the message ID of the term as it appears in the text.
func (t TermID) NameKey() string { return "term." + string(t) + ".name" }

// ExplainKey is the message ID of its plain explanation.
func (t TermID) ExplainKey() string { return "term." + string(t) + ".explain" }

var terms = []Term{
	{TermRegistrationCode, []SourceID{"W7", "W3", "W8", "W16"}},
	{TermPairingCode, []SourceID{"A7", "W11"}},
	{TermTwoStep, []SourceID{"W7", "W9"}},
	{TermLinkedDevice, []SourceID{"W11", "A7"}},
	{TermQRCode, []SourceID{"W11", "A7"}},
	{TermRegistering, []SourceID{"W8", "W3"}},
	{TermSIMSwap, []SourceID{"A5a", "A5b"}},
	{TermSIMPIN, []SourceID{"A5a", "A5b"}},
	{TermAccountPIN, []SourceID{"A5b"}},
	{TermVoicemailPIN, []SourceID{"A4"}},
	{TermMobileCompany, []SourceID{"W14", "A5b"}},
	{TermAccountEmail, []SourceID{"W16", "W10"}},
	{TermPasskey, []SourceID{"W13"}},
	{TermPrivacyCheckup, []SourceID{"W13"}},
}

// Terms lists the glossary, in the order the explainer shows it.
func Terms() []Term { return terms }

// TermByID returns the term with that ID.
func TermByID(id TermID) (Term, bool) {
	for _, t := range terms {
		if t.ID == id {
			return t, true
		}
	}
	return Term{}, false
}
