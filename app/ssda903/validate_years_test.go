package ssda903

import (
	"os"
	"path/filepath"
	"testing"
)

// The returns of two collection years, as a data officer exports them.
// Child 820002 is in care at both year ends: 2024-25 holds its episode of
// 1 March 2025 open, and 2025-26 holds it closed on 1 May 2025 (E13), with
// the next episode, and recodes SEX 2 as F. The review of 20 March 2025
// is in both years' reviews.
var (
	header2425 = csvText(headerColumns,
		"820001,1,14/03/2011,WBRI,UN1,,",
		"820002,2,02/09/2013,WBRI,UN1,,")
	episodes2425 = csvText(episodeColumns,
		ep("820001", "01/06/2024", "S", "01/12/2024", "E11"),
		ep("820002", "01/03/2025", "S", "", ""))
	reviews2425 = csvText(reviewColumns,
		"820002,02/09/2013,20/03/2025,PN1")

	header2526 = csvText(headerColumns,
		"820002,F,02/09/2013,WBRI,UN1,,",
		"820003,M,05/06/2014,WBRI,UN1,,")
	episodes2526 = csvText(episodeColumns,
		ep("820002", "01/03/2025", "S", "01/05/2025", "E13"),
		ep("820002", "01/05/2025", "P", "", ""),
		ep("820003", "10/04/2025", "S", "", ""))
	reviews2526 = csvText(reviewColumns,
		"820002,02/09/2013,20/03/2025,PN1",
		"820002,02/09/2013,15/09/2025,PN2")
)

// writeYears writes the two years' returns into folders of a temporary
// directory and returns the folders, 2024-25 first.
func writeYears(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{
		"2024-25/header.csv": header2425, "2024-25/episodes.csv": episodes2425,
		"2024-25/reviews.csv": reviews2425, "2025-26/header.csv": header2526,
		"2025-26/episodes.csv": episodes2526, "2025-26/reviews.csv": reviews2526,
	}
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "2024-25"), filepath.Join(dir, "2025-26")
}

// fileCount sums up a file as its folder and name and its counts.
type fileCount struct {
	File                       string
	Rows, Accepted, Superseded int
}

func fileCounts(b *Batch) []fileCount {
	var out []fileCount
	for _, f := range b.Files {
		name := filepath.Base(filepath.Dir(f.Name)) + "/" + filepath.Base(f.Name)
		out = append(out, fileCount{name, f.Rows, f.Accepted, f.Superseded})
	}
	return out
}

func TestLoad_yearsOldestFirst(t *testing.T) {
	t.Parallel()
	y2425, y2526 := writeYears(t)
	b := load(t, y2425, y2526)

	// Every row of 2024-25 that 2025-26 repeats is superseded, without a
	// problem: 820002's header row, its open episode and its review. So
	// the episode of 1 March counts once, closed, and is not 142.
	diff(t, "problems", []string(nil), brief(b.Problems()))
	diff(t, "files", []fileCount{
		{"2024-25/episodes.csv", 2, 1, 1},
		{"2024-25/header.csv", 2, 1, 1},
		{"2024-25/reviews.csv", 1, 0, 1},
		{"2025-26/episodes.csv", 3, 3, 0},
		{"2025-26/header.csv", 2, 2, 0},
		{"2025-26/reviews.csv", 2, 2, 0},
	}, fileCounts(b))
	if b.HasErrors() {
		t.Error("HasErrors() = true, want false")
	}

	eps := filepath.Join(y2526, "episodes.csv")
	diff(t, "episodes", []Episode{
		{ChildID: "820001", DECOM: day("2024-06-01"), RNE: "S", LS: "C2", CIN: "N1", Place: "U1",
			PlaceProvider: "PR1", DEC: day("2024-12-01"), REC: "E11",
			File: filepath.Join(y2425, "episodes.csv"), Line: 2},
		{ChildID: "820002", DECOM: day("2025-03-01"), RNE: "S", LS: "C2", CIN: "N1", Place: "U1",
			PlaceProvider: "PR1", DEC: day("2025-05-01"), REC: "E13", File: eps, Line: 2},
		{ChildID: "820002", DECOM: day("2025-05-01"), RNE: "P", LS: "C2", CIN: "N1", Place: "U1",
			PlaceProvider: "PR1", File: eps, Line: 3},
		{ChildID: "820003", DECOM: day("2025-04-10"), RNE: "S", LS: "C2", CIN: "N1", Place: "U1",
			PlaceProvider: "PR1", File: eps, Line: 4},
	}, b.Episodes)

	header := filepath.Join(y2526, "header.csv")
	diff(t, "children", []Child{
		{ID: "820001", Sex: "1", DOB: day("2011-03-14"), Ethnic: "WBRI", UPN: "UN1",
			File: filepath.Join(y2425, "header.csv"), Line: 2},
		{ID: "820002", Sex: "F", DOB: day("2013-09-02"), Ethnic: "WBRI", UPN: "UN1",
			File: header, Line: 2},
		{ID: "820003", Sex: "M", DOB: day("2014-06-05"), Ethnic: "WBRI", UPN: "UN1",
			File: header, Line: 3},
	}, b.Children)

	reviews := filepath.Join(y2526, "reviews.csv")
	diff(t, "reviews", []Review{
		{ChildID: "820002", Date: day("2025-03-20"), Code: "PN1", File: reviews, Line: 2},
		{ChildID: "820002", Date: day("2025-09-15"), Code: "PN2", File: reviews, Line: 3},
	}, b.Reviews)
}

func TestLoad_yearsNewestFirst(t *testing.T) {
	t.Parallel()
	y2425, y2526 := writeYears(t)
	b := load(t, y2526, y2425)

	// The later path wins, so 2024-25's rows supersede 2025-26's: 820002's
	// SEX is 2 again, and its episode of 1 March is the open one, which
	// the episode of 1 May follows: 142. The closed row of 2025-26 is
	// superseded, so the episode of 1 March is lost. Hence oldest first.
	diff(t, "problems", []string{"3 error 142 DEC="}, brief(b.Problems()))
	diff(t, "files", []fileCount{
		{"2025-26/episodes.csv", 3, 2, 1},
		{"2025-26/header.csv", 2, 1, 1},
		{"2025-26/reviews.csv", 2, 1, 1},
		{"2024-25/episodes.csv", 2, 1, 0},
		{"2024-25/header.csv", 2, 2, 0},
		{"2024-25/reviews.csv", 1, 1, 0},
	}, fileCounts(b))
	diff(t, "episodes", []string{"820002 2025-05-01", "820003 2025-04-10", "820001 2024-06-01"},
		episodeKeys(b.Episodes))
	diff(t, "children", []string{"820003", "820001", "820002"}, childIDs(b.Children))
	if c := b.Children[2]; c.Sex != "2" || c.File != filepath.Join(y2425, "header.csv") {
		t.Errorf("child 820002 = SEX %s from %s, want SEX 2 from 2024-25", c.Sex, c.File)
	}
}

func TestValidate_laterFileSupersedes(t *testing.T) {
	t.Parallel()
	file := func(name, columns string, rows ...string) namedFile {
		return namedFile{name, csvText(append([]string{columns}, rows...)...)}
	}
	const pepColumns = "CHILD,MEETING_DATE,COMPLETED_DATE"
	oneChild := file("old/header.csv", headerColumns, "C1,1,01/01/2010,WBRI,UN1,,")
	scenarios := []struct {
		name       string
		files      []namedFile
		problems   map[string][]string
		accepted   map[string][]int
		superseded map[string]int
	}{
		{
			name: "a repeat within the later file is still INT32",
			files: []namedFile{oneChild, file("new/header.csv", headerColumns,
				"C1,1,01/01/2010,WBRI,UN1,,", "C1,1,01/01/2010,WBRI,UN1,,")},
			problems:   map[string][]string{"new/header.csv": {"3 error INT32 CHILD=C1"}},
			accepted:   map[string][]int{"new/header.csv": {2}},
			superseded: map[string]int{"old/header.csv": 1},
		},
		{
			name: "a repeat within the earlier file is still a duplicate",
			files: []namedFile{
				file("old/episodes.csv", episodeColumns, ep("C1", "01/04/2020", "S", "", ""),
					ep("C1", "01/04/2020", "S", "", "")),
				file("new/episodes.csv", episodeColumns, ep("C1", "01/04/2020", "S", "", "")),
			},
			problems: map[string][]string{
				"old/episodes.csv": {"3 error duplicate DECOM=01/04/2020"},
			},
			accepted:   map[string][]int{"new/episodes.csv": {2}},
			superseded: map[string]int{"old/episodes.csv": 1},
		},
		{
			// The first row of the later file has a bad code, so its second
			// counts, and the earlier file's row is superseded.
			name: "the first row of the later file without errors counts",
			files: []namedFile{
				file("old/reviews.csv", reviewColumns, "C1,01/01/2010,01/05/2020,PN1"),
				file("new/reviews.csv", reviewColumns, "C1,01/01/2010,01/05/2020,PN9",
					"C1,01/01/2010,01/05/2020,PN2"),
			},
			problems:   map[string][]string{"new/reviews.csv": {"2 error 167 REVIEW_CODE=PN9"}},
			accepted:   map[string][]int{"new/reviews.csv": {3}},
			superseded: map[string]int{"old/reviews.csv": 1},
		},
		{
			// As when the years are imported in turn: the later row is
			// rejected, and the earlier stays.
			name: "a later row with errors of its own supersedes nothing",
			files: []namedFile{
				file("old/reviews.csv", reviewColumns, "C1,01/01/2010,01/05/2020,PN1"),
				file("new/reviews.csv", reviewColumns, "C1,01/01/2010,01/05/2020,PN9"),
			},
			problems: map[string][]string{"new/reviews.csv": {"2 error 167 REVIEW_CODE=PN9"}},
			accepted: map[string][]int{"old/reviews.csv": {2}},
		},
		{
			name: "an earlier row with errors of its own is reported, not superseded",
			files: []namedFile{
				file("old/episodes.csv", episodeColumns, "C1,01/04/2020,S,C2,N9,U1,PR1,,,,,,"),
				file("new/episodes.csv", episodeColumns, ep("C1", "01/04/2020", "S", "", "")),
			},
			problems: map[string][]string{"old/episodes.csv": {"2 error 145 CIN=N9"}},
			accepted: map[string][]int{"new/episodes.csv": {2}},
		},
		{
			name: "every row of the key rejected: each is reported for its own errors",
			files: []namedFile{
				file("old/reviews.csv", reviewColumns, "C1,01/01/2010,01/05/2020,PN9"),
				file("new/reviews.csv", reviewColumns, "C1,01/01/2010,01/05/2020,PN8"),
			},
			problems: map[string][]string{
				"old/reviews.csv": {"2 error 167 REVIEW_CODE=PN9"},
				"new/reviews.csv": {"2 error 167 REVIEW_CODE=PN8"},
			},
			accepted: map[string][]int{},
		},
		{
			// The later header corrects C1's DOB; the review agrees with it,
			// and the episode starts before the DOB the earlier one gave.
			name: "DOB checks use the header row that counts",
			files: []namedFile{
				file("old/header.csv", headerColumns, "C1,1,01/06/2010,WBRI,UN1,,"),
				file("new/header.csv", headerColumns, "C1,1,01/01/2010,WBRI,UN1,,"),
				file("new/episodes.csv", episodeColumns, ep("C1", "01/04/2010", "S", "", "")),
				file("new/reviews.csv", reviewColumns, "C1,01/01/2010,01/05/2010,PN1"),
			},
			problems: map[string][]string{},
			accepted: map[string][]int{"new/header.csv": {2}, "new/episodes.csv": {2},
				"new/reviews.csv": {2}},
			superseded: map[string]int{"old/header.csv": 1},
		},
		{
			// The later header row is rejected, so the earlier counts and
			// C1's episode is not child-rejected.
			name: "references follow the header row that counts",
			files: []namedFile{
				oneChild,
				file("new/header.csv", headerColumns, "C1,9,01/01/2010,WBRI,UN1,,"),
				file("new/episodes.csv", episodeColumns, ep("C1", "01/04/2020", "S", "", "")),
			},
			problems: map[string][]string{"new/header.csv": {"2 error 101 SEX=9"}},
			accepted: map[string][]int{"old/header.csv": {2}, "new/episodes.csv": {2}},
		},
		{
			name: "children.csv and PEP history",
			files: []namedFile{
				file("old/children.csv", detailsColumns, "C1,Ann,Example,100492", "C2,Ben,Example,"),
				file("old/peps.csv", pepColumns, "C1,01/10/2024,"),
				file("new/children.csv", detailsColumns, "C1,Ann,Example,100493"),
				file("new/peps.csv", pepColumns, "C1,01/10/2024,08/10/2024"),
			},
			problems: map[string][]string{},
			accepted: map[string][]int{"old/children.csv": {3}, "new/children.csv": {2},
				"new/peps.csv": {2}},
			superseded: map[string]int{"old/children.csv": 1, "old/peps.csv": 1},
		},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			b := batchOf(s.files...)
			problems := map[string][]string{}
			superseded := map[string]int{}
			for _, f := range b.Files {
				if len(f.Problems) > 0 {
					problems[f.Name] = brief(f.Problems)
				}
				if f.Superseded > 0 {
					superseded[f.Name] = f.Superseded
				}
			}
			diff(t, "problems", s.problems, problems)
			diff(t, "accepted lines", s.accepted, acceptedLines(b))
			if s.superseded == nil {
				s.superseded = map[string]int{}
			}
			diff(t, "superseded", s.superseded, superseded)
		})
	}
}

func TestValidate_duplicateInTheLaterFileNamesItsRow(t *testing.T) {
	t.Parallel()
	b := batchOf(
		namedFile{"old/header.csv", csvText(headerColumns, "C1,1,01/01/2010,WBRI,UN1,,")},
		namedFile{"new/header.csv", csvText(headerColumns,
			"C1,1,01/01/2010,WBRI,UN1,,", "C1,1,01/01/2010,WBRI,UN1,,")})
	want := "Child C1 is already in the header table at header.csv line 2; this row is not loaded"
	if p := b.Problems(); len(p) != 1 || p[0].File != "new/header.csv" || p[0].Message != want {
		t.Errorf("problems = %v, want one in new/header.csv: %q", p, want)
	}
}

func TestValidate_episodeAfterToday(t *testing.T) {
	t.Parallel()
	b := batchOf(episodes(
		ep("P1", "15/05/2025", "S", "", ""),
		ep("P2", "16/05/2025", "S", "", ""),
		ep("P3", "01/04/2031", "S", "", ""),
	))
	diff(t, "problems without Today", []string(nil), brief(b.Problems()))

	// On 15 May 2025 an episode may begin that day, not the day after.
	b.Today = day("2025-05-15")
	b.Validate()
	diff(t, "problems", []string{
		"3 error future-date DECOM=16/05/2025",
		"4 error future-date DECOM=01/04/2031",
	}, brief(b.Problems()))
	diff(t, "episodes", []string{"P1 2025-05-15"}, episodeKeys(b.Episodes))
	want := "The episode begins 16 May 2025, after today (15 May 2025); " +
		"a return records care that has begun"
	if p := b.Problems(); len(p) == 0 || p[0].Message != want {
		t.Errorf("problems = %v, want the first to say %q", p, want)
	}
}
