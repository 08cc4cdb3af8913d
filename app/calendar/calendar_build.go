package calendar

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Calendar answers which days are working days and school days, and counts
// them. Build one with New; it is read-only afterwards and safe for
// concurrent use.
type Calendar struct {
	terms    []Term
	bySeq    map[int]int // term sequence number -> index in terms
	holidays map[Date]string
	closures map[Date]string

	// The calendar years with bank holidays loaded; working days in any
	// other year are unknown, so counting into them is an UncoveredError.
	years               map[int]bool
	firstYear, lastYear int

	// The day tables run from day number origin, one entry per day.
	origin  int
	working tally
	school  tally
}

// New builds a Calendar from bank holidays, term dates and closure days.
// It sorts the terms by start date and checks each one: a known term name,
// start on or before end, the half-term (if any) inside the term, the term
// inside its academic year, and no two terms overlapping or out of
// sequence. A term with no StartYear or AcademicYear gets them from its
// start date; a term with no PEPDeadline gets its last school day.
//
// The calendar knows working days only for the calendar years the holidays
// cover: counting into a year with no bank holidays loaded, or into dates
// no loaded term covers, is an UncoveredError rather than a guess.
func New(holidays []Holiday, terms []Term, closures []Closure) (*Calendar, error) {
	c := &Calendar{
		holidays: make(map[Date]string, len(holidays)),
		closures: make(map[Date]string, len(closures)),
	}
	if err := c.loadHolidays(holidays); err != nil {
		return nil, err
	}
	for _, cl := range closures {
		c.closures[cl.Date] = cl.Reason
	}
	if err := c.loadTerms(terms); err != nil {
		return nil, err
	}
	if err := c.checkHolidayYears(); err != nil {
		return nil, err
	}

	c.index()
	if err := c.fillDeadlines(); err != nil {
		return nil, err
	}
	return c, nil
}

// checkHolidayYears refuses a term in a calendar year with no bank
// holidays loaded: its school days, and so its default PEP deadline,
// cannot be known, and OpenPEP does not guess.
func (c *Calendar) checkHolidayYears() error {
	for _, t := range c.terms {
		for y := t.Start.Year(); y <= t.End.Year(); y++ {
			if !c.years[y] {
				return fmt.Errorf("%s: no England and Wales bank holidays are loaded for %d; "+
					"load them with openpep calendar import-bank-holidays first", t.Label(), y)
			}
		}
	}
	return nil
}

func (c *Calendar) loadHolidays(holidays []Holiday) error {
	c.years = make(map[int]bool)
	for _, h := range holidays {
		if h.Date.IsZero() {
			return fmt.Errorf("load bank holiday %q: no date", h.Name)
		}

		y := h.Date.Year()
		if len(c.years) == 0 || y < c.firstYear {
			c.firstYear = y
		}
		if len(c.years) == 0 || y > c.lastYear {
			c.lastYear = y
		}
		c.years[y] = true
		c.holidays[h.Date] = h.Name
	}
	return nil
}

func (c *Calendar) loadTerms(terms []Term) error {
	c.terms = slices.Clone(terms)
	slices.SortStableFunc(c.terms, func(a, b Term) int {
		return a.Start.t.Compare(b.Start.t)
	})

	c.bySeq = make(map[int]int, len(c.terms))
	for i := range c.terms {
		t := &c.terms[i]
		fillYear(t)
		if err := checkTerm(*t); err != nil {
			return fmt.Errorf("load term %s: %w", t.Label(), err)
		}
		if i > 0 {
			if err := checkOrder(c.terms[i-1], *t); err != nil {
				return fmt.Errorf("load term %s: %w", t.Label(), err)
			}
		}
		c.bySeq[t.seq()] = i
	}
	return nil
}

// fillYear sets StartYear and AcademicYear from the start date when the
// caller left them out.
func fillYear(t *Term) {
	if t.StartYear == 0 && !t.Start.IsZero() {
		t.StartYear = AcademicYearOf(t.Start)
	}
	if t.AcademicYear == "" {
		t.AcademicYear = YearLabel(t.StartYear)
	}
}

// YearLabel names the academic year starting in September of y, as
// "2024/25".
func YearLabel(y int) string { return fmt.Sprintf("%d/%02d", y, (y+1)%100) }

// termStartMonths are the months each term may start in, so that a term
// given the wrong name ("spring" for September to December) is caught.
var termStartMonths = map[TermName]map[time.Month]bool{
	Autumn: {time.August: true, time.September: true, time.October: true},
	Spring: {time.December: true, time.January: true, time.February: true},
	Summer: {time.March: true, time.April: true, time.May: true},
}

var errHalfTerm = errors.New("half-term must have both a start and an end, inside the term")

func checkTerm(t Term) error {
	switch {
	case termOrder(t.Name) < 0:
		return fmt.Errorf("unknown term name %q (want autumn, spring or summer)", t.Name)
	case t.Start.IsZero() || t.End.IsZero():
		return errors.New("term needs a start and an end date")
	case t.End.Before(t.Start):
		return fmt.Errorf("term ends (%s) before it starts (%s)", t.End, t.Start)
	case t.HalfTermStart.IsZero() != t.HalfTermEnd.IsZero():
		return errHalfTerm
	case !t.HalfTermStart.IsZero() && (t.HalfTermEnd.Before(t.HalfTermStart) ||
		t.HalfTermStart.Before(t.Start) || t.HalfTermEnd.After(t.End)):
		return errHalfTerm
	case !t.PEPDeadline.IsZero() && (t.PEPDeadline.Before(t.Start) || t.PEPDeadline.After(t.End)):
		return fmt.Errorf("PEP deadline %s is outside the term (%s to %s)", t.PEPDeadline, t.Start, t.End)
	}

	if m := t.Start.Month(); !termStartMonths[t.Name][m] {
		return fmt.Errorf("%s term cannot start in %s (autumn starts in August to October, "+
			"spring in December to February, summer in March to May)", t.Name, m)
	}

	first, last := AcademicYearDates(t.StartYear)
	if t.Start.Before(first) || t.End.After(last) {
		return fmt.Errorf("term dates %s to %s lie outside academic year %s (%s to %s)",
			t.Start, t.End, t.AcademicYear, first, last)
	}
	return nil
}

// AcademicYearOf returns the first calendar year of the academic year d
// falls in: 2024 for any day from 1 September 2024 to 31 August 2025.
func AcademicYearOf(d Date) int {
	if d.Month() < time.September {
		return d.Year() - 1
	}
	return d.Year()
}

// AcademicYearDates returns the first and last day of the academic year
// starting in y: 1 September y to 31 August y+1.
func AcademicYearDates(y int) (first, last Date) {
	return NewDate(y, 9, 1), NewDate(y+1, 8, 31)
}

func checkOrder(prev, t Term) error {
	switch {
	case !prev.End.Before(t.Start):
		return fmt.Errorf("term overlaps %s (which ends %s)", prev.Label(), prev.End)
	case t.seq() == prev.seq():
		return fmt.Errorf("term is loaded twice")
	case t.seq() < prev.seq():
		return fmt.Errorf("term starts after %s, out of sequence", prev.Label())
	}
	return nil
}

// seq numbers terms in sequence, so that consecutive terms (summer then the
// next autumn included) differ by one.
func (t Term) seq() int { return t.StartYear*3 + termOrder(t.Name) }

func termOrder(n TermName) int {
	switch n {
	case Autumn:
		return 0
	case Spring:
		return 1
	case Summer:
		return 2
	}
	return -1
}

func (c *Calendar) fillDeadlines() error {
	for i := range c.terms {
		t := &c.terms[i]
		if !t.PEPDeadline.IsZero() {
			// A deadline is a day the school can hold the meeting.
			if !c.IsSchoolDay(t.PEPDeadline) {
				return fmt.Errorf("load term %s: PEP deadline %s is not a school day "+
					"(a weekend, bank holiday, half-term or closure day)", t.Label(), t.PEPDeadline)
			}
			continue
		}

		last, ok := c.lastSchoolDay(*t)
		if !ok {
			return fmt.Errorf("load term %s: term has no school days", t.Label())
		}
		t.PEPDeadline = last
	}
	return nil
}

func (c *Calendar) lastSchoolDay(t Term) (Date, bool) {
	days := c.school.counted
	i, _ := slices.BinarySearch(days, t.End.dayNumber()+1)
	if i == 0 || days[i-1] < t.Start.dayNumber() {
		return Date{}, false
	}
	return dateOfDay(days[i-1]), true
}

// inHalfTerm reports whether d falls in t's half-term.
func (t Term) inHalfTerm(d Date) bool {
	return !t.HalfTermStart.IsZero() &&
		!d.Before(t.HalfTermStart) && !d.After(t.HalfTermEnd)
}
