// Package meta is what Code Safety says about itself: its name, ID and
// version. They are written once, in FyneApp.toml (which the packaging
// tools read too); main embeds that file and reads it with Parse, and
// hands the result to the command line and the window. Like everything
// under app/, it imports nothing from Fyne.
package meta

import (
	"errors"

	"github.com/BurntSushi/toml"
)

// Info is the app's identity, from FyneApp.toml's [Details].
type Info struct {
	Name    string
	ID      string // the application ID: where Fyne keeps the app's files
	Version string
	Build   int
}

// Parse reads FyneApp.toml. Every field must be there.
func Parse(data []byte) (Info, error) {
	var f struct{ Details Info }
	if err := toml.Unmarshal(data, &f); err != nil {
		return Info{}, err
	}
	d := f.Details
	if d.Name == "" || d.ID == "" || d.Version == "" || d.Build < 1 {
		return Info{}, errors.New("FyneApp.toml: [Details] needs Name, ID, Version and a Build of 1 or more")
	}
	return d, nil
}
