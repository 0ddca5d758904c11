package checklist

// MessageKind names a short message a person can copy and send as it is:
// to warn family and friends, to say their own account was taken, or to
// help a friend whose account was taken. Its words are in translations
// under TitleKey and TextKey; the copied text is TextKey's only (no ticks,
// no addresses).
type MessageKind string

// The messages.
const (
	MessageWarnFamily   MessageKind = "warn-family"
	MessageAccountTaken MessageKind = "account-taken"
	MessageFriendTaken  MessageKind = "friend-taken"
	MessageReply        MessageKind = "reply"
	MessageAskForHelp   MessageKind = "ask-for-help"
)

// MaxReplyWords is the most words the reply may have in English: read in
// a glance by the person who wrote, and sent in a minute.
const MaxReplyWords = 20

// MaxMessageWords is the most words a message may have in English: short
// enough to send in one chat message or SMS.
const MaxMessageWords = 40

// Message is one message to copy, with the facts behind its words.
type Message struct {
	Kind    MessageKind
	Sources []SourceID
}

// TitleKey is the message ID of the message's heading ("Warn my family and
// friends").
func (k MessageKind) TitleKey() string { return "message." + string(k) + ".title" }

// TextKey is the message ID of the words to copy.
func (k MessageKind) TextKey() string { return "message." + string(k) + ".text" }

// Keys for the box that shows a message.
const (
	MessageCopyKey   = "message.copy"   // the one button: "Copy"
	MessageCopiedKey = "message.copied" // said once it is on the clipboard
	MessagesKey      = "message.heading"
)

var messages = []Message{
	// Someone may write from a friend's account asking for a code or money
	// (A1); never share the code (W1); call them first (W15).
	{Kind: MessageWarnFamily, Sources: []SourceID{"W1", "W15", "A1"}},
	// Tell family and friends someone else may be using your account (W2);
	// after ghost pairing, warn them messages may have been sent in your
	// name (A7).
	{Kind: MessageAccountTaken, Sources: []SourceID{"W2", "A7"}},
	// Sign in again with the SMS code (W3), the 7-day wait for an unknown
	// PIN (W4), warn their contacts (W2).
	{Kind: MessageFriendTaken, Sources: []SourceID{"W3", "W4", "W2"}},
	// A kind refusal to whoever wrote: never share the code (W1); call the
	// person on the number you know (W15).
	{Kind: MessageReply, Sources: []SourceID{"W1", "W15"}},
	// Asking someone you trust for help (A13: reach out to family, friends
	// or a support line).
	{Kind: MessageAskForHelp, Sources: []SourceID{"A13"}},
}

// Messages lists every message, in the order of MessageKinds.
func Messages() []Message { return messages }

// MessageKinds lists the kinds, for the command line and its errors.
func MessageKinds() []string {
	out := make([]string, len(messages))
	for i, m := range messages {
		out[i] = string(m.Kind)
	}
	return out
}

// MessageByKind returns the message of that kind.
func MessageByKind(k MessageKind) (Message, bool) {
	for _, m := range messages {
		if m.Kind == k {
			return m, true
		}
	}
	return Message{}, false
}
