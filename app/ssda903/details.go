package ssda903

import (
	"net/mail"
	"regexp"
	"strconv"
	"strings"

	"github.com/openpep/openpep/app/csvfile"
)

// ChildDetails is one accepted row of children.csv: what the authority
// knows about a child beyond the SSDA903, which carries no names. Optional
// columns the file lacks are left blank; File.Columns says which it had,
// so that a store does not clear what the file never held.
type ChildDetails struct {
	ChildID           string
	Forename          string
	Surname           string
	PreferredName     string // PREFERRED_NAME, optional
	SchoolURN         string // the GIAS URN of the child's school; "" when none is known
	UPN               string // UPN, optional
	NCY               string // school-reported year group (N1, N2, R, 1 to 14, X), optional
	Cohort            string // CLA, PLAC, CWSW or KINSHIP, optional
	SocialWorker      string // SOCIAL_WORKER, optional
	SocialWorkerEmail string // SOCIAL_WORKER_EMAIL, optional
	File              string
	Line              int
}

func (d ChildDetails) childID() string { return d.ChildID }

// cohorts are the groups of children a Virtual School works with.
var cohorts = always("CLA PLAC CWSW KINSHIP")

// readDetails reads a children.csv row. The row is keyed when it has a
// child id.
func readDetails(r *record) (ChildDetails, bool) {
	d := ChildDetails{
		ChildID:       r.childID(),
		Forename:      r.get("FORENAME"),
		Surname:       r.get("SURNAME"),
		PreferredName: r.get("PREFERRED_NAME"),
		SchoolURN:     r.schoolURN("SCHOOL_URN"),
		UPN:           r.upn("UPN"),
		NCY:           r.ncy("NCY"),
		Cohort:        r.checkCode("COHORT", RuleValue, "Cohort", cohorts, 0, false),
		SocialWorker:  r.get("SOCIAL_WORKER"),
		File:          r.file,
		Line:          r.row.Line,
	}
	d.SocialWorkerEmail = r.email("SOCIAL_WORKER_EMAIL")
	if d.Forename == "" && d.Surname == "" {
		r.warnf(RuleValue, "SURNAME", "", "The child has no forename or surname")
	}
	return d, d.ChildID != ""
}

var urnShape = regexp.MustCompile(`^\d{6}$`)

// schoolURN reads column as a GIAS URN, six digits. A spreadsheet decimal
// such as "100492.0" is repaired with a warning.
func (r *record) schoolURN(column string) string {
	raw := r.get(column)
	v := raw
	if whole, ok := spreadsheetDecimal(v); ok {
		v = whole
	}

	switch {
	case v == "":
	case !urnShape.MatchString(v):
		r.errorf(RuleValue, column, raw, "School URN %s is not a GIAS URN (six digits)",
			csvfile.Quote(raw))
		return ""
	case v != raw:
		r.warnf(RuleValue, column, raw, "School URN %s read as %q (a spreadsheet decimal)",
			csvfile.Quote(raw), v)
	}
	return v
}

// ncy reads column as a national curriculum year.
func (r *record) ncy(column string) string {
	raw := r.get(column)
	v, ok := NormaliseNCY(raw)
	if !ok {
		r.errorf(RuleValue, column, raw, "NCY %s is not a year group (N1, N2, R, 1 to 14, or X)",
			csvfile.Quote(raw))
	}
	return v
}

// NormaliseNCY returns the school census form of a national curriculum
// year group: N1 and N2 (nursery), R (reception), 1 to 14, or X (not
// following the national curriculum). It also reads the forms schools
// write by hand: "Year 7", "Y7", "07", "YR", "Reception". A blank is ""
// and valid: the year group is not known.
func NormaliseNCY(s string) (string, bool) {
	v := strings.Join(strings.Fields(strings.ToUpper(s)), "")
	switch v {
	case "", "N1", "N2", "R", "X":
		return v, true
	case "YR", "RECEPTION", "YEARR":
		return "R", true
	}

	v = strings.TrimPrefix(strings.TrimPrefix(v, "YEAR"), "Y")
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 14 || strings.HasPrefix(v, "+") {
		return "", false
	}
	return strconv.Itoa(n), true
}

// email reads column as a bare email address.
func (r *record) email(column string) string {
	v := r.get(column)
	if v == "" {
		return ""
	}

	a, err := mail.ParseAddress(v)
	if err != nil || a.Address != v {
		r.errorf(RuleValue, column, v, "%s is not an email address", csvfile.Quote(v))
		return ""
	}
	return v
}
