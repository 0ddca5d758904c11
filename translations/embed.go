// Package translations holds every user-visible string of Code Safety, as
// go-i18n TOML files (active.<tag>.toml), embedded in the binary.
package translations

import "embed"

// FS holds the active.<tag>.toml files.
//
//go:embed active.*.toml
var FS embed.FS
