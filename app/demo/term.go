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

// exampleYears returns the academic years of the product's example
// calendar by their first calendar year.
func exampleYears() map[int]schoolYear {
	terms, closures := calendar.ExampleTerms()
	years := map[int]schoolYear{}
	for _, t := range terms {
		y := years[t.StartYear]
		i := termIndex(string(t.Name))
		if i < 0 {
			continue
		}
		y.terms[i] = term{
			year: t.StartYear, name: string(t.Name),
			start: dayOf(t.Start), end: dayOf(t.End),
			halfStart: dayOf(t.HalfTermStart), halfEnd: dayOf(t.HalfTermEnd),
		}
		years[t.StartYear] = y
	}
	for _, c := range closures {
		y := academicYear(dayOf(c.Date))
		if sy, ok := years[y]; ok {
			sy.closures = append(sy.closures, dayOf(c.Date))
			years[y] = sy
		}
	}
	return years
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

// ruleYear returns the academic year starting in September of y by the
// rule the example calendar documents: autumn from the first Wednesday of
// September to the last Friday on or before 20 December; spring from the
// first weekday after the New Year bank holiday (the Monday after, if that
// is a Thursday or Friday) to the Friday a week before Good Friday; summer
// from the Monday a week after Easter Monday to the last weekday on or
// before 20 July. Half-terms start on the last Monday of October, the
// first Monday on or after 12 February and the last Monday of May. The
// first days of the autumn and spring terms are INSET days.
func ruleYear(y int) schoolYear {
	goodFriday := easterSunday(y+1) - 2
	springStart := nextWeekday(dayFor(y+1, time.January, 1)) + 1
	if springStart.weekday() >= time.Thursday {
		springStart = springStart.onOrAfter(time.Monday)
	}
	summerEnd := dayFor(y+1, time.July, 20)
	for summerEnd.isWeekend() {
		summerEnd--
	}

	sy := schoolYear{terms: [3]term{
		{year: y, name: "autumn",
			start:     dayFor(y, time.September, 1).onOrAfter(time.Wednesday),
			halfStart: dayFor(y, time.October, 31).onOrBefore(time.Monday),
			end:       dayFor(y, time.December, 20).onOrBefore(time.Friday)},
		{year: y, name: "spring",
			start:     springStart,
			halfStart: dayFor(y+1, time.February, 12).onOrAfter(time.Monday),
			end:       goodFriday - 7},
		{year: y, name: "summer",
			start:     goodFriday + 10,
			halfStart: dayFor(y+1, time.May, 31).onOrBefore(time.Monday),
			end:       summerEnd},
	}}
	for i := range sy.terms {
		sy.terms[i].halfEnd = sy.terms[i].halfStart + 4
	}
	sy.closures = []day{sy.terms[0].start, sy.terms[1].start}
	return sy
}

// nextWeekday returns n, or the Monday after it when n is a weekend day.
func nextWeekday(n day) day {
	if n.isWeekend() {
		return n.onOrAfter(time.Monday)
	}
	return n
}

// easterSunday returns Easter Day of year y (the anonymous Gregorian
// computus).
func easterSunday(y int) day {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dom := (h+l-7*m+114)%31 + 1
	return dayFor(y, time.Month(month), dom)
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

// ruleHolidays returns the regular England and Wales bank holidays of
// year y, with weekend substitutes, for years the product does not ship.
//
// NOTE: one-off holidays (jubilees, coronations, a state funeral) are left
// out of these years; for a demonstration a regular pattern is enough.
func ruleHolidays(y int) []day {
	easter := easterSunday(y)
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
