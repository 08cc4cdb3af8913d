package ssda903

import (
	"fmt"
	"testing"
)

// testHeader has children C1 (born 1 January 2010), C2 (born 1 June 2012)
// and C3, whose SEX 9 is invalid, so C3's only row is rejected.
var testHeader = namedFile{"header.csv", csvText(headerColumns,
	"C1,1,01/01/2010,WBRI,UN1,,",
	"C2,2,01/06/2012,WBRI,UN1,,",
	"C3,9,01/06/2012,WBRI,UN1,,",
)}

// ep writes an episodes row with legal status C2, need N1, placement U1.
func ep(child, decom, rne, dec, rec string) string {
	return fmt.Sprintf("%s,%s,%s,C2,N1,U1,PR1,%s,%s,,,,", child, decom, rne, dec, rec)
}

func episodes(rows ...string) namedFile {
	return namedFile{"episodes.csv", csvText(append([]string{episodeColumns}, rows...)...)}
}

func TestValidate_episodes(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name     string
		rows     []string
		problems []string
		accepted []string
	}{
		{
			name: "an open episode followed by another is 142 on the open one",
			rows: []string{ep("C1", "01/04/2020", "S", "", ""),
				ep("C1", "01/05/2020", "P", "", "")},
			problems: []string{"2 error 142 DEC="},
			accepted: []string{"C1 2020-05-01"},
		},
		{
			name: "an ended episode with no REC followed by another is 142 on REC",
			rows: []string{ep("C1", "01/04/2020", "S", "01/05/2020", ""),
				ep("C1", "01/05/2020", "P", "", "")},
			problems: []string{"2 error 142 REC="},
			accepted: []string{"C1 2020-05-01"},
		},
		{
			name: "an episode starting before the previous one ended is 501 on the later one",
			rows: []string{ep("C1", "01/04/2020", "S", "10/05/2020", "X1"),
				ep("C1", "01/05/2020", "P", "", "")},
			problems: []string{"3 error 501 DECOM=01/05/2020"},
			accepted: []string{"C1 2020-04-01"},
		},
		{
			name: "episodes are ordered by DECOM, not by line",
			rows: []string{ep("C1", "01/05/2020", "P", "", ""),
				ep("C1", "01/04/2020", "S", "01/05/2020", "X1")},
			accepted: []string{"C1 2020-05-01", "C1 2020-04-01"},
		},
		{
			name:     "a first episode without RNE S is a 357 warning and is kept",
			rows:     []string{ep("C1", "01/04/2020", "P", "", "")},
			problems: []string{"2 warning 357 RNE=P"},
			accepted: []string{"C1 2020-04-01"},
		},
		{
			name:     "an episode starting before birth is 302",
			rows:     []string{ep("C2", "01/01/2012", "S", "", "")},
			problems: []string{"2 error 302 DECOM=01/01/2012"},
		},
		{
			name:     "an episode ending before it starts is 356",
			rows:     []string{ep("C1", "01/04/2020", "S", "01/03/2020", "X1")},
			problems: []string{"2 error 356 DEC=01/03/2020"},
		},
		{
			name: "a second episode with the same CHILD and DECOM is rejected",
			rows: []string{ep("C1", "01/04/2020", "S", "", ""), ep("C1", "1/4/2020", "S", "", "")},
			problems: []string{"3 warning date-format DECOM=1/4/2020",
				"3 error duplicate DECOM=1/4/2020"},
			accepted: []string{"C1 2020-04-01"},
		},
		{
			name:     "a child missing from the header is INT01",
			rows:     []string{ep("C9", "01/04/2020", "S", "", "")},
			problems: []string{"2 error INT01 CHILD=C9"},
		},
		{
			name:     "a child whose header row was rejected takes its episodes with it",
			rows:     []string{ep("C3", "01/04/2020", "S", "", "")},
			problems: []string{"2 error child-rejected CHILD=C3"},
		},
		{
			name: "unreadable and blank dates are 141 and 147",
			rows: []string{ep("C1", "31/04/2020", "S", "", ""), ep("C1", "", "S", "", ""),
				ep("C1", "01/04/2020", "S", "2020-13-01", "X1")},
			problems: []string{"2 error 141 DECOM=31/04/2020", "3 error 141 DECOM=", "4 error 147 DEC=2020-13-01"},
		},
		{
			name:     "codes are not case-sensitive",
			rows:     []string{"C1,01/04/2020,s,c2,n1,u1,pr1,02/04/2020,e11,close,ab1 2cd,,sc1"},
			accepted: []string{"C1 2020-04-01"},
		},
		{
			name: "codes outside their lists are 143, 144, 145, 146, 149 and 1009",
			rows: []string{"C1,01/04/2020,X,Z9,N9,ZZ,PR1,02/04/2020,E99,MOVED,,,"},
			problems: []string{"2 error 143 RNE=X", "2 error 144 LS=Z9", "2 error 145 CIN=N9",
				"2 error 146 PLACE=ZZ", "2 error 149 REC=E99", "2 error 1009 REASON_PLACE_CHANGE=MOVED",
				"2 warning 357 RNE=X"},
		},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			b := batchOf(testHeader, episodes(s.rows...))
			diff(t, "problems", s.problems, brief(b.Files[1].Problems))
			diff(t, "accepted", s.accepted, episodeKeys(b.Episodes))
		})
	}
}

func TestValidate_placementByCollectionYear(t *testing.T) {
	t.Parallel()
	// Each child has one episode, so no rule but 146 can fire. The batch
	// has no header table, so INT01 does not apply.
	scenarios := []struct {
		place, decom string
		valid        bool
	}{
		{"K3", "31/03/2024", false}, // 2023-24: K3 not yet a code
		{"K3", "01/04/2024", true},  // 2024-25: K3 arrives
		{"H5", "31/03/2025", true},  // 2024-25: H5's last year
		{"H5", "01/04/2025", false}, // 2025-26: H5, P2 and Z1 retired
		{"P2", "01/04/2025", false},
		{"Z1", "01/04/2025", false},
		{"Z11", "31/03/2025", false}, // 2024-25: Z11 to Z14 not yet codes
		{"Z14", "01/04/2025", true},
		{"z12", "01/04/2025", true},
		{"P2", "01/04/2016", true}, // before the validator's rule sets: its earliest list
	}
	for _, s := range scenarios {
		t.Run(s.place+" "+s.decom, func(t *testing.T) {
			t.Parallel()
			row := fmt.Sprintf("P1,%s,S,C2,N1,%s,PR1,,,,,,", s.decom, s.place)
			b := batchOf(episodes(row))
			if got := len(b.Episodes) == 1; got != s.valid {
				t.Errorf("accepted = %v, want %v; problems %v", got, s.valid, b.Files[0].Problems)
			}
		})
	}
}

func TestCollectionYear(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		date string
		want int
	}{
		{"2024-03-31", 2023},
		{"2024-04-01", 2024},
		{"2024-12-31", 2024},
		{"2025-01-01", 2024},
	}
	for _, s := range scenarios {
		if got := CollectionYear(day(s.date)); got != s.want {
			t.Errorf("CollectionYear(%s) = %d, want %d", s.date, got, s.want)
		}
	}
}

func TestValidate_reviews(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name     string
		rows     []string
		problems []string
		accepted int
	}{
		{
			name:     "a valid review",
			rows:     []string{"C1,01/01/2010,01/05/2020,pn1"},
			accepted: 1,
		},
		{
			name:     "a second review of the same child on the same day is rejected",
			rows:     []string{"C1,01/01/2010,01/05/2020,PN1", "C1,01/01/2010,01/05/2020,PN2"},
			problems: []string{"3 error duplicate REVIEW=01/05/2020"},
			accepted: 1,
		},
		{
			name:     "an unreadable or blank review date is 166",
			rows:     []string{"C1,01/01/2010,01/13/2020,PN1", "C1,01/01/2010,,PN1"},
			problems: []string{"2 error 166 REVIEW=01/13/2020", "3 error 166 REVIEW="},
		},
		{
			name:     "an invalid or blank participation code is 167",
			rows:     []string{"C1,01/01/2010,01/05/2020,PN8", "C1,01/01/2010,02/05/2020,"},
			problems: []string{"2 error 167 REVIEW_CODE=PN8", "3 error 167 REVIEW_CODE="},
		},
		{
			name:     "a child missing from the header is INT08",
			rows:     []string{"C9,01/01/2010,01/05/2020,PN1"},
			problems: []string{"2 error INT08 CHILD=C9"},
		},
		{
			name:     "a DOB that differs from the header's is INT17",
			rows:     []string{"C1,02/01/2010,01/05/2020,PN1"},
			problems: []string{"2 error INT17 DOB=02/01/2010"},
		},
		{
			name:     "a child whose header row was rejected takes its reviews with it",
			rows:     []string{"C3,01/06/2012,01/05/2020,PN1"},
			problems: []string{"2 error child-rejected CHILD=C3"},
		},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			reviews := namedFile{"reviews.csv", csvText(append([]string{reviewColumns}, s.rows...)...)}
			b := batchOf(testHeader, reviews)
			diff(t, "problems", s.problems, brief(b.Files[1].Problems))
			if len(b.Reviews) != s.accepted {
				t.Errorf("%d reviews accepted, want %d", len(b.Reviews), s.accepted)
			}
		})
	}
}

func TestValidate_header(t *testing.T) {
	t.Parallel()
	b := batchOf(namedFile{"header.csv", csvText(headerColumns,
		"C1,1,01/01/2010,WBRI,UN1,,",
		"C1,1,01/01/2010,WBRI,UN1,,",
		"C4,m,01/01/2010,wbri,c999000000001,,",
		"C5,X,01/01/2010,WXYZ,I999000000001,,",
		"C6,F,,,,,",
		"C7,2,01/01/2010,WBRI,D999000000001,,",
		"CHILD-ID-TOO-LONG,2,01/01/2010,WBRI,UN1,,",
		"800 023,2,01/01/2010,WBRI,UN1,,",
		"8000\t25,2,01/01/2010,WBRI,UN1,,",
	)})

	// C4's codes are read in upper case. C5's UPN starts with I, which no
	// UPN does, and C7's is well formed but its check letter should be C:
	// both warnings. The last two ids have a space and a tab inside.
	diff(t, "problems", []string{
		"3 error INT32 CHILD=C1",
		"5 error 101 SEX=X", "5 error 103 ETHNIC=WXYZ", "5 warning 168 UPN=I999000000001",
		"6 error 102 DOB=", "6 error 103 ETHNIC=",
		"7 warning 168 UPN=D999000000001",
		"8 error child-id CHILD=CHILD-ID-TOO-LONG",
		"9 error child-id CHILD=800 023",
		"10 error child-id CHILD=8000\t25",
	}, brief(b.Files[0].Problems))
	diff(t, "child-id messages", []string{
		`CHILD "800 023" has a space or tab inside it; the row cannot be linked to a child`,
		`CHILD "8000\t25" has a space or tab inside it; the row cannot be linked to a child`,
	}, []string{b.Files[0].Problems[8].Message, b.Files[0].Problems[9].Message})
	diff(t, "children", []Child{
		{ID: "C1", Sex: "1", DOB: day("2010-01-01"), Ethnic: "WBRI", UPN: "UN1",
			File: "header.csv", Line: 2},
		{ID: "C4", Sex: "M", DOB: day("2010-01-01"), Ethnic: "WBRI", UPN: "C999000000001",
			File: "header.csv", Line: 4},
		{ID: "C7", Sex: "2", DOB: day("2010-01-01"), Ethnic: "WBRI", UPN: "D999000000001",
			File: "header.csv", Line: 7},
	}, b.Children)
}

func TestBatch_Validate_again(t *testing.T) {
	t.Parallel()
	b := batchOf(testHeader, episodes(ep("C1", "01/04/2020", "S", "", ""), ep("C9", "01/04/2020", "S", "", "")))
	first := brief(b.Problems())

	// Validating again changes nothing; adding the missing child's header
	// row and validating clears INT01.
	b.Validate()
	diff(t, "problems after a second Validate", first, brief(b.Problems()))

	b.Add("more.csv", csvText(headerColumns, "C9,1,01/01/2010,WBRI,UN1,,"))
	b.Validate()
	diff(t, "problems with C9 added", []string{"4 error 101 SEX=9"}, brief(b.Problems()))
	diff(t, "episodes", []string{"C1 2020-04-01", "C9 2020-04-01"}, episodeKeys(b.Episodes))
}

func TestBatch_Validate_known(t *testing.T) {
	t.Parallel()
	// An episodes file on its own, after an earlier import stored C1: C1's
	// episode is accepted, C9's has a child nobody knows (INT01).
	b := batchOf(episodes(ep("C1", "01/04/2020", "S", "", ""), ep("C9", "01/04/2020", "S", "", "")))
	diff(t, "problems standing alone", []string(nil), brief(b.Problems()))

	b.Known = map[string]bool{"C1": true}
	b.Validate()
	diff(t, "problems with C1 known", []string{"3 error INT01 CHILD=C9"}, brief(b.Problems()))
	diff(t, "episodes", []string{"C1 2020-04-01"}, episodeKeys(b.Episodes))
}
