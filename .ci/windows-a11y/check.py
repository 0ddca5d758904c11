#!/usr/bin/env python3
"""The checks of make windows-a11y-check, on the trees uia-walk.exe prints.

  check.py screen --lang L --screen S --tree FILE --words WORDS [--before FILE]
                  [--focus SPEC] [--ticked STEP] [--opened STEP] [--only CHECK]
      runs the checks for that screen; prints "windows-a11y-check: ok ..." or
      "... FAIL ..." for each; exits 1 if any failed
  check.py stops --lang L --tree FILE --words WORDS SPEC
      prints "N TOTAL" (or "N TOTAL STEP" for first-more): the target is
      the Nth of the TOTAL items a Tab reaches, in the tree's order
  check.py self-test --words WORDS
      shows each check passing a good tree and failing a bad one

WORDS is what .ci/windows-a11y/words prints; the app's words come from
translations/active.<lang>.toml. A SPEC names an item: none,
key:<translation key> (the first item that can be pressed whose name holds
those words), last-key:<key>, tile:<situation>, card:<step>, more:<step>,
less:<step>, first-more (the first step whose "More" is closed).
"""
import argparse
import json
import os
import re
import sys
import tomllib
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSLATIONS = os.path.join(HERE, "..", "..", "translations")

# What can be pressed, besides anything UIA says is keyboard focusable.
PRESSABLE = {"Button", "CheckBox", "RadioButton", "Hyperlink", "MenuItem", "ListItem", "TabItem",
             "TreeItem", "ComboBox", "Edit", "SplitButton", "Slider", "Spinner", "DataItem",
             "HeaderItem"}
TOL = 4  # pixels: "a few", for tops and edges that should line up
SCRIPT = {  # letters of each language's script
    "en": re.compile(r"[A-Za-z\u00C0-\u024F]"),
    "hi": re.compile(r"[\u0900-\u097F]"),
    "ar": re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"),
}
RTL = {"ar"}
SENTENCE_END = {"en": ".", "hi": "\u0964", "ar": "."}  # the full stop: "." or "।"
ENDS = ".?!\u0964\u061F"

LINE = re.compile(r'^(?P<ind>(?:  )*)(?P<type>\S+) (?P<name>"(?:[^"\\]|\\.)*"|\?) '
                  r'focusable=(?P<focusable>\S+) focus=(?P<focus>\S+) offscreen=(?P<offscreen>\S+) '
                  r'enabled=(?P<enabled>\S+) rect=(?P<rect>\S+)$')


class Item:
    def __init__(self, idx, m, parent):
        self.idx = idx
        self.depth = len(m["ind"]) // 2
        self.type = m["type"]
        self.name = unescape(m["name"][1:-1]) if m["name"] != "?" else ""
        self.focusable, self.focus = m["focusable"], m["focus"]
        self.parent = parent
        r = m["rect"]
        self.rect = tuple(int(v) for v in r.split(",")) if r != "?" else None

    @property
    def pressable(self):
        return self.depth > 0 and (self.type in PRESSABLE or self.focusable == "yes")

    @property
    def stop(self):  # where Tab stops: a control (Fyne says every item is focusable)
        return self.depth > 0 and self.type in PRESSABLE

    def left(self): return self.rect[0]
    def top(self): return self.rect[1]
    def right(self): return self.rect[0] + self.rect[2]
    def bottom(self): return self.rect[1] + self.rect[3]

    def sized(self):
        return self.rect is not None and self.rect[2] > 0 and self.rect[3] > 0

    def __str__(self):
        where = "" if self.rect is None else " at %d,%d" % (self.rect[0], self.rect[1])
        return '#%d %s "%s"%s' % (self.idx, self.type, short(self.name), where)


def short(s, n=70):
    return s if len(s) <= n else s[:n - 1] + "…"


def unescape(s):
    return re.sub(r'\\(x[0-9a-f]{2}|.)',
                  lambda m: {"n": "\n", "t": "\t"}.get(m[1], chr(int(m[1][1:], 16)) if m[1][0] == "x" and len(m[1]) == 3 else m[1]), s)


def parse(text):
    items, stack = [], []
    for line in text.splitlines():
        m = LINE.match(line)
        if not m:
            if line.strip():
                raise ValueError("not a line of uia-walk: %r" % line)
            continue
        depth = len(m["ind"]) // 2
        del stack[depth:]
        it = Item(len(items), m, stack[-1].idx if stack else None)
        items.append(it)
        stack.append(it)
    return items


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


class Words:
    """The app's words in one language, and what WORDS says of the app."""

    def __init__(self, lang, data):
        self.lang = lang
        self.t_ = {}
        for tag in ("en", lang):  # a key missing in lang is shown in English
            with open(os.path.join(TRANSLATIONS, "active.%s.toml" % tag), "rb") as f:
                own = {k: v for k, v in tomllib.load(f).items() if isinstance(v, str)}
            self.t_.update(own)
        # what the language's own translation says, word for word
        self.values = {norm(v) for v in own.values()}
        self.entries = data["entries"]
        self.steps = [s for s in data["asked"][lang]["steps"] if s["phase"] in ("now", "next")]

    def t(self, key, **data):
        s = self.t_[key]
        for k, v in data.items():
            s = s.replace("{{.%s}}" % k, v)
        return s

    def step(self, sid):
        for s in self.steps:
            if s["id"] == sid:
                return s
        raise KeyError("no step %s on the checklist" % sid)

    def text_size_words(self):
        # "Aa Text size": "Aa" is a picture of letters, not words said
        return self.t("nav.text_size").replace(self.t("nav.text_size_short"), "").strip()


# --- finding items -----------------------------------------------------------

def find(items, w, spec):
    """The item spec names, or None; first-more gives (item, step)."""
    kind, _, arg = spec.partition(":")
    presses = [i for i in items if i.pressable]
    if kind == "none":
        return None
    if kind in ("key", "last-key"):
        want = norm(w.t(arg))
        found = [i for i in presses if want in norm(i.name)]
        return (found[0] if kind == "key" else found[-1]) if found else None
    if kind == "tile":
        title = norm(w.t("scenario.%s.title" % arg))
        return next((i for i in presses if norm(i.name).startswith(title)), None)
    if kind == "card":
        title = norm(w.step(arg)["title"])
        return next((i for i in presses if norm(i.name).startswith(title)), None)
    if kind in ("more", "less"):
        want = norm(w.t("a11y." + kind, Title=w.step(arg)["title"]))
        return next((i for i in presses if norm(i.name) == want), None)
    if kind == "first-more":
        for s in w.steps:
            it = find(items, w, "more:" + s["id"])
            if it:
                return it, s["id"]
        return None
    raise ValueError("unknown item: " + spec)


def descendants(items):
    return [i for i in items if i.depth > 0]


# --- the checks ---------------------------------------------------------------
# Each takes the context and returns (passed, what to say).

def check_names(c):
    """Every item that can be pressed has a non-empty name in the window's
    language: a letter of its script, or words its translation gives as
    they are (the app's name, "Code Safety", in every language)."""
    bad = []
    for i in c.items:
        if not i.pressable:
            continue
        if not i.name.strip():
            bad.append("%s has no name" % i)
        elif not SCRIPT[c.lang].search(i.name) and norm(i.name) not in c.w.values:
            bad.append("%s is not in the window's language" % i)
    n = sum(1 for i in c.items if i.pressable)
    return not bad, "; ".join(bad) or "all %d items that can be pressed have a name in the language" % n


def visible_words(c):
    """(what, words, rule) for the controls of the screen: rule "some" means
    some item that can be pressed must hold the words; "each" means each
    item whose name is (per the app's words) one of these controls must."""
    w, out = c.w, []
    bar = [("the text size button", w.text_size_words()), ("Settings", w.t("nav.settings")),
           ("Close", w.t("nav.quick_exit"))]
    if c.screen != "confirm":  # the top bar, under a question, may be out of reach
        out += [(what, [words], "some") for what, words in bar]
    if c.screen == "home":
        for e in w.entries:
            title, line = w.t("scenario.%s.title" % e), w.t("scenario.%s.subtitle" % e)
            out.append(("the tile \"%s\"" % short(title, 40), [title, line], "some"))
        out.append(("\"%s\"" % w.t("home.explain"), [w.t("home.explain")], "some"))
    if c.screen == "question":
        for k in sorted(k for k in w.t_ if k.startswith("question.sent-code.answer.")):
            out.append(("the answer \"%s\"" % short(w.t(k), 40), [w.t(k)], "some"))
    if c.screen.startswith("checklist"):
        for s in w.steps:
            out.append(("the step \"%s\"" % short(s["title"], 40), [s["title"]], "some"))
        for k in ("checklist.change_answer", "checklist.copy", "checklist.print", "checklist.start_over"):
            out.append(("\"%s\"" % w.t(k), [w.t(k)], "some"))
    if c.screen == "confirm":
        for k in ("dialog.cancel", "checklist.start_over"):
            out.append(("\"%s\"" % w.t(k), [w.t(k)], "some"))
    return out


def each_rules(c):
    """Controls found by the name the app gives them, and the words on
    them: a step's More and Less, its "I've done this", a message's Copy."""
    w, rules = c.w, []
    for s in w.steps:
        rules.append((w.t("a11y.more", Title=s["title"]), w.t("step.more"), "More"))
        rules.append((w.t("a11y.less", Title=s["title"]), w.t("step.less"), "Less"))
        rules.append((w.t("a11y.did_it", Title=s["title"]), w.t("step.did_it"), "I've done this"))
    copy = w.t("a11y.copy_message").split("{{.Title}}")
    return rules, copy, w.t("message.copy")


def check_visible(c):
    """Each control's visible words (from the translation) are in its name."""
    bad, n = [], 0
    presses = [i for i in c.items if i.pressable]
    for what, words, _ in visible_words(c):
        n += 1
        if not any(all(norm(x) in norm(i.name) for x in words) for i in presses):
            bad.append("no item that can be pressed has the words of %s (\"%s\") in its name" %
                       (what, short(" / ".join(words), 90)))
    rules, copy, copy_word = each_rules(c)
    for i in presses:
        nm = norm(i.name)
        for name, word, what in rules:
            if nm == norm(name):
                n += 1
                if norm(word) not in nm:
                    bad.append("%s: a \"%s\" shows \"%s\", which its name does not say" % (i, what, word))
        if len(copy) == 2 and nm.startswith(norm(copy[0])) and nm.endswith(norm(copy[1])):
            n += 1
            if norm(copy_word) not in nm:
                bad.append("%s: a Copy button shows \"%s\", which its name does not say" % (i, copy_word))
    return not bad, "; ".join(bad) or "%d controls' names hold their visible words" % n


def check_tiles(c):
    """A tile reads its title, then its line, parted by the language's full
    stop ("." in English and Arabic, "।" in Hindi)."""
    bad = []
    end = SENTENCE_END[c.lang]
    for e in c.w.entries:
        title, line = c.w.t("scenario.%s.title" % e), c.w.t("scenario.%s.subtitle" % e)
        it = find(c.items, c.w, "tile:" + e)
        want = title + (" " if title.rstrip()[-1:] in ENDS else end + " ") + line
        if it is None:
            bad.append("no tile \"%s\"" % short(title, 40))
        elif norm(it.name) != norm(want):
            bad.append("%s: the name is not \"%s\"" % (it, short(want, 90)))
    return not bad, "; ".join(bad) or "%d tiles read title%sline" % (len(c.w.entries), end + " ")


def check_warning_first(c):
    """On home, the warning is read before the situations."""
    warn = norm(c.w.t("warning.never_share"))
    w = next((i for i in c.items if warn in norm(i.name)), None)
    tiles = [t for t in (find(c.items, c.w, "tile:" + e) for e in c.w.entries) if t]
    if w is None:
        return False, "no item says \"%s\"" % c.w.t("warning.never_share")
    if not tiles:
        return False, "no situation tiles"
    first = min(tiles, key=lambda t: t.idx)
    if w.idx > first.idx:
        return False, "the warning %s comes after the situation %s" % (w, first)
    return True, "the warning (#%d) comes before the first situation (#%d)" % (w.idx, first.idx)


def check_order(c):
    """Items come in reading order. Among the children of one item, from
    each to the next: the top never goes up by more than TOL pixels, and on
    one line (tops within TOL) the next starts further along the line (to
    the right, in Arabic to the left). A top may go up only where a new
    part starts: a new column (the item lies wholly beside everything read
    since the part began); a scrolled part (the item starts above the
    window: the screen's content, scrolled, under the top bar); or an
    overlay (the item lies within the window and over an item already
    read, as a question over the screen does). What follows it is then
    checked as a part of its own."""
    bad, layers = [], []
    rtl = c.lang in RTL
    win = c.items[0] if c.items and c.items[0].sized() else None
    by_parent = {}
    for i in c.items:
        if i.parent is not None and i.sized():
            by_parent.setdefault(i.parent, []).append(i)
    for kids in by_parent.values():
        run = kids[:1]
        for a, b in zip(kids, kids[1:]):
            if b.top() < a.top() - TOL:
                if rtl:
                    beside = b.right() <= min(r.left() for r in run) + TOL
                else:
                    beside = b.left() >= max(r.right() for r in run) - TOL
                inside = win is not None and b.left() >= win.left() and b.top() >= win.top() and \
                    b.right() <= win.right() and b.bottom() <= win.bottom()
                over = inside and any(overlap(b, r) for r in kids[:kids.index(b)])
                scrolled = win is not None and b.top() < win.top()
                if beside or scrolled or over:
                    layers.append("%s starts %s" % (b, "a new column" if beside else
                                                     "a scrolled part" if scrolled else "a layer over the screen"))
                    run = [b]
                    continue
                bad.append("%s is read after %s, which is below it" % (b, a))
            elif abs(b.top() - a.top()) <= TOL:
                back = b.right() > a.right() + TOL if rtl else b.left() < a.left() - TOL
                if back:
                    bad.append("%s is read after %s, which comes after it on the line" % (b, a))
            run.append(b)
    if bad:
        return False, "; ".join(bad)
    return True, "in reading order" + (" (%s)" % "; ".join(layers) if layers else "")


def overlap(a, b):
    return min(a.right(), b.right()) > max(a.left(), b.left()) and min(a.bottom(), b.bottom()) > max(a.top(), b.top())


def check_twice(c):
    """Nothing is read twice: no two items one after the other (children of
    one item) where one's name holds the other's whole name (at least 6
    letters or digits), and no two items anywhere with the same name and
    the same rectangle."""
    bad = []
    kids = {}
    for i in c.items:
        if i.parent is not None:
            kids.setdefault(i.parent, []).append(i)
    for ks in kids.values():
        for a, b in zip(ks, ks[1:]):
            na, nb = norm(a.name), norm(b.name)
            shorter = na if len(na) <= len(nb) else nb
            if sum(ch.isalnum() for ch in shorter) >= 6 and (na in nb or nb in na):
                bad.append("%s then %s" % (a, b))
    seen = {}
    for i in c.items:
        if i.name.strip() and i.rect is not None:
            k = (norm(i.name), i.rect)
            if k in seen:
                bad.append("%s and %s: the same name in the same place" % (seen[k], i))
            seen.setdefault(k, i)
    return not bad, ("read twice: " + "; ".join(bad)) if bad else "no item is read twice"


def check_focus(c):
    """The item UIA says has the keyboard focus is the one the keys reached
    (or the app put the focus on), and no other."""
    spec = c.focus or "none"
    want = find(c.items, c.w, spec)
    if spec != "none" and want is None:
        return False, "no item %s to have the focus" % spec
    have = [i for i in descendants(c.items) if i.focus == "yes"]
    if have == ([want] if want else []):
        return True, "the focus is where the keys put it: %s" % (want or "nowhere yet")
    return False, "UIA says the focus is on %s; the keyboard is on %s" % (
        ", ".join(map(str, have)) or "no item", want or "no item")


def step_states(c, items):
    out = {}
    for s in c.w.steps:
        it = find(items, c.w, "card:" + s["id"])
        if it is None:
            out[s["id"]] = (None, "no item")
            continue
        nm = norm(it.name)
        if nm.startswith(norm(c.w.t("a11y.step_done", Title=s["title"]))):
            out[s["id"]] = (it, "done")
        elif nm.startswith(norm(c.w.t("a11y.step_not_done", Title=s["title"]))):
            out[s["id"]] = (it, "not done")
        else:
            out[s["id"]] = (it, "neither")
    return out


def check_steps(c):
    """Each step's card says its title and done or not done; the step
    ticked says done, and said not done before; the others are as before;
    the step opened by its More says Less now."""
    bad = []
    now = step_states(c, c.items)
    before = step_states(c, c.before) if c.before is not None else None
    for sid, (it, st) in now.items():
        title = short(c.w.step(sid)["title"], 40)
        want = "done" if sid == c.ticked else "not done"
        if it is None:
            bad.append("no card for the step \"%s\"" % title)
        elif st == "neither":
            bad.append("%s says neither done nor not done" % it)
        elif st != want:
            bad.append("%s says %s, but is %s" % (it, st, want))
        if before is not None and it is not None:
            bit, bst = before[sid]
            if sid == c.ticked and bit is not None and norm(bit.name) == norm(it.name):
                bad.append("ticking \"%s\" did not change its name (%s)" % (title, it))
            elif sid == c.ticked and bst != "not done":
                bad.append("before the tick, \"%s\" said %s" % (title, bst))
    if c.opened and find(c.items, c.w, "less:" + c.opened) is None:
        bad.append("the step opened (\"%s\") has no \"%s\"" % (
            short(c.w.step(c.opened)["title"], 40), c.w.t("a11y.less", Title=c.w.step(c.opened)["title"])))
    if bad:
        return False, "; ".join(bad)
    said = ", ".join("%s: %s" % (sid, st) for sid, (_, st) in now.items())
    if before is not None and c.ticked:
        said += "; %s said not done before the tick" % c.ticked
    return True, said


def check_confirm(c):
    """While a question is open, its items (title, message, Cancel and its
    action) come first in the window, or are the only ones."""
    w = c.w
    title = next((i for i in c.items if i.depth > 0 and norm(i.name) == norm(w.t("checklist.start_over_title"))), None)
    msg = next((i for i in c.items if i.depth > 0 and norm(w.t("checklist.start_over_message")) in norm(i.name)), None)
    cancel = find(c.items, w, "key:dialog.cancel")
    action = None
    if cancel is not None:
        action = next((i for i in c.items[cancel.idx + 1:] if i.pressable and
                       norm(w.t("checklist.start_over")) in norm(i.name)), None)
    parts = {"title": title, "message": msg, "Cancel": cancel, "action": action}
    missing = [k for k, v in parts.items() if v is None]
    if missing:
        return False, "the question has no %s" % ", ".join(missing)
    all_ = descendants(c.items)
    pos = sorted(all_.index(v) + 1 for v in parts.values())
    if pos == list(range(1, len(pos) + 1)):
        return True, "the question's %d items come %s" % (len(pos), "alone" if len(all_) == len(pos) else "first")
    return False, "the question's items are items %s of %d in reading order: a screen reader reaches them only after %d items of the screen behind it" % (
        ", ".join(map(str, pos)), len(all_), pos[0] - 1)


# What only Fyne can put right: a check of these is printed as "UPSTREAM"
# when it does not hold, with where the fix is written up, and does not
# fail the run (the app cannot change it; the report shows the patch).
UPSTREAM = {
    "focus": "Fyne's provider counts Tab stops over every item and forgets the focus when the tree changes: docs/upstream/fyne-windows-uia.md",
}

CHECKS = {  # name: (function, screens it runs on)
    "names": (check_names, None),
    "visible words": (check_visible, None),
    "reading order": (check_order, None),
    "read twice": (check_twice, None),
    "focus": (check_focus, None),
    "warning first": (check_warning_first, {"home"}),
    "tile names": (check_tiles, {"home"}),
    "steps": (check_steps, {"checklist-start", "checklist"}),
    "question first": (check_confirm, {"confirm"}),
}


class Ctx:
    def __init__(self, lang, screen, items, w, before=None, focus=None, ticked=None, opened=None):
        self.lang, self.screen, self.items, self.w = lang, screen, items, w
        self.before, self.focus, self.ticked, self.opened = before, focus, ticked, opened


def run_screen(c, only=None):
    failed = 0
    for name, (fn, screens) in CHECKS.items():
        if (screens is not None and c.screen not in screens) or (only and name != only):
            continue
        passed, said = fn(c)
        if not passed and name in UPSTREAM:
            print("windows-a11y-check: UPSTREAM %s %s: %s: %s (%s)" % (c.lang, c.screen, name, said, UPSTREAM[name]))
            continue
        failed += not passed
        print("windows-a11y-check: %s %s %s: %s: %s" % ("ok" if passed else "FAIL", c.lang, c.screen, name, said))
    return failed


# --- self-test: each check passes a good tree and fails a bad one ------------------

def tree(*rows):
    """rows: (depth, type, name, focus, (l, t, w, h)); the window first."""
    out = []
    for d, typ, name, focus, r in rows:
        esc = name.replace("\\", "\\\\").replace('"', '\\"')
        out.append('%s%s "%s" focusable=yes focus=%s offscreen=? enabled=yes rect=%s' % (
            "  " * d, typ, esc, focus, ",".join(map(str, r))))
    return parse("\n".join(out))


def self_test(data):
    en, hi = Words("en", data), Words("hi", data)
    W = (0, "Window", "Code Safety", "yes", (0, 0, 800, 600))

    def bar(w, y=4):
        return [(1, "Button", w.t("a11y.text_size", Size=w.t("settings.text.normal")), "no", (400, y, 90, 40)),
                (1, "Button", w.t("a11y.settings"), "no", (500, y, 90, 40)),
                (1, "Button", w.t("a11y.quick_exit"), "no", (600, y, 90, 40))]

    def home(w, warning_first=True, brk=None, focus_tile=None):
        brk = brk or (SENTENCE_END[w.lang] + " ")
        warn = [(1, "Text", w.t("warning.never_share"), "no", (20, 60, 700, 40))]
        tiles = [(1, "Button", w.t("scenario.%s.title" % e) + brk + w.t("scenario.%s.subtitle" % e),
                  "yes" if e == focus_tile else "no", (20, 110 + 90 * n, 700, 80)) for n, e in enumerate(w.entries)]
        explain = [(1, "Button", w.t("home.explain"), "no", (20, 500, 200, 40))]
        body = warn + tiles if warning_first else tiles + [(1, "Text", w.t("warning.never_share"), "no", (20, 60, 700, 40))]
        return tree(W, *bar(w), *body, *explain)

    def checklist(w, done=(), say_done=True, progress_twice=False, more=False):
        rows, y = [], 60
        rows.append((1, "Text", "0 of 5 done", "no", (20, y, 700, 30)))
        if progress_twice:
            rows.append((1, "Text", "Progress: 0 of 5 done", "no", (20, y, 700, 30)))
        for s in w.steps:
            y += 50
            state = "a11y.step_done" if s["id"] in done and say_done else "a11y.step_not_done"
            rows.append((1, "Button", w.t(state, Title=s["title"]), "yes" if s["id"] in done else "no", (20, y, 700, 44)))
            if more:  # named as the app names a step's "More"
                y += 50
                rows.append((1, "Button", w.t("a11y.more", Title=s["title"]), "no", (20, y, 80, 44)))
        for k in ("checklist.change_answer", "checklist.copy", "checklist.print", "checklist.start_over"):
            y += 50
            rows.append((1, "Button", w.t(k), "no", (20, y, 200, 44)))
        return tree(W, *bar(w), *rows)

    def confirm(w, first):
        q = [(1, "Text", w.t("checklist.start_over_title"), "no", (160, 200, 480, 30)),
             (1, "Text", w.t("checklist.start_over_message"), "no", (160, 240, 480, 30)),
             (1, "Button", w.t("dialog.cancel"), "yes", (300, 280, 90, 44)),
             (1, "Button", w.t("checklist.start_over"), "no", (400, 280, 110, 44))]
        screen = [(1, "Text", "Messages to send", "no", (20, 150, 700, 300)),
                  (1, "Button", w.t("checklist.start_over"), "no", (20, 500, 110, 44))]
        return tree(W, *(q + bar(w) + screen if first else bar(w) + screen + q))

    hi_old = Words("hi", data)  # with the name Hindi's "More" had before
    hi_old.t_["a11y.more"] = "और जानकारी: {{.Title}}"
    cases = [  # check, screen, language, good (tree, extra), bad (tree, extra; "w": other words)
        ("names", "home", en, home(en), tree(W, *bar(en), (1, "Button", "", "no", (0, 50, 40, 40)),
                                             (1, "Button", hi.t("a11y.back"), "no", (0, 100, 40, 40)))),
        ("visible words", "home", en, home(en),
         tree(W, (1, "Button", "Change the size", "no", (400, 4, 90, 40)), *bar(en)[1:])),
        # Hindi's "More" (और देखें) was once heard as other words (और जानकारी)
        ("visible words", "checklist", hi, checklist(hi, more=True), (checklist(hi_old, more=True), {"w": hi_old})),
        ("tile names", "home", hi, home(hi), home(hi, brk=". ")),
        ("warning first", "home", en, home(en), home(en, warning_first=False)),
        ("reading order", "home", en, home(en), home(en, warning_first=False)),
        ("reading order", "confirm", en, confirm(en, first=False), tree(W, *reversed(bar(en)))),
        ("reading order", "home", Words("ar", data), tree(W, *reversed(bar(Words("ar", data)))),
         tree(W, *bar(Words("ar", data)))),
        ("read twice", "checklist", en, checklist(en), checklist(en, progress_twice=True)),
        ("focus", "home", en, (home(en, focus_tile="asked"), {"focus": "tile:asked"}),
         (home(en, focus_tile="unrequested"), {"focus": "tile:asked"})),
        ("steps", "checklist", en, (checklist(en, done=("call-them",)), {"before": checklist(en), "ticked": "call-them"}),
         (checklist(en, done=("call-them",), say_done=False), {"before": checklist(en), "ticked": "call-them"})),
        ("question first", "confirm", en, confirm(en, first=True), confirm(en, first=False)),
    ]
    failed = 0
    for name, screen, w, good, bad in cases:
        fn = CHECKS[name][0]
        results = []
        for case in (good, bad):
            items, extra = case if isinstance(case, tuple) else (case, {})
            extra = dict(extra)
            extra.setdefault("focus", None)
            cw = extra.pop("w", w)
            results.append(fn(Ctx(w.lang, screen, items, cw, **extra)))
        if results[0][0] and not results[1][0]:
            print("windows-a11y-check: ok self-test %s (%s %s): passes a good tree; fails a bad one: %s" % (
                name, w.lang, screen, short(results[1][1], 160)))
        else:
            failed += 1
            print("windows-a11y-check: FAIL self-test %s (%s %s): good tree -> %s; bad tree -> %s" % (
                name, w.lang, screen, results[0], results[1]))
    return failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["screen", "stops", "self-test"])
    ap.add_argument("spec", nargs="?")
    ap.add_argument("--lang")
    ap.add_argument("--screen")
    ap.add_argument("--tree")
    ap.add_argument("--before")
    ap.add_argument("--focus")
    ap.add_argument("--ticked")
    ap.add_argument("--opened")
    ap.add_argument("--only", help="run this check alone")
    ap.add_argument("--words", required=True)
    a = ap.parse_args()
    with open(a.words) as f:
        data = json.load(f)
    if a.command == "self-test":
        return 1 if self_test(data) else 0
    w = Words(a.lang, data)
    with open(a.tree, encoding="utf-8") as f:
        items = parse(f.read())
    if a.command == "stops":
        found = find(items, w, a.spec)
        step = None
        if isinstance(found, tuple):
            found, step = found
        stops = [i for i in items if i.stop]
        if found is None or found not in stops:
            print("no item %s among the %d items Tab reaches" % (a.spec, len(stops)), file=sys.stderr)
            return 1
        print(stops.index(found) + 1, len(stops), *([step] if step else []))
        return 0
    before = None
    if a.before and os.path.exists(a.before):
        with open(a.before, encoding="utf-8") as f:
            before = parse(f.read())
    c = Ctx(a.lang, a.screen, items, w, before, a.focus, a.ticked, a.opened)
    return 1 if run_screen(c, a.only) else 0


if __name__ == "__main__":
    sys.exit(main())
