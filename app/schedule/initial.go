package schedule

import (
	"fmt"

	"github.com/openpep/openpep/app/calendar"
)

// dueDate is the initial due date for periods of care starting on one day,
// with its explanation, or the calendar's reason for not knowing it.
type dueDate struct {
	date        calendar.Date
	explanation string
	err         error
}

// initialDue returns the initial due date for a period of care starting on
// start. Children entering care on the same day share the answer, so it is
// worked out once per day and kept: counting is cheap, but the explanation
// is not, and a cohort repeats its start dates many times over.
func (e *Engine) initialDue(start calendar.Date) dueDate {
	key := start.Time().Unix()
	if v, ok := e.initial.Load(key); ok {
		return v.(dueDate)
	}

	v, _ := e.initial.LoadOrStore(key, e.countInitial(start))
	return v.(dueDate)
}

func (e *Engine) countInitial(start calendar.Date) dueDate {
	count, err := e.cal.Add(e.rules.InitialDayKind, start, e.rules.InitialDays)
	if err != nil {
		return dueDate{
			explanation: fmt.Sprintf(
				"Initial PEP: the day %d %s days after %s cannot be worked out: %v",
				e.rules.InitialDays, e.rules.InitialDayKind, start.Long(), err),
			err: err,
		}
	}
	return dueDate{date: count.Due, explanation: "Initial PEP: " + count.Explain()}
}

// initialOutcome is an initial requirement with its problem, kept while the
// termly requirements of the same period of care are decided.
type initialOutcome struct {
	req Requirement
	err *UndeterminedError
}

// initial returns the initial requirement of period p, or false when the
// child was out of scope (below Nursery or beyond Year 13) in the academic
// year the period started.
func (c *computation) initial(p Period) (initialOutcome, bool) {
	if !InScope(c.dob, AcademicYear(p.Start)) {
		return initialOutcome{}, false
	}

	r := Requirement{
		ChildID:     c.childID,
		Kind:        Initial,
		PeriodStart: p.Start,
		PeriodEnd:   p.End,
		Completed:   c.firstPEP(p.Start, earlier(p.End, c.asOf)),
	}
	due := c.e.initialDue(p.Start)
	r.Explanation = due.explanation
	if due.err != nil {
		r.Status = StatusUndetermined
		problem := &UndeterminedError{
			ChildID: c.childID, Kind: Initial, PeriodStart: p.Start, Err: due.err,
		}
		return initialOutcome{req: r, err: problem}, true
	}

	r.Due = due.date
	r.settle(c.asOf, calendar.Date{})
	return initialOutcome{req: r}, true
}

// earlier returns the earlier of a and b, where a zero a means no limit.
func earlier(a, b calendar.Date) calendar.Date {
	if a.IsZero() || a.After(b) {
		return b
	}
	return a
}
