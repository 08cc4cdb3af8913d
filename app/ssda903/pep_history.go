package ssda903

import "github.com/openpep/openpep/app/calendar"

// PEPRecord is one accepted row of a PEP history file: a PEP meeting held
// before the authority used OpenPEP, and the day its plan was completed.
// A batch never holds two records with the same ChildID and MeetingDate.
type PEPRecord struct {
	ChildID       string
	MeetingDate   calendar.Date
	CompletedDate calendar.Date // zero when the PEP was not completed
	File          string
	Line          int
}

// Completed reports whether the PEP was completed.
func (p PEPRecord) Completed() bool { return !p.CompletedDate.IsZero() }

// key identifies the record within a batch.
func (p PEPRecord) key() string { return p.ChildID + "\x00" + p.MeetingDate.String() }

// readPEP reads a PEP history row. The row is keyed when it has a child id
// and a readable meeting date.
func readPEP(r *record) (PEPRecord, bool) {
	p := PEPRecord{ChildID: r.childID(), File: r.file, Line: r.row.Line}
	var meetingOK, completedOK bool
	p.MeetingDate, meetingOK = r.date("MEETING_DATE", RuleValue, "PEP meeting date", true)
	p.CompletedDate, completedOK = r.date("COMPLETED_DATE", RuleValue, "PEP completed date", false)
	if meetingOK && completedOK && p.Completed() && p.CompletedDate.Before(p.MeetingDate) {
		r.errorf(RulePEPDates, "COMPLETED_DATE", r.get("COMPLETED_DATE"),
			"The PEP was completed (%s) before its meeting (%s)", p.CompletedDate, p.MeetingDate)
	}
	return p, p.ChildID != "" && meetingOK
}
