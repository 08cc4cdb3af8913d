package ui

import (
	"github.com/openpep/openpep/app/schedule"
	"github.com/openpep/openpep/app/store"
)

// statuses lists every requirement status in the order pages show them.
var statuses = []string{
	string(schedule.StatusDue),
	string(schedule.StatusOverdue),
	string(schedule.StatusCompletedOnTime),
	string(schedule.StatusCompletedLate),
	string(schedule.StatusMissed),
	string(schedule.StatusNotRequired),
	string(schedule.StatusUndetermined),
}

// statusLabel names a requirement status for people.
func statusLabel(status string) string {
	return schedule.Status(status).Label()
}

// statusClass picks the GOV.UK tag colour for a requirement status.
func statusClass(status string) string {
	switch schedule.Status(status) {
	case schedule.StatusDue:
		return "govuk-tag--blue"
	case schedule.StatusOverdue:
		return "govuk-tag--red"
	case schedule.StatusCompletedOnTime:
		return "govuk-tag--green"
	case schedule.StatusCompletedLate:
		return "govuk-tag--yellow"
	case schedule.StatusMissed:
		return "govuk-tag--orange"
	}
	return "govuk-tag--grey"
}

// bandLabel names an overdue band for people.
func bandLabel(band string) string {
	if band == schedule.BandOver28 {
		return "Over 28 days overdue"
	}
	return band + " days overdue"
}

// kindLabel names a kind of requirement for people.
func kindLabel(kind string) string {
	switch schedule.Kind(kind) {
	case schedule.Initial:
		return "Initial PEP"
	case schedule.Termly:
		return "Termly PEP"
	}
	return kind
}

// pepStatusLabel names a PEP record's status for people.
func pepStatusLabel(status string) string {
	switch status {
	case store.PEPDraft:
		return "Draft"
	case store.PEPCompleted:
		return "Completed"
	}
	return status
}

// pepSourceLabel says where a PEP record came from.
func pepSourceLabel(source string) string {
	switch source {
	case store.SourceOpenPEP:
		return "OpenPEP"
	case store.SourceImport:
		return "A previous system (imported)"
	case store.SourceDemo:
		return "Demo data"
	}
	return source
}
