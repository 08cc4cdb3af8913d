package demo

import (
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// Term is one school term of the calendar the generator times PEPs by.
//
// For the academic years the product's example calendar covers
// (calendar.ExampleTerms) the terms are those; for other years they follow
// the rule that calendar documents, so that a demonstration imported with
// the example calendar gets the PEP statuses the generator meant.
type Term struct {
	AcademicYear  int    // first calendar year of the academic year
	Name          string // "autumn", "spring" or "summer"
	Start, End    calendar.Date
	HalfTermStart calendar.Date // Monday of the half-term week
	HalfTermEnd   calendar.Date // Friday of the half-term week
	PEPDeadline   calendar.Date // the last school day of the term
}

// term is a Term in day numbers.
type term struct {
	year                      int
	name                      string
	start, halfStart, halfEnd day
	end, deadline             day
	next                      day // start of the following term
	schoolDays                int
}

func (t term) export() Term {
	return Term{
		AcademicYear:  t.year,
		Name:          t.name,
		Start:         t.start.date(),
		End:           t.end.date(),
		HalfTermStart: t.halfStart.date(),
		HalfTermEnd:   t.halfEnd.date(),
		PEPDeadline:   t.deadline.date(),
	}
}

// schoolYear is the three terms of an academic year and its closure days.
type schoolYear struct {
	terms    [3]term
	closures []day
}

// exampleYear returns the academic year starting in September of y as
// the product's example calendar has it, by its rule for any year
// (calendar.ExampleYear), so that a demonstration imported with the example
// calendar gets the PEP statuses the generator meant.
func exampleYear(y int) schoolYear {
	terms, closures := calendar.ExampleYear(y)
	var sy schoolYear
	for _, t := range terms {
		i := termIndex(string(t.Name))
		if i < 0 {
			continue
		}
		sy.terms[i] = term{
			year: t.StartYear, name: string(t.Name),
			start: dayOf(t.Start), end: dayOf(t.End),
			halfStart: dayOf(t.HalfTermStart), halfEnd: dayOf(t.HalfTermEnd),
		}
	}
	for _, c := range closures {
		sy.closures = append(sy.closures, dayOf(c.Date))
	}
	return sy
}

// termIndex returns the position of a term in its year, or -1.
func termIndex(name string) int {
	switch name {
	case "autumn":
		return 0
	case "spring":
		return 1
	case "summer":
		return 2
	}
	return -1
}

// shippedHolidays returns the bank holidays that ship with the product by
// year.
func shippedHolidays() map[int][]day {
	byYear := map[int][]day{}
	for _, h := range calendar.Holidays() {
		byYear[h.Date.Year()] = append(byYear[h.Date.Year()], dayOf(h.Date))
	}
	return byYear
}

// nextWeekday returns n, or the Monday after it when n is a weekend day.
func nextWeekday(n day) day {
	if n.isWeekend() {
		return n.onOrAfter(time.Monday)
	}
	return n
}

// ruleHolidays returns the regular England and Wales bank holidays of
// year y, with weekend substitutes, for years the product does not ship.
//
// NOTE: one-off holidays (jubilees, coronations, a state funeral) are left
// out of these years; for a demonstration a regular pattern is enough.
func ruleHolidays(y int) []day {
	easter := dayOf(calendar.EasterSunday(y))
	christmas := dayFor(y, time.December, 25)

	var xmas, boxing day
	switch christmas.weekday() {
	case time.Friday:
		xmas, boxing = christmas, christmas+3
	case time.Saturday:
		xmas, boxing = christmas+2, christmas+3
	case time.Sunday:
		xmas, boxing = christmas+2, christmas+1
	default:
		xmas, boxing = christmas, christmas+1
	}

	return []day{
		nextWeekday(dayFor(y, time.January, 1)),
		easter - 2,
		easter + 1,
		dayFor(y, time.May, 1).onOrAfter(time.Monday),
		dayFor(y, time.May, 31).onOrBefore(time.Monday),
		dayFor(y, time.August, 31).onOrBefore(time.Monday),
		xmas,
		boxing,
	}
}
