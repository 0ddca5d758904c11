// Package app is Code Safety's domain, in packages by concern: checklist
// (scenarios, steps, sources, triage), progress (the saved progress store),
// lang (languages and localized text) and cli (the command line and
// export). Nothing under app/ imports Fyne, so it is tested fast and
// without a display.
package app
