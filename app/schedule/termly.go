package schedule

import (
	"fmt"

	"github.com/openpep/openpep/app/calendar"
)

// termInfo is what the engine works out once per loaded term, because it is
// the same for every child.
type termInfo struct {
	term calendar.Term

	// nextStart is the start of the next term and windowEnd the day before
	// it, the last day a PEP meets this term's requirement. Both are zero
	// when the next term is not loaded: the window stays open.
	nextStart calendar.Date
	windowEnd calendar.Date

	// initialBy is the latest due date of an initial requirement for any
	// period of care starting on or before prevStart, the previous loaded
	// term's start; zero when there is no such term or the calendar cannot
	// count from it.
	prevStart calendar.Date
	initialBy calendar.Date

	explanation string
}

// termInfos works out the per-term facts for every term cal holds.
func termInfos(cal *calendar.Calendar, rules Rules) []termInfo {
	terms := cal.Terms()
	infos := make([]termInfo, len(terms))
	for i, t := range terms {
		info := &infos[i]
		info.term = t
		info.explanation = termlyExplanation(cal, t)
		if next, ok := cal.NextTerm(t); ok {
			info.nextStart = next.Start
			info.windowEnd = next.Start.AddDays(-1)
		}
		if i > 0 {
			count, err := cal.Add(rules.InitialDayKind, terms[i-1].Start, rules.InitialDays)
			if err == nil {
				info.prevStart, info.initialBy = terms[i-1].Start, count.Due
			}
		}
	}
	return infos
}

// termlyExplanation says how t's PEP deadline came about. The calendar
// fills a missing deadline with the term's last school day, so a deadline
// on any other day was set by the authority.
func termlyExplanation(cal *calendar.Calendar, t calendar.Term) string {
	last, ok := lastSchoolDay(cal, t)
	var why string
	switch {
	case ok && last == t.PEPDeadline:
		why = "the last school day of the term"
	case ok:
		why = "set by the authority; the term's last school day is " + last.Long()
	default:
		why = "set by the authority"
	}
	if t.Example {
		why += "; example term dates, not the authority's own"
	}
	return fmt.Sprintf("Termly PEP for %s: due on the term's PEP deadline, %s (%s)",
		t.Label(), t.PEPDeadline.Long(), why)
}

// lastSchoolDay returns the last school day of t, or false if it has none.
func lastSchoolDay(cal *calendar.Calendar, t calendar.Term) (calendar.Date, bool) {
	for d := t.End; !d.Before(t.Start); d = d.AddDays(-1) {
		if cal.IsSchoolDay(d) {
			return d, true
		}
	}
	return calendar.Date{}, false
}

// termly returns the termly requirement for term t of a child in care on
// its start in period p, or false when the initial requirement of p stands
// in for it. init is p's initial requirement, when it has one.
func (c *computation) termly(p Period, t *termInfo, init initialOutcome, hasInitial bool) (
	Requirement, bool, *UndeterminedError,
) {
	applies, unknown := termlyApplies(p, t, init, hasInitial)
	if !applies && unknown == nil {
		return Requirement{}, false, nil
	}

	r := Requirement{
		ChildID:     c.childID,
		Kind:        Termly,
		Term:        &t.term,
		PeriodStart: p.Start,
		PeriodEnd:   p.End,
		Completed:   c.firstPEP(t.term.Start, earlier(t.windowEnd, c.asOf)),
	}
	if unknown != nil {
		r.Status = StatusUndetermined
		r.Explanation = fmt.Sprintf("Termly PEP for %s: whether it is needed depends on the "+
			"initial PEP's due date, which cannot be worked out: %v", t.term.Label(), unknown.Err)
		problem := *unknown
		problem.Kind, problem.Term = Termly, t.term.Label()
		return r, true, &problem
	}

	r.Due = t.term.PEPDeadline
	r.Explanation = t.explanation
	r.settle(c.asOf, t.nextStart)
	return r, true, nil
}

// termlyApplies decides whether a child in care on t's start in period p
// needs a termly PEP for t. It does not when p began on t's start, nor when
// p's initial PEP falls due on or after t's start.
//
// When the initial due date is unknown (the calendar does not cover the
// period's start), the answer may still be certain: an initial PEP for a
// period starting no later than the previous term's start is due no later
// than one for a period starting on that day. If even that is before t's
// start, the termly PEP is needed; otherwise the initial's problem is
// returned and nobody guesses.
func termlyApplies(
	p Period, t *termInfo, init initialOutcome, hasInitial bool,
) (bool, *UndeterminedError) {
	switch {
	case !p.Start.Before(t.term.Start):
		return false, nil
	case !hasInitial:
		return true, nil
	case init.err == nil:
		return init.req.Due.Before(t.term.Start), nil
	case !t.initialBy.IsZero() && !p.Start.After(t.prevStart) && t.initialBy.Before(t.term.Start):
		return true, nil
	}
	return false, init.err
}
