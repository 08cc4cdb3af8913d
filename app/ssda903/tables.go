package ssda903

import (
	"fmt"
	"strings"

	"github.com/openpep/openpep/app/csvfile"
)

// Kind names a table an import can hold. Files are recognised by their
// column headers, never by their names.
type Kind string

// The SSDA903 tables, in the return's order, and the two OpenPEP files that
// travel with them.
const (
	KindHeader             Kind = "header"
	KindEpisodes           Kind = "episodes"
	KindReviews            Kind = "reviews"
	KindUASC               Kind = "uasc"
	KindMissing            Kind = "missing"
	KindOC2                Kind = "oc2"
	KindOC3                Kind = "oc3"
	KindAD1                Kind = "ad1"
	KindPlacedForAdoption  Kind = "placed_for_adoption"
	KindPreviousPermanence Kind = "previous_permanence"
	KindSWEpisodes         Kind = "sw_episodes"
	KindDoLo               Kind = "dolo"
	KindChildDetails       Kind = "children"    // children.csv: names, school, social worker
	KindPEPHistory         Kind = "pep_history" // PEPs held before OpenPEP
	KindUnknown            Kind = ""            // not recognised
)

// Used reports whether OpenPEP loads rows of this kind. The other SSDA903
// tables are recognised, so that they are reported rather than dropped,
// but not yet read.
func (k Kind) Used() bool {
	switch k {
	case KindHeader, KindEpisodes, KindReviews, KindChildDetails, KindPEPHistory:
		return true
	}
	return false
}

// tableSpec says which columns make up a table. Required columns must all
// be present; optional ones are read when present.
type tableSpec struct {
	kind     Kind
	required []string
	optional []string
}

// specs lists every table an import recognises, in order of preference
// when two match equally well. The SSDA903 columns follow the validator's
// configuration of the CSV return.
var specs = []tableSpec{
	{kind: KindHeader, required: cols("CHILD SEX DOB ETHNIC UPN MOTHER MC_DOB")},
	{kind: KindEpisodes, required: cols("CHILD DECOM RNE LS CIN PLACE PLACE_PROVIDER DEC REC " +
		"REASON_PLACE_CHANGE HOME_POST PL_POST URN")},
	{kind: KindReviews, required: cols("CHILD DOB REVIEW REVIEW_CODE")},
	{kind: KindUASC, required: cols("CHILD SEX DOB DUC")},
	{kind: KindMissing, required: cols("CHILD DOB MISSING MIS_START MIS_END")},
	{kind: KindOC2, required: cols("CHILD DOB SDQ_SCORE SDQ_REASON CONVICTED HEALTH_CHECK " +
		"IMMUNISATIONS TEETH_CHECK HEALTH_ASSESSMENT SUBSTANCE_MISUSE " +
		"INTERVENTION_RECEIVED INTERVENTION_OFFERED")},
	{kind: KindOC3, required: cols("CHILD DOB IN_TOUCH ACTIV ACCOM")},
	{kind: KindAD1, required: cols("CHILD DOB DATE_INT DATE_MATCH FOSTER_CARE NB_ADOPTR " +
		"SEX_ADOPTR LS_ADOPTR")},
	{kind: KindPlacedForAdoption, required: cols("CHILD DOB DATE_PLACED DATE_PLACED_CEASED " +
		"REASON_PLACED_CEASED")},
	{kind: KindPreviousPermanence, required: cols("CHILD DOB PREV_PERM LA_PERM DATE_PERM")},
	{kind: KindSWEpisodes, required: cols("CHILD DOB SW_ID SW_DECOM SW_DEC SW_REASON")},
	{kind: KindDoLo, required: cols("CHILD DOB DOLO_START DOLO_END")},
	{
		kind:     KindChildDetails,
		required: cols("CHILD FORENAME SURNAME SCHOOL_URN"),
		optional: cols("PREFERRED_NAME UPN NCY COHORT SOCIAL_WORKER SOCIAL_WORKER_EMAIL"),
	},
	{kind: KindPEPHistory, required: cols("CHILD MEETING_DATE COMPLETED_DATE")},
}

func cols(s string) []string { return strings.Fields(s) }

func specFor(k Kind) tableSpec {
	for _, s := range specs {
		if s.kind == k {
			return s
		}
	}
	return tableSpec{}
}

// known reports whether column belongs to the table.
func (s tableSpec) known(column string) bool {
	return contains(s.required, column) || contains(s.optional, column)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// distinctive reports whether column belongs to exactly one table, so that
// its presence says which table a file is. CHILD, DOB and SEX do not.
func distinctive(column string) bool {
	n := 0
	for _, s := range specs {
		if s.known(column) {
			n++
		}
	}
	return n == 1
}

// match is how well a file's columns fit one table.
type match struct {
	spec    tableSpec
	matched int      // file columns the table knows
	missing []string // required columns the file lacks
}

// recognise picks the table whose columns best fit the file's normalised
// column names: the most columns in common, then the fewest required
// columns missing, then the earlier table in specs. A table is a candidate
// only if the file has at least one column no other table has and at least
// half of the table's required columns; header.csv and uasc.csv share
// CHILD, SEX and DOB, and this keeps one from being taken for the other.
func recognise(columns []string) (match, bool) {
	var best match
	found := false
	for _, s := range specs {
		m, ok := fit(s, columns)
		if !ok {
			continue
		}
		if !found || better(m, best) {
			best, found = m, true
		}
	}
	return best, found
}

func fit(s tableSpec, columns []string) (match, bool) {
	m := match{spec: s}
	hasDistinctive := false
	for _, c := range unique(columns) {
		if s.known(c) {
			m.matched++
			hasDistinctive = hasDistinctive || distinctive(c)
		}
	}

	for _, c := range s.required {
		if !contains(columns, c) {
			m.missing = append(m.missing, c)
		}
	}

	present := len(s.required) - len(m.missing)
	return m, hasDistinctive && 2*present >= len(s.required)
}

func better(a, b match) bool {
	if a.matched != b.matched {
		return a.matched > b.matched
	}
	return len(a.missing) < len(b.missing)
}

func unique(columns []string) []string {
	var out []string
	for _, c := range columns {
		if c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// Limits on the column names a message lists: the "header" of a junk or
// binary file can be one long line of anything.
const (
	maxColumnName   = 40 // characters of one name
	maxColumnsNamed = 10 // names in a list
)

// describeColumns lists column names for a message, each as columnLabel
// gives it, at most maxColumnsNamed of them; "(none)" when none is named.
func describeColumns(columns []string) string {
	named := unique(columns)
	if len(named) == 0 {
		return "(none)"
	}

	var out []string
	for _, c := range named[:min(len(named), maxColumnsNamed)] {
		out = append(out, columnLabel(c))
	}
	if more := len(named) - len(out); more > 0 {
		out = append(out, fmt.Sprintf("and %d more", more))
	}
	return strings.Join(out, ", ")
}

// columnLabel returns a column name fit for a message: printable and at
// most maxColumnName characters.
func columnLabel(name string) string {
	return csvfile.Clip(csvfile.Printable(name), maxColumnName)
}

// String returns the kind's name, or "unrecognised" for KindUnknown.
func (k Kind) String() string {
	if k == KindUnknown {
		return "unrecognised"
	}
	return string(k)
}

// describe names the table kind for messages, as in "the episodes table".
func (k Kind) describe() string {
	switch k {
	case KindChildDetails:
		return "the children (child details) table"
	case KindPEPHistory:
		return "the PEP history table"
	}
	return fmt.Sprintf("the SSDA903 %s table", string(k))
}
