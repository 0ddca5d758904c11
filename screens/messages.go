package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"codesafety/app/checklist"
	"codesafety/screens/widgets"
)

// messagesPart is the end of a checklist: under the heading "Messages to
// send", a box for each of its messages with the message's title, its
// exact words and one Copy button, which puts those words, and nothing
// else, on the clipboard, to paste into a chat or an SMS.
func messagesPart(e env, p *page, kinds []checklist.MessageKind) []fyne.CanvasObject {
	if len(kinds) == 0 {
		return nil
	}
	t := e.loc.T
	objs := []fyne.CanvasObject{widgets.SubHeading(t(checklist.MessagesKey))}
	var copied []*widgets.Para // "Copied": shown under the message copied last only
	for _, k := range kinds {
		title, words := t(k.TitleKey()), t(k.TextKey())
		done := widgets.Text(t(checklist.MessageCopiedKey))
		done.Hide()
		copied = append(copied, done)
		btn := widgets.NewButton(t(checklist.MessageCopyKey), theme.ContentCopyIcon(),
			e.loc.Tf("a11y.copy_message", map[string]any{"Title": title}), func() {
				e.clip.SetContent(words)
				for _, c := range copied {
					show(c, c == done)
				}
			})
		btn.Importance = widget.HighImportance // the one thing to do with it
		p.control("message:"+string(k), btn)
		objs = append(objs, widgets.OnColor(theme.ColorNameInputBackground,
			container.NewVBox(widgets.BoldText(title), widgets.Text(words), widgets.Start(btn), done)))
	}
	return objs
}
