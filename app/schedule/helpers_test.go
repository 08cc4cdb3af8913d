package schedule

import (
	"testing"

	"github.com/openpep/openpep/app/calendar"
)

var day = calendar.MustISO

// testHolidays lists the England and Wales bank holidays of 2023, 2024 and
// 2025, typed in by hand.
func testHolidays() []calendar.Holiday {
	dates := []struct{ date, name string }{
		{"2023-01-02", "New Year's Day (substitute)"},
		{"2023-04-07", "Good Friday"},
		{"2023-04-10", "Easter Monday"},
		{"2023-05-01", "Early May bank holiday"},
		{"2023-05-08", "Coronation of King Charles III"},
		{"2023-05-29", "Spring bank holiday"},
		{"2023-08-28", "Summer bank holiday"},
		{"2023-12-25", "Christmas Day"},
		{"2023-12-26", "Boxing Day"},
		{"2024-01-01", "New Year's Day"},
		{"2024-03-29", "Good Friday"},
		{"2024-04-01", "Easter Monday"},
		{"2024-05-06", "Early May bank holiday"},
		{"2024-05-27", "Spring bank holiday"},
		{"2024-08-26", "Summer bank holiday"},
		{"2024-12-25", "Christmas Day"},
		{"2024-12-26", "Boxing Day"},
		{"2025-01-01", "New Year's Day"},
		{"2025-04-18", "Good Friday"},
		{"2025-04-21", "Easter Monday"},
		{"2025-05-05", "Early May bank holiday"},
		{"2025-05-26", "Spring bank holiday"},
		{"2025-08-25", "Summer bank holiday"},
		{"2025-12-25", "Christmas Day"},
		{"2025-12-26", "Boxing Day"},
	}
	out := make([]calendar.Holiday, len(dates))
	for i, h := range dates {
		out[i] = calendar.Holiday{Date: day(h.date), Name: h.name}
	}
	return out
}

// testTerms is an invented authority's two academic years. Every date in
// the tests below is worked out by hand from this table:
//
//	2023/24 autumn  Mon  4 Sep 2023 - Fri 22 Dec 2023, half-term 23-27 Oct
//	2023/24 spring  Mon  8 Jan 2024 - Thu 28 Mar 2024, half-term 12-16 Feb
//	2023/24 summer  Mon 15 Apr 2024 - Fri 19 Jul 2024, half-term 27-31 May
//	2024/25 autumn  Tue  3 Sep 2024 - Fri 20 Dec 2024, half-term 28 Oct-1 Nov,
//	                closed Fri 15 Nov 2024 (INSET day)
//	2024/25 spring  Mon  6 Jan 2025 - Fri  4 Apr 2025, half-term 17-21 Feb,
//	                PEP deadline set by the authority: Fri 14 Mar 2025
//	2024/25 summer  Tue 22 Apr 2025 - Tue 22 Jul 2025, half-term 26-30 May,
//	                example dates
//
// Every other deadline defaults to the term's last school day. School days
// before 4 September 2023 and after 22 July 2025 are unknown.
func testTerms() []calendar.Term {
	term := func(year int, name calendar.TermName, start, end, htStart, htEnd string) calendar.Term {
		return calendar.Term{
			AcademicYear:  calendar.YearLabel(year),
			StartYear:     year,
			Name:          name,
			Start:         day(start),
			End:           day(end),
			HalfTermStart: day(htStart),
			HalfTermEnd:   day(htEnd),
		}
	}
	terms := []calendar.Term{
		term(2023, calendar.Autumn, "2023-09-04", "2023-12-22", "2023-10-23", "2023-10-27"),
		term(2023, calendar.Spring, "2024-01-08", "2024-03-28", "2024-02-12", "2024-02-16"),
		term(2023, calendar.Summer, "2024-04-15", "2024-07-19", "2024-05-27", "2024-05-31"),
		term(2024, calendar.Autumn, "2024-09-03", "2024-12-20", "2024-10-28", "2024-11-01"),
		term(2024, calendar.Spring, "2025-01-06", "2025-04-04", "2025-02-17", "2025-02-21"),
		term(2024, calendar.Summer, "2025-04-22", "2025-07-22", "2025-05-26", "2025-05-30"),
	}
	terms[4].PEPDeadline = day("2025-03-14")
	terms[5].Example = true
	return terms
}

func testClosures() []calendar.Closure {
	return []calendar.Closure{{Date: day("2024-11-15"), Reason: "INSET day"}}
}

func testCalendar(t testing.TB) *calendar.Calendar {
	t.Helper()
	cal, err := calendar.New(testHolidays(), testTerms(), testClosures())
	if err != nil {
		t.Fatalf("build test calendar: %v", err)
	}
	return cal
}

func testEngine(t testing.TB, rules Rules) *Engine {
	t.Helper()
	e, err := New(testCalendar(t), rules)
	if err != nil {
		t.Fatalf("build engine: %v", err)
	}
	return e
}

// row is a Requirement with its dates as ISO strings, so that expected
// schedules read as tables.
type row struct {
	Kind        Kind
	Term        string // the term's label for termly requirements
	PeriodStart string
	PeriodEnd   string
	Due         string
	Status      Status
	Completed   string
	DaysOverdue int
}

func rows(reqs []Requirement) []row {
	out := make([]row, len(reqs))
	for i, r := range reqs {
		out[i] = row{
			Kind:        r.Kind,
			PeriodStart: r.PeriodStart.String(),
			PeriodEnd:   r.PeriodEnd.String(),
			Due:         r.Due.String(),
			Status:      r.Status,
			Completed:   r.Completed.String(),
			DaysOverdue: r.DaysOverdue,
		}
		if r.Term != nil {
			out[i].Term = r.Term.Label()
		}
	}
	return out
}

// dates parses ISO dates for tables.
func dates(isos ...string) []calendar.Date {
	out := make([]calendar.Date, len(isos))
	for i, s := range isos {
		out[i] = day(s)
	}
	return out
}

// inCare is a child with one open-ended or closed episode starting a
// period of care; end may be "".
func inCare(dob, start, end string) Child {
	return Child{ID: "C1", DOB: day(dob), Episodes: []Episode{episode(start, end, "S")}}
}

func episode(start, end, rne string) Episode {
	ep := Episode{Start: day(start), RNE: rne}
	if end != "" {
		ep.End = day(end)
	}
	return ep
}
