package calendar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openpep/openpep/app/csvfile"
)

func TestParseUK(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name    string
		input   string
		want    string // "" when an error is expected
		warning string // fragment of the warning, "" for none
		err     string // fragment of the error
	}{
		{"day first with zeros", "03/04/2012", "2012-04-03", "", ""},
		{"no leading zeros", "3/4/2012", "2012-04-03", "leading zeros", ""},
		{"ISO", "2012-04-03", "2012-04-03", "", ""},
		{"two-digit year", "03/04/12", "", "", "two-digit year"},
		{"day over twelve", "13/04/2012", "2012-04-13", "", ""},
		{"US order", "04/13/2012", "", "", "no month 13"},
		{"spreadsheet serial", "41002", "", "", "bare number"},
		{"no such day", "31/02/2012", "", "", "does not exist"},
		{"dashes", "03-04-2012", "2012-04-03", "dashes", ""},
		{"midnight time", "03/04/2012 00:00:00", "2012-04-03", "time of day", ""},
		{"midnight without seconds", "03/04/2012 00:00", "2012-04-03", "time of day", ""},
		{"other time of day", "03/04/2012 09:30:00", "", "", "DD/MM/YYYY"},
		{"mixed separators", "03/04-2012", "", "", "DD/MM/YYYY"},
		{"leap day", "29/02/2024", "2024-02-29", "", ""},
		{"not a leap year", "29/02/2023", "", "", "does not exist"},
		{"surrounding spaces", " 03/04/2012 ", "2012-04-03", "", ""},
		{"year one", "0001-01-01", "", "", "before 1900"},
		{"blank", "", "", "", "DD/MM/YYYY"},
		{"ISO without zeros", "2012-4-3", "", "", "DD/MM/YYYY"},
		{"day zero", "00/04/2012", "", "", "does not exist"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			got, warning, err := ParseUK(s.input)
			if s.want == "" {
				if err == nil || !strings.Contains(err.Error(), s.err) {
					t.Errorf("ParseUK(%q) error = %v, want one containing %q", s.input, err, s.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseUK(%q): %v", s.input, err)
			}
			if got != d(s.want) {
				t.Errorf("ParseUK(%q) = %s, want %s", s.input, got, s.want)
			}
			if s.warning == "" && warning != "" || !strings.Contains(warning, s.warning) {
				t.Errorf("ParseUK(%q) warning = %q, want %q", s.input, warning, s.warning)
			}
		})
	}
}

// TestParseUK_SharedCases reads the project's shared date-variant file and
// checks ParseUK against each row's EXPECT column: a leading ISO date must
// be the answer, and a leading "reject" must be an error.
func TestParseUK_SharedCases(t *testing.T) {
	t.Parallel()
	path := filepath.Join("..", "..", "..", "shared", "data", "import-cases", "header-date-variants.csv")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared sample data not present: %v", err)
	}
	table, err := csvfile.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	dob, expect := table.Index("DOB"), table.Index("EXPECT")
	for _, row := range table.Rows {
		input, want := row.Value(dob), row.Value(expect)
		t.Run(input, func(t *testing.T) {
			got, _, err := ParseUK(input)
			switch {
			case strings.HasPrefix(want, "reject"):
				if err == nil {
					t.Errorf("ParseUK(%q) = %s, want an error (%s)", input, got, want)
				}
			case err != nil:
				t.Errorf("ParseUK(%q): %v (want %s)", input, err, want)
			case got.String() != want[:10]:
				t.Errorf("ParseUK(%q) = %s, want %s", input, got, want)
			}
		})
	}
}
