package calendar

import (
	"slices"
)

// IsWorkingDay reports whether d is Monday to Friday and not a bank holiday
// the calendar knows of.
func (c *Calendar) IsWorkingDay(d Date) bool {
	return !d.IsZero() && c.workReason(d) == ""
}

// IsSchoolDay reports whether d is a working day inside a term, outside
// that term's half-term, and not a closure day.
func (c *Calendar) IsSchoolDay(d Date) bool {
	if d.IsZero() {
		return false
	}
	_, found := slices.BinarySearch(c.school.counted, d.dayNumber())
	return found
}

// Terms returns the loaded terms, sorted by start date, with every
// PEPDeadline filled in.
func (c *Calendar) Terms() []Term { return slices.Clone(c.terms) }

// TermOn returns the term whose start to end (inclusive) contains d.
func (c *Calendar) TermOn(d Date) (Term, bool) {
	i, in := c.termIndex(d)
	if !in {
		return Term{}, false
	}
	return c.terms[i], true
}

// NextTerm returns the term after t in the sequence autumn, spring, summer,
// next autumn, when the calendar holds it.
func (c *Calendar) NextTerm(t Term) (Term, bool) {
	fillYear(&t)
	i, ok := c.bySeq[t.seq()+1]
	if !ok || termOrder(t.Name) < 0 {
		return Term{}, false
	}
	return c.terms[i], true
}

// Holiday returns the name of the bank holiday on d, if d is one.
func (c *Calendar) Holiday(d Date) (string, bool) {
	name, ok := c.holidays[d]
	return name, ok
}

// termIndex returns the index of the first term that ends on or after d,
// and whether that term has started by d (so contains it). The index is
// len(c.terms) when every term ends before d.
func (c *Calendar) termIndex(d Date) (i int, in bool) {
	i, _ = slices.BinarySearchFunc(c.terms, d, func(t Term, d Date) int {
		if t.End.Before(d) {
			return -1
		}
		return 1
	})
	return i, i < len(c.terms) && !d.Before(c.terms[i].Start)
}
