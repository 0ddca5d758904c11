package progress

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"codesafety/app/checklist"
)

// The fuzz target below takes the progress file, which Code Safety reads
// from outside. Seeds are in testdata/fuzz/<target>; `make fuzz` runs it.

// FuzzStateFile: any bytes in state.json give a state or an error, never a
// panic; a state that loads writes back to the same state; and the app can
// open the folder and save a tick (FuzzExportStateFile in app/cli exports it).
func FuzzStateFile(f *testing.F) {
	f.Add([]byte(`{"version":1,"language":"es","theme":"dark","text_size":"large","checklists":{"unrequested":{"done":["never-share-code"],"answers":{"can-use-whatsapp":"yes"},"updated":"2026-11-26T10:00:00Z"}}}`))
	f.Add([]byte(`{"version":2,"checklists":{"x":null}}`))
	f.Add([]byte(`{"version":1,"checklists":{"asked":{"done":[1,2]}}}`))
	f.Add([]byte("{not json"))
	f.Add([]byte{})
	f.Add([]byte("\uFEFF{\"version\":1.0,\"future\":[1],\"checklists\":{}}"))
	f.Add([]byte(`{"version":99999999999999999999}`))
	f.Add([]byte(`{"version":1e-5,"checklists":{}}`))
	f.Add([]byte("{\"version\":1,\"checklists\":{\"asked\":{\"done\":[\"\xff\"]}}}"))
	dir := f.TempDir() // one folder for every input: a new one each time is slow
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := parseState(data)
		if err == nil {
			again, err := encodeState(st)
			if err != nil {
				t.Fatalf("a loaded state does not encode: %v", err)
			}
			back, err := parseState(again)
			if err != nil || !reflect.DeepEqual(normalized(st), normalized(back)) {
				t.Fatalf("round trip changed the state: %v\n%+v\n%+v", err, st, back)
			}
		}
		stale, _ := filepath.Glob(filepath.Join(dir, StateFile+"*"))
		for _, name := range stale {
			os.Remove(name)
		}
		if err := os.WriteFile(filepath.Join(dir, StateFile), data, 0o600); err != nil {
			t.Fatal(err)
		}
		s := OpenStore(dir)
		s.write = func(path string, data []byte) error { return os.WriteFile(path, data, 0o600) } // no fsync: speed
		s.SetDone(checklist.Unrequested, "never-share-code", true)
		s.Flush()
	})
}

// normalized makes empty and missing maps compare equal.
func normalized(st State) State {
	st = st.clone()
	for _, c := range st.Checklists {
		if len(c.Answers) == 0 {
			c.Answers = nil
		}
		if len(c.Done) == 0 {
			c.Done = nil
		}
		if len(c.DoneOn) == 0 {
			c.DoneOn = nil
		}
		c.Updated = c.Updated.UTC()
	}
	return st
}
