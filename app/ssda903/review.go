package ssda903

import "github.com/openpep/openpep/app/calendar"

// Review is one accepted row of the SSDA903 reviews table: a statutory
// review of the child's care plan. A batch never holds two reviews with
// the same ChildID and Date.
type Review struct {
	ChildID string
	Date    calendar.Date // REVIEW
	Code    string        // REVIEW_CODE: how the child took part, PN0 to PN7
	File    string
	Line    int
}

// reviewRow is a review with the DOB its row gives, which must agree with
// the header's.
type reviewRow struct {
	Review
	dob calendar.Date
}

// key identifies the review within a batch.
func (r reviewRow) key() string { return r.ChildID + "\x00" + r.Date.String() }

// readReview reads a reviews row. The row is keyed when it has a child id
// and a readable review date.
func readReview(r *record) (reviewRow, bool) {
	v := reviewRow{Review: Review{ChildID: r.childID(), File: r.file, Line: r.row.Line}}
	var dateOK bool
	v.Date, dateOK = r.date("REVIEW", RuleReviewDate, "Date of review", true)
	v.Code = r.checkCode("REVIEW_CODE", RuleReviewCode, "Participation (REVIEW_CODE)",
		reviewCodes, 0, true)
	v.dob = r.reviewDOB()
	return v, v.ChildID != "" && dateOK
}

// reviewDOB reads the DOB a reviews row repeats. It is only compared with
// the header's (rule INT17), so an unreadable one is a warning.
func (r *record) reviewDOB() calendar.Date {
	raw := r.get("DOB")
	if raw == "" {
		return calendar.Date{}
	}

	d, _, err := parseDate(raw)
	if err != nil {
		r.warnf(RuleDateFormat, "DOB", raw, "Date of birth is not a valid date, so it was not compared "+
			"with the header's: %s", err)
	}
	return d
}
