package demo

// dayTable knows, for every day in a fixed range, whether it is a working
// day (Monday to Friday, not a bank holiday) and whether it is a school day
// (a working day inside a term, outside its half-term, not a closure day).
type dayTable struct {
	lo    day
	flags []uint8
	terms []term
}

const (
	flagWorking uint8 = 1 << iota
	flagSchool
	flagClosure
)

// newDayTable covers the days lo to hi inclusive, with the terms of the
// academic years firstYear to lastYear.
func newDayTable(lo, hi day, firstYear, lastYear int) *dayTable {
	t := &dayTable{lo: lo, flags: make([]uint8, hi-lo+1)}
	for n := lo; n <= hi; n++ {
		if !n.isWeekend() {
			t.flags[n-lo] = flagWorking
		}
	}
	shipped := shippedHolidays()
	for y := lo.date().Year(); y <= hi.date().Year(); y++ {
		holidays, ok := shipped[y]
		if !ok {
			holidays = ruleHolidays(y)
		}
		for _, h := range holidays {
			t.clear(h, flagWorking)
		}
	}

	for y := firstYear; y <= lastYear; y++ {
		sy := exampleYear(y)
		for _, c := range sy.closures {
			t.set(c, flagClosure)
		}
		t.terms = append(t.terms, sy.terms[:]...)
	}

	for i := range t.terms {
		t.markTerm(&t.terms[i])
		if i+1 < len(t.terms) {
			t.terms[i].next = t.terms[i+1].start
		} else {
			t.terms[i].next = exampleYear(lastYear + 1).terms[0].start
		}
	}
	return t
}

// markTerm flags the school days of tm, counts them, and sets its PEP
// deadline, the last school day.
func (t *dayTable) markTerm(tm *term) {
	for n := tm.start; n <= tm.end; n++ {
		if t.has(n, flagWorking) && !t.has(n, flagClosure) && (n < tm.halfStart || n > tm.halfEnd) {
			t.set(n, flagSchool)
			tm.deadline = n
			tm.schoolDays++
		}
	}
}

func (t *dayTable) index(n day) (int, bool) {
	i := int(n - t.lo)
	return i, i >= 0 && i < len(t.flags)
}

func (t *dayTable) set(n day, f uint8) {
	if i, ok := t.index(n); ok {
		t.flags[i] |= f
	}
}

func (t *dayTable) clear(n day, f uint8) {
	if i, ok := t.index(n); ok {
		t.flags[i] &^= f
	}
}

// has reports whether n carries flag f; days outside the table carry none.
func (t *dayTable) has(n day, f uint8) bool {
	i, ok := t.index(n)
	return ok && t.flags[i]&f != 0
}

// add returns the kth day carrying flag f strictly after from. Past the end
// of the table it gives up and returns the day after the table, which is
// later than anything the generator compares it with.
func (t *dayTable) add(from day, k int, f uint8) day {
	n := from
	for k > 0 {
		n++
		i, ok := t.index(n)
		if !ok {
			return t.lo + day(len(t.flags))
		}
		if t.flags[i]&f != 0 {
			k--
		}
	}
	return n
}

// back returns n, or the nearest earlier day carrying flag f.
func (t *dayTable) back(n day, f uint8) day {
	for i, ok := t.index(n); ok && t.flags[i]&f == 0; i, ok = t.index(n) {
		n--
	}
	return n
}
