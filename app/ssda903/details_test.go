package ssda903

import (
	"testing"
)

const detailsColumns = "CHILD,FORENAME,SURNAME,SCHOOL_URN"

func TestParse_childDetails(t *testing.T) {
	t.Parallel()
	b := Parse("children.csv", csvText(
		detailsColumns+",NCY,COHORT,UPN,SOCIAL_WORKER,SOCIAL_WORKER_EMAIL,SHOE_SIZE",
		"900001.0,Ann,Example,100492.0,Year 7,cla,C999000000001,Sam Worker,sam.worker@example.org,5",
		"900002,Ben,Example,,R,PLAC,,,,",
		"900003,Cal,Example,10049,7,,,,,",
		"900004,Dee,Example,100492,15,,,,not-an-address,",
		"900005,Eve,Example,100492,,NEIGHBOUR,UN9,,,",
		"900001,Ann,Again,,,,,,,",
		"900006,,,,,,,,,",
	))

	// SHOE_SIZE is not a children.csv column. 900001's decimals are
	// repaired; 900003's URN has five digits; 900004's year group and
	// email are not valid; 900005's cohort is not, nor is its UPN, which
	// is only a warning; 900001 comes twice; 900006 has no name, which is
	// only a warning.
	diff(t, "problems", []string{
		"0 warning column SHOE_SIZE=",
		"2 warning child-id CHILD=900001.0",
		"2 warning value SCHOOL_URN=100492.0",
		"4 error value SCHOOL_URN=10049",
		"5 error value NCY=15",
		"5 error value SOCIAL_WORKER_EMAIL=not-an-address",
		"6 warning 168 UPN=UN9",
		"6 error value COHORT=NEIGHBOUR",
		"7 error duplicate CHILD=900001",
		"8 warning value SURNAME=",
	}, brief(b.Problems()))
	diff(t, "details", []ChildDetails{
		{ChildID: "900001", Forename: "Ann", Surname: "Example", SchoolURN: "100492", UPN: "C999000000001",
			NCY: "7", Cohort: "CLA", SocialWorker: "Sam Worker", SocialWorkerEmail: "sam.worker@example.org",
			File: "children.csv", Line: 2},
		{ChildID: "900002", Forename: "Ben", Surname: "Example", NCY: "R", Cohort: "PLAC",
			File: "children.csv", Line: 3},
		{ChildID: "900006", File: "children.csv", Line: 8},
	}, b.Details)
	diff(t, "columns", []string{"CHILD", "FORENAME", "SURNAME", "SCHOOL_URN", "NCY", "COHORT", "UPN",
		"SOCIAL_WORKER", "SOCIAL_WORKER_EMAIL"}, b.Files[0].Columns)
}

func TestValidate_childDetailsAgainstHeader(t *testing.T) {
	t.Parallel()
	// testHeader has C1 and C2, and C3 whose row is rejected.
	details := namedFile{"children.csv", csvText(detailsColumns,
		"C1,Ann,Example,", "C3,Cal,Example,", "C8,Hal,Example,")}
	b := batchOf(testHeader, details)

	// C8 may be a child outside the 903 (previously looked after, say):
	// loaded, with a warning in case its id is a typing slip.
	diff(t, "problems", []string{"3 error child-rejected CHILD=C3", "4 warning child-missing CHILD=C8"},
		brief(b.Files[1].Problems))
	if len(b.Details) != 2 {
		t.Errorf("%d details accepted, want 2 (C1 and C8)", len(b.Details))
	}
}

func TestNormaliseNCY(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"7", "7", true},
		{"07", "7", true},
		{"Y7", "7", true},
		{"year 11", "11", true},
		{"14", "14", true},
		{"r", "R", true},
		{"Reception", "R", true},
		{"YR", "R", true},
		{"Year R", "R", true},
		{"n1", "N1", true},
		{"X", "X", true},
		{"0", "", false},
		{"15", "", false},
		{"+7", "", false},
		{"Y", "", false},
		{"seven", "", false},
	}
	for _, s := range scenarios {
		t.Run(s.in, func(t *testing.T) {
			t.Parallel()
			got, ok := NormaliseNCY(s.in)
			if got != s.want || ok != s.ok {
				t.Errorf("NormaliseNCY(%q) = %q, %v; want %q, %v", s.in, got, ok, s.want, s.ok)
			}
		})
	}
}

func TestParse_pepHistory(t *testing.T) {
	t.Parallel()
	b := Parse("peps.csv", csvText("CHILD,MEETING_DATE,COMPLETED_DATE",
		"C1,01/10/2024,08/10/2024",
		"C1,15/01/2025,",
		"C1,15/01/2025,20/01/2025",
		"C2,01/10/2024,30/09/2024",
		"C2,,01/10/2024",
		"C2,2/10/2024,31/09/2024",
	))

	// A blank completed date is a PEP never completed. Line 4 repeats
	// C1's meeting of 15 January; line 5 is completed before its meeting;
	// line 6 has no meeting date and line 7 an impossible completed date.
	diff(t, "problems", []string{
		"4 error duplicate MEETING_DATE=15/01/2025",
		"5 error pep-dates COMPLETED_DATE=30/09/2024",
		"6 error value MEETING_DATE=",
		"7 warning date-format MEETING_DATE=2/10/2024",
		"7 error value COMPLETED_DATE=31/09/2024",
	}, brief(b.Problems()))
	diff(t, "PEPs", []PEPRecord{
		{ChildID: "C1", MeetingDate: day("2024-10-01"), CompletedDate: day("2024-10-08"),
			File: "peps.csv", Line: 2},
		{ChildID: "C1", MeetingDate: day("2025-01-15"), File: "peps.csv", Line: 3},
	}, b.PEPs)
	if b.PEPs[1].Completed() {
		t.Error("a PEP with a blank completed date reads as completed")
	}
}

func TestValidate_pepHistoryChildren(t *testing.T) {
	t.Parallel()
	details := namedFile{"children.csv", csvText(detailsColumns, "C8,Hal,Example,")}
	peps := namedFile{"peps.csv", csvText("CHILD,MEETING_DATE,COMPLETED_DATE",
		"C1,01/10/2024,", "C3,01/10/2024,", "C8,01/10/2024,", "C9,01/10/2024,")}
	b := batchOf(testHeader, details, peps)

	// C1 is in the header and C8 in children.csv; C3's header row was
	// rejected; C9 is in neither.
	diff(t, "problems", []string{"3 error child-rejected CHILD=C3", "5 error child-missing CHILD=C9"},
		brief(b.Files[2].Problems))
}
