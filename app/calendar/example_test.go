package calendar

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExampleTerms_HandWorkedYears(t *testing.T) {
	t.Parallel()
	terms, closures := ExampleTerms()

	// Worked by hand from the rule in the ExampleTerms doc comment.
	// 2024/25: 1 September 2024 is a Sunday, so autumn starts Wednesday 4th;
	// 20 December is a Friday; the last Monday of October is the 28th.
	// New Year's Day 2025 is a Wednesday, Thursday 2nd moves on to Monday 6th.
	// Good Friday is 18 April 2025, Easter Monday 21 April; 12 February is
	// a Wednesday; 20 July 2025 is a Sunday; the last Monday of May is 26th.
	// 2022/23: 1 September 2022 is a Thursday, so Wednesday 7th; 20 December
	// is a Tuesday, so Friday 16th; the last Monday of October is 31st.
	// New Year's Day 2023 is a Sunday, the holiday Monday 2nd, so Tuesday 3rd.
	// Good Friday is 7 April 2023, Easter Monday 10 April; 12 February is a
	// Sunday; 20 July 2023 is a Thursday; the last Monday of May is 29th.
	ex := func(year string, y int, name TermName, start, end, half, halfEnd string) Term {
		return Term{AcademicYear: year, StartYear: y, Name: name, Start: d(start), End: d(end),
			HalfTermStart: d(half), HalfTermEnd: d(halfEnd), Example: true}
	}
	scenarios := []struct {
		year     int
		terms    []Term
		closures []Closure
	}{
		{
			year: 2024,
			terms: []Term{
				ex("2024/25", 2024, Autumn, "2024-09-04", "2024-12-20", "2024-10-28", "2024-11-01"),
				ex("2024/25", 2024, Spring, "2025-01-06", "2025-04-11", "2025-02-17", "2025-02-21"),
				ex("2024/25", 2024, Summer, "2025-04-28", "2025-07-18", "2025-05-26", "2025-05-30"),
			},
			closures: []Closure{
				{Date: d("2024-09-04"), Reason: "INSET day", Example: true},
				{Date: d("2025-01-06"), Reason: "INSET day", Example: true},
			},
		},
		{
			year: 2022,
			terms: []Term{
				ex("2022/23", 2022, Autumn, "2022-09-07", "2022-12-16", "2022-10-31", "2022-11-04"),
				ex("2022/23", 2022, Spring, "2023-01-03", "2023-03-31", "2023-02-13", "2023-02-17"),
				ex("2022/23", 2022, Summer, "2023-04-17", "2023-07-20", "2023-05-29", "2023-06-02"),
			},
			closures: []Closure{
				{Date: d("2022-09-07"), Reason: "INSET day", Example: true},
				{Date: d("2023-01-03"), Reason: "INSET day", Example: true},
			},
		},
	}
	for _, s := range scenarios {
		t.Run(YearLabel(s.year), func(t *testing.T) {
			if diff := cmp.Diff(s.terms, termsOfYear(terms, s.year)); diff != "" {
				t.Errorf("terms (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(s.closures, closuresOfYear(closures, s.year)); diff != "" {
				t.Errorf("closures (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExampleTerms_SchoolDays2024(t *testing.T) {
	t.Parallel()
	terms, closures := ExampleTerms()
	c, err := New(Holidays(), terms, closures)
	if err != nil {
		t.Fatal(err)
	}

	// Autumn: 3 days in the first week, 15 full weeks, less half-term, less
	// one INSET day = 72. Spring: 14 full weeks less half-term and one INSET
	// day = 64. Summer: 12 full weeks less half-term and the early May bank
	// holiday (5 May 2025) = 54.
	want := map[TermName]int{Autumn: 72, Spring: 64, Summer: 54}
	for _, term := range termsOfYear(c.Terms(), 2024) {
		if got := countSchoolDays(c, term.Start, term.End); got != want[term.Name] {
			t.Errorf("%s has %d school days, want %d", term.Label(), got, want[term.Name])
		}
	}
}

func TestExampleTerms_Sanity(t *testing.T) {
	t.Parallel()
	terms, closures := ExampleTerms()
	withClosures, err := New(Holidays(), terms, closures)
	if err != nil {
		t.Fatalf("New with the example calendar: %v", err)
	}
	plain, err := New(Holidays(), terms, nil)
	if err != nil {
		t.Fatal(err)
	}

	label := regexp.MustCompile(`^\d{4}/\d{2}$`)
	for y := FirstExampleYear; y <= LastExampleYear; y++ {
		t.Run(YearLabel(y), func(t *testing.T) {
			year := termsOfYear(terms, y)
			if len(year) != 3 {
				t.Fatalf("%d terms, want 3", len(year))
			}
			for _, term := range year {
				if !label.MatchString(term.AcademicYear) || !term.Example {
					t.Errorf("%s: label %q, Example %v", term.Label(), term.AcademicYear, term.Example)
				}
				if !term.inHalfTerm(term.HalfTermStart) || term.HalfTermStart.Before(term.Start) ||
					term.HalfTermEnd.After(term.End) {
					t.Errorf("%s: half-term %s to %s not inside the term", term.Label(), term.HalfTermStart, term.HalfTermEnd)
				}
			}

			first, last := AcademicYearDates(y)
			if n := countSchoolDays(plain, first, last); n < 185 || n > 195 {
				t.Errorf("%d school days before closures, want 185 to 195", n)
			}
			for _, cl := range closuresOfYear(closures, y) {
				if !plain.IsSchoolDay(cl.Date) || withClosures.IsSchoolDay(cl.Date) || !cl.Example {
					t.Errorf("closure %s is not an example closure of a school day", cl.Date)
				}
			}
		})
	}
	if len(closures) != 2*(LastExampleYear-FirstExampleYear+1) {
		t.Errorf("%d closures, want two a year", len(closures))
	}
}

func TestSpringStart(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		year int
		want string
	}{
		{2015, "2015-01-05"}, // New Year's Day Thursday; Friday moves on to Monday
		{2016, "2016-01-04"}, // Friday; Saturday moves on to Monday
		{2017, "2017-01-03"}, // Sunday; holiday Monday 2nd
		{2019, "2019-01-02"}, // Tuesday
		{2020, "2020-01-06"}, // Wednesday; Thursday moves on to Monday
		{2022, "2022-01-04"}, // Saturday; holiday Monday 3rd
		{2024, "2024-01-02"}, // Monday
	}
	for _, s := range scenarios {
		t.Run(fmt.Sprint(s.year), func(t *testing.T) {
			if got := springStart(s.year); got != d(s.want) {
				t.Errorf("springStart(%d) = %s, want %s", s.year, got, s.want)
			}
		})
	}
}

func TestReplaceYear(t *testing.T) {
	t.Parallel()
	example, exampleClosures := ExampleTerms()
	loaded := []Term{
		{AcademicYear: "2024-25", StartYear: 2024, Name: Autumn, Start: d("2024-09-03"), End: d("2024-12-20")},
		{AcademicYear: "2024-25", StartYear: 2024, Name: Spring, Start: d("2025-01-06"), End: d("2025-04-04")},
		{AcademicYear: "2024-25", StartYear: 2024, Name: Summer, Start: d("2025-04-22"), End: d("2025-07-22")},
	}
	loadedClosures := []Closure{
		{Date: d("2024-09-03"), Reason: "INSET day"},
		{Date: d("2025-09-03"), Reason: "Training"}, // replaces the 2025/26 example INSET day
	}
	terms, closures := ReplaceYear(example, exampleClosures, loaded, loadedClosures)

	if diff := cmp.Diff(loaded, termsOfYear(terms, 2024)); diff != "" {
		t.Errorf("2024/25 terms (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(termsOfYear(example, 2023), termsOfYear(terms, 2023)); diff != "" {
		t.Errorf("2023/24 terms changed (-want +got):\n%s", diff)
	}
	if len(terms) != len(example) {
		t.Errorf("%d terms, want %d", len(terms), len(example))
	}

	// The example INSET days of 2024/25 (4 September 2024, 6 January 2025)
	// go with the year; 2025/26 keeps its spring one (5 January 2026).
	wantClosures := []Closure{
		{Date: d("2024-09-03"), Reason: "INSET day"},
		{Date: d("2025-09-03"), Reason: "Training"},
		{Date: d("2026-01-05"), Reason: "INSET day", Example: true},
	}
	var got []Closure
	for _, c := range closures {
		if y := AcademicYearOf(c.Date); y == 2024 || y == 2025 {
			got = append(got, c)
		}
	}
	if diff := cmp.Diff(wantClosures, got); diff != "" {
		t.Errorf("closures (-want +got):\n%s", diff)
	}
	if _, err := New(Holidays(), terms, closures); err != nil {
		t.Errorf("New after ReplaceYear: %v", err)
	}
}

func TestAcademicYearOf(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		day  string
		want int
	}{
		{"2024-08-31", 2023},
		{"2024-09-01", 2024},
		{"2025-01-01", 2024},
		{"2025-08-31", 2024},
	}
	for _, s := range scenarios {
		t.Run(s.day, func(t *testing.T) {
			if got := AcademicYearOf(d(s.day)); got != s.want {
				t.Errorf("AcademicYearOf(%s) = %d, want %d", s.day, got, s.want)
			}
		})
	}
}

func termsOfYear(terms []Term, y int) []Term {
	var out []Term
	for _, t := range terms {
		if t.StartYear == y {
			out = append(out, t)
		}
	}
	return out
}

func closuresOfYear(closures []Closure, y int) []Closure {
	var out []Closure
	for _, c := range closures {
		if AcademicYearOf(c.Date) == y {
			out = append(out, c)
		}
	}
	return out
}

func countSchoolDays(c *Calendar, from, to Date) int {
	n := 0
	for day := from; !day.After(to); day = day.AddDays(1) {
		if c.IsSchoolDay(day) {
			n++
		}
	}
	return n
}
