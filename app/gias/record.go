package gias

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

// Rule codes of the problems a GIAS file can have.
const (
	RuleURN       = "urn"       // URN missing or not six digits, or repaired
	RuleDuplicate = "duplicate" // a URN an earlier row has
	RuleName      = "name"      // EstablishmentName is blank
	RuleLAESTAB   = "laestab"   // LA (code) or EstablishmentNumber malformed
	RuleDate      = "date"      // OpenDate or CloseDate unreadable, or read leniently
)

// record reads one row of a GIAS file.
type record struct {
	file     string
	row      csvfile.Row
	cols     map[string]int
	problems []csvfile.Problem
}

func (r *record) get(column string) string {
	i, ok := r.cols[column]
	if !ok {
		return ""
	}
	return r.row.Value(i)
}

func (r *record) add(sev csvfile.Severity, rule, column, format string, args ...any) {
	r.problems = append(r.problems, csvfile.Problem{
		File: r.file, Line: r.row.Line, Column: column, Value: r.get(column),
		Rule: rule, Severity: sev, Message: fmt.Sprintf(format, args...),
	})
}

// school reads the row, reporting whether it can be used.
func (r *record) school() (School, bool) {
	s := School{
		URN:                 r.urn(),
		LACode:              r.get(colLACode),
		LAName:              r.get(colLAName),
		EstablishmentNumber: r.get(colEstNumber),
		Name:                r.get(colName),
		Type:                r.get(colType),
		Phase:               r.get(colPhase),
		Status:              r.get(colStatus),
		Street:              r.get(colStreet),
		Locality:            r.get(colLocality),
		Address3:            r.get(colAddress3),
		Town:                r.get(colTown),
		County:              r.get(colCounty),
		Postcode:            r.get(colPostcode),
		Line:                r.row.Line,
	}
	s.LAESTAB = r.laestab(s.LACode, s.EstablishmentNumber)
	if s.Name == "" {
		r.add(csvfile.Error, RuleName, colName, "The establishment has no name")
	}

	var openOK, closeOK bool
	s.OpenDate, openOK = r.date(colOpenDate)
	s.CloseDate, closeOK = r.date(colCloseDate)
	return s, s.URN != "" && s.Name != "" && openOK && closeOK
}

var (
	sixDigits    = regexp.MustCompile(`^\d{6}$`)
	urnDecimal   = regexp.MustCompile(`^(\d{6})\.0+$`)
	laCodeShape  = regexp.MustCompile(`^\d{3}$`)
	estNumShape  = regexp.MustCompile(`^\d{1,4}$`)
	giasDayShape = regexp.MustCompile(`^\d{2}-\d{2}-\d{4}$`)
)

// urn reads the URN; "" when it is unusable.
func (r *record) urn() string {
	v := r.get(colURN)
	switch {
	case sixDigits.MatchString(v):
		return v
	case urnDecimal.MatchString(v):
		whole := urnDecimal.FindStringSubmatch(v)[1]
		r.add(csvfile.Warning, RuleURN, colURN, "URN %s read as %s (a spreadsheet decimal)",
			csvfile.Quote(v), whole)
		return whole
	case v == "":
		r.add(csvfile.Error, RuleURN, colURN, "The URN is blank; the row cannot be used")
	default:
		r.add(csvfile.Error, RuleURN, colURN, "URN %s is not six digits; the row cannot be used",
			csvfile.Quote(v))
	}
	return ""
}

// laestab joins the LA code and the establishment number, padding the
// number to four digits as a spreadsheet may have dropped its zeros. Some
// establishments have no number; their LAESTAB is "".
func (r *record) laestab(la, number string) string {
	switch {
	case la == "" || number == "":
		return ""
	case !laCodeShape.MatchString(la):
		r.add(csvfile.Warning, RuleLAESTAB, colLACode, "LA code %s is not three digits; "+
			"the school has no LAESTAB", csvfile.Quote(la))
		return ""
	case !estNumShape.MatchString(number):
		r.add(csvfile.Warning, RuleLAESTAB, colEstNumber, "Establishment number %s is not "+
			"four digits; the school has no LAESTAB", csvfile.Quote(number))
		return ""
	}
	n, _ := strconv.Atoi(number)
	return fmt.Sprintf("%s%04d", la, n)
}

// date reads a GIAS date, DD-MM-YYYY. It also takes what calendar.ParseUK
// takes, as a spreadsheet may have re-saved the file, with a warning for
// the lenient forms (D/M/YYYY, say). An unreadable date is an error,
// never a blank. ParseUK's messages quote the value, so a value longer
// than any date is clipped first: it is unreadable either way.
func (r *record) date(column string) (calendar.Date, bool) {
	v := r.get(column)
	if v == "" {
		return calendar.Date{}, true
	}

	d, warning, err := calendar.ParseUK(csvfile.Clip(v, csvfile.MaxValueLength))
	switch {
	case err != nil:
		r.add(csvfile.Error, RuleDate, column, "%s is not a valid date: %v", column, err)
		return calendar.Date{}, false
	case warning != "" && !giasDayShape.MatchString(v):
		r.add(csvfile.Warning, RuleDate, column, "%s: %s", column, warning)
	}
	return d, true
}

// unique reports whether urn is new to the file, and an error when an
// earlier row has it. Only rows without errors of their own are passed
// to it, so a faulty row never keeps a later correct one out.
func (r *record) unique(urn string, seen map[string]int) bool {
	if line, ok := seen[urn]; ok {
		r.add(csvfile.Error, RuleDuplicate, colURN, "URN %s is already on line %d; "+
			"this row is not loaded", urn, line)
		return false
	}
	seen[urn] = r.row.Line
	return true
}
