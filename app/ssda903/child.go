package ssda903

import (
	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

// Child is one accepted row of the SSDA903 header table.
type Child struct {
	ID     string        // the LA's CHILD id, exactly as the return holds it
	Sex    string        // 1 or 2 (before 2024-25), M, F or U (from 2024-25)
	DOB    calendar.Date // date of birth
	Ethnic string        // ethnicity code, such as WBRI
	UPN    string        // unique pupil number, UN1 to UN5, or "" when not given
	File   string        // the file the row came from
	Line   int           // its line in that file
}

// readChild reads a header row. The row is keyed when it has a child id.
func readChild(r *record) (Child, bool) {
	c := Child{ID: r.childID(), File: r.file, Line: r.row.Line}
	c.Sex = r.checkCode("SEX", RuleSex, "SEX", sexCodes, 0, true)
	c.DOB, _ = r.date("DOB", RuleDOB, "Date of birth", true)
	c.Ethnic = r.checkCode("ETHNIC", RuleEthnic, "ETHNIC", ethnicCodes, 0, true)
	c.UPN = r.upn("UPN")
	return c, c.ID != ""
}

// upn reads column as a UPN, trimmed and in upper case. What rule 168
// finds is only a warning, and the UPN is kept as given: the PEP schedule
// does not use it, and a child must not drop out of the schedule over one
// field. A malformed UPN is what the validator rejects; a wrong check
// letter it does not test.
func (r *record) upn(column string) string {
	v := r.code(column)
	if v == "" {
		return ""
	}

	switch CheckUPN(v) {
	case UPNMalformed:
		r.warnf(RuleUPN, column, v, "UPN %s is not valid: %s (a UPN is a letter other than "+
			"I, O or S, 11 digits and a digit or letter, or UN1 to UN5 when not known); "+
			"the row is loaded with the UPN as given", csvfile.Quote(v), upnFault(v))
	case UPNWrongCheckLetter:
		r.warnf(RuleUPN, column, v, "UPN %s has the wrong check letter; "+
			"check it against the school's records", csvfile.Quote(v))
	}
	return v
}
