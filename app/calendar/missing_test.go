package calendar

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCalendar_Missing(t *testing.T) {
	t.Parallel()
	term := func(year int, label string, name TermName, start, end string) Term {
		return Term{AcademicYear: label, StartYear: year, Name: name, Start: MustISO(start), End: MustISO(end)}
	}
	// 2024/25 with no spring term loaded, then summer.
	terms := []Term{
		term(2024, "2024/25", Autumn, "2024-09-04", "2024-12-20"),
		term(2024, "2024/25", Summer, "2025-04-22", "2025-07-22"),
	}
	cal, err := New(Holidays(), terms, nil)
	if err != nil {
		t.Fatal(err)
	}

	scenarios := []struct {
		name string
		asOf string
		want []string // After and Before labels
	}{
		{"inside the first term", "2024-11-01", nil},
		{"on the last day of autumn the gap has not begun", "2024-12-20", nil},
		{"after autumn ends, the missing spring", "2024-12-21", []string{"2024/25 autumn>2024/25 summer"}},
		{"after the last term ends, everything later too", "2025-07-23",
			[]string{"2024/25 autumn>2024/25 summer", "2024/25 summer>"}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			var got []string
			for _, m := range cal.Missing(MustISO(s.asOf)) {
				before := ""
				if m.Before != nil {
					before = m.Before.Label()
				}
				got = append(got, m.After.Label()+">"+before)
			}
			if diff := cmp.Diff(s.want, got); diff != "" {
				t.Errorf("missing (-want +got):\n%s", diff)
			}
		})
	}

	last := cal.Missing(MustISO("2025-09-01"))[1].Message()
	want := "No term dates are loaded after 22 July 2025 (the end of 2024/25 summer): PEPs for later " +
		"terms cannot be worked out until the authority loads them."
	if last != want {
		t.Errorf("message = %q", last)
	}
}

// TestNew_termBeyondHolidays refuses 2028/29 spring with only the shipped
// holidays: nothing is known of 2029's, so its school days (and its
// default PEP deadline, possibly Good Friday 30 March 2029) are unknown.
func TestNew_termBeyondHolidays(t *testing.T) {
	t.Parallel()
	spring := Term{AcademicYear: "2028/29", StartYear: 2028, Name: Spring,
		Start: MustISO("2029-01-03"), End: MustISO("2029-03-30")}
	_, err := New(Holidays(), []Term{spring}, nil)
	if err == nil || !strings.Contains(err.Error(), "no England and Wales bank holidays are loaded for 2029") {
		t.Errorf("New error = %v", err)
	}

	withHolidays := MergeHolidays(Holidays(), []Holiday{{MustISO("2029-01-01"), "New Year's Day"}})
	if _, err := New(withHolidays, []Term{spring}, nil); err != nil {
		t.Errorf("with 2029's holidays loaded: %v", err)
	}
}
