package checklist

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Every message is used by a checklist, has words and sources, and each
// checklist shows the messages the sources call for.
func TestMessagesAreShownWhereTheyMatter(t *testing.T) {
	en := english(t)
	used := map[MessageKind]bool{}
	for _, sc := range Scenarios() {
		for _, k := range sc.Messages {
			if _, ok := MessageByKind(k); !ok {
				t.Errorf("%s shows the unknown message %q", sc.ID, k)
			}
			used[k] = true
		}
	}
	for _, m := range Messages() {
		if !used[m.Kind] {
			t.Errorf("message %s is shown nowhere", m.Kind)
		}
		if !kebab.MatchString(string(m.Kind)) || en.T(m.Kind.TitleKey()) == "" || en.T(m.Kind.TextKey()) == "" {
			t.Errorf("message %s: bad kind or no English", m.Kind)
		}
		if len(m.Sources) == 0 {
			t.Errorf("message %s has no source", m.Kind)
		}
		for _, id := range m.Sources {
			if _, ok := SourceByID(id); !ok {
				t.Errorf("message %s: unknown source %s", m.Kind, id)
			}
		}
	}
	// The reply first where someone wrote asking for a code; asking
	// someone you trust for help last, on every path.
	want := map[ScenarioID][]MessageKind{
		Unrequested:  {MessageWarnFamily, MessageAskForHelp},
		Asked:        {MessageReply, MessageFriendTaken, MessageWarnFamily, MessageAskForHelp},
		ActNow:       {MessageWarnFamily, MessageAskForHelp},
		GhostPairing: {MessageAccountTaken, MessageWarnFamily, MessageAskForHelp},
		Recover:      {MessageAccountTaken, MessageAskForHelp},
		LostPhone:    {MessageAccountTaken, MessageAskForHelp},
		FriendTaken:  {MessageReply, MessageFriendTaken, MessageWarnFamily, MessageAskForHelp},
	}
	for id, kinds := range want {
		sc, _ := ScenarioByID(id)
		if !slices.Equal(sc.Messages, kinds) {
			t.Errorf("%s shows %v, want %v", id, sc.Messages, kinds)
		}
	}
	if !slices.Equal(MessageKinds(), []string{"warn-family", "account-taken", "friend-taken", "reply", "ask-for-help"}) {
		t.Errorf("kinds = %v", MessageKinds())
	}
	for _, key := range []string{MessageCopyKey, MessageCopiedKey, MessagesKey} {
		if en.T(key) == "" {
			t.Errorf("no English for %s", key)
		}
	}
}

// An address in a message would be a link to tap in a chat: exactly what
// the person is told to distrust.
var webAddress = regexp.MustCompile(`(?i)https?:|www\.|://|\.(com|org|net|gov|uk|in|br|es|de|fr|nl|id|ru|tr|it)\b|@`)

// The messages are short enough to send, in every language: at most 40
// words in English, at most 1.6 times the English length in the others;
// never empty, never left in English, never with an address.
func TestMessagesInEveryLanguage(t *testing.T) {
	cat := catalog(t)
	en := cat.Localizer("en")
	for _, m := range Messages() {
		text := en.T(m.Kind.TextKey())
		if n := len(strings.Fields(text)); n > MaxMessageWords || m.Kind == MessageReply && n > MaxReplyWords {
			t.Errorf("message %s has %d words in English, at most %d (the reply %d)", m.Kind, n, MaxMessageWords, MaxReplyWords)
		}
		if webAddress.MatchString(text) {
			t.Errorf("message %s names a web address: %q", m.Kind, text)
		}
	}
	for _, tag := range cat.Tags() {
		if tag == "en" {
			continue
		}
		loc := cat.Localizer(tag)
		for _, m := range Messages() {
			for _, key := range []string{m.Kind.TitleKey(), m.Kind.TextKey()} {
				english, got := en.T(key), loc.T(key)
				switch {
				case strings.TrimSpace(got) == "":
					t.Errorf("%s: %s is empty", tag, key)
				case got == english:
					t.Errorf("%s: %s is still in English", tag, key)
				case webAddress.MatchString(got):
					t.Errorf("%s: %s names a web address: %q", tag, key, got)
				}
				if key == m.Kind.TextKey() && float64(utf8.RuneCountInString(got)) > 1.6*float64(utf8.RuneCountInString(english)) {
					t.Errorf("%s: %s has %d characters, more than 1.6 times the English %d",
						tag, key, utf8.RuneCountInString(got), utf8.RuneCountInString(english))
				}
			}
		}
	}
}
