package ui

// Requirement statuses, as the schedule engine names them.
const (
	statusDue             = "due"
	statusOverdue         = "overdue"
	statusCompletedOnTime = "completed_on_time"
	statusCompletedLate   = "completed_late"
	statusMissed          = "missed"
	statusNotRequired     = "not_required"
)

// statuses lists every requirement status in the order pages show them.
var statuses = []string{
	statusDue, statusOverdue, statusCompletedOnTime,
	statusCompletedLate, statusMissed, statusNotRequired,
}

// overdueBands lists the bands of days overdue, shortest first.
var overdueBands = []string{"1-7", "8-14", "15-28", "over 28"}

// statusLabel names a requirement status for people.
func statusLabel(status string) string {
	switch status {
	case statusDue:
		return "Due"
	case statusOverdue:
		return "Overdue"
	case statusCompletedOnTime:
		return "Completed on time"
	case statusCompletedLate:
		return "Completed late"
	case statusMissed:
		return "Missed"
	case statusNotRequired:
		return "Not required"
	}
	return status
}

// statusClass picks the GOV.UK tag colour for a requirement status.
func statusClass(status string) string {
	switch status {
	case statusDue:
		return "govuk-tag--blue"
	case statusOverdue:
		return "govuk-tag--red"
	case statusCompletedOnTime:
		return "govuk-tag--green"
	case statusCompletedLate:
		return "govuk-tag--yellow"
	case statusMissed:
		return "govuk-tag--orange"
	}
	return "govuk-tag--grey"
}

// bandLabel names an overdue band for people.
func bandLabel(band string) string {
	if band == "over 28" {
		return "Over 28 days"
	}
	return band + " days"
}
