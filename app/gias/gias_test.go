package gias

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

var sharedData = filepath.Join("..", "..", "..", "shared", "data")

var dates = cmp.Comparer(func(a, b calendar.Date) bool { return a == b })

func day(s string) calendar.Date { return calendar.MustISO(s) }

func load(t *testing.T, path string) *Result {
	t.Helper()
	res, err := Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return res
}

func brief(problems []csvfile.Problem) []string {
	var out []string
	for _, p := range problems {
		out = append(out, fmt.Sprintf("%d %s %s %s=%s", p.Line, p.Severity, p.Rule, p.Column, p.Value))
	}
	return out
}

func TestLoad_importCases(t *testing.T) {
	t.Parallel()
	// Read from the files' bytes (xxd): the Windows-1252 file writes É
	// as C9, ’ as 92 and – as 96; the UTF-8 one writes the same characters
	// as UTF-8, except that its first school is "\xc3\x81nimo" where the
	// other has "\xc9cole".
	want := []School{
		{URN: "999001", LACode: "999", LAName: "Testshire", EstablishmentNumber: "2001", LAESTAB: "9992001",
			Type: "Academy converter", Status: "Open",
			OpenDate: day("2015-09-01"), Postcode: "XX1 1XX", Line: 2},
		{URN: "999002", LACode: "999", LAName: "Testshire", EstablishmentNumber: "2002", LAESTAB: "9992002",
			Name: "St Brigid’s Test RC Primary School", Type: "Voluntary aided school", Status: "Closed",
			OpenDate: day("1990-01-01"), CloseDate: day("2023-08-31"), Postcode: "XX2 2XX", Line: 3},
		{URN: "999003", LACode: "999", LAName: "Testshire", EstablishmentNumber: "2003", LAESTAB: "9992003",
			Name: "FIERTÉ TEST MULTI-ACADEMY TRUST SCHOOL – SOUTH", Type: "Free schools", Status: "Open",
			OpenDate: day("2024-09-01"), Postcode: "XX3 3XX", Line: 4},
	}
	scenarios := []struct {
		file     string
		encoding string
		first    string
	}{
		{"gias-windows-1252.csv", "Windows-1252", "École Test Academy"},
		{"gias-utf8.csv", "UTF-8", "Ánimo Test Academy"},
	}
	for _, s := range scenarios {
		t.Run(s.file, func(t *testing.T) {
			t.Parallel()
			want := append([]School(nil), want...)
			want[0].Name = s.first
			res := load(t, filepath.Join(sharedData, "import-cases", s.file))
			if res.Encoding != s.encoding || res.Rows != 3 || len(res.Problems) != 0 {
				t.Errorf("read as %q, %d rows, problems %v; want %q, 3 rows, none",
					res.Encoding, res.Rows, res.Problems, s.encoding)
			}
			if d := cmp.Diff(want, res.Schools, dates); d != "" {
				t.Errorf("schools mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestLoad_fullLayouts(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		file string
		want []School
	}{
		{
			// 133 columns, census of 18-01-2018; no open or close dates.
			file: "edubase_sample_4_schools.csv",
			want: []School{
				{URN: "100492", LACode: "207", LAName: "Kensington and Chelsea", EstablishmentNumber: "3402",
					LAESTAB: "2073402", Name: "St Thomas' CofE Primary School", Type: "Voluntary aided school",
					Phase: "Primary", Status: "Open", Street: "Appleford Road", Locality: "North Kensington",
					Town: "London", Postcode: "W10 5EF", Line: 2},
				{URN: "100459", LAESTAB: "2064651", Name: "St Aloysius RC College", Phase: "Secondary",
					Postcode: "N6 5LY", Line: 3},
				{URN: "100494", LAESTAB: "2073437", Name: "Saint Francis of Assisi Catholic Primary School",
					Phase: "Primary", Postcode: "W11 4BJ", Line: 4},
				{URN: "100171", LAESTAB: "2033526",
					Name:  "Saint Mary Magdalene Church of England All Through School",
					Phase: "All through", Postcode: "SE18 5PW", Line: 5},
			},
		},
		{
			// The 2024 layout, 139 columns.
			file: "example_schools_2_anonymised.csv",
			want: []School{
				{URN: "138130", LACode: "355", LAName: "Salford", EstablishmentNumber: "7025",
					LAESTAB: "3557025", Name: "Example Academy", Type: "Academy special converter",
					Phase: "Not applicable", Status: "Open", OpenDate: day("2000-01-01"),
					Street: "Example Road", Locality: "Ellesmere Park", Town: "Eccles", County: "Lancashire",
					Postcode: "M30 9DY", Line: 2},
				{URN: "140134", LAESTAB: "2074320", Name: "Example School", Phase: "Secondary",
					Status: "Closed", OpenDate: day("2000-01-01"), CloseDate: day("2022-12-31"),
					Postcode: "W8 7AF", Line: 3},
			},
		},
	}
	for _, s := range scenarios {
		t.Run(s.file, func(t *testing.T) {
			t.Parallel()
			res := load(t, filepath.Join(sharedData, "gias", s.file))
			if len(res.Problems) != 0 {
				t.Errorf("problems: %v", res.Problems)
			}
			// The first school is checked in full; the rest on the fields
			// that tell schools apart.
			if d := cmp.Diff(s.want[0], res.Schools[0], dates); d != "" {
				t.Errorf("first school mismatch (-want +got):\n%s", d)
			}
			keep := cmpopts.IgnoreFields(School{}, "LACode", "LAName", "EstablishmentNumber", "Type",
				"Street", "Locality", "Address3", "Town", "County")
			if s.want[1].Status == "" {
				keep = cmp.Options{keep, cmpopts.IgnoreFields(School{}, "Status")}
			}
			if d := cmp.Diff(s.want[1:], res.Schools[1:], dates, keep); d != "" {
				t.Errorf("other schools mismatch (-want +got):\n%s", d)
			}
		})
	}
}

const header = `"URN","LA (code)","LA (name)","EstablishmentNumber","EstablishmentName",` +
	`"TypeOfEstablishment (name)","EstablishmentStatus (name)","OpenDate","CloseDate","Postcode"`

func TestParse_rows(t *testing.T) {
	t.Parallel()
	data := strings.Join([]string{header,
		`"100001.0","999","Testshire","42","Zero Padded School","Foundation school","Open","1/9/2015","",""`,
		`"10001","999","Testshire","2001","Short URN School","Foundation school","Open","","",""`,
		`"100003","999","Testshire","","Unnumbered Centre","Children's centre","Open","","",""`,
		`"100004","9","Testshire","2001","Odd LA School","Foundation school","Open","","",""`,
		`"100005","999","Testshire","2005","Bad Date School","Foundation school","Closed","","31-02-2023",""`,
		`"100001","999","Testshire","2006","Repeated School","Foundation school","Open","","",""`,
		`"100007","999","Testshire","2007","","Foundation school","Open","","",""`,
	}, "\r\n")

	res, err := Parse("gias.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2 warning urn URN=100001.0",
		"2 warning date OPENDATE=1/9/2015",
		"3 error urn URN=10001",
		"5 warning laestab LA (CODE)=9",
		"6 error date CLOSEDATE=31-02-2023",
		"7 error duplicate URN=100001",
		"8 error name ESTABLISHMENTNAME=",
	}
	if d := cmp.Diff(want, brief(res.Problems)); d != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", d)
	}

	var got []string
	for _, s := range res.Schools {
		got = append(got, s.URN+" "+s.LAESTAB)
	}
	if d := cmp.Diff([]string{"100001 9990042", "100003 ", "100004 "}, got); d != "" {
		t.Errorf("schools mismatch (-want +got):\n%s", d)
	}
}

func TestParse_firstRowThatCounts(t *testing.T) {
	t.Parallel()
	// Line 2's close date does not exist, so line 3 is URN 100010's row
	// and line 4 repeats it.
	data := strings.Join([]string{header,
		`"100010","999","Testshire","2010","Bad Date School","Foundation school","Closed","","31-02-2023",""`,
		`"100010","999","Testshire","2010","Good School","Foundation school","Open","","",""`,
		`"100010","999","Testshire","2010","Again School","Foundation school","Open","","",""`,
	}, "\n")
	res, err := Parse("gias.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2 error date CLOSEDATE=31-02-2023", "4 error duplicate URN=100010"}
	if d := cmp.Diff(want, brief(res.Problems)); d != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", d)
	}
	if len(res.Schools) != 1 || res.Schools[0].Name != "Good School" {
		t.Errorf("schools = %+v, want Good School alone", res.Schools)
	}
	if msg := res.Problems[1].Message; !strings.Contains(msg, "already on line 3") {
		t.Errorf("duplicate message %q does not name line 3", msg)
	}
}

func TestParse_hugeValue(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("9", 1<<20)
	data := header + "\n" + `"` + huge + `","999","Testshire","2010","A School","Foundation school",` +
		`"Open","` + huge + `","",""`
	res, err := Parse("gias.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	// Each message shows 99 characters of the value and an ellipsis.
	clipped := `"` + strings.Repeat("9", 99) + `…"`
	want := []string{
		"URN " + clipped + " is not six digits; the row cannot be used",
		"OPENDATE is not a valid date: date " + clipped + " is not in the form DD/MM/YYYY",
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, p.Message)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("messages mismatch (-want +got):\n%s", d)
	}
}

func TestParse_fileErrors(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name string
		data string
		want string
	}{
		{"empty", "", "file is empty"},
		{"not GIAS", "CHILD,SEX,DOB\n1,1,01/01/2010\n", "no URN, LA (CODE),"},
		{"lacking CloseDate", strings.Replace(header, `,"CloseDate"`, "", 1), "no CLOSEDATE column"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse("x.csv", []byte(s.data))
			if err == nil || !strings.Contains(err.Error(), s.want) {
				t.Errorf("error = %v, want one saying %q", err, s.want)
			}
		})
	}

	_, err := Parse("x.csv", nil)
	if !errors.Is(err, csvfile.ErrEmpty) {
		t.Errorf("error for an empty file = %v, want csvfile.ErrEmpty", err)
	}
}

func BenchmarkParse(b *testing.B) {
	// A file the size of a whole-country download would be, about 50,000
	// establishments, in the short layout.
	var sb strings.Builder
	sb.WriteString(header + "\r\n")
	for i := range 50000 {
		fmt.Fprintf(&sb, `"%d","999","Testshire","%d","School %d","Academy converter","Open",`+
			`"01-09-2015","","XX1 1XX"`+"\r\n", 100000+i, i%10000, i)
	}
	data := []byte(sb.String())

	b.ResetTimer()
	for b.Loop() {
		if _, err := Parse("big.csv", data); err != nil {
			b.Fatal(err)
		}
	}
}
