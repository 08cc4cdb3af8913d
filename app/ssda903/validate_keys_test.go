package ssda903

import (
	"testing"

	"github.com/openpep/openpep/app/csvfile"
)

// acceptedLines maps each file to the lines of its accepted rows.
func acceptedLines(b *Batch) map[string][]int {
	out := map[string][]int{}
	add := func(file string, line int) { out[file] = append(out[file], line) }
	for _, c := range b.Children {
		add(c.File, c.Line)
	}
	for _, e := range b.Episodes {
		add(e.File, e.Line)
	}
	for _, r := range b.Reviews {
		add(r.File, r.Line)
	}
	for _, d := range b.Details {
		add(d.File, d.Line)
	}
	for _, p := range b.PEPs {
		add(p.File, p.Line)
	}
	return out
}

func TestValidate_firstRowThatCounts(t *testing.T) {
	t.Parallel()
	reviewsOf := func(rows ...string) namedFile {
		return namedFile{"reviews.csv", csvText(append([]string{reviewColumns}, rows...)...)}
	}
	scenarios := []struct {
		name     string
		files    []namedFile
		problems []string
		accepted map[string][]int
	}{
		{
			// Line 2's SEX is invalid, so line 3 is C1's row, and its DOB
			// is the one the episode is checked against: against line 2's
			// the episode would start before birth (302).
			name: "header",
			files: []namedFile{
				{"header.csv", csvText(headerColumns,
					"C1,9,01/01/2015,WBRI,UN1,,",
					"C1,1,01/01/2010,WBRI,UN1,,",
					"C1,2,01/01/2010,WBRI,UN1,,")},
				episodes(ep("C1", "01/04/2012", "S", "", "")),
			},
			problems: []string{"2 error 101 SEX=9", "4 error INT32 CHILD=C1"},
			accepted: map[string][]int{"header.csv": {3}, "episodes.csv": {2}},
		},
		{
			// Line 2's need code is invalid. Had it stood for C1's episode
			// of 1 April, ending 1 June, line 4 would overlap it (501).
			name: "episodes",
			files: []namedFile{episodes(
				"C1,01/04/2020,S,C2,N9,U1,PR1,01/06/2020,X1,,,,",
				ep("C1", "01/04/2020", "S", "01/05/2020", "X1"),
				ep("C1", "01/05/2020", "P", "", ""),
				ep("C1", "01/04/2020", "S", "01/05/2020", "X1"),
			)},
			problems: []string{"2 error 145 CIN=N9", "5 error duplicate DECOM=01/04/2020"},
			accepted: map[string][]int{"episodes.csv": {3, 4}},
		},
		{
			name: "reviews",
			files: []namedFile{reviewsOf("C1,01/01/2010,01/05/2020,PN9", "C1,01/01/2010,01/05/2020,PN1",
				"C1,01/01/2010,01/05/2020,PN2")},
			problems: []string{"2 error 167 REVIEW_CODE=PN9", "4 error duplicate REVIEW=01/05/2020"},
			accepted: map[string][]int{"reviews.csv": {3}},
		},
		{
			name: "children.csv",
			files: []namedFile{{"children.csv", csvText(detailsColumns,
				"C1,Ann,Example,10049", "C1,Ann,Example,100492")}},
			problems: []string{"2 error value SCHOOL_URN=10049"},
			accepted: map[string][]int{"children.csv": {3}},
		},
		{
			name: "PEP history",
			files: []namedFile{{"peps.csv", csvText("CHILD,MEETING_DATE,COMPLETED_DATE",
				"C1,01/10/2024,31/09/2024", "C1,01/10/2024,08/10/2024")}},
			problems: []string{"2 error value COMPLETED_DATE=31/09/2024"},
			accepted: map[string][]int{"peps.csv": {3}},
		},
		{
			name: "every row with the key rejected: none is a duplicate",
			files: []namedFile{reviewsOf("C1,01/01/2010,01/05/2020,PN9",
				"C1,01/01/2010,01/05/2020,PN8")},
			problems: []string{"2 error 167 REVIEW_CODE=PN9", "3 error 167 REVIEW_CODE=PN8"},
			accepted: map[string][]int{},
		},
		{
			name: "a faulty row after the one that counts is a duplicate too",
			files: []namedFile{reviewsOf("C1,01/01/2010,01/05/2020,PN1",
				"C1,01/01/2010,01/05/2020,PN9")},
			problems: []string{"3 error 167 REVIEW_CODE=PN9", "3 error duplicate REVIEW=01/05/2020"},
			accepted: map[string][]int{"reviews.csv": {2}},
		},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			b := batchOf(s.files...)
			diff(t, "problems", s.problems, brief(b.Problems()))
			diff(t, "accepted lines", s.accepted, acceptedLines(b))
		})
	}
}

func TestValidate_duplicateNamesTheRowThatCounts(t *testing.T) {
	t.Parallel()
	b := batchOf(namedFile{"header.csv", csvText(headerColumns,
		"C1,9,01/01/2010,WBRI,UN1,,",
		"C1,1,01/01/2010,WBRI,UN1,,",
		"C1,1,01/01/2010,WBRI,UN1,,")})
	want := "Child C1 is already in the header table at header.csv line 3; this row is not loaded"
	if p := b.Problems()[1]; p.Line != 4 || p.Message != want {
		t.Errorf("problem = line %d %q, want line 4 %q", p.Line, p.Message, want)
	}
}

func TestValidate_malformedUPNKeepsTheChild(t *testing.T) {
	t.Parallel()
	// C1's UPN starts with S, which no UPN does. The row loads with the UPN
	// trimmed and in upper case, and C1's episode and review load with it.
	header := namedFile{"header.csv", csvText(headerColumns, "C1,1,01/01/2010,WBRI, s999000000001 ,,")}
	reviews := namedFile{"reviews.csv", csvText(reviewColumns, "C1,01/01/2010,01/05/2020,PN1")}
	b := batchOf(header, episodes(ep("C1", "01/04/2020", "S", "", "")), reviews)

	diff(t, "problems", []csvfile.Problem{{
		File: "header.csv", Line: 2, Column: "UPN", Value: "S999000000001", Rule: RuleUPN,
		Severity: csvfile.Warning,
		Message: `UPN "S999000000001" is not valid: it starts with "S", not a letter other than ` +
			`I, O or S (a UPN is a letter other than I, O or S, 11 digits and a digit or letter, ` +
			`or UN1 to UN5 when not known); the row is loaded with the UPN as given`,
	}}, b.Problems())
	diff(t, "children", []Child{{ID: "C1", Sex: "1", DOB: day("2010-01-01"), Ethnic: "WBRI",
		UPN: "S999000000001", File: "header.csv", Line: 2}}, b.Children)
	if len(b.Episodes) != 1 || len(b.Reviews) != 1 {
		t.Errorf("%d episodes and %d reviews accepted, want 1 and 1", len(b.Episodes), len(b.Reviews))
	}
}

func TestValidate_pepDatesAfterToday(t *testing.T) {
	t.Parallel()
	b := batchOf(namedFile{"peps.csv", csvText("CHILD,MEETING_DATE,COMPLETED_DATE",
		"C1,01/10/2024,08/10/2024",
		"C1,15/05/2025,15/05/2025",
		"C1,16/05/2025,",
		"C1,01/05/2025,16/05/2025",
		"C2,01/06/2031,02/06/2031",
		"C3,01/03/2025,01/06/2025",
		"C3,01/03/2025,10/03/2025",
	)})

	// Without Today nothing is in the future, and line 8 repeats line 7.
	diff(t, "problems without Today", []string{"8 error duplicate MEETING_DATE=01/03/2025"},
		brief(b.Problems()))

	// On 15 May 2025 that day is fine, the day after is not; line 7 is
	// completed after today, so line 8 is C3's meeting of 1 March.
	b.Today = day("2025-05-15")
	b.Validate()
	diff(t, "problems", []string{
		"4 error pep-dates MEETING_DATE=16/05/2025",
		"5 error pep-dates COMPLETED_DATE=16/05/2025",
		"6 error pep-dates MEETING_DATE=01/06/2031",
		"6 error pep-dates COMPLETED_DATE=02/06/2031",
		"7 error pep-dates COMPLETED_DATE=01/06/2025",
	}, brief(b.Problems()))
	diff(t, "accepted lines", map[string][]int{"peps.csv": {2, 3, 8}}, acceptedLines(b))
	diff(t, "messages", []string{
		"The PEP meeting date, 16 May 2025, is after today (15 May 2025); " +
			"a PEP history holds meetings already held",
		"The PEP completed date, 16 May 2025, is after today (15 May 2025); " +
			"a PEP cannot be completed in the future",
	}, []string{b.Problems()[0].Message, b.Problems()[1].Message})
}
