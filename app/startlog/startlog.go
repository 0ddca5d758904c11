// Package startlog holds what is logged while the program's packages start,
// before main runs. The toolkit logs from its packages' init functions (a
// locale it cannot parse, say), which would reach the terminal before main
// could decide anything; this package, which imports nothing of the
// toolkit's and so starts before it, holds those lines until main says
// where they go: nowhere for a command that prints and ends, or through
// main's filter when the window opens. Import it first in main.
package startlog

import (
	"bytes"
	"io"
	"log"
	"sync"
)

var (
	mu   sync.Mutex
	held bytes.Buffer
)

type holder struct{}

func (holder) Write(p []byte) (int, error) {
	mu.Lock()
	defer mu.Unlock()
	return held.Write(p)
}

func init() { log.SetOutput(holder{}) }

// Writer is where log lines go until Release: held here.
func Writer() io.Writer { return holder{} }

// Release writes what was held to w (nil: nowhere) and forgets it.
func Release(w io.Writer) {
	mu.Lock()
	defer mu.Unlock()
	if w != nil {
		w.Write(held.Bytes())
	}
	held.Reset()
}
