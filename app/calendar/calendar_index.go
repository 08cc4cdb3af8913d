package calendar

import (
	"math"
	"time"
)

// tally is the precomputed answer for one kind of day: which days count,
// why each other day does not, and which dates the calendar cannot speak
// for. All three are sorted by day number, so counting is a binary search.
type tally struct {
	counted   []int  // day numbers of the days that count
	skips     []span // maximal runs of days that do not count, by reason
	uncovered []span // runs of unknown days; the first and last are open-ended
}

// span is an inclusive run of day numbers. An open end is math.MinInt or
// math.MaxInt.
type span struct {
	from, to int
	reason   string
}

const (
	reasonWeekend       = "weekend"
	reasonHalfTerm      = "half-term"
	reasonSchoolHoliday = "school holiday"
	bankHolidayPrefix   = "bank holiday: "
	closurePrefix       = "closure: "
)

// index fills the working and school tallies for every day from the
// earliest to the latest date the holidays or terms mention.
func (c *Calendar) index() {
	lo, hi, ok := c.bounds()
	if !ok {
		c.working.uncovered = []span{{from: math.MinInt, to: math.MaxInt}}
		c.school.uncovered = []span{{from: math.MinInt, to: math.MaxInt}}
		return
	}

	c.origin = lo
	c.working.open(lo)
	c.school.open(lo)
	for n := lo; n <= hi; n++ {
		d := dateOfDay(n)
		known := c.holidayKnown(d)
		c.working.add(n, c.workReason(d), true, known)

		reason, covered := c.schoolReason(d)
		c.school.add(n, reason, covered, known)
	}
	c.working.close(hi)
	c.school.close(hi)
}

// bounds returns the day numbers of the first and last day to index.
func (c *Calendar) bounds() (lo, hi int, ok bool) {
	lo, hi = math.MaxInt, math.MinInt
	if len(c.holidays) > 0 {
		lo = NewDate(c.firstYear, time.January, 1).dayNumber()
		hi = NewDate(c.lastYear, time.December, 31).dayNumber()
	}
	if len(c.terms) > 0 {
		lo = min(lo, c.terms[0].Start.dayNumber())
		hi = max(hi, c.terms[len(c.terms)-1].End.dayNumber())
	}
	return lo, hi, lo <= hi
}

// holidayKnown reports whether bank holidays are loaded for d's year.
// Every year in England and Wales has some, so a year with none is a year
// nobody loaded.
func (c *Calendar) holidayKnown(d Date) bool { return c.years[d.Year()] }

// workReason says why d is not a working day, or "" when it is one.
func (c *Calendar) workReason(d Date) string {
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return reasonWeekend
	}
	if name, ok := c.holidays[d]; ok {
		return bankHolidayPrefix + name
	}
	return ""
}

// schoolReason says why d is not a school day ("" when it is one), and
// whether the loaded terms cover d at all. A day between two consecutive
// terms is a school holiday; a day before the first term, after the last,
// or where a term is missing from the sequence is not covered.
//
// A day has one reason, taken in this order: school holiday, half-term,
// weekend, bank holiday, closure. So a bank holiday inside a half-term is
// reported as half-term, which is how people describe it.
func (c *Calendar) schoolReason(d Date) (reason string, covered bool) {
	i, in := c.termIndex(d)
	switch {
	case !in && (i == 0 || i == len(c.terms)):
		return "", false
	case !in && c.terms[i].seq() != c.terms[i-1].seq()+1:
		return "", false
	case !in:
		return reasonSchoolHoliday, true
	case c.terms[i].inHalfTerm(d):
		return reasonHalfTerm, true
	}

	if r := c.workReason(d); r != "" {
		return r, true
	}
	if r, ok := c.closures[d]; ok {
		return closurePrefix + r, true
	}
	return "", true
}

// open starts the tally with everything before day lo uncovered.
func (t *tally) open(lo int) {
	t.uncovered = []span{{from: math.MinInt, to: lo - 1}}
}

// add records day n: counted when reason is "", otherwise skipped for
// reason. A day the terms do not define is neither, only uncovered; a day
// in a year with no bank holidays loaded is classified by what is known but
// also marked uncovered, so that IsSchoolDay answers and Add refuses.
func (t *tally) add(n int, reason string, defined, known bool) {
	if !defined || !known {
		t.uncovered = extend(t.uncovered, n, "")
	}
	switch {
	case !defined:
	case reason == "":
		t.counted = append(t.counted, n)
	default:
		t.skips = extend(t.skips, n, reason)
	}
}

// close ends the tally with everything after day hi uncovered.
func (t *tally) close(hi int) {
	t.uncovered = extend(t.uncovered, hi+1, "")
	t.uncovered[len(t.uncovered)-1].to = math.MaxInt
}

// extend adds day n to the last run when it continues it with the same
// reason, and starts a new run otherwise.
func extend(runs []span, n int, reason string) []span {
	if k := len(runs) - 1; k >= 0 && runs[k].to == n-1 && runs[k].reason == reason {
		runs[k].to = n
		return runs
	}
	return append(runs, span{from: n, to: n, reason: reason})
}
