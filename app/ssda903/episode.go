package ssda903

import (
	"strings"

	"github.com/openpep/openpep/app/calendar"
)

// Episode is one accepted row of the SSDA903 episodes table: a spell of
// care with one legal status and one placement. A batch never holds two
// episodes with the same ChildID and DECOM.
type Episode struct {
	ChildID           string
	DECOM             calendar.Date // date the episode began
	RNE               string        // reason for new episode; S starts a period of care
	LS                string        // legal status
	CIN               string        // category of need, N1 to N8
	Place             string        // placement type, valid in DECOM's collection year
	PlaceProvider     string        // PR0 to PR5
	DEC               calendar.Date // date the episode ceased; zero while open
	REC               string        // reason the episode ceased
	ReasonPlaceChange string
	HomePost          string // postcode of the child's home, upper case
	PlPost            string // postcode of the placement, upper case
	URN               string // the placement's Ofsted provider number, not a school
	File              string
	Line              int
}

// key identifies the episode within a batch.
func (e Episode) key() string { return e.ChildID + "\x00" + e.DECOM.String() }

// Open reports whether the episode has not ceased (its DEC is blank).
func (e Episode) Open() bool { return e.DEC.IsZero() }

// readEpisode reads an episodes row. The row is keyed when it has a child
// id and a readable DECOM, the two that identify it.
func readEpisode(r *record) (Episode, bool) {
	e := Episode{ChildID: r.childID(), File: r.file, Line: r.row.Line}
	var startOK, endOK bool
	e.DECOM, startOK = r.date("DECOM", RuleDECOM, "Date episode began (DECOM)", true)
	e.DEC, endOK = r.date("DEC", RuleDEC, "Date episode ceased (DEC)", false)
	if startOK && endOK && !e.Open() && e.DEC.Before(e.DECOM) {
		r.errorf(RuleEndsBeforeStart, "DEC", r.get("DEC"),
			"The episode ceased (%s) before it began (%s)", e.DEC, e.DECOM)
	}

	year := CollectionYear(e.DECOM)
	e.RNE = r.checkCode("RNE", RuleRNE, "Reason for new episode", rneCodes, year, false)
	e.LS = r.checkCode("LS", RuleLS, "Legal status", lsCodes, year, false)
	e.CIN = r.checkCode("CIN", RuleCIN, "Category of need", cinCodes, year, false)
	e.Place = r.checkCode("PLACE", RulePlace, "Placement type", placeCodes, year, false)
	e.PlaceProvider = r.code("PLACE_PROVIDER")
	e.REC = r.checkCode("REC", RuleREC, "Reason episode ceased", recCodes, year, false)
	e.ReasonPlaceChange = r.checkCode("REASON_PLACE_CHANGE", RuleReasonChange,
		"Reason for placement change", reasonChangeCodes, year, false)
	e.HomePost = postcode(r.get("HOME_POST"))
	e.PlPost = postcode(r.get("PL_POST"))
	e.URN = r.code("URN")
	return e, e.ChildID != "" && startOK
}

// postcode upper-cases s and reduces its inner spaces to one.
func postcode(s string) string {
	return strings.Join(strings.Fields(strings.ToUpper(s)), " ")
}
