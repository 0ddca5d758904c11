package checklist

// The phone a person's WhatsApp is on, one setting for every checklist
// (saved in state.json). "" means the question has not been asked yet.
const (
	PhoneAndroid = "android"
	PhoneIPhone  = "iphone"
	PhoneNotSure = "not-sure"
)

// Phones lists the phone choices, in the order the question shows them.
func Phones() []string { return []string{PhoneAndroid, PhoneIPhone, PhoneNotSure} }

// QuestionPhone is the ID of "Which phone has your WhatsApp?".
const QuestionPhone = "phone"

// PhoneQuestion is asked once, when a menu path is first needed (and can be
// changed in Settings). Its answers lead nowhere: they pick menu paths.
var PhoneQuestion = &Question{ID: QuestionPhone, Answers: []Answer{
	{ID: PhoneAndroid}, {ID: PhoneIPhone}, {ID: PhoneNotSure},
}}

// MenuID names a menu path in WhatsApp. Its words are in translations
// under AndroidKey and IPhoneKey (only paths from SOURCES.md: W9, W11, W12,
// W13, W16).
type MenuID string

// The menu paths.
const (
	MenuTwoStep        MenuID = "two-step"        // W9
	MenuLinkedDevices  MenuID = "linked-devices"  // W11
	MenuBlockReport    MenuID = "block-report"    // W12
	MenuPrivacyCheckup MenuID = "privacy-checkup" // W13
	MenuEmail          MenuID = "email"           // W16, with W9's way to Settings
)

// Menus lists every menu path.
func Menus() []MenuID {
	return []MenuID{MenuTwoStep, MenuLinkedDevices, MenuBlockReport, MenuPrivacyCheckup, MenuEmail}
}

// AndroidKey is the message ID of the path on Android.
func (m MenuID) AndroidKey() string { return "menu." + string(m) + ".android" }

// IPhoneKey is the message ID of the path on iPhone.
func (m MenuID) IPhoneKey() string { return "menu." + string(m) + ".iphone" }

// MenuBothKey is the message that gives both paths, each labelled, when the
// phone is not known: {{.Android}} and {{.IPhone}}.
const MenuBothKey = "menu.both"

// Translator is what the functions that fill in words need: a
// *lang.Localizer is one.
type Translator interface {
	T(id string) string
	Tf(id string, data map[string]any) string
}

// MenuText is a menu path for the phone: the Android or the iPhone path,
// or, for "not sure" and not yet asked, both, each labelled.
func MenuText(t Translator, m MenuID, phone string) string {
	switch phone {
	case PhoneAndroid:
		return t.T(m.AndroidKey())
	case PhoneIPhone:
		return t.T(m.IPhoneKey())
	}
	return t.Tf(MenuBothKey, map[string]any{"Android": t.T(m.AndroidKey()), "IPhone": t.T(m.IPhoneKey())})
}

// How is the step's "how to do it" text with its menu path for the phone.
func (s Step) How(t Translator, phone string) string {
	if s.Menu == "" {
		return t.T(s.HowKey())
	}
	return t.Tf(s.HowKey(), map[string]any{"Menu": MenuText(t, s.Menu, phone)})
}
