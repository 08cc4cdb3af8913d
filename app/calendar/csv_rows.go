package calendar

import (
	"fmt"
	"slices"
	"strings"

	"github.com/openpep/openpep/app/csvfile"
)

// columnKey matches column names loosely: csvfile has already trimmed and
// upper-cased them, and spaces or hyphens count as underscores, so
// "Half term start" finds HALF_TERM_START.
var columnKey = strings.NewReplacer(" ", "_", "-", "_")

// findColumns returns the position of each required and optional column
// (-1 for an optional one that is absent), with an error for each
// required column the file lacks.
func findColumns(t *csvfile.Table, required, optional []string) (map[string]int, []csvfile.Problem) {
	cols := make(map[string]int, len(required)+len(optional))
	for _, name := range slices.Concat(required, optional) {
		cols[name] = -1
	}
	for i, c := range t.Columns {
		key := columnKey.Replace(c)
		if pos, wanted := cols[key]; wanted && pos < 0 {
			cols[key] = i
		}
	}

	var problems []csvfile.Problem
	for _, name := range required {
		if cols[name] < 0 {
			problems = append(problems, csvfile.Problem{File: t.Name, Line: 1, Column: name,
				Severity: csvfile.Error, Message: fmt.Sprintf("the file has no %s column", name)})
		}
	}
	return cols, problems
}

// rowReader reads the fields of one row, collecting problems as it goes.
type rowReader struct {
	table    *csvfile.Table
	row      csvfile.Row
	cols     map[string]int
	problems []csvfile.Problem
}

// value returns the trimmed field in the named column ("" when absent).
func (r *rowReader) value(col string) string { return r.row.Value(r.cols[col]) }

// date reads the named column as a UK date. A blank is an error when
// required and the zero Date otherwise; ParseUK's warnings become Warning
// problems.
func (r *rowReader) date(col string, required bool) Date {
	v := r.value(col)
	if v == "" {
		if required {
			r.fail(col, "a date is required")
		}
		return Date{}
	}

	d, warning, err := ParseUK(v)
	if err != nil {
		r.fail(col, err.Error())
		return Date{}
	}
	if warning != "" {
		r.report(col, csvfile.Warning, warning)
	}
	return d
}

// fail records an error about the named column.
func (r *rowReader) fail(col, msg string) { r.report(col, csvfile.Error, msg) }

func (r *rowReader) report(col string, sev csvfile.Severity, msg string) {
	r.problems = append(r.problems, csvfile.Problem{
		File:     r.table.Name,
		Line:     r.row.Line,
		Column:   col,
		Value:    r.value(col),
		Severity: sev,
		Message:  msg,
	})
}

// failed reports whether any error (not warning) was recorded.
func (r *rowReader) failed() bool {
	return slices.ContainsFunc(r.problems, func(p csvfile.Problem) bool {
		return p.Severity == csvfile.Error
	})
}

// byLine sorts problems by line, keeping the order within a line.
func byLine(problems []csvfile.Problem) []csvfile.Problem {
	slices.SortStableFunc(problems, func(a, b csvfile.Problem) int { return a.Line - b.Line })
	return problems
}
