package screens

import (
	"testing"

	"codesafety/app/checklist"
	"codesafety/app/report"
)

// Her first case, as she lives it, in English, Hindi and Arabic: a relative
// wrote "I sent you a code by mistake, can you send it back?", and she sent
// nothing. She is told she is safe, and that she need not reply; the first
// steps are about the one who wrote (call them, send them the way back,
// report and block, which can be undone); there is a reply to copy, and a
// message to ask someone for help. Once every step to do is ticked, she
// is told she can close the app, and home says "Done".
func TestAskedAndSentNothing(t *testing.T) {
	for _, tag := range []string{"en", "hi", "ar"} {
		h := start(t, tag)
		h.reach(t, checklist.Asked, map[string]string{checklist.QuestionSentCode: checklist.AnswerNo}, checklist.PhoneAndroid)
		sc, _ := checklist.ScenarioByID(checklist.Asked)
		find(t, h, roleText, h.t(tag, checklist.StandingSafe.TitleKey()))
		find(t, h, roleText, h.t(tag, checklist.Asked.IntroKey()))
		find(t, h, roleText, h.t(tag, "dont.no-reply"))
		find(t, h, roleText, h.t(tag, sc.HeadingKey(checklist.PhaseNow)))
		now := sc.StepsIn(checklist.PhaseNow)
		if now[0].ID != "call-them" {
			t.Fatalf("%s: the first step is %s, not calling them", tag, now[0].ID)
		}
		for _, st := range now {
			find(t, h, roleButton, h.stepLabelIn(tag, st.ID, false))
		}
		// report and block says the number can be unblocked: it is in its how, shown open
		block := stepOf(t, checklist.Asked, "report-and-block")
		find(t, h, roleText, h.how(tag, block, checklist.PhoneAndroid))
		for _, k := range []checklist.MessageKind{checklist.MessageReply, checklist.MessageFriendTaken, checklist.MessageAskForHelp} {
			find(t, h, roleText, h.t(tag, k.TextKey()))
			find(t, h, roleButton, h.copyLabel(tag, k))
		}
		for _, st := range sc.ToDo() {
			h.tickIn(t, tag, st.ID)
		}
		find(t, h, roleText, h.t(tag, checklist.StandingAllDone.TitleKey()))
		if sees(h, h.t(tag, report.TalkHeadingKey)) {
			t.Errorf("%s: safe, yet sent to someone to talk to as after a takeover", tag)
		}
		tap(t, h, h.t(tag, "a11y.back"))
		brk := h.t(tag, "a11y.sentence_break")
		tile := h.t(tag, sc.ID.TitleKey()) + brk + h.t(tag, sc.ID.SubtitleKey()) + brk + h.t(tag, checklist.StandingAllDone.HomeKey())
		find(t, h, roleButton, tile)
	}
}

// Her second case: she sent the code, and is not sure whether WhatsApp
// still opens her chats. The checklist she gets needs a WhatsApp that
// works, so its top shows the way to take instead if WhatsApp asks for her
// number again; that way leads to getting the account back, where "It
// didn't work?" says what to do when the code does not come. Each ending:
// acting now, then safe for now.
func TestAskedSentItNotSure(t *testing.T) {
	for _, tag := range []string{"en", "hi", "ar"} {
		h := start(t, tag)
		h.reach(t, checklist.Asked, map[string]string{checklist.QuestionSentCode: checklist.AnswerYes,
			checklist.QuestionCanUse: checklist.AnswerNotSure}, checklist.PhoneAndroid)
		if k, id := h.open(); k != checklistRoute || id != checklist.ActNow {
			t.Fatalf("%s: not sure led to %v %s", tag, k, id)
		}
		act, _ := checklist.ScenarioByID(checklist.ActNow)
		// Right now starts with the one who asked: the first step shown
		// is her situation's lead, before locking her own account.
		asked, _ := checklist.ScenarioByID(checklist.Asked)
		steps := map[string]bool{h.stepLabelIn(tag, asked.Lead.ID, false): true}
		for _, st := range act.Steps {
			steps[h.stepLabelIn(tag, st.ID, false)] = true
		}
		var first string
		for _, o := range shown(h) {
			if first == "" && steps[label(o)] {
				first = label(o)
			}
		}
		if want := h.stepLabelIn(tag, asked.Lead.ID, false); first != want {
			t.Errorf("%s: Right now starts with %q, not with the one who asked (%q)", tag, first, want)
		}
		if sees(h, h.t(tag, checklist.StandingSafe.TitleKey())) || sees(h, h.t(tag, checklist.StandingDoneForNow.TitleKey())) {
			t.Errorf("%s: acting now, yet told safe", tag)
		}
		// her code went out: the checklist ends with someone to talk to
		for _, k := range []string{report.TalkHeadingKey, report.NoCodeKey, report.AnyoneKey} {
			find(t, h, roleText, h.t(tag, k))
		}
		way := h.t(tag, checklist.WayOutKey) + h.t(tag, "a11y.sentence_break") + h.t(tag, act.WayOut.TitleKey())
		tap(t, h, way)
		if k, id := h.open(); k != checklistRoute || id != checklist.Recover {
			t.Fatalf("%s: the way out opened %v %s", tag, k, id)
		}
		rec, _ := checklist.ScenarioByID(checklist.Recover) // opened by its way out, not from her situation
		trouble := h.tr(tag, "a11y.more", map[string]any{"Title": h.t(tag, checklist.TroubleKey)})
		if sees(h, h.t(tag, checklist.TroubleSignIn)) {
			t.Errorf("%s: what to do when it does not work is shown before it is asked for", tag)
		}
		tap(t, h, trouble)
		find(t, h, roleText, h.t(tag, checklist.TroubleSignIn))
		for _, st := range rec.StepsIn(checklist.PhaseNow) {
			h.tickIn(t, tag, st.ID)
		}
		find(t, h, roleText, h.t(tag, checklist.StandingDoneForNow.TitleKey()))
	}
}
