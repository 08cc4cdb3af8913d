package demo

// choice is a code and its relative weight in a draw.
type choice struct {
	code   string
	weight int
}

// ethnicities are the DfE ethnicity codes, weighted roughly as the looked
// after population of England is.
var ethnicities = []choice{
	{"WBRI", 620}, {"WIRI", 5}, {"WOTH", 50}, {"WIRT", 5}, {"WROM", 8},
	{"MWBC", 35}, {"MWBA", 10}, {"MWAS", 10}, {"MOTH", 30},
	{"AIND", 8}, {"APKN", 14}, {"ABAN", 6}, {"AOTH", 18},
	{"BCRB", 12}, {"BAFR", 35}, {"BOTH", 18},
	{"CHNE", 2}, {"OOTH", 40}, {"REFU", 8}, {"NOBT", 6},
}

// uascEthnicities weights the codes for unaccompanied asylum-seeking
// children.
var uascEthnicities = []choice{
	{"AOTH", 30}, {"BAFR", 30}, {"OOTH", 25}, {"BOTH", 5}, {"MOTH", 5}, {"REFU", 5},
}

// needs are the category-of-need (CIN) codes N1 to N7; N8, absent
// parenting, is used for unaccompanied children.
var needs = []choice{
	{"N1", 550}, {"N2", 30}, {"N3", 40}, {"N4", 80},
	{"N5", 150}, {"N6", 20}, {"N7", 3},
}

// reviewCodes are the participation codes for children aged 4 or over at
// a review; PN0 is for a child under 4.
var reviewCodes = []choice{
	{"PN1", 40}, {"PN2", 6}, {"PN3", 4}, {"PN4", 6},
	{"PN5", 14}, {"PN6", 18}, {"PN7", 12},
}

// moveReasons are the reasons a placement ended when the next episode
// changes placement and carer (REASON_PLACE_CHANGE). CUSTOD and PLACE are
// added where they apply.
var moveReasons = []choice{
	{"CARPL", 35}, {"CREQB", 12}, {"CREQO", 10}, {"CHILD", 6},
	{"LAREQ", 5}, {"CLOSE", 4}, {"STAND", 4}, {"ALLEG", 3},
	{"APPRR", 1}, {"OTHER", 10},
}

// Reasons a period of care ends (REC), with the conditions the SSDA903
// validator checks: adoption (E11, E12) only from an adoption placement,
// special guardianship by former foster carers (E45 relatives, E46 others)
// only from a foster placement, no SGO or adoption at 18, independent
// living (E5, E6) only from 16 here (the rule says 14), staying put (E17)
// only at 18 or over.
var (
	// endingsUnder18 weights the endings of a period that closes before
	// the child's 18th birthday, other than adoption.
	endingsUnder18 = []choice{
		{"E4A", 32}, {"E13", 6}, {"E4B", 3}, {"E41", 6},
		{"E45", 5}, {"E46", 3}, {"E47", 3}, {"E48", 3},
		{"E3", 4}, {"E5", 3}, {"E7", 1}, {"E9", 2},
		{"E16", 1}, {"E8", 5}, {"E15", 1},
	}

	// endingsAt18 weights the endings of a period that closes on the
	// 18th birthday.
	endingsAt18 = []choice{
		{"E17", 25}, {"E5", 35}, {"E6", 10}, {"E13", 12}, {"E8", 10}, {"E7", 3},
	}
)

// endingAllowed reports whether a period may end with rec for a child of
// the given age whose last placement is place.
func endingAllowed(rec, place string, age int, uasc bool) bool {
	switch rec {
	case "E45":
		return isKinshipFoster(place)
	case "E46":
		return isFoster(place) && !isKinshipFoster(place)
	case "E5", "E6":
		return age >= 16
	case "E7":
		return age >= 17
	case "E9":
		return age >= 12
	case "E15":
		return uasc
	}
	return true
}

// isFoster reports whether place is a foster placement (U1 to U6).
func isFoster(place string) bool { return len(place) == 2 && place[0] == 'U' }

// isKinshipFoster reports whether place is foster care with a relative or
// friend (U1 to U3).
func isKinshipFoster(place string) bool {
	return place == "U1" || place == "U2" || place == "U3"
}
