package calendar

import (
	"fmt"

	"github.com/openpep/openpep/app/csvfile"
)

// The columns of a closures file. END_DATE may be left out.
const (
	colDate    = "DATE"
	colReason  = "REASON"
	colEndDate = "END_DATE"
)

// defaultClosureReason names a closure whose row gives no reason.
const defaultClosureReason = "school closed"

// maxClosureRun is the longest run of days one closures row may give; a
// longer one is far more likely a mistyped year than a real closure.
const maxClosureRun = 31

// ParseClosures reads an authority's closure days (INSET days, polling
// days, emergency closures) with the columns DATE and REASON, and
// optionally END_DATE for a run of days. A run becomes one Closure per
// day, DATE to END_DATE inclusive. A blank reason is a warning; a date
// listed twice keeps its first reason, with a warning.
func ParseClosures(t *csvfile.Table) ([]Closure, []csvfile.Problem) {
	cols, problems := findColumns(t, []string{colDate, colReason}, []string{colEndDate})
	if len(problems) > 0 {
		return nil, problems
	}

	var out []Closure
	seen := make(map[Date]int) // date -> line
	for _, row := range t.Rows {
		r := rowReader{table: t, row: row, cols: cols}
		days := r.closures()
		for _, c := range days {
			if line, dup := seen[c.Date]; dup {
				r.report(colDate, csvfile.Warning,
					fmt.Sprintf("%s is already a closure day (line %d); keeping that reason", c.Date.Long(), line))
				continue
			}
			seen[c.Date] = row.Line
			out = append(out, c)
		}
		problems = append(problems, r.problems...)
	}
	return out, problems
}

// closures reads one row as its run of closure days.
func (r *rowReader) closures() []Closure {
	from := r.date(colDate, true)
	to := r.date(colEndDate, false)
	if r.failed() {
		return nil
	}

	switch {
	case to.IsZero():
		to = from
	case to.Before(from):
		r.fail(colEndDate, "the closure ends before it starts")
		return nil
	case to.DaysSince(from) >= maxClosureRun:
		r.fail(colEndDate, fmt.Sprintf("a run of closure days may be at most %d days", maxClosureRun))
		return nil
	}

	reason := r.value(colReason)
	if reason == "" {
		r.report(colReason, csvfile.Warning, fmt.Sprintf("no reason given; recorded as %q", defaultClosureReason))
		reason = defaultClosureReason
	}

	var out []Closure
	for d := from; !d.After(to); d = d.AddDays(1) {
		out = append(out, Closure{Date: d, Reason: reason})
	}
	return out
}
