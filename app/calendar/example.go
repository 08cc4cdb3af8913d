package calendar

import "time"

// The academic years the example calendar covers.
const (
	FirstExampleYear = 2014 // 2014/15
	LastExampleYear  = 2027 // 2027/28
)

// exampleInset names the example calendar's closure days.
const exampleInset = "INSET day"

// ExampleTerms returns a made-up but plausible calendar for the academic
// years 2014/15 to 2027/28, so that a new installation can count school
// days before the authority loads its own term dates. Every term and
// closure is marked Example. It follows one simple rule, not any real
// authority's dates:
//
//   - Autumn term: the first Wednesday of September to the last Friday on
//     or before 20 December, with half-term the Monday to Friday starting on
//     the last Monday of October.
//   - Spring term: the first weekday after the New Year's Day bank holiday
//     (its substitute day, if it has one), or the Monday after when that
//     weekday is a Thursday or Friday, to the Friday a week before Good
//     Friday; half-term the Monday to Friday starting on the first Monday
//     on or after 12 February.
//   - Summer term: the Monday a week after Easter Monday to the last
//     weekday on or before 20 July, with half-term the Monday to Friday
//     starting on the last Monday of May (the spring bank holiday's week).
//   - Two INSET days a year: the first day of the autumn term and the
//     first day of the spring term.
//
// So the Easter holiday is the two school weeks around Easter, from the
// Saturday before Palm Sunday to the Sunday after Easter Monday, and each
// year has between 185 and 195 school days before its INSET days.
func ExampleTerms() ([]Term, []Closure) {
	var terms []Term
	var closures []Closure
	for y := FirstExampleYear; y <= LastExampleYear; y++ {
		yearTerms, yearClosures := ExampleYear(y)
		terms = append(terms, yearTerms...)
		closures = append(closures, yearClosures...)
	}
	return terms, closures
}

// ExampleYear returns the terms and INSET days of the academic year
// starting in September of y by the example calendar's rule, for any
// year: the demo generator times PEPs by it before and after the years
// that ship.
func ExampleYear(y int) ([]Term, []Closure) {
	terms := exampleYear(y)
	closures := make([]Closure, 0, 2)
	for _, t := range terms[:2] {
		closures = append(closures, Closure{Date: t.Start, Reason: exampleInset, Example: true})
	}
	return terms, closures
}

// exampleYear returns the autumn, spring and summer terms of the academic
// year starting in September of y, by the rule in ExampleTerms.
func exampleYear(y int) []Term {
	goodFriday := EasterSunday(y + 1).AddDays(-2)
	autumn := exampleTerm(y, Autumn,
		weekdayOnOrAfter(NewDate(y, time.September, 1), time.Wednesday),
		weekdayOnOrBefore(NewDate(y, time.December, 20), time.Friday),
		lastWeekday(y, time.October, time.Monday))
	spring := exampleTerm(y, Spring,
		springStart(y+1),
		goodFriday.AddDays(-7),
		weekdayOnOrAfter(NewDate(y+1, time.February, 12), time.Monday))
	summer := exampleTerm(y, Summer,
		goodFriday.AddDays(10),
		lastWorkingDayOnOrBefore(NewDate(y+1, time.July, 20)),
		lastWeekday(y+1, time.May, time.Monday))
	return []Term{autumn, spring, summer}
}

func exampleTerm(y int, name TermName, start, end, halfTerm Date) Term {
	return Term{
		AcademicYear:  YearLabel(y),
		StartYear:     y,
		Name:          name,
		Start:         start,
		End:           end,
		HalfTermStart: halfTerm,
		HalfTermEnd:   halfTerm.AddDays(4),
		Example:       true,
	}
}

// springStart returns the first weekday after the New Year's Day bank
// holiday (1 January, or the Monday after when it falls at a weekend),
// moved on to the Monday when it is a Thursday or Friday.
func springStart(y int) Date {
	newYear := NewDate(y, time.January, 1)
	holiday := newYear
	if wd := newYear.Weekday(); wd == time.Saturday || wd == time.Sunday {
		holiday = weekdayOnOrAfter(newYear, time.Monday)
	}

	d := holiday.AddDays(1)
	if wd := d.Weekday(); wd == time.Thursday || wd == time.Friday || wd == time.Saturday {
		d = weekdayOnOrAfter(d, time.Monday)
	}
	return d
}

// EasterSunday returns Western Easter Day of year y, by the anonymous
// Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).
func EasterSunday(y int) Date {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return NewDate(y, time.Month(month), day)
}

func weekdayOnOrAfter(d Date, wd time.Weekday) Date {
	return d.AddDays((int(wd) - int(d.Weekday()) + 7) % 7)
}

func weekdayOnOrBefore(d Date, wd time.Weekday) Date {
	return d.AddDays(-((int(d.Weekday()) - int(wd) + 7) % 7))
}

// lastWeekday returns the last day of month m of year y that falls on wd.
func lastWeekday(y int, m time.Month, wd time.Weekday) Date {
	return weekdayOnOrBefore(NewDate(y, m+1, 1).AddDays(-1), wd)
}

func lastWorkingDayOnOrBefore(d Date) Date {
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDays(-1)
	}
	return d
}
