package calendar

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	dayFirstDate = regexp.MustCompile(`^(\d{1,2})([/-])(\d{1,2})([/-])(\d{4})( 00:00(:00)?)?$`)
	isoDate      = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	twoDigitYear = regexp.MustCompile(`^\d{1,2}[/-]\d{1,2}[/-]\d{2}$`)
	bareNumber   = regexp.MustCompile(`^\d{4,6}(\.0+)?$`)
)

// ParseUK reads a date as English administrative files write it:
// DD/MM/YYYY (day first, never month first), or ISO YYYY-MM-DD. It also
// takes D/M/YYYY, DD-MM-YYYY and a midnight time suffix, as spreadsheets
// leave them, and then returns a warning describing what it accepted.
// Two-digit years, spreadsheet serial numbers and impossible days are errors.
func ParseUK(s string) (d Date, warning string, err error) {
	s = strings.TrimSpace(s)
	if m := isoDate.FindStringSubmatch(s); m != nil {
		d, err = build(m[1], m[2], m[3], s)
		return d, "", err
	}

	m := dayFirstDate.FindStringSubmatch(s)
	if m == nil || m[2] != m[4] {
		return Date{}, "", unreadable(s)
	}

	d, err = build(m[5], m[3], m[1], s)
	if err != nil {
		return Date{}, "", err
	}

	switch {
	case m[6] != "":
		warning = fmt.Sprintf("date %q has a time of day; read as %s", s, d)
	case m[2] == "-":
		warning = fmt.Sprintf("date %q uses dashes; read as day first, %s", s, d)
	case len(m[1]) < 2 || len(m[3]) < 2:
		warning = fmt.Sprintf("date %q lacks leading zeros; read as day first, %s", s, d)
	}
	return d, warning, nil
}

// minYear is the earliest year a date may have. Nothing OpenPEP records is
// older, and it keeps year 1 (the zero Date, meaning "no date") out.
const minYear = 1900

func build(year, month, day, raw string) (Date, error) {
	y, _ := strconv.Atoi(year)
	m, _ := strconv.Atoi(month)
	dd, _ := strconv.Atoi(day)
	if y < minYear {
		return Date{}, fmt.Errorf("date %q is before %d; check the year", raw, minYear)
	}
	if m < 1 || m > 12 {
		return Date{}, fmt.Errorf("date %q has no month %d (dates are day first: DD/MM/YYYY)", raw, m)
	}

	d := NewDate(y, time.Month(m), dd)
	if dd < 1 || d.Day() != dd {
		return Date{}, fmt.Errorf("date %q does not exist: %s %d has no day %d", raw, time.Month(m), y, dd)
	}
	return d, nil
}

func unreadable(s string) error {
	switch {
	case twoDigitYear.MatchString(s):
		return fmt.Errorf("date %q has a two-digit year; write DD/MM/YYYY", s)
	case bareNumber.MatchString(s):
		return fmt.Errorf("date %q is a bare number (a spreadsheet serial?); write DD/MM/YYYY", s)
	}
	return fmt.Errorf("date %q is not in the form DD/MM/YYYY", s)
}
