package calendar

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func skip(from, to, reason string) Skip {
	return Skip{From: d(from), To: d(to), Reason: reason}
}

func TestCalendar_Add(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	scenarios := []struct {
		name    string
		kind    DayKind
		from    string
		n       int
		due     string
		skipped []Skip
		explain string
	}{
		{
			name: "twenty school days across half-term",
			kind: SchoolDays, from: "2024-01-15", n: 20, due: "2024-02-19",
			skipped: []Skip{
				skip("2024-01-20", "2024-01-21", "weekend"),
				skip("2024-01-27", "2024-01-28", "weekend"),
				skip("2024-02-03", "2024-02-04", "weekend"),
				skip("2024-02-10", "2024-02-11", "weekend"),
				skip("2024-02-12", "2024-02-16", "half-term"),
				skip("2024-02-17", "2024-02-18", "weekend"),
			},
			explain: "20 school days after 15 January 2024 is 19 February 2024; " +
				"skipped 10 weekend days and half-term 12-16 February 2024",
		},
		{
			name: "school days across Christmas and an INSET day",
			kind: SchoolDays, from: "2023-12-18", n: 5, due: "2024-01-09",
			skipped: []Skip{
				skip("2023-12-21", "2024-01-03", "school holiday"),
				skip("2024-01-04", "2024-01-04", "closure: INSET day"),
				skip("2024-01-06", "2024-01-07", "weekend"),
			},
			explain: "5 school days after 18 December 2023 is 9 January 2024; " +
				"skipped 2 weekend days, school holiday 21 December 2023 to 3 January 2024 " +
				"and closure (INSET day) 4 January 2024",
		},
		{
			name: "school days to the end of term",
			kind: SchoolDays, from: "2024-03-25", n: 3, due: "2024-03-28",
			explain: "3 school days after 25 March 2024 is 28 March 2024; no days skipped",
		},
		{
			name: "school days over Easter",
			kind: SchoolDays, from: "2024-03-25", n: 4, due: "2024-04-15",
			skipped: []Skip{skip("2024-03-29", "2024-04-14", "school holiday")},
			explain: "4 school days after 25 March 2024 is 15 April 2024; " +
				"skipped school holiday 29 March to 14 April 2024",
		},
		{
			name: "bank holiday in term",
			kind: SchoolDays, from: "2024-05-03", n: 1, due: "2024-05-07",
			skipped: []Skip{
				skip("2024-05-04", "2024-05-05", "weekend"),
				skip("2024-05-06", "2024-05-06", "bank holiday: Early May bank holiday"),
			},
			explain: "1 school day after 3 May 2024 is 7 May 2024; " +
				"skipped 2 weekend days and Early May bank holiday 6 May 2024",
		},
		{
			name: "bank holiday inside half-term counts as half-term",
			kind: SchoolDays, from: "2024-05-24", n: 1, due: "2024-06-03",
			skipped: []Skip{
				skip("2024-05-25", "2024-05-26", "weekend"),
				skip("2024-05-27", "2024-05-31", "half-term"),
				skip("2024-06-01", "2024-06-02", "weekend"),
			},
			explain: "1 school day after 24 May 2024 is 3 June 2024; " +
				"skipped 4 weekend days and half-term 27-31 May 2024",
		},
		{
			name: "the start day is never counted or skipped",
			kind: SchoolDays, from: "2024-01-13", n: 1, due: "2024-01-15",
			skipped: []Skip{skip("2024-01-14", "2024-01-14", "weekend")},
			explain: "1 school day after 13 January 2024 is 15 January 2024; skipped 1 weekend day",
		},
		{
			name: "starting in the holiday",
			kind: SchoolDays, from: "2023-12-25", n: 1, due: "2024-01-05",
			skipped: []Skip{
				skip("2023-12-26", "2024-01-03", "school holiday"),
				skip("2024-01-04", "2024-01-04", "closure: INSET day"),
			},
			explain: "1 school day after 25 December 2023 is 5 January 2024; " +
				"skipped school holiday 26 December 2023 to 3 January 2024 " +
				"and closure (INSET day) 4 January 2024",
		},
		{
			name: "consecutive closures make one run, then summer holiday",
			kind: SchoolDays, from: "2024-07-19", n: 1, due: "2024-09-04",
			skipped: []Skip{
				skip("2024-07-20", "2024-07-21", "weekend"),
				skip("2024-07-22", "2024-07-23", "closure: INSET day"),
				skip("2024-07-24", "2024-09-03", "school holiday"),
			},
			explain: "1 school day after 19 July 2024 is 4 September 2024; " +
				"skipped 2 weekend days, closure (INSET day) 22-23 July 2024 " +
				"and school holiday 24 July to 3 September 2024",
		},
		{
			name: "working days over Easter",
			kind: WorkingDays, from: "2024-03-27", n: 3, due: "2024-04-03",
			skipped: []Skip{
				skip("2024-03-29", "2024-03-29", "bank holiday: Good Friday"),
				skip("2024-03-30", "2024-03-31", "weekend"),
				skip("2024-04-01", "2024-04-01", "bank holiday: Easter Monday"),
			},
			explain: "3 working days after 27 March 2024 is 3 April 2024; " +
				"skipped 2 weekend days, Good Friday 29 March 2024 and Easter Monday 1 April 2024",
		},
		{
			name: "working days over Christmas",
			kind: WorkingDays, from: "2024-12-20", n: 10, due: "2025-01-08",
			skipped: []Skip{
				skip("2024-12-21", "2024-12-22", "weekend"),
				skip("2024-12-25", "2024-12-25", "bank holiday: Christmas Day"),
				skip("2024-12-26", "2024-12-26", "bank holiday: Boxing Day"),
				skip("2024-12-28", "2024-12-29", "weekend"),
				skip("2025-01-01", "2025-01-01", "bank holiday: New Year's Day"),
				skip("2025-01-04", "2025-01-05", "weekend"),
			},
			explain: "10 working days after 20 December 2024 is 8 January 2025; " +
				"skipped 6 weekend days, Christmas Day 25 December 2024, " +
				"Boxing Day 26 December 2024 and New Year's Day 1 January 2025",
		},
		{
			name: "half-term does not stop working days",
			kind: WorkingDays, from: "2024-02-09", n: 1, due: "2024-02-12",
			skipped: []Skip{skip("2024-02-10", "2024-02-11", "weekend")},
			explain: "1 working day after 9 February 2024 is 12 February 2024; skipped 2 weekend days",
		},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			got, err := c.Add(s.kind, d(s.from), s.n)
			if err != nil {
				t.Fatalf("Add: %v", err)
			}
			want := Count{Kind: s.kind, From: d(s.from), N: s.n, Due: d(s.due), Skipped: s.skipped}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Add mismatch (-want +got):\n%s", diff)
			}
			if e := got.Explain(); e != s.explain {
				t.Errorf("Explain:\n got %q\nwant %q", e, s.explain)
			}
		})
	}
}

func TestCalendar_Add_Uncovered(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	scenarios := []struct {
		name     string
		kind     DayKind
		from     string
		n        int
		wantFrom string
		wantTo   string // "" for open-ended
	}{
		{"school days before the first term", SchoolDays, "2023-08-01", 5, "2023-08-02", "2023-09-03"},
		{"school days after the last term", SchoolDays, "2025-07-21", 5, "2025-07-23", ""},
		{"school days into a missing spring term", SchoolDays, "2024-12-16", 10, "2024-12-21", "2025-04-21"},
		{"school days from inside the gap", SchoolDays, "2025-02-03", 1, "2025-02-04", "2025-04-21"},
		{"working days after the last holiday year", WorkingDays, "2025-12-30", 3, "2026-01-01", ""},
		{"working days before the first holiday year", WorkingDays, "2022-12-30", 1, "2022-12-31", "2022-12-31"},
		{"working days long before", WorkingDays, "2020-06-01", 1, "2020-06-02", "2022-12-31"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			_, err := c.Add(s.kind, d(s.from), s.n)
			u, ok := isUncovered(err)
			if !ok {
				t.Fatalf("Add error = %v, want *UncoveredError", err)
			}

			want := UncoveredError{From: d(s.wantFrom)}
			if s.wantTo != "" {
				want.To = d(s.wantTo)
			}
			if u.From != want.From || u.To != want.To {
				t.Errorf("uncovered %s to %s, want %s to %s", u.From, u.To, want.From, want.To)
			}
		})
	}
}

func TestCalendar_Add_Covered(t *testing.T) {
	t.Parallel()
	c := fixture(t)

	// Four school days remain in autumn 2024 after 16 December; the count
	// stops before the missing spring term, so it has an answer.
	got, err := c.Add(SchoolDays, d("2024-12-16"), 4)
	if err != nil || got.Due != d("2024-12-20") {
		t.Errorf("Add = %s, %v; want 2024-12-20", got.Due, err)
	}
}

func TestCalendar_Add_BadInput(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	scenarios := []struct {
		name string
		kind DayKind
		from Date
		n    int
	}{
		{"zero count", SchoolDays, d("2024-01-15"), 0},
		{"negative count", WorkingDays, d("2024-01-15"), -3},
		{"unknown kind", "calendar", d("2024-01-15"), 5},
		{"no start date", SchoolDays, Date{}, 5},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			_, err := c.Add(s.kind, s.from, s.n)
			if _, uncovered := isUncovered(err); err == nil || uncovered {
				t.Errorf("Add error = %v, want a plain error", err)
			}
		})
	}
}

func TestCalendar_Add_YearWithoutHolidays(t *testing.T) {
	t.Parallel()

	// 2024 is missing between 2023 and 2025, so it is not taken to have
	// no bank holidays.
	var holidays []Holiday
	for _, h := range fixtureHolidays() {
		if h.Date.Year() != 2024 {
			holidays = append(holidays, h)
		}
	}
	c, err := New(holidays, nil, nil)
	if err != nil {
		t.Fatal(err)
	}

	_, err = c.Add(WorkingDays, d("2023-12-29"), 2)
	if u, ok := isUncovered(err); !ok || u.From != d("2024-01-01") || u.To != d("2024-12-31") {
		t.Errorf("Add error = %v, want uncovered 2024-01-01 to 2024-12-31", err)
	}
}

func TestNew_NoHolidays(t *testing.T) {
	t.Parallel()

	// Without bank holidays for a term's years its school days cannot be
	// known honestly, so the term is refused, naming the year.
	_, err := New(nil, fixtureTerms(), nil)
	if err == nil || !strings.Contains(err.Error(), "no England and Wales bank holidays are loaded for 2023") {
		t.Errorf("New with no holidays: error %v", err)
	}

	// With no terms there is nothing to refuse, but working days still
	// cannot be counted.
	c, err := New(nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Add(WorkingDays, d("2024-01-15"), 1); err == nil {
		t.Error("Add(WorkingDays) with no holidays: want an UncoveredError")
	}
}

// exampleCalendar is the shipped holidays with the example terms, the
// calendar a new installation counts with.
func exampleCalendar(tb testing.TB) *Calendar {
	tb.Helper()
	terms, closures := ExampleTerms()
	c, err := New(Holidays(), terms, closures)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestCalendar_Add_Example2014(t *testing.T) {
	t.Parallel()
	c := exampleCalendar(t)

	// The example autumn 2014 runs from Wednesday 3 September (an INSET
	// day). Five school days after Wednesday 10 September: 11, 12, 15, 16
	// and 17 September.
	got, err := c.Add(SchoolDays, d("2014-09-10"), 5)
	if err != nil || got.Due != d("2014-09-17") {
		t.Errorf("Add = %v, %v; want 2014-09-17", got.Due, err)
	}
}

// BenchmarkCalendar_Add counts 20 school days from dates spread over ten
// years of the example calendar, as the schedule engine does per child.
func BenchmarkCalendar_Add(b *testing.B) {
	c := exampleCalendar(b)
	start := d("2015-01-01")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := c.Add(SchoolDays, start.AddDays(i%3650), 20); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCalendar_IsSchoolDay(b *testing.B) {
	c := exampleCalendar(b)
	start := d("2015-01-01")
	for i := 0; b.Loop(); i++ {
		c.IsSchoolDay(start.AddDays(i % 3650))
	}
}

func BenchmarkNew(b *testing.B) {
	h := Holidays()
	terms, closures := ExampleTerms()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(h, terms, closures); err != nil {
			b.Fatal(err)
		}
	}
}
