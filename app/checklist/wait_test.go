package checklist

import (
	"testing"
	"time"
)

func TestTryAgainOnAndDaysLeft(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	sydney, _ := time.LoadLocation("Australia/Sydney")
	la, _ := time.LoadLocation("America/Los_Angeles")
	cases := []struct {
		recorded time.Time
		want     string // the day to try again, in the recorded day's location
	}{
		{time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC), "2026-12-06"},
		{time.Date(2026, 12, 28, 23, 59, 0, 0, berlin), "2027-01-04"}, // year end
		{time.Date(2027, 2, 25, 0, 0, 0, 0, sydney), "2027-03-04"},    // February, not a leap year
		{time.Date(2028, 2, 25, 12, 0, 0, 0, la), "2028-03-03"},       // leap year
		{time.Date(2027, 3, 25, 1, 0, 0, 0, berlin), "2027-04-01"},    // across the change to summer time
		{time.Date(2027, 10, 30, 23, 30, 0, 0, la), "2027-11-06"},     // across the change back
	}
	for _, c := range cases {
		got := TryAgainOn(c.recorded)
		if got.Format(DayLayout) != c.want || got.Location() != c.recorded.Location() || got.Hour() != 0 {
			t.Errorf("TryAgainOn(%v) = %v, want %s", c.recorded, got, c.want)
		}
		// Counting down the days, at any hour, in the same zone.
		for d := 0; d <= 9; d++ {
			for _, hour := range []int{0, 13, 23} {
				y, m, dd := c.recorded.Date()
				now := time.Date(y, m, dd+d, hour, 30, 0, 0, c.recorded.Location())
				want := max(7-d, 0)
				if got := DaysLeft(now, c.recorded); got != want {
					t.Errorf("DaysLeft(%v, %v) = %d, want %d", now, c.recorded, got, want)
				}
			}
		}
	}
	// A day recorded in one zone and read in another is the day as seen
	// there: 23:30 in Los Angeles is already the next day in Berlin.
	recorded := time.Date(2026, 12, 31, 23, 30, 0, 0, la)
	now := time.Date(2027, 1, 1, 12, 0, 0, 0, berlin)
	if got := DaysLeft(now, recorded); got != 7 {
		t.Errorf("across zones: %d days left, want 7", got)
	}
	// Never negative, even long after or with a clock set back.
	if got := DaysLeft(recorded.AddDate(1, 0, 0), recorded); got != 0 {
		t.Errorf("a year later: %d", got)
	}
	if got := DaysLeft(recorded.AddDate(0, 0, -3), recorded); got != 10 {
		t.Errorf("clock set back 3 days: %d, want 10", got)
	}
}

func TestParseDay(t *testing.T) {
	d, ok := ParseDay("2026-12-31", time.Local)
	if !ok || TryAgainOn(d).Format(DayLayout) != "2027-01-07" {
		t.Errorf("ParseDay = %v %v", d, ok)
	}
	for _, bad := range []string{"", "2026-13-01", "31/12/2026", "2026-12-31T00:00:00Z"} {
		if _, ok := ParseDay(bad, time.Local); ok {
			t.Errorf("ParseDay(%q) ok", bad)
		}
	}
}

func TestMayBeOutOfDate(t *testing.T) {
	cases := []struct {
		now  time.Time
		want bool
	}{
		{time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC), false},
		{time.Date(2027, 12, 6, 23, 0, 0, 0, time.UTC), false}, // a year exactly
		{time.Date(2027, 12, 7, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), false}, // a clock in the past
	}
	for _, c := range cases {
		if got := MayBeOutOfDate(c.now); got != c.want {
			t.Errorf("MayBeOutOfDate(%v) = %v", c.now, got)
		}
	}
	if english(t).Tf(OutOfDateKey, map[string]any{"Date": SourcesChecked}) == "" {
		t.Errorf("no English for %s", OutOfDateKey)
	}
}
