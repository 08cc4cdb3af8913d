package ui

import "strings"

// NOTE: these meanings of SSDA903 codes stand in until app/ssda903 offers
// its own lookup by code list and collection year; the UI should then use
// that and this file should go. Codes with no meaning here show as codes.
var codeMeanings = map[string]map[string]string{
	"rne": {
		"S": "Started to be looked after",
		"L": "Legal status changed",
		"P": "Placement and carer changed",
		"T": "Legal status, placement and carer changed",
		"U": "Placement changed, same carer",
		"B": "Legal status and placement changed, same carer",
	},
	"ls": {
		"C1": "Interim care order",
		"C2": "Full care order",
		"D1": "Freeing order granted",
		"E1": "Placement order granted",
		"V2": "Accommodated under section 20, single period",
		"V3": "Series of short breaks, each episode recorded",
		"V4": "Series of short breaks, agreements recorded",
		"J1": "Remanded to local authority or youth detention accommodation",
		"J2": "Placed under the Police and Criminal Evidence Act 1984",
		"J3": "Youth rehabilitation order with residence or fostering requirement",
		"L1": "Police protection, in local authority accommodation",
		"L2": "Emergency protection order",
		"L3": "Child assessment order, in local authority accommodation",
	},
	"cin": {
		"N1": "Abuse or neglect",
		"N2": "Child's disability",
		"N3": "Parental illness or disability",
		"N4": "Family in acute stress",
		"N5": "Family dysfunction",
		"N6": "Socially unacceptable behaviour",
		"N7": "Low income",
		"N8": "Absent parenting",
	},
	"place": {
		"A3": "Placed for adoption with consent, with current foster carer",
		"A4": "Placed for adoption with consent, not with current foster carer",
		"A5": "Placed for adoption under a placement order, with current foster carer",
		"A6": "Placed for adoption under a placement order, not with current foster carer",
		"H5": "Semi-independent living, not a registered children's home",
		"K1": "Secure children's home",
		"K2": "Children's home",
		"P1": "With parents or others with parental responsibility",
		"P2": "Independent living",
		"P3": "Residential employment",
		"R1": "Residential care home",
		"R2": "NHS or health trust establishment",
		"R3": "Family centre or mother and baby unit",
		"R5": "Young offender institution",
		"S1": "Residential school",
		"T0": "Temporary move",
		"T1": "Temporary period in hospital",
		"T2": "Temporary absence on holiday",
		"T3": "Temporary placement while the usual foster carer is on holiday",
		"T4": "Temporary placement of 7 days or less",
		"U1": "Fostered by relatives or friends, long term",
		"U2": "Fostered by relatives or friends who are approved adopters",
		"U3": "Fostered by relatives or friends, other",
		"U4": "Fostered by other carers, long term",
		"U5": "Fostered by other carers who are approved adopters",
		"U6": "Fostered by other carers, other",
		"Z1": "Other placement",
	},
	"rec": {
		"E11": "Adopted, application unopposed",
		"E12": "Adopted, consent dispensed with by the court",
		"E13": "Left care to live with parents or others without parental responsibility",
		"E14": "Accommodation on remand ended",
		"E15": "Age assessment found the child to be 18 or over",
		"E16": "Moved abroad",
		"E17": "Aged 18 or over and stayed with current carers",
		"E2":  "Died",
		"E3":  "Care taken over by another local authority",
		"E41": "Residence or child arrangements order granted",
		"E45": "Special guardianship order to former foster carers who are relatives or friends",
		"E46": "Special guardianship order to former foster carers, not relatives or friends",
		"E47": "Special guardianship order to other carers who are relatives or friends",
		"E48": "Special guardianship order to other carers, not relatives or friends",
		"E4A": "Returned home as part of the care plan",
		"E4B": "Returned home, not as part of the care plan",
		"E5":  "Moved to independent living with formal support",
		"E6":  "Moved to independent living without formal support",
		"E7":  "Moved to residential care funded by adult social care",
		"E8":  "Ceased for any other reason",
		"E9":  "Sentenced to custody",
		"X1":  "Episode ceased and a new one began the same day",
	},
	"reason_place_change": {
		"ALLEG":  "Allegation (section 47)",
		"APPRR":  "Approval removed",
		"CARPL":  "Change to or carrying out of the care plan",
		"CHILD":  "Child asked for the placement to end",
		"CLOSE":  "Provider resigned or closed",
		"CREQB":  "Carer asked for the placement to end because of the child's behaviour",
		"CREQO":  "Carer asked for the placement to end, for another reason",
		"CUSTOD": "Child moved into custody",
		"LAREQ":  "Local authority asked for the placement to end",
		"OTHER":  "Other",
		"PLACE":  "Change in the placement's status only",
		"STAND":  "Concern about standards of care",
	},
	"review": {
		"PN0": "Child under 4 at the review",
		"PN1": "Attended and spoke for themselves",
		"PN2": "Attended and an advocate spoke for them",
		"PN3": "Attended and gave their views without words",
		"PN4": "Attended but did not give their views",
		"PN5": "Did not attend; an advocate spoke for them",
		"PN6": "Did not attend; gave their views another way",
		"PN7": "Did not attend and their views were not given",
	},
}

// codeText shows an SSDA903 code with its meaning, as in "C2: Full care
// order", or the code alone when its meaning is not known here.
func codeText(list, code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if m, ok := codeMeanings[list][code]; ok {
		return code + ": " + m
	}
	return code
}
