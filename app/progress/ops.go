package progress

import (
	"maps"
	"slices"
	"time"

	"codesafety/app/checklist"
)

// The operations on a State. Each is pure: it returns the new state and
// leaves s as it was, takes the clock as a value when it needs one, and is
// tested without files or a window. One thing the person does is one
// operation, so one tap is one change to save and to show.

// Tick ticks or unticks a step of a checklist.
func (s State) Tick(id checklist.ScenarioID, step string, done bool, now time.Time) State {
	s = s.clone()
	c := s.checklist(id)
	i := slices.Index(c.Done, step)
	switch {
	case done && i < 0:
		c.Done = append(c.Done, step)
		if c.DoneOn == nil {
			c.DoneOn = map[string]string{}
		}
		c.DoneOn[step] = now.Format(checklist.DayLayout) // the person's day
	case !done && i >= 0:
		c.Done = slices.Delete(c.Done, i, i+1)
		delete(c.DoneOn, step)
	default:
		return s
	}
	c.Updated = now.UTC()
	return s
}

// Answer saves the answer to one of a situation's questions. A changed
// answer forgets the answers to the questions asked after it, which
// depended on it, so that they are asked again (checklist.AskedQuestions
// says which were asked); answer "" forgets the answer itself.
func (s State) Answer(id checklist.ScenarioID, question, answer string, now time.Time) State {
	s = s.clone()
	c := s.checklist(id)
	before := c.Answers[question]
	if before == answer && (answer != "" || c.Answers == nil) {
		return s
	}
	asked := checklist.AskedQuestions(id, c.Answers)
	c.Answers = maps.Clone(c.Answers)
	if c.Answers == nil {
		c.Answers = map[string]string{}
	}
	if answer == "" {
		delete(c.Answers, question)
	} else {
		c.Answers[question] = answer
	}
	later := false
	for _, q := range asked {
		if later && q.ID != question {
			delete(c.Answers, q.ID)
		}
		later = later || q.ID == question
	}
	c.Updated = now.UTC()
	return s
}

// StartOver forgets a checklist's ticks, answers and recorded day.
func (s State) StartOver(id checklist.ScenarioID) State {
	s = s.clone()
	delete(s.Checklists, string(id))
	return s
}

// NotePinDay records the day (checklist.DayLayout) WhatsApp first asked for
// a PIN the person does not know, in a checklist; "" clears it.
func (s State) NotePinDay(id checklist.ScenarioID, day string, now time.Time) State {
	s = s.clone()
	c := s.checklist(id)
	if c.PinAskedOn == day {
		return s
	}
	c.PinAskedOn, c.Updated = day, now.UTC()
	return s
}

// ForgetProgress forgets every checklist; the settings stay.
func (s State) ForgetProgress() State {
	s = s.clone()
	s.Checklists = map[string]*Checklist{}
	return s
}

// WithPhone is s with the phone the person's WhatsApp is on (checklist.Phones).
func (s State) WithPhone(phone string) State { s = s.clone(); s.Phone = phone; return s }

// WithCountry is s with the country chosen for reporting ("" follows the system).
func (s State) WithCountry(country string) State { s = s.clone(); s.Country = country; return s }

// WithLanguage is s with the chosen language ("" follows the system).
func (s State) WithLanguage(tag string) State { s = s.clone(); s.Language = tag; return s }

// WithTheme is s with the chosen theme.
func (s State) WithTheme(theme string) State { s = s.clone(); s.Theme = theme; s.normalize(); return s }

// WithTextSize is s with the chosen text size.
func (s State) WithTextSize(size string) State {
	s = s.clone()
	s.TextSize = size
	s.normalize()
	return s
}
