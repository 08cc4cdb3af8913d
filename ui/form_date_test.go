package ui

import (
	"testing"

	"github.com/openpep/openpep/app/calendar"
)

func TestDateValue_parse(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		value   dateValue
		want    string // YYYY-MM-DD, or "" for the zero date
		message string // "" for no problem
	}{
		{dateValue{}, "", ""},
		{dateValue{"3", "11", "2025"}, "2025-11-03", ""},
		{dateValue{"03", "04", "2024"}, "2024-04-03", ""},
		{dateValue{"29", "2", "2024"}, "2024-02-29", ""},
		{dateValue{"29", "2", "2025"}, "", "The date must be a real date"},
		{dateValue{"31", "4", "2025"}, "", "The date must be a real date"},
		{dateValue{"1", "13", "2025"}, "", "The date must be a real date"},
		{dateValue{"1", "1", "25"}, "", "The date must be a real date"},
		{dateValue{"x", "1", "2025"}, "", "The date must be a real date"},
		{dateValue{"", "1", "2025"}, "", "The date must include a day"},
		{dateValue{"1", "", ""}, "", "The date must include a month and year"},
	}
	for _, s := range scenarios {
		d, problem := s.value.parse("The date")
		var got, message string
		if !d.IsZero() {
			got = d.String()
		}
		if problem != nil {
			message = problem.Message
		}
		if got != s.want || message != s.message {
			t.Errorf("%v: got %q, %q; want %q, %q", s.value, got, message, s.want, s.message)
		}
	}
}

func TestDateValueFrom(t *testing.T) {
	t.Parallel()
	if v := dateValueFrom(calendar.MustISO("2025-09-01")); v != (dateValue{"1", "9", "2025"}) {
		t.Errorf("got %v", v)
	}
	if v := dateValueFrom(calendar.Date{}); !v.IsBlank() {
		t.Errorf("zero date gave %v", v)
	}
}
