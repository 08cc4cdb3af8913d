package schedule

import (
	"fmt"

	"github.com/openpep/openpep/app/calendar"
)

// UndeterminedError says that a requirement's status is StatusUndetermined
// because the calendar could not answer, usually for want of term dates
// (Err is then a *calendar.UncoveredError, reachable with errors.As).
type UndeterminedError struct {
	ChildID     string
	Kind        Kind
	PeriodStart calendar.Date
	Term        string // the term's label, for a termly requirement
	Err         error
}

func (e *UndeterminedError) Error() string {
	if e.Kind == Termly {
		return fmt.Sprintf("child %s: termly PEP for %s: %v", e.ChildID, e.Term, e.Err)
	}
	return fmt.Sprintf("child %s: initial PEP for the period of care from %s: %v",
		e.ChildID, e.PeriodStart, e.Err)
}

// Unwrap returns the calendar's error.
func (e *UndeterminedError) Unwrap() error { return e.Err }
