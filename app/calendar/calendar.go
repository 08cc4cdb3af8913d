package calendar

import "fmt"

// TermName is one of the three school terms.
type TermName string

// The school terms, in academic-year order.
const (
	Autumn TermName = "autumn"
	Spring TermName = "spring"
	Summer TermName = "summer"
)

// Term is one school term of an academic year.
type Term struct {
	AcademicYear  string   // label as the authority wrote it, e.g. "2024/25"
	StartYear     int      // first calendar year of the academic year (2024)
	Name          TermName // autumn, spring or summer
	Start, End    Date     // first and last day, inclusive
	HalfTermStart Date     // zero when the term has no half-term
	HalfTermEnd   Date
	PEPDeadline   Date // never zero once loaded into a Calendar
	Example       bool // from the shipped example calendar, not the LA
}

// Label names the term as reports show it: "<ACADEMIC_YEAR> <TERM>".
func (t Term) Label() string { return t.AcademicYear + " " + string(t.Name) }

// Holiday is a bank holiday in England and Wales.
type Holiday struct {
	Date Date
	Name string
}

// Closure is a day a school term has no teaching, such as an INSET day.
type Closure struct {
	Date    Date
	Reason  string
	Example bool
}

// DayKind says which days a deadline counts.
type DayKind string

// The kinds of day a deadline can count.
const (
	SchoolDays  DayKind = "school"
	WorkingDays DayKind = "working"
)

// Skip is a run of consecutive days passed over while counting, all for
// one reason ("weekend", "half-term", "school holiday", "bank holiday:
// Good Friday", "closure: INSET day").
type Skip struct {
	From, To Date
	Reason   string
}

// Count records how a deadline was worked out: the Nth day of Kind strictly
// after From is Due, and Skipped lists the days passed over on the way.
type Count struct {
	Kind    DayKind
	From    Date
	N       int
	Due     Date
	Skipped []Skip
}

// UncoveredError says that counting needed dates the calendar cannot speak
// for (no loaded term covers them, or no bank holidays are loaded for their
// year), so no honest answer exists until the authority loads them.
type UncoveredError struct {
	From, To Date // To is zero when every date from From on is uncovered
}

// Error names the uncovered dates. Either term dates or bank holidays may
// be what is missing; the message says both so nobody hunts for the wrong one.
func (e *UncoveredError) Error() string {
	if e.To.IsZero() {
		return fmt.Sprintf("no term dates or bank holidays are loaded for %s onwards", e.From)
	}
	return fmt.Sprintf("no term dates or bank holidays are loaded for %s to %s", e.From, e.To)
}
