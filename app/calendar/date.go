// Package calendar knows which days are working days and school days for
// an authority: England and Wales bank holidays, the authority's term dates
// and its closure days. It is pure Go over plain values; the store loads a
// Calendar from the database and the schedule engine counts days with it.
//
// A working day is Monday to Friday and not a bank holiday. A school day is
// a working day inside a term, outside its half-term and not a closure day.
// "N days after D" is the Nth such day strictly after D. Where the loaded
// terms or bank holidays do not reach, counting stops with an
// UncoveredError instead of guessing.
//
// Bank holidays for 2015 to 2028 ship in the binary (Holidays); a newer
// gov.uk bank-holidays.json can be read with ParseBankHolidaysJSON and
// merged in. Term dates and closures come from the authority's CSV files
// (ParseTerms, ParseClosures). Until it loads them, ExampleTerms supplies
// an example calendar for 2014/15 to 2027/28 made by one rule, for the
// authority to replace year by year (ReplaceYear):
//
//   - autumn: first Wednesday of September to the last Friday on or before
//     20 December; half-term the week of the last Monday of October;
//   - spring: the first weekday after the New Year's Day bank holiday (the
//     Monday after, if that is a Thursday or Friday) to the Friday a week
//     before Good Friday; half-term the week of the first Monday on or
//     after 12 February;
//   - summer: the Monday a week after Easter Monday to the last weekday on
//     or before 20 July; half-term the week of the last Monday of May;
//   - INSET days on the first day of the autumn and of the spring term.
package calendar

import (
	"fmt"
	"time"
)

// Date is a day in the civil calendar, with no time of day and no zone.
// The zero Date means "no date" (a blank DEC, an unset deadline).
// Two Dates compare equal with == when they name the same day.
type Date struct {
	t time.Time // always midnight UTC; zero when unset
}

// NewDate returns the given day. Out-of-range parts are normalised the way
// time.Date normalises them, so callers validating input must check first.
func NewDate(year int, month time.Month, day int) Date {
	return Date{t: time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the day t falls on in t's own location.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	return NewDate(t.Date())
}

// ParseISO parses a YYYY-MM-DD date and rejects impossible days.
func ParseISO(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	if t.Year() < minYear {
		return Date{}, fmt.Errorf("date %q is before %d; check the year", s, minYear)
	}
	return DateOf(t), nil
}

// MustISO is ParseISO for constants in tests and tables; it panics on error.
func MustISO(s string) Date {
	d, err := ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns d as midnight UTC.
func (d Date) Time() time.Time { return d.t }

// Year, Month and Day return the parts of d.
func (d Date) Year() int             { return d.t.Year() }
func (d Date) Month() time.Month     { return d.t.Month() }
func (d Date) Day() int              { return d.t.Day() }
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// AddDays returns the day n days after d (before, when n is negative).
func (d Date) AddDays(n int) Date { return Date{t: d.t.AddDate(0, 0, n)} }

// Before reports whether d is earlier than o.
func (d Date) Before(o Date) bool { return d.t.Before(o.t) }

// Equal reports whether d and o are the same day, as == does; go-cmp uses
// it to compare Dates.
func (d Date) Equal(o Date) bool { return d == o }

// After reports whether d is later than o.
func (d Date) After(o Date) bool { return d.t.After(o.t) }

// DaysSince returns the number of calendar days from o to d.
func (d Date) DaysSince(o Date) int {
	return int(d.t.Sub(o.t).Hours() / 24)
}

// String formats d as YYYY-MM-DD, or "" when d is unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// Long formats d for people, as in "3 April 2024".
func (d Date) Long() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("2 January 2006")
}

// dayNumber returns d as a count of days since 1 January 1970, the index
// the Calendar's tables use. Every Date is midnight UTC, so the division is
// exact, negative numbers included.
func (d Date) dayNumber() int { return int(d.t.Unix() / secondsPerDay) }

// dateOfDay is the inverse of dayNumber.
func dateOfDay(n int) Date {
	return Date{t: time.Unix(int64(n)*secondsPerDay, 0).UTC()}
}

const secondsPerDay = 24 * 60 * 60
