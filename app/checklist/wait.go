package checklist

import "time"

// WaitDays is how long WhatsApp makes a person wait before they can sign in
// without a two-step verification PIN they don't know (W4). It cannot be
// shortened.
const WaitDays = 7

// DayLayout is how a recorded day is written (a calendar date, no time or
// zone), for the store.
const DayLayout = "2006-01-02"

// day is t's calendar date as midnight UTC, so that days can be counted
// without daylight-saving hours getting in the way.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// TryAgainOn is the day to try again: the calendar day recorded (in its own
// location) plus 7 days, at midnight in that location (W4).
func TryAgainOn(recorded time.Time) time.Time {
	y, m, d := recorded.Date()
	return time.Date(y, m, d+WaitDays, 0, 0, 0, 0, recorded.Location())
}

// DaysLeft is how many calendar days from now until the day to try again,
// both read as dates in now's location; never negative (0: today).
func DaysLeft(now, recorded time.Time) int {
	again := day(TryAgainOn(recorded.In(now.Location())))
	n := int(again.Sub(day(now)).Hours() / 24)
	return max(n, 0)
}

// ParseDay reads a day written with DayLayout as a date in loc.
func ParseDay(s string, loc *time.Location) (time.Time, bool) {
	t, err := time.ParseInLocation(DayLayout, s, loc)
	return t, err == nil
}

// MayBeOutOfDate reports whether the advice is more than a year older than
// now (SourcesChecked plus one year, by calendar date): then home says in
// one calm line that it may be out of date.
func MayBeOutOfDate(now time.Time) bool {
	checked, _ := time.Parse(DayLayout, SourcesChecked)
	return day(now).After(checked.AddDate(1, 0, 0))
}
