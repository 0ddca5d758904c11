package main

import "testing"

// A limit is one number for every baseline, or one for each by name.
func TestLimitFor(t *testing.T) {
	for _, c := range []struct {
		limits, name string
		want         float64
	}{
		{"", "bare", 0},
		{"1.10", "bare", 1.10},
		{"1.10", "same", 1.10},
		{"same=1.05,bare=1.20", "same", 1.05},
		{"same=1.05,bare=1.20", "bare", 1.20},
		{"same=1.05", "bare", 0},
	} {
		if got := limitFor(c.limits, c.name); got != c.want {
			t.Errorf("limitFor(%q, %q) = %v, want %v", c.limits, c.name, got, c.want)
		}
	}
	if !over(1.06, 1.05) || over(1.05, 1.05) || over(1.30, 0) {
		t.Error("over judges the ratio as printed, to two decimals, and 0 is no limit")
	}
}
