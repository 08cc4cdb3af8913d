// Package schedule is the statutory PEP schedule engine. It turns a child's
// care episodes, the authority's calendar and the PEPs already completed
// into requirements (an initial PEP for each period of care, a PEP each
// term), each with a due date, a status as of a given date and a sentence
// explaining how the due date was worked out. It is pure Go over plain
// values: the store loads the inputs and reports read the results.
package schedule

import (
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/openpep/openpep/app/calendar"
)

// Rules holds the schedule settings an authority may change.
type Rules struct {
	// InitialDays is how many days after a period of care starts the
	// initial PEP falls due, counted with InitialDayKind.
	InitialDays    int
	InitialDayKind calendar.DayKind
}

// DefaultRules returns the statutory defaults: the initial PEP is due 20
// school days after the child enters care.
func DefaultRules() Rules {
	return Rules{InitialDays: 20, InitialDayKind: calendar.SchoolDays}
}

// Validate reports whether r can be used to count due dates.
func (r Rules) Validate() error {
	if r.InitialDays < 1 {
		return fmt.Errorf("initial PEP days must be at least 1, not %d", r.InitialDays)
	}
	if r.InitialDayKind != calendar.SchoolDays && r.InitialDayKind != calendar.WorkingDays {
		return fmt.Errorf("initial PEP day kind %q is neither %q nor %q",
			r.InitialDayKind, calendar.SchoolDays, calendar.WorkingDays)
	}
	return nil
}

// Child is what the engine needs to know about one child.
type Child struct {
	ID       string
	DOB      calendar.Date // zero when unknown: the child is taken to be in scope
	Episodes []Episode
}

// Engine computes PEP schedules against one calendar and one set of rules.
// It works out what is the same for every child only once: the facts about
// each term in New, the initial due date for each day a period of care
// starts on first use. One Engine may serve many goroutines at once.
type Engine struct {
	cal   *calendar.Calendar
	rules Rules
	terms []termInfo // sorted by start

	// initial caches dueDate values by the Unix time of the start date.
	initial sync.Map
}

// New returns an Engine for cal and rules.
func New(cal *calendar.Calendar, rules Rules) (*Engine, error) {
	if cal == nil {
		return nil, errors.New("new schedule engine: no calendar")
	}
	if err := rules.Validate(); err != nil {
		return nil, fmt.Errorf("new schedule engine: %w", err)
	}

	e := &Engine{cal: cal, rules: rules}
	e.terms = termInfos(cal, rules)
	return e, nil
}

// Rules returns the rules e applies.
func (e *Engine) Rules() Rules { return e.rules }

// Compute returns the PEP requirements of child as known on asOf, sorted by
// the date each arises (an initial requirement at the start of its period
// of care, a termly one at the start of its term). completedPEPs are the
// completion dates of the child's PEPs, in any order; those after asOf are
// ignored. The second result lists the requirements whose status is
// StatusUndetermined because the calendar could not answer, with the reason.
func (e *Engine) Compute(child Child, completedPEPs []calendar.Date, asOf calendar.Date) (
	[]Requirement, []*UndeterminedError,
) {
	return e.Append(nil, child, completedPEPs, asOf)
}

// Append is Compute appending to dst, so that a caller scheduling a whole
// cohort can reuse one slice instead of allocating one per child.
func (e *Engine) Append(
	dst []Requirement, child Child, completedPEPs []calendar.Date, asOf calendar.Date,
) ([]Requirement, []*UndeterminedError) {
	var buf [4]Period
	c := computation{
		e:       e,
		childID: child.ID,
		dob:     child.DOB,
		peps:    completedPEPs,
		asOf:    asOf,
		reqs:    dst,
	}
	for _, p := range appendPeriods(buf[:0], child.Episodes, asOf) {
		c.period(p)
	}
	return c.reqs, c.problems
}

// Compute is a convenience for scheduling one child: it builds an Engine
// for cal and rules and calls its Compute. A caller scheduling many children
// should build the Engine once.
func Compute(
	cal *calendar.Calendar, rules Rules,
	child Child, completedPEPs []calendar.Date, asOf calendar.Date,
) ([]Requirement, []*UndeterminedError, error) {
	e, err := New(cal, rules)
	if err != nil {
		return nil, nil, err
	}

	reqs, problems := e.Compute(child, completedPEPs, asOf)
	return reqs, problems, nil
}

// computation holds the state of one Compute call.
type computation struct {
	e        *Engine
	childID  string
	dob      calendar.Date
	peps     []calendar.Date
	asOf     calendar.Date
	reqs     []Requirement
	problems []*UndeterminedError
}

// period adds the requirements that arise in period of care p.
func (c *computation) period(p Period) {
	init, hasInitial := c.initial(p)
	if hasInitial {
		c.add(init.req, init.err)
	}
	for i := c.e.firstTermFrom(p.Start); i < len(c.e.terms); i++ {
		t := &c.e.terms[i]
		if t.term.Start.After(c.asOf) {
			return
		}
		if !p.InCareOn(t.term.Start) || !InScope(c.dob, t.term.StartYear) {
			continue
		}

		if r, ok, err := c.termly(p, t, init, hasInitial); ok {
			c.add(r, err)
		}
	}
}

// firstTermFrom returns the index of the first term starting on or after
// d, or len(e.terms) when there is none.
func (e *Engine) firstTermFrom(d calendar.Date) int {
	return sort.Search(len(e.terms), func(i int) bool {
		return !e.terms[i].term.Start.Before(d)
	})
}

// add appends r, and its problem when the calendar could not answer.
func (c *computation) add(r Requirement, err *UndeterminedError) {
	c.reqs = append(c.reqs, r)
	if err != nil {
		c.problems = append(c.problems, err)
	}
}

// firstPEP returns the earliest PEP completed from from to until inclusive,
// or the zero Date when there is none.
func (c *computation) firstPEP(from, until calendar.Date) calendar.Date {
	var first calendar.Date
	for _, d := range c.peps {
		if d.Before(from) || d.After(until) {
			continue
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
	}
	return first
}
