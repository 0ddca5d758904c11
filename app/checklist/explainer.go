package checklist

// Paragraph is one paragraph of the explainer ("What does this mean?"): its
// words under Key, and the half of the two-part rule it states, if either.
type Paragraph struct {
	Key  string
	Rule Rule
}

// ExplainerDetail is the explainer's detail, in order (what-it-means.txt in
// plain words, with SOURCES.md of 2026-12-06): a mistake; the trick; the
// takeover; past messages; the pairing code the other way round; the
// screen-sharing call; both halves of the rule; fake "WhatsApp Support".
var ExplainerDetail = []Paragraph{
	{Key: "explain.mistake"},
	{Key: "explain.trick"},
	{Key: "explain.takeover"},
	{Key: "explain.messages"},
	{Key: "explain.ghost"},
	{Key: "explain.screen_share"},
	{Key: "explain.rule", Rule: RuleGiveOut},
	{Key: "explain.rule_into_whatsapp", Rule: RuleIntoWhatsApp},
	{Key: "explain.fake_support"},
}

// ExplainerSources are the sources of the explainer screen, for References.
var ExplainerSources = []SourceID{"W6", "W7", "W16", "A1", "W2", "W5", "A7", "W11", "W17", "A11", "W1", "W3", "A3", "A12"}
