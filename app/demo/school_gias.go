package demo

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/openpep/openpep/app/calendar"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// giasColumns are the columns of a GIAS establishment download
// (edubasealldataYYYYMMDD.csv) in the 2024 layout, in order.
var giasColumns = []string{
	"URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName",
	"TypeOfEstablishment (code)", "TypeOfEstablishment (name)",
	"EstablishmentTypeGroup (code)", "EstablishmentTypeGroup (name)",
	"EstablishmentStatus (code)", "EstablishmentStatus (name)",
	"ReasonEstablishmentOpened (code)", "ReasonEstablishmentOpened (name)", "OpenDate",
	"ReasonEstablishmentClosed (code)", "ReasonEstablishmentClosed (name)", "CloseDate",
	"PhaseOfEducation (code)", "PhaseOfEducation (name)", "StatutoryLowAge", "StatutoryHighAge",
	"Boarders (code)", "Boarders (name)", "NurseryProvision (name)",
	"OfficialSixthForm (code)", "OfficialSixthForm (name)", "Gender (code)", "Gender (name)",
	"ReligiousCharacter (code)", "ReligiousCharacter (name)", "ReligiousEthos (name)",
	"Diocese (code)", "Diocese (name)", "AdmissionsPolicy (code)", "AdmissionsPolicy (name)",
	"SchoolCapacity", "SpecialClasses (code)", "SpecialClasses (name)", "CensusDate",
	"NumberOfPupils", "NumberOfBoys", "NumberOfGirls", "PercentageFSM",
	"TrustSchoolFlag (code)", "TrustSchoolFlag (name)", "Trusts (code)", "Trusts (name)",
	"SchoolSponsorFlag (name)", "SchoolSponsors (name)", "FederationFlag (name)",
	"Federations (code)", "Federations (name)", "UKPRN", "FEHEIdentifier",
	"FurtherEducationType (name)", "OfstedLastInsp", "OfstedSpecialMeasures (code)",
	"OfstedSpecialMeasures (name)", "LastChangedDate", "Street", "Locality", "Address3", "Town",
	"County (name)", "Postcode", "SchoolWebsite", "TelephoneNum", "HeadTitle (name)",
	"HeadFirstName", "HeadLastName", "HeadPreferredJobTitle", "BSOInspectorateName (name)",
	"InspectorateReport", "DateOfLastInspectionVisit", "NextInspectionVisit", "TeenMoth (name)",
	"TeenMothPlaces", "CCF (name)", "SENPRU (name)", "EBD (name)", "PlacesPRU", "FTProv (name)",
	"EdByOther (name)", "Section41Approved (name)", "SEN1 (name)", "SEN2 (name)", "SEN3 (name)",
	"SEN4 (name)", "SEN5 (name)", "SEN6 (name)", "SEN7 (name)", "SEN8 (name)", "SEN9 (name)",
	"SEN10 (name)", "SEN11 (name)", "SEN12 (name)", "SEN13 (name)",
	"TypeOfResourcedProvision (name)", "ResourcedProvisionOnRoll", "ResourcedProvisionCapacity",
	"SenUnitOnRoll", "SenUnitCapacity", "GOR (code)", "GOR (name)",
	"DistrictAdministrative (code)", "DistrictAdministrative (name)",
	"AdministrativeWard (code)", "AdministrativeWard (name)",
	"ParliamentaryConstituency (code)", "ParliamentaryConstituency (name)",
	"UrbanRural (code)", "UrbanRural (name)", "GSSLACode (name)", "Easting", "Northing",
	"MSOA (name)", "LSOA (name)", "InspectorateName (name)", "SENStat", "SENNoStat",
	"BoardingEstablishment (name)", "PropsName", "PreviousLA (code)", "PreviousLA (name)",
	"PreviousEstablishmentNumber", "OfstedRating (name)", "Country (name)", "UPRN", "SiteName",
	"QABName (code)", "QABName (name)", "EstablishmentAccredited (code)",
	"EstablishmentAccredited (name)", "QABReport", "CHNumber", "MSOA (code)", "LSOA (code)", "FSM",
	"AccreditationExpiryDate",
}

// writeGIAS writes schools as a GIAS download does: every field quoted,
// CRLF line ends, dates DD-MM-YYYY, Windows-1252 text. A character that
// Windows-1252 cannot hold is an error, not a silent substitute.
func writeGIAS(w io.Writer, schools []School, today calendar.Date) error {
	enc := transform.NewWriter(w, charmap.Windows1252.NewEncoder())
	bw := bufio.NewWriter(enc)
	writeQuoted(bw, giasColumns)
	row := make([]string, len(giasColumns))
	for _, s := range schools {
		values := giasValues(s, today)
		for i, col := range giasColumns {
			row[i] = values[col]
		}
		writeQuoted(bw, row)
	}

	if err := bw.Flush(); err != nil {
		return fmt.Errorf("encode schools as windows-1252: %w", err)
	}
	return enc.Close()
}

// writeQuoted writes one line of quoted fields; errors surface at Flush.
func writeQuoted(w *bufio.Writer, fields []string) {
	for i, f := range fields {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteByte('"')
		w.WriteString(strings.ReplaceAll(f, `"`, `""`))
		w.WriteByte('"')
	}
	w.WriteString("\r\n")
}

// giasValues returns the fields of one school by column; columns it leaves
// out are blank.
func giasValues(s School, today calendar.Date) map[string]string {
	seed, _ := strconv.Atoi(s.URN)
	open := s.Close.IsZero()
	converter := s.TypeCode == academyConverter.typeCode
	church := s.Religion != "Does not apply"
	maintainedOrSpecial := s.GroupCode == "4" || s.GroupCode == "5"
	fsm := 8 + float64(seed*37%300)/10
	ratings := []string{"Good", "Outstanding", "Good", "Requires improvement"}
	v := map[string]string{
		"URN":                              s.URN,
		"LA (code)":                        LACode,
		"LA (name)":                        LAName,
		"EstablishmentNumber":              s.EstablishmentNumber,
		"EstablishmentName":                s.Name,
		"TypeOfEstablishment (code)":       s.TypeCode,
		"TypeOfEstablishment (name)":       s.Type,
		"EstablishmentTypeGroup (code)":    s.GroupCode,
		"EstablishmentTypeGroup (name)":    s.Group,
		"EstablishmentStatus (code)":       pick2(open, "1", "2"),
		"EstablishmentStatus (name)":       pick2(open, "Open", "Closed"),
		"ReasonEstablishmentOpened (code)": pick2(converter, "10", "00"),
		"ReasonEstablishmentOpened (name)": pick2(converter, "Academy Converter", "Not applicable"),
		"OpenDate":                         giasDate(s.Open),
		"ReasonEstablishmentClosed (code)": pick2(open, "00", "04"),
		"ReasonEstablishmentClosed (name)": pick2(open, "Not applicable", "Fresh Start"),
		"CloseDate":                        giasDate(s.Close),
		"PhaseOfEducation (code)":          s.PhaseCode,
		"PhaseOfEducation (name)":          s.Phase,
		"StatutoryLowAge":                  strconv.Itoa(s.LowAge),
		"StatutoryHighAge":                 strconv.Itoa(s.HighAge),
		"Boarders (code)":                  "1",
		"Boarders (name)":                  "No boarders",
		"NurseryProvision (name)":          pick2(s.NurseryClasses, "Has Nursery Classes", "No Nursery Classes"),
		"OfficialSixthForm (code)":         pick2(s.SixthForm, "1", "2"),
		"OfficialSixthForm (name)":         pick2(s.SixthForm, "Has a sixth form", "Does not have a sixth form"),
		"Gender (code)":                    "3",
		"Gender (name)":                    "Mixed",
		"ReligiousCharacter (code)":        religionCodes[s.Religion],
		"ReligiousCharacter (name)":        s.Religion,
		"ReligiousEthos (name)":            "Does not apply",
		"Diocese (code)":                   dioceseCodes[s.Religion],
		"Diocese (name)":                   pick2(church, "Diocese of Demoshire", "Not applicable"),
		"AdmissionsPolicy (code)":          pick2(s.Kind == KindSecondary, "4", "0"),
		"AdmissionsPolicy (name)":          pick2(s.Kind == KindSecondary, "Non-selective", "Not applicable"),
		"SchoolCapacity":                   strconv.Itoa(s.Capacity),
		"SpecialClasses (code)":            "2",
		"SpecialClasses (name)":            "No Special Classes",
		"CensusDate":                       giasDate(censusDay(today)),
		"NumberOfPupils":                   strconv.Itoa(s.Pupils),
		"NumberOfBoys":                     strconv.Itoa(s.Pupils - s.Pupils*49/100),
		"NumberOfGirls":                    strconv.Itoa(s.Pupils * 49 / 100),
		"PercentageFSM":                    strconv.FormatFloat(fsm, 'f', 1, 64),
		"FSM":                              strconv.Itoa(int(float64(s.Pupils) * fsm / 100)),
		"FederationFlag (name)":            "Not under a federation",
		"UKPRN":                            "1999" + s.URN[2:],
		"FurtherEducationType (name)":      pick2(s.Kind == KindSixthForm, sixthFormCollege, "Not applicable"),
		"OfstedSpecialMeasures (code)":     "0",
		"OfstedSpecialMeasures (name)":     "Not applicable",
		"OfstedRating (name)":              ratings[seed%len(ratings)],
		"LastChangedDate":                  giasDate(today.AddDays(-(seed % 200))),
		"Street":                           s.Street,
		"Town":                             s.Town,
		"County (name)":                    LAName,
		"Postcode":                         s.Postcode,
		"SchoolWebsite":                    "https://www." + slug(s.Name) + ".demoshire.example",
		"TelephoneNum":                     fmt.Sprintf("01632960%03d", seed%1000),
		"HeadTitle (name)":                 s.HeadTitle,
		"HeadFirstName":                    s.HeadForename,
		"HeadLastName":                     s.HeadSurname,
		"HeadPreferredJobTitle":            pick2(maintainedOrSpecial, "Headteacher", "Principal"),
		"PreviousLA (code)":                "999",
		"PreviousLA (name)":                "Not applicable",
		"QABName (code)":                   "0",
		"QABName (name)":                   "Not applicable",
		"EstablishmentAccredited (code)":   "0",
		"EstablishmentAccredited (name)":   "Not applicable",
	}
	trust(v, s)
	for _, col := range []string{"BSOInspectorateName (name)", "TeenMoth (name)", "CCF (name)",
		"SENPRU (name)", "EBD (name)", "EdByOther (name)", "Section41Approved (name)"} {
		v[col] = "Not applicable"
	}
	if s.Kind == KindSpecial {
		v["SEN1 (name)"] = "SEMH - Social, Emotional and Mental Health"
		v["SEN2 (name)"] = "ASD - Autistic Spectrum Disorder"
		v["SEN3 (name)"] = "MLD - Moderate Learning Difficulty"
	}
	return v
}

// sixthFormCollege is the further education type of the sixth-form college.
const sixthFormCollege = "Sixth Form College (General)"

// religionCodes are the GIAS codes of the religious characters the
// generator uses.
var religionCodes = map[string]string{
	"Does not apply": "00", "Church of England": "02", "Roman Catholic": "03",
}

// dioceseCodes are invented diocese codes for the church schools.
var dioceseCodes = map[string]string{
	"Does not apply": "0000", "Church of England": "CE99", "Roman Catholic": "RC99",
}

// trust fills the trust and sponsor columns: academies and free schools
// belong to an invented multi-academy trust.
func trust(v map[string]string, s School) {
	v["TrustSchoolFlag (code)"], v["TrustSchoolFlag (name)"] = "0", "Not applicable"
	v["SchoolSponsorFlag (name)"] = "Not applicable"
	if s.GroupCode != academyConverter.groupCode && s.GroupCode != freeSchool.groupCode {
		return
	}
	v["TrustSchoolFlag (code)"] = "3"
	v["TrustSchoolFlag (name)"] = "Supported by a multi-academy trust"
	v["Trusts (code)"], v["Trusts (name)"] = "9999", "DEMOSHIRE LEARNING TRUST"
	if s.TypeCode == sponsorLed.typeCode {
		v["SchoolSponsorFlag (name)"] = "Linked to a sponsor"
		v["SchoolSponsors (name)"] = "Demoshire Learning Trust"
	}
}

// censusDay returns the day of the latest January school census on or
// before today: the third Thursday of January.
func censusDay(today calendar.Date) calendar.Date {
	year := today.Year()
	census := dayFor(year, time.January, 15).onOrAfter(time.Thursday)
	if census > dayOf(today) {
		census = dayFor(year-1, time.January, 15).onOrAfter(time.Thursday)
	}
	return census.date()
}

// giasDate formats d as GIAS does, DD-MM-YYYY, or "" when unset.
func giasDate(d calendar.Date) string { return formatDate(d, '-') }

// pick2 returns a when cond holds, else b.
func pick2(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// slug turns a school name into a web-address label.
func slug(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'é' || r == 'è' || r == 'ë':
			b.WriteByte('e')
		}
	}
	return b.String()
}
