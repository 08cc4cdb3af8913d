package schedule

import (
	"strconv"
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// National curriculum years as NCY returns them. Year 1 to Year 13 are
// simply 1 to 13; anything below NCYNursery is not yet of nursery age and
// anything above NCYYear13 has left school age.
const (
	NCYNursery   = -1
	NCYReception = 0
	NCYYear13    = 13
)

// NCY returns the national curriculum year of a child born on dob during
// the academic year starting in September of academicStartYear. It follows
// the child's age on the 31 August before the year: age 3 is Nursery (-1),
// 4 Reception (0), 5 Year 1 and so on to 17, Year 13.
func NCY(dob calendar.Date, academicStartYear int) int {
	age := academicStartYear - dob.Year()
	if dob.Month() > time.August {
		age-- // not yet had the birthday by 31 August
	}
	return age - 4
}

// NCYLabel names a national curriculum year as NCY numbers it: "Nursery",
// "Reception", "Year 1" to "Year 13", and "Below nursery age" or "Beyond
// Year 13" outside that range.
func NCYLabel(ncy int) string {
	switch {
	case ncy < NCYNursery:
		return "Below nursery age"
	case ncy == NCYNursery:
		return "Nursery"
	case ncy == NCYReception:
		return "Reception"
	case ncy > NCYYear13:
		return "Beyond Year 13"
	}
	return "Year " + strconv.Itoa(ncy)
}

// InScope reports whether a child born on dob needs PEPs, when looked
// after, in the academic year starting in September of academicStartYear:
// from Nursery to Year 13. A child whose date of birth is unknown (zero) is
// taken to be in scope, so that no PEP goes unasked for.
func InScope(dob calendar.Date, academicStartYear int) bool {
	if dob.IsZero() {
		return true
	}

	ncy := NCY(dob, academicStartYear)
	return ncy >= NCYNursery && ncy <= NCYYear13
}

// AcademicYear returns the first calendar year of the academic year that
// contains d: 2024 for any day from 1 September 2024 to 31 August 2025.
func AcademicYear(d calendar.Date) int {
	if d.Month() >= time.September {
		return d.Year()
	}
	return d.Year() - 1
}
