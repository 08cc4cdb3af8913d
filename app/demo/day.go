package demo

import (
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// day counts days from 1 January 1970. The generator does its arithmetic in
// days, which is cheap and exact, and turns them into calendar.Dates only
// for the records it hands out.
type day int

var epoch = calendar.NewDate(1970, time.January, 1)

// dayOf returns d as a day number.
func dayOf(d calendar.Date) day { return day(d.DaysSince(epoch)) }

// dayFor returns the day number of a civil date; out-of-range parts are
// normalised as time.Date does, so dayFor(y, time.March, 0) is 28 or 29
// February.
func dayFor(year int, month time.Month, dom int) day {
	return dayOf(calendar.NewDate(year, month, dom))
}

// date returns n as a calendar.Date.
func (n day) date() calendar.Date { return calendar.NewDate(1970, time.January, 1+int(n)) }

// weekday returns the day of the week of n (1 January 1970 was a Thursday).
func (n day) weekday() time.Weekday {
	return time.Weekday(((int(n)+4)%7 + 7) % 7)
}

// isWeekend reports whether n is a Saturday or Sunday.
func (n day) isWeekend() bool {
	w := n.weekday()
	return w == time.Saturday || w == time.Sunday
}

// onOrAfter returns the first day on or after n that falls on w.
func (n day) onOrAfter(w time.Weekday) day {
	return n + day((int(w)-int(n.weekday())+7)%7)
}

// onOrBefore returns the last day on or before n that falls on w.
func (n day) onOrBefore(w time.Weekday) day {
	return n - day((int(n.weekday())-int(w)+7)%7)
}

// addYears returns the same day of the year y years later; 29 February
// becomes 1 March in a year that lacks it.
func (n day) addYears(y int) day {
	d := n.date()
	return dayFor(d.Year()+y, d.Month(), d.Day())
}

// addMonths returns the same day of the month m months later, normalised
// as time.AddDate normalises it (31 August plus 3 months is 1 December).
func (n day) addMonths(m int) day {
	return dayOf(calendar.DateOf(n.date().Time().AddDate(0, m, 0)))
}

// ageOn returns how many whole years a child born on dob has lived on n.
func ageOn(dob, n day) int {
	b, d := dob.date(), n.date()
	age := d.Year() - b.Year()
	if d.Month() < b.Month() || (d.Month() == b.Month() && d.Day() < b.Day()) {
		age--
	}
	return age
}

// academicYear returns the first calendar year of the academic year that
// contains n: 2024 for any day from 1 September 2024 to 31 August 2025.
func academicYear(n day) int {
	d := n.date()
	if d.Month() >= time.September {
		return d.Year()
	}
	return d.Year() - 1
}

// ncyOf returns the national curriculum year of a child born on dob in the
// academic year starting in September of year: the child's age on the
// 31 August before, less four (age 3 is Nursery, -1; age 4 Reception, 0).
func ncyOf(dob day, year int) int {
	return ageOn(dob, dayFor(year, time.August, 31)) - 4
}

// inScope reports whether the NCY is one the PEP duty covers (Nursery to
// Year 13).
func inScope(ncy int) bool { return ncy >= -1 && ncy <= 13 }
