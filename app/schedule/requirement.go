package schedule

import "github.com/openpep/openpep/app/calendar"

// Kind says which rule a requirement comes from.
type Kind string

// The kinds of requirement.
const (
	Initial Kind = "initial" // a PEP for each new period of care
	Termly  Kind = "termly"  // a PEP each school term while in care
)

// Status says where a requirement stands on the as-of date.
type Status string

// The statuses a requirement can have.
const (
	StatusDue             Status = "due"               // not met, due date not yet passed
	StatusOverdue         Status = "overdue"           // not met, past due, still open
	StatusCompletedOnTime Status = "completed_on_time" // met on or before the due date
	StatusCompletedLate   Status = "completed_late"    // met after the due date
	StatusMissed          Status = "missed"            // closed unmet after falling due
	StatusNotRequired     Status = "not_required"      // care ended by the due date
	StatusUndetermined    Status = "undetermined"      // the calendar cannot say
)

// Label names s for people, as in "Completed on time".
func (s Status) Label() string {
	switch s {
	case StatusDue:
		return "Due"
	case StatusOverdue:
		return "Overdue"
	case StatusCompletedOnTime:
		return "Completed on time"
	case StatusCompletedLate:
		return "Completed late"
	case StatusMissed:
		return "Missed"
	case StatusNotRequired:
		return "Not required"
	case StatusUndetermined:
		return "Cannot be worked out"
	}
	return string(s)
}

// The bands that overdue requirements are counted in, by days overdue.
const (
	Band1To7   = "1-7"
	Band8To14  = "8-14"
	Band15To28 = "15-28"
	BandOver28 = "over 28"
)

// Bands returns the overdue bands in order, shortest delay first.
func Bands() []string { return []string{Band1To7, Band8To14, Band15To28, BandOver28} }

// Requirement is one PEP a child needs: what calls for it, when it is due
// and where it stands on the as-of date it was computed for.
type Requirement struct {
	ChildID string
	Kind    Kind

	// Term is the term a termly requirement belongs to, nil for an initial
	// one. It is shared by every requirement for that term: do not modify.
	Term *calendar.Term

	// PeriodStart and PeriodEnd bound the period of care the requirement
	// arises in; PeriodEnd is zero while the child is still in care.
	PeriodStart calendar.Date
	PeriodEnd   calendar.Date

	Due         calendar.Date // zero when undetermined by the calendar
	Status      Status
	Completed   calendar.Date // the PEP that met it; zero when unmet
	DaysOverdue int           // calendar days past due; only when overdue
	Explanation string        // how the due date was worked out, in a sentence
}

// Band returns the overdue band of r ("1-7", "8-14", "15-28" or "over
// 28"), or "" when r is not overdue.
func (r Requirement) Band() string {
	switch {
	case r.Status != StatusOverdue:
		return ""
	case r.DaysOverdue <= 7:
		return Band1To7
	case r.DaysOverdue <= 14:
		return Band8To14
	case r.DaysOverdue <= 28:
		return Band15To28
	}
	return BandOver28
}

// settle sets r's status as of asOf, from its due date, the PEP that met it
// (if any) and the end of its period of care. nextTerm is the start of the
// term after a termly requirement's term, zero when it is not loaded or r
// is initial. The checks run in the order the rules give them.
func (r *Requirement) settle(asOf, nextTerm calendar.Date) {
	ended := !r.PeriodEnd.IsZero() && !r.PeriodEnd.After(asOf)
	switch {
	case !r.Completed.IsZero() && r.Completed.After(r.Due):
		r.Status = StatusCompletedLate
	case !r.Completed.IsZero():
		r.Status = StatusCompletedOnTime
	case ended && !r.PeriodEnd.After(r.Due):
		r.Status = StatusNotRequired
	case ended:
		r.Status = StatusMissed
	case !nextTerm.IsZero() && !nextTerm.After(asOf):
		r.Status = StatusMissed
	case !asOf.After(r.Due):
		r.Status = StatusDue
	default:
		r.Status = StatusOverdue
		r.DaysOverdue = asOf.DaysSince(r.Due)
	}
}
