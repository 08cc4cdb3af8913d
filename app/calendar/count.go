package calendar

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

// Add returns the nth day of the given kind strictly after from (from
// itself never counts), with the days passed over on the way. It returns
// an *UncoveredError when the count reaches dates the calendar cannot
// speak for: outside the loaded terms or where a term is missing (school
// days), or in a year with no bank holidays loaded (both kinds).
func (c *Calendar) Add(kind DayKind, from Date, n int) (Count, error) {
	t, err := c.tally(kind)
	if err != nil {
		return Count{}, err
	}
	if from.IsZero() {
		return Count{}, fmt.Errorf("count %s days: no start date", kind)
	}
	if n < 1 {
		return Count{}, fmt.Errorf("count %d %s days: the count must be at least 1", n, kind)
	}

	lo := from.dayNumber() + 1
	due := math.MaxInt
	if i, _ := slices.BinarySearch(t.counted, lo); i+n-1 < len(t.counted) {
		due = t.counted[i+n-1]
	}
	if err := t.checkCovered(lo, due); err != nil {
		return Count{}, err
	}
	return Count{
		Kind:    kind,
		From:    from,
		N:       n,
		Due:     dateOfDay(due),
		Skipped: t.skipped(lo, due-1),
	}, nil
}

func (c *Calendar) tally(kind DayKind) (*tally, error) {
	switch kind {
	case SchoolDays:
		return &c.school, nil
	case WorkingDays:
		return &c.working, nil
	}
	return nil, fmt.Errorf("count days: unknown kind of day %q", kind)
}

// checkCovered returns an *UncoveredError for the first uncovered run that
// meets days lo to hi, clipped to start no earlier than lo.
func (t *tally) checkCovered(lo, hi int) error {
	i := sort.Search(len(t.uncovered), func(i int) bool { return t.uncovered[i].to >= lo })
	if i == len(t.uncovered) || t.uncovered[i].from > hi {
		return nil
	}

	u := t.uncovered[i]
	e := &UncoveredError{From: dateOfDay(max(u.from, lo))}
	if u.to != math.MaxInt {
		e.To = dateOfDay(u.to)
	}
	return e
}

// skipped returns the runs of skipped days that meet days lo to hi,
// clipped to them.
func (t *tally) skipped(lo, hi int) []Skip {
	i := sort.Search(len(t.skips), func(i int) bool { return t.skips[i].to >= lo })
	j := sort.Search(len(t.skips), func(j int) bool { return t.skips[j].from > hi })
	if i >= j {
		return nil
	}

	out := make([]Skip, 0, j-i)
	for _, s := range t.skips[i:j] {
		out = append(out, Skip{
			From:   dateOfDay(max(s.from, lo)),
			To:     dateOfDay(min(s.to, hi)),
			Reason: s.reason,
		})
	}
	return out
}
