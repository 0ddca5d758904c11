package meta

import (
	"os"
	"testing"
)

func TestParseTheRealFile(t *testing.T) {
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	info, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if info.Name != "Code Safety" || info.ID != "org.codesafety.app" || info.Version == "" || info.Build < 1 {
		t.Errorf("FyneApp.toml reads as %+v", info)
	}
}

func TestParseRefusesWhatIsMissing(t *testing.T) {
	for _, bad := range []string{
		"",
		"not toml = = =",
		"[Details]\nName = \"Code Safety\"\nID = \"org.codesafety.app\"\nBuild = 1\n", // no version
		"[Details]\nName = \"Code Safety\"\nVersion = \"1.0.0\"\nBuild = 1\n",         // no ID
		"[Details]\nName = \"Code Safety\"\nID = \"x\"\nVersion = \"1.0.0\"\nBuild = 0\n",
	} {
		if info, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) = %+v, want an error", bad, info)
		}
	}
}
