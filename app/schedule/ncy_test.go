package schedule

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpep/openpep/app/calendar"
)

func TestNCY(t *testing.T) {
	t.Parallel()

	// Ages are on 31 August 2023, before the 2023/24 academic year.
	scenarios := []struct {
		name    string
		dob     string
		ncy     int
		label   string
		inScope bool
	}{
		{"aged 2, born 1 September", "2020-09-01", -2, "Below nursery age", false},
		{"aged 3, born 31 August", "2020-08-31", -1, "Nursery", true},
		{"aged 3, born on a leap day", "2020-02-29", -1, "Nursery", true},
		{"aged 4, born 31 August", "2019-08-31", 0, "Reception", true},
		{"aged 4, born at Christmas", "2018-12-25", 0, "Reception", true},
		{"aged 5", "2018-01-01", 1, "Year 1", true},
		{"aged 11", "2012-05-01", 7, "Year 7", true},
		{"aged 15", "2008-03-10", 11, "Year 11", true},
		{"aged 17, born 31 August", "2006-08-31", 13, "Year 13", true},
		{"aged 17, born 1 September", "2005-09-01", 13, "Year 13", true},
		{"aged 18", "2005-08-31", 14, "Beyond Year 13", false},
	}

	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			ncy := NCY(day(s.dob), 2023)
			got := []any{ncy, NCYLabel(ncy), InScope(day(s.dob), 2023)}
			want := []any{s.ncy, s.label, s.inScope}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("NCY, label, in scope (-want +got):\n%s", diff)
			}
		})
	}
}

func TestInScope_UnknownDOB(t *testing.T) {
	t.Parallel()
	if !InScope(calendar.Date{}, 2023) {
		t.Error("a child with no date of birth is out of scope, want in scope")
	}
}

func TestAcademicYear(t *testing.T) {
	t.Parallel()

	scenarios := []struct {
		date string
		want int
	}{
		{"2023-08-31", 2022},
		{"2023-09-01", 2023},
		{"2023-12-31", 2023},
		{"2024-01-01", 2023},
		{"2024-08-31", 2023},
	}

	for _, s := range scenarios {
		t.Run(s.date, func(t *testing.T) {
			t.Parallel()
			if got := AcademicYear(day(s.date)); got != s.want {
				t.Errorf("AcademicYear(%s) = %d, want %d", s.date, got, s.want)
			}
		})
	}
}
