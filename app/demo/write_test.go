package demo

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
)

var ukDateShape = regexp.MustCompile(`^\d{2}/\d{2}/\d{4}$`)

// The CSV files parse with exactly the columns the SSDA903 validator and
// the product's importer name, every child they mention is in the header,
// and every date is DD/MM/YYYY.
func TestAuthority_WriteFiles(t *testing.T) {
	t.Parallel()
	a := generate(t, DefaultOptions(testToday))
	dir := filepath.Join(t.TempDir(), "demo")
	if err := a.WriteFiles(dir); err != nil {
		t.Fatalf("WriteFiles: %v", err)
	}

	scenarios := []struct {
		file    string
		columns string
		dates   []string // columns holding dates
		blank   []string // date columns that may be blank
		rows    int
	}{
		{HeaderFile, "CHILD SEX DOB ETHNIC UPN MOTHER MC_DOB", []string{"DOB", "MC_DOB"}, []string{"MC_DOB"},
			len(a.Children)},
		{EpisodesFile, "CHILD DECOM RNE LS CIN PLACE PLACE_PROVIDER DEC REC REASON_PLACE_CHANGE " +
			"HOME_POST PL_POST URN", []string{"DECOM", "DEC"}, []string{"DEC"}, count(a, episodesOf)},
		{ReviewsFile, "CHILD DOB REVIEW REVIEW_CODE", []string{"DOB", "REVIEW"}, nil, count(a, reviewsOf)},
		{ChildrenFile, "CHILD FORENAME SURNAME SCHOOL_URN SOCIAL_WORKER NCY", nil, nil, len(a.Children)},
		{PEPsFile, "CHILD MEETING_DATE COMPLETED_DATE", []string{"MEETING_DATE", "COMPLETED_DATE"},
			[]string{"COMPLETED_DATE"}, count(a, pepsOf)},
	}

	header := readCSV(t, filepath.Join(dir, HeaderFile))
	children := map[string]bool{}
	for _, row := range header[1:] {
		children[row[0]] = true
	}
	for _, s := range scenarios {
		t.Run(s.file, func(t *testing.T) {
			rows := readCSV(t, filepath.Join(dir, s.file))
			if diff := cmp.Diff(strings.Fields(s.columns), rows[0]); diff != "" {
				t.Fatalf("columns (-want +got):\n%s", diff)
			}
			if len(rows)-1 != s.rows {
				t.Errorf("%d rows, want %d", len(rows)-1, s.rows)
			}
			for i, row := range rows[1:] {
				if !children[row[0]] {
					t.Errorf("line %d: child %q is not in %s", i+2, row[0], HeaderFile)
				}
				for _, col := range s.dates {
					v := row[slices.Index(rows[0], col)]
					if !ukDateShape.MatchString(v) && !(v == "" && slices.Contains(s.blank, col)) {
						t.Errorf("line %d: %s %q is not DD/MM/YYYY", i+2, col, v)
					}
				}
			}
		})
	}

	ncys := map[string]bool{"": true, "N2": true, "R": true}
	for n := 1; n <= 13; n++ {
		ncys[CensusNCY(n)] = true
	}
	for _, row := range readCSV(t, filepath.Join(dir, ChildrenFile))[1:] {
		if !ncys[row[5]] {
			t.Errorf("child %s: NCY %q is not a census year group", row[0], row[5])
		}
	}
}

func count(a *Authority, n func(Child) int) int {
	total := 0
	for _, c := range a.Children {
		total += n(c)
	}
	return total
}

func episodesOf(c Child) int { return len(c.Episodes) }
func reviewsOf(c Child) int  { return len(c.Reviews) }
func pepsOf(c Child) int     { return len(c.PEPs) }

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("\r")) {
		t.Errorf("%s has CR line ends", path)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("%s does not parse as CSV: %v", path, err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s is empty", path)
	}
	return rows
}

// The school list is a GIAS download as an authority gets it: Windows-1252,
// every field quoted, CRLF line ends, the GIAS column names, dates
// DD-MM-YYYY, one closed school.
func TestAuthority_WriteFiles_schools(t *testing.T) {
	t.Parallel()
	a := generate(t, DefaultOptions(testToday))
	raw := written(t, a, SchoolsFile)
	if utf8.Valid(raw) {
		t.Error("schools.csv is valid UTF-8; a GIAS file is Windows-1252")
	}
	if !bytes.Contains(raw, []byte{0x96}) { // the en dash in the pupil referral unit's name
		t.Error("schools.csv lacks the Windows-1252 byte for –")
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}

	lines := strings.Split(strings.TrimSuffix(string(text), "\r\n"), "\r\n")
	for i, line := range lines {
		if !strings.HasPrefix(line, `"`) || !strings.HasSuffix(line, `"`) ||
			strings.Count(line, `","`) != len(giasColumns)-1 {
			t.Errorf("line %d is not %d quoted fields: %.80s", i+1, len(giasColumns), line)
		}
	}
	rows, err := csv.NewReader(bytes.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("schools.csv does not parse: %v", err)
	}
	if len(rows) != 25 {
		t.Fatalf("%d rows, want a header and 24 schools", len(rows))
	}

	columns := rows[0]
	for _, want := range []string{"URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName",
		"TypeOfEstablishment (name)", "EstablishmentStatus (name)", "PhaseOfEducation (name)",
		"StatutoryLowAge", "StatutoryHighAge", "OpenDate", "CloseDate", "Street", "Town", "Postcode"} {
		if !slices.Contains(columns, want) {
			t.Errorf("no %q column", want)
		}
	}
	col := func(row []string, name string) string { return row[slices.Index(columns, name)] }
	giasDateShape := regexp.MustCompile(`^(\d{2}-\d{2}-\d{4})?$`)
	closed, accented := 0, false
	for _, row := range rows[1:] {
		if col(row, "LA (code)") != "999" || col(row, "LA (name)") != "Demoshire" {
			t.Errorf("school %s is not in Demoshire (999)", col(row, "URN"))
		}
		for _, name := range []string{"OpenDate", "CloseDate", "LastChangedDate", "CensusDate"} {
			if !giasDateShape.MatchString(col(row, name)) {
				t.Errorf("school %s: %s %q is not DD-MM-YYYY", col(row, "URN"), name, col(row, name))
			}
		}
		if col(row, "EstablishmentStatus (name)") == "Closed" {
			closed++
			if col(row, "CloseDate") == "" {
				t.Errorf("closed school %s has no close date", col(row, "URN"))
			}
		}
		accented = accented || strings.ContainsAny(col(row, "EstablishmentName"), "’é–")
	}
	if closed != 1 || !accented {
		t.Errorf("%d closed schools, accented name %v: want one closed and an accented name", closed, accented)
	}
}

func TestAuthority_Write_unknownFile(t *testing.T) {
	t.Parallel()
	a := generate(t, DefaultOptions(testToday))
	if err := a.Write(&bytes.Buffer{}, "terms.csv"); err == nil {
		t.Error("Write(terms.csv) succeeded; the generator writes no terms file")
	}
}
