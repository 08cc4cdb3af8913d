package calendar

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// holidayDates returns the dates of the shipped holidays in year y.
func holidayDates(y int) []string {
	var out []string
	for _, h := range Holidays() {
		if h.Date.Year() == y {
			out = append(out, h.Date.String())
		}
	}
	return out
}

func TestHolidays_Years(t *testing.T) {
	t.Parallel()

	// Worked out by hand from the rules and the proclamations for each year.
	scenarios := []struct {
		year int
		want []string
	}{
		// 2014 ships too, so the example calendar's 2014/15 autumn term
		// counts against known holidays.
		{2014, []string{"2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05",
			"2014-05-26", "2014-08-25", "2014-12-25", "2014-12-26"}},
		{2015, []string{"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04",
			"2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28"}}, // Boxing Day Saturday
		{2016, []string{"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02",
			"2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27"}}, // Christmas Sunday
		{2017, []string{"2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01",
			"2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26"}},
		{2020, []string{"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
			"2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}}, // VE Day
		{2021, []string{"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03",
			"2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"}}, // Christmas Saturday
		{2022, []string{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02",
			"2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
			"2022-12-26", "2022-12-27"}},
		{2023, []string{"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01",
			"2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"}},
		{2024, []string{"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06",
			"2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"}},
		{2027, []string{"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03",
			"2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"}},
		{2028, []string{"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01",
			"2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"}},
	}
	for _, s := range scenarios {
		t.Run(s.want[0][:4], func(t *testing.T) {
			if diff := cmp.Diff(s.want, holidayDates(s.year)); diff != "" {
				t.Errorf("holidays in %d (-want +got):\n%s", s.year, diff)
			}
		})
	}
}

func TestHolidays_Range(t *testing.T) {
	t.Parallel()
	h := Holidays()
	if first, last := h[0].Date, h[len(h)-1].Date; first != d("2014-01-01") || last != d("2028-12-26") {
		t.Errorf("holidays run %s to %s, want 2014-01-01 to 2028-12-26", first, last)
	}

	// Eight a year, plus the Platinum Jubilee, the State Funeral and the
	// Coronation.
	if len(h) != 15*8+3 {
		t.Errorf("len(Holidays()) = %d, want %d", len(h), 14*8+3)
	}
	for _, x := range h {
		if wd := x.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Errorf("%s %s falls at a weekend", x.Date, x.Name)
		}
	}
}

func TestHolidays_Names(t *testing.T) {
	t.Parallel()
	c, err := New(Holidays(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	scenarios := []struct {
		day  string
		want string
	}{
		{"2024-03-29", "Good Friday"},
		{"2021-12-27", "Christmas Day (substitute day)"},
		{"2021-12-28", "Boxing Day (substitute day)"},
		{"2020-05-08", "Early May bank holiday (VE day)"},
		{"2022-06-03", "Platinum Jubilee bank holiday"},
		{"2022-09-19", "Bank holiday for the State Funeral of Queen Elizabeth II"},
		{"2023-05-08", "Bank holiday for the coronation of King Charles III"},
		{"2028-01-03", "New Year’s Day (substitute day)"},
	}
	for _, s := range scenarios {
		t.Run(s.day, func(t *testing.T) {
			if got, ok := c.Holiday(d(s.day)); !ok || got != s.want {
				t.Errorf("Holiday(%s) = %q, %v; want %q", s.day, got, ok, s.want)
			}
		})
	}
}

func TestEasterSunday(t *testing.T) {
	t.Parallel()

	// Published Easter Sunday dates.
	want := map[int]string{
		2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16", 2018: "2018-04-01",
		2019: "2019-04-21", 2020: "2020-04-12", 2021: "2021-04-04", 2022: "2022-04-17",
		2023: "2023-04-09", 2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05",
		2027: "2027-03-28", 2028: "2028-04-16",
	}
	for y, w := range want {
		if got := EasterSunday(y); got != d(w) {
			t.Errorf("EasterSunday(%d) = %s, want %s", y, got, w)
		}
	}
}

func TestParseBankHolidaysJSON(t *testing.T) {
	t.Parallel()
	const whole = `{
	  "england-and-wales": {"division": "england-and-wales", "events": [
	    {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true},
	    {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true}
	  ]},
	  "scotland": {"division": "scotland", "events": [
	    {"title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": true}
	  ]},
	  "northern-ireland": {"division": "northern-ireland", "events": [
	    {"title": "Battle of the Boyne (Orangemen’s Day)", "date": "2026-07-13", "notes": "", "bunting": false}
	  ]}
	}`
	const bare = `{"division": "england-and-wales", "events": [
	    {"title": "Summer bank holiday", "date": "2029-08-27", "notes": "", "bunting": true}]}`
	scenarios := []struct {
		name    string
		input   string
		want    []Holiday
		wantErr string
	}{
		{
			name:  "whole gov.uk file, England and Wales only, sorted",
			input: whole,
			want: []Holiday{
				{d("2026-12-25"), "Christmas Day"},
				{d("2026-12-28"), "Boxing Day (substitute day)"},
			},
		},
		{
			name:  "bare division",
			input: bare,
			want:  []Holiday{{d("2029-08-27"), "Summer bank holiday"}},
		},
		{name: "not JSON", input: "Date,Name\n2026-12-25,Christmas", wantErr: "not a gov.uk bank holidays file"},
		{name: "JSON array", input: `[{"date": "2026-12-25"}]`, wantErr: "not a gov.uk bank holidays file"},
		{name: "Scotland only", input: `{"scotland": {"division": "scotland", "events": []}}`,
			wantErr: "no england-and-wales division"},
		{name: "bare Scottish division", input: `{"division": "scotland", "events": []}`,
			wantErr: `division is "scotland"`},
		{name: "no events", input: `{"division": "england-and-wales", "events": []}`,
			wantErr: "no events"},
		{name: "day-first date", input: `{"division": "england-and-wales", "events": [
			{"title": "Christmas Day", "date": "25/12/2026"}]}`, wantErr: "event 1"},
		{name: "no title", input: `{"division": "england-and-wales", "events": [
			{"title": " ", "date": "2026-12-25"}]}`, wantErr: "no title"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			got, err := ParseBankHolidaysJSON([]byte(s.input))
			if s.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), s.wantErr) {
					t.Errorf("error = %v, want one containing %q", err, s.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(s.want, got); diff != "" {
				t.Errorf("holidays (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMergeHolidays(t *testing.T) {
	t.Parallel()
	a := []Holiday{{d("2028-12-26"), "Boxing Day"}, {d("2028-12-25"), "Christmas Day"}}
	b := []Holiday{{d("2029-01-01"), "New Year's Day"}, {d("2028-12-26"), "St Stephen's Day"}}
	want := []Holiday{
		{d("2028-12-25"), "Christmas Day"},
		{d("2028-12-26"), "St Stephen's Day"},
		{d("2029-01-01"), "New Year's Day"},
	}
	got := MergeHolidays(a, b)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MergeHolidays (-want +got):\n%s", diff)
	}
}

func TestHolidays_IsACopy(t *testing.T) {
	t.Parallel()
	h := Holidays()
	h[0].Name = "changed"
	if Holidays()[0].Name == "changed" {
		t.Error("Holidays() shares its slice with callers")
	}
}
