package calendar

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var d = MustISO

// fixtureHolidays are the England and Wales bank holidays for 2023 to 2025,
// written out by hand from the published lists.
func fixtureHolidays() []Holiday {
	return []Holiday{
		{d("2023-01-02"), "New Year's Day (substitute day)"},
		{d("2023-04-07"), "Good Friday"},
		{d("2023-04-10"), "Easter Monday"},
		{d("2023-05-01"), "Early May bank holiday"},
		{d("2023-05-08"), "Coronation bank holiday"},
		{d("2023-05-29"), "Spring bank holiday"},
		{d("2023-08-28"), "Summer bank holiday"},
		{d("2023-12-25"), "Christmas Day"},
		{d("2023-12-26"), "Boxing Day"},
		{d("2024-01-01"), "New Year's Day"},
		{d("2024-03-29"), "Good Friday"},
		{d("2024-04-01"), "Easter Monday"},
		{d("2024-05-06"), "Early May bank holiday"},
		{d("2024-05-27"), "Spring bank holiday"},
		{d("2024-08-26"), "Summer bank holiday"},
		{d("2024-12-25"), "Christmas Day"},
		{d("2024-12-26"), "Boxing Day"},
		{d("2025-01-01"), "New Year's Day"},
		{d("2025-04-18"), "Good Friday"},
		{d("2025-04-21"), "Easter Monday"},
		{d("2025-05-05"), "Early May bank holiday"},
		{d("2025-05-26"), "Spring bank holiday"},
		{d("2025-08-25"), "Summer bank holiday"},
		{d("2025-12-25"), "Christmas Day"},
		{d("2025-12-26"), "Boxing Day"},
	}
}

// fixtureTerms is a made-up authority's calendar for 2023/24 and 2024/25,
// with the 2024/25 spring term deliberately missing. Given out of order to
// check that New sorts.
func fixtureTerms() []Term {
	return []Term{
		{AcademicYear: "2024/25", StartYear: 2024, Name: Summer,
			Start: d("2025-04-22"), End: d("2025-07-22"),
			HalfTermStart: d("2025-05-26"), HalfTermEnd: d("2025-05-30")},
		{AcademicYear: "2023/24", StartYear: 2023, Name: Autumn,
			Start: d("2023-09-04"), End: d("2023-12-20"),
			HalfTermStart: d("2023-10-30"), HalfTermEnd: d("2023-11-03")},
		{AcademicYear: "2023/24", StartYear: 2023, Name: Spring,
			Start: d("2024-01-04"), End: d("2024-03-28"),
			HalfTermStart: d("2024-02-12"), HalfTermEnd: d("2024-02-16")},
		{AcademicYear: "2023/24", StartYear: 2023, Name: Summer,
			Start: d("2024-04-15"), End: d("2024-07-23"),
			HalfTermStart: d("2024-05-27"), HalfTermEnd: d("2024-05-31")},
		{AcademicYear: "2024/25", StartYear: 2024, Name: Autumn,
			Start: d("2024-09-04"), End: d("2024-12-20"),
			HalfTermStart: d("2024-10-28"), HalfTermEnd: d("2024-11-01"),
			PEPDeadline: d("2024-12-13")},
	}
}

func fixtureClosures() []Closure {
	return []Closure{
		{Date: d("2023-09-04"), Reason: "INSET day"},
		{Date: d("2024-01-04"), Reason: "INSET day"},
		{Date: d("2024-07-22"), Reason: "INSET day"},
		{Date: d("2024-07-23"), Reason: "INSET day"},
	}
}

func fixture(t testing.TB) *Calendar {
	t.Helper()
	c, err := New(fixtureHolidays(), fixtureTerms(), fixtureClosures())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func TestCalendar_IsWorkingDay(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	scenarios := []struct {
		name string
		day  string
		want bool
	}{
		{"ordinary Monday", "2024-01-15", true},
		{"Saturday", "2024-01-13", false},
		{"Sunday", "2024-01-14", false},
		{"Good Friday", "2024-03-29", false},
		{"Easter Monday", "2024-04-01", false},
		{"half-term Monday is still a working day", "2024-02-12", true},
		{"Christmas Day", "2024-12-25", false},
		{"day after Boxing Day", "2024-12-27", true},
		{"summer holiday weekday", "2024-08-01", true},
		{"coronation", "2023-05-08", false},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			if got := c.IsWorkingDay(d(s.day)); got != s.want {
				t.Errorf("IsWorkingDay(%s) = %v, want %v", s.day, got, s.want)
			}
		})
	}
}

func TestCalendar_IsSchoolDay(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	scenarios := []struct {
		name string
		day  string
		want bool
	}{
		{"ordinary term day", "2024-01-15", true},
		{"first day of half-term", "2024-02-12", false},
		{"last day of half-term", "2024-02-16", false},
		{"day after half-term", "2024-02-19", true},
		{"last day of autumn term", "2023-12-20", true},
		{"first day of Christmas holiday", "2023-12-21", false},
		{"Christmas Day", "2023-12-25", false},
		{"first day of spring term is an INSET day", "2024-01-04", false},
		{"second day of spring term", "2024-01-05", true},
		{"bank holiday in term", "2024-05-06", false},
		{"bank holiday in half-term", "2024-05-27", false},
		{"INSET on the first day of the year", "2023-09-04", false},
		{"second day of the year", "2023-09-05", true},
		{"last Friday of summer term", "2024-07-19", true},
		{"closure at the end of summer term", "2024-07-22", false},
		{"summer holiday", "2024-08-01", false},
		{"Saturday in term", "2024-01-13", false},
		{"weekday where no spring term is loaded", "2025-01-15", false},
		{"before every term", "2023-06-01", false},
		{"zero date", "", false},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			var day Date
			if s.day != "" {
				day = d(s.day)
			}
			if got := c.IsSchoolDay(day); got != s.want {
				t.Errorf("IsSchoolDay(%s) = %v, want %v", s.day, got, s.want)
			}
		})
	}
}

func TestCalendar_Terms(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	type summary struct{ Label, Start, Deadline string }
	var got []summary
	for _, term := range c.Terms() {
		got = append(got, summary{term.Label(), term.Start.String(), term.PEPDeadline.String()})
	}

	// The default deadline is the last school day: summer 2024 ends with two
	// INSET days, so its deadline is the Friday before.
	want := []summary{
		{"2023/24 autumn", "2023-09-04", "2023-12-20"},
		{"2023/24 spring", "2024-01-04", "2024-03-28"},
		{"2023/24 summer", "2024-04-15", "2024-07-19"},
		{"2024/25 autumn", "2024-09-04", "2024-12-13"},
		{"2024/25 summer", "2025-04-22", "2025-07-22"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Terms() mismatch (-want +got):\n%s", diff)
	}
}

func TestCalendar_TermOn(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	scenarios := []struct {
		name string
		day  string
		want string // term label, "" for none
	}{
		{"first day", "2023-09-04", "2023/24 autumn"},
		{"in half-term", "2024-02-14", "2023/24 spring"},
		{"last day", "2024-07-23", "2023/24 summer"},
		{"Easter holiday", "2024-04-01", ""},
		{"before every term", "2023-01-01", ""},
		{"after every term", "2025-07-23", ""},
		{"missing spring term", "2025-02-03", ""},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			term, ok := c.TermOn(d(s.day))
			if got := term.Label(); ok && got != s.want || !ok && s.want != "" {
				t.Errorf("TermOn(%s) = %q, %v; want %q", s.day, got, ok, s.want)
			}
		})
	}
}

func TestCalendar_NextTerm(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	scenarios := []struct {
		name string
		from Term
		want string // "" when there is none
	}{
		{"autumn to spring", Term{StartYear: 2023, Name: Autumn}, "2023/24 spring"},
		{"spring to summer", Term{StartYear: 2023, Name: Spring}, "2023/24 summer"},
		{"summer to next autumn", Term{StartYear: 2023, Name: Summer}, "2024/25 autumn"},
		{"next term not loaded", Term{StartYear: 2024, Name: Autumn}, ""},
		{"last term", Term{StartYear: 2024, Name: Summer}, ""},
		{"unknown name", Term{StartYear: 2023, Name: "winter"}, ""},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			term, ok := c.NextTerm(s.from)
			if got := term.Label(); ok && got != s.want || !ok && s.want != "" {
				t.Errorf("NextTerm = %q, %v; want %q", got, ok, s.want)
			}
		})
	}
}

func TestCalendar_Holiday(t *testing.T) {
	t.Parallel()
	c := fixture(t)
	if name, ok := c.Holiday(d("2024-03-29")); !ok || name != "Good Friday" {
		t.Errorf("Holiday(2024-03-29) = %q, %v; want Good Friday", name, ok)
	}
	if name, ok := c.Holiday(d("2024-03-28")); ok {
		t.Errorf("Holiday(2024-03-28) = %q, want none", name)
	}
}

func TestNew_Errors(t *testing.T) {
	t.Parallel()
	autumn := Term{AcademicYear: "2024/25", StartYear: 2024, Name: Autumn,
		Start: d("2024-09-04"), End: d("2024-12-20"),
		HalfTermStart: d("2024-10-28"), HalfTermEnd: d("2024-11-01")}
	scenarios := []struct {
		name  string
		edit  func(t *Term)
		extra []Term
		want  string
	}{
		{"end before start", func(t *Term) { t.End = d("2024-09-01") }, nil, "ends"},
		{"unknown name", func(t *Term) { t.Name = "winter" }, nil, "unknown term name"},
		{"capitalised name", func(t *Term) { t.Name = "Autumn" }, nil, "unknown term name"},
		{"half-term outside term", func(t *Term) { t.HalfTermEnd = d("2024-12-23") }, nil, "half-term"},
		{"half-term with no end", func(t *Term) { t.HalfTermEnd = Date{} }, nil, "half-term"},
		{"half-term backwards", func(t *Term) {
			t.HalfTermStart, t.HalfTermEnd = t.HalfTermEnd, t.HalfTermStart
		}, nil, "half-term"},
		{"no end date", func(t *Term) { t.End = Date{} }, nil, "start and an end"},
		{"PEP deadline on a Saturday", func(t *Term) { t.PEPDeadline = d("2024-12-14") }, nil, "not a school day"},
		{"PEP deadline in half-term", func(t *Term) { t.PEPDeadline = d("2024-10-30") }, nil, "not a school day"},
		{"PEP deadline after the term", func(t *Term) { t.PEPDeadline = d("2024-12-25") }, nil, "PEP deadline"},
		{"PEP deadline before the term", func(t *Term) { t.PEPDeadline = d("2024-09-03") }, nil, "PEP deadline"},
		{"wrong academic year", func(t *Term) { t.StartYear = 2023 }, nil, "outside academic year"},
		{"overlap", nil, []Term{{StartYear: 2024, Name: Spring,
			Start: d("2024-12-20"), End: d("2025-03-28")}}, "overlaps"},
		{"duplicate", func(t *Term) {
			t.End, t.HalfTermStart, t.HalfTermEnd = d("2024-09-30"), Date{}, Date{}
		}, []Term{{StartYear: 2024, Name: Autumn, Start: d("2024-10-01"), End: d("2024-10-02")}}, "twice"},
		{"an autumn term in December", nil, []Term{{StartYear: 2024, Name: Autumn,
			Start: d("2024-12-21"), End: d("2024-12-31")}}, "autumn term cannot start in December"},
		{"a spring term in September", nil, []Term{{StartYear: 2024, Name: Spring,
			Start: d("2024-09-02"), End: d("2024-09-03")}}, "spring term cannot start in September"},
		{"no school days", func(t *Term) {
			t.Start, t.End, t.HalfTermStart, t.HalfTermEnd = d("2024-09-07"), d("2024-09-08"), Date{}, Date{}
		}, nil, "no school days"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			term := autumn
			if s.edit != nil {
				s.edit(&term)
			}
			_, err := New(fixtureHolidays(), append([]Term{term}, s.extra...), nil)
			if err == nil || !strings.Contains(err.Error(), s.want) {
				t.Errorf("New error = %v, want one containing %q", err, s.want)
			}
		})
	}
}

func TestNew_FillsYear(t *testing.T) {
	t.Parallel()
	c, err := New(fixtureHolidays(), []Term{{Name: Spring, Start: d("2024-01-04"), End: d("2024-03-28")}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := c.Terms()[0]
	if got.StartYear != 2023 || got.AcademicYear != "2023/24" {
		t.Errorf("StartYear, AcademicYear = %d, %q; want 2023, 2023/24", got.StartYear, got.AcademicYear)
	}
}

func TestDate_dayNumber(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"1970-01-01", "1969-12-31", "1900-03-01", "2024-02-29", "2099-12-31"} {
		day := d(s)
		if got := dateOfDay(day.dayNumber()); got != day {
			t.Errorf("dateOfDay(dayNumber(%s)) = %s", s, got)
		}
	}
	if n := d("1970-01-02").dayNumber(); n != 1 {
		t.Errorf("dayNumber(1970-01-02) = %d, want 1", n)
	}
}

func isUncovered(err error) (*UncoveredError, bool) {
	var u *UncoveredError
	ok := errors.As(err, &u)
	return u, ok
}
