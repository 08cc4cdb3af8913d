package calendar

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/openpep/openpep/app/csvfile"
)

// The columns of a term dates file. PEP_DEADLINE may be left out.
const (
	colAcademicYear  = "ACADEMIC_YEAR"
	colTerm          = "TERM"
	colStart         = "START"
	colEnd           = "END"
	colHalfTermStart = "HALF_TERM_START"
	colHalfTermEnd   = "HALF_TERM_END"
	colPEPDeadline   = "PEP_DEADLINE"
)

var academicYear = regexp.MustCompile(`^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$`)

// ParseTerms reads an authority's term dates, one term a row, with the
// columns ACADEMIC_YEAR, TERM, START, END, HALF_TERM_START, HALF_TERM_END
// and optionally PEP_DEADLINE. The academic year is written "2024/25",
// "2024-25", "2024/2025" or "2024-2025" and kept as written; TERM is
// autumn, spring or summer in any case; dates are DD/MM/YYYY or ISO; the
// half-term and deadline may be blank. A row with an error is left out and
// reported; so is a row that repeats, overlaps or is out of sequence with
// an earlier term.
func ParseTerms(t *csvfile.Table) ([]Term, []csvfile.Problem) {
	cols, problems := findColumns(t, []string{colAcademicYear, colTerm, colStart, colEnd,
		colHalfTermStart, colHalfTermEnd}, []string{colPEPDeadline})
	if len(problems) > 0 {
		return nil, problems
	}

	var rows []termRow
	for _, row := range t.Rows {
		r := rowReader{table: t, row: row, cols: cols}
		term, ok := r.term()
		problems = append(problems, r.problems...)
		if ok {
			rows = append(rows, termRow{term: term, line: row.Line, value: r.value(colTerm)})
		}
	}

	terms, more := checkSequence(t.Name, rows)
	return terms, byLine(append(problems, more...))
}

// termRow is a parsed term, the line it came from and its TERM as written.
type termRow struct {
	term  Term
	line  int
	value string
}

// term reads one row as a Term, reporting every problem it finds.
func (r *rowReader) term() (Term, bool) {
	var t Term
	t.AcademicYear, t.StartYear = r.academicYear()
	t.Name = r.termName()
	t.Start = r.date(colStart, true)
	t.End = r.date(colEnd, true)
	t.HalfTermStart = r.date(colHalfTermStart, false)
	t.HalfTermEnd = r.date(colHalfTermEnd, false)
	t.PEPDeadline = r.date(colPEPDeadline, false)
	if r.failed() {
		return Term{}, false
	}

	r.checkTermDates(t)
	return t, !r.failed()
}

func (r *rowReader) academicYear() (string, int) {
	v := r.value(colAcademicYear)
	m := academicYear.FindStringSubmatch(v)
	if m == nil {
		r.fail(colAcademicYear, `academic year must be written like "2024/25"`)
		return v, 0
	}

	first, _ := strconv.Atoi(m[1])
	second, _ := strconv.Atoi(m[2])
	if len(m[2]) == 2 && second != (first+1)%100 || len(m[2]) == 4 && second != first+1 {
		r.fail(colAcademicYear, fmt.Sprintf("academic year %s does not run from one year to the next", v))
	}
	return v, first
}

func (r *rowReader) termName() TermName {
	v := r.value(colTerm)
	name := TermName(strings.ToLower(v))
	if termOrder(name) < 0 {
		r.fail(colTerm, "term must be autumn, spring or summer")
	}
	return name
}

// checkTermDates checks the dates of a row against each other and against
// its academic year.
func (r *rowReader) checkTermDates(t Term) {
	if t.End.Before(t.Start) {
		r.fail(colEnd, fmt.Sprintf("term ends before it starts (%s)", t.Start.Long()))
		return
	}
	r.checkInYear(t, colStart, t.Start)
	r.checkInYear(t, colEnd, t.End)

	switch {
	case t.HalfTermStart.IsZero() != t.HalfTermEnd.IsZero():
		r.fail(colHalfTermStart, "give both the half-term start and end, or neither")
	case t.HalfTermEnd.Before(t.HalfTermStart):
		r.fail(colHalfTermEnd, "half-term ends before it starts")
	case !t.HalfTermStart.IsZero() && t.HalfTermStart.Before(t.Start):
		r.fail(colHalfTermStart, "half-term starts before the term does")
	case t.HalfTermEnd.After(t.End):
		r.fail(colHalfTermEnd, "half-term ends after the term does")
	}
	if !t.PEPDeadline.IsZero() && t.PEPDeadline.Before(t.Start) {
		r.fail(colPEPDeadline, "PEP deadline is before the term starts")
	}
}

func (r *rowReader) checkInYear(t Term, col string, d Date) {
	first, last := AcademicYearDates(t.StartYear)
	if d.Before(first) || d.After(last) {
		r.fail(col, fmt.Sprintf("date is outside academic year %s (%s to %s)",
			t.AcademicYear, first.Long(), last.Long()))
	}
}

// checkSequence leaves out, with an error, any term given twice (the later
// row) and then, in order of start date, any term that overlaps or comes
// out of sequence with the one kept before it.
func checkSequence(file string, rows []termRow) ([]Term, []csvfile.Problem) {
	var problems []csvfile.Problem
	reject := func(r termRow, msg string) {
		problems = append(problems, csvfile.Problem{File: file, Line: r.line,
			Column: colTerm, Value: r.value, Severity: csvfile.Error, Message: msg})
	}

	seen := make(map[int]int) // term sequence number -> line
	rows = slices.DeleteFunc(rows, func(r termRow) bool {
		line, dup := seen[r.term.seq()]
		if dup {
			reject(r, fmt.Sprintf("%s is given twice (see line %d)", r.term.Label(), line))
			return true
		}
		seen[r.term.seq()] = r.line
		return false
	})
	slices.SortStableFunc(rows, func(a, b termRow) int {
		return a.term.Start.t.Compare(b.term.Start.t)
	})

	var terms []Term
	for _, r := range rows {
		if n := len(terms); n > 0 {
			if err := checkOrder(terms[n-1], r.term); err != nil {
				reject(r, err.Error())
				continue
			}
		}
		terms = append(terms, r.term)
	}
	return terms, problems
}
