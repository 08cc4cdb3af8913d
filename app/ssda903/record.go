package ssda903

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

// record reads one row of a recognised file and collects what is wrong
// with it.
type record struct {
	file     string
	row      csvfile.Row
	cols     map[string]int // normalised column name to field index
	problems []csvfile.Problem
}

// get returns the trimmed value of column, or "" when the file lacks it.
func (r *record) get(column string) string {
	i, ok := r.cols[column]
	if !ok {
		return ""
	}
	return r.row.Value(i)
}

// code returns the value of column in upper case: codes are not
// case-sensitive.
func (r *record) code(column string) string {
	return strings.ToUpper(r.get(column))
}

func (r *record) add(sev csvfile.Severity, rule, column, value, msg string) {
	r.problems = append(r.problems, csvfile.Problem{
		File:     r.file,
		Line:     r.row.Line,
		Column:   column,
		Value:    value,
		Rule:     rule,
		Severity: sev,
		Message:  msg,
	})
}

func (r *record) errorf(rule, column, value, format string, args ...any) {
	r.add(csvfile.Error, rule, column, value, fmt.Sprintf(format, args...))
}

func (r *record) warnf(rule, column, value, format string, args ...any) {
	r.add(csvfile.Warning, rule, column, value, fmt.Sprintf(format, args...))
}

// childID reads CHILD, repairing what CleanChildID repairs. It returns ""
// when the row has no usable id.
func (r *record) childID() string {
	raw := r.get("CHILD")
	id, repaired, err := CleanChildID(raw)
	switch {
	case err != nil:
		r.errorf(RuleChildID, "CHILD", raw, "%s; the row cannot be linked to a child",
			sentence(err.Error()))
	case repaired:
		r.warnf(RuleChildID, "CHILD", raw, "CHILD %s read as %q (a spreadsheet decimal)",
			csvfile.Quote(raw), id)
	}
	return id
}

// date reads column as a date. A blank is the zero Date, and an error under
// rule when required; an unreadable date is always an error, never a
// blank. It reports whether the date is usable.
func (r *record) date(column, rule, label string, required bool) (calendar.Date, bool) {
	raw := r.get(column)
	if raw == "" {
		if required {
			r.errorf(rule, column, raw, "%s is blank", label)
		}
		return calendar.Date{}, !required
	}

	d, warning, err := parseDate(raw)
	if err != nil {
		r.errorf(rule, column, raw, "%s is not a valid date: %s", label, err)
		return calendar.Date{}, false
	}
	if warning != "" {
		r.warnf(RuleDateFormat, column, raw, "%s: %s", label, warning)
	}
	return d, true
}

// checkCode reads column as a code and reports it under rule when it is
// not in list for the collection year starting in year (0 for any year).
// A blank passes unless required.
func (r *record) checkCode(column, rule, label string, list codeList, year int, required bool) string {
	v := r.code(column)
	switch {
	case v == "" && required:
		r.errorf(rule, column, v, "%s is blank", label)
	case v == "" || list.valid(v, year):
	case list.valid(v, 0):
		r.errorf(rule, column, v, "%s %s is not valid in collection year %s", label,
			csvfile.Quote(v), yearLabel(year))
	default:
		r.errorf(rule, column, v, "%s %s is not a valid code", label, csvfile.Quote(v))
	}
	return v
}

// parseDate reads s as calendar.ParseUK does. Its messages quote s, so a
// value longer than any date is clipped first: it is unreadable either way.
func parseDate(s string) (calendar.Date, string, error) {
	return calendar.ParseUK(csvfile.Clip(s, csvfile.MaxValueLength))
}

// yearLabel names a collection year as the DfE does, "2024-25".
func yearLabel(year int) string {
	return fmt.Sprintf("%d-%02d", year, (year+1)%100)
}

// sentence capitalises the first letter of s.
func sentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// hasError reports whether any of problems is an error.
func hasError(problems []csvfile.Problem) bool {
	for _, p := range problems {
		if p.Severity == csvfile.Error {
			return true
		}
	}
	return false
}
