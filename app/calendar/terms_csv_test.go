package calendar

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpep/openpep/app/csvfile"
)

func table(t *testing.T, name, text string) *csvfile.Table {
	t.Helper()
	tb, err := csvfile.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// wantProblem is a problem as a test expects it: every field exact except
// the message, which must contain Message.
type wantProblem struct {
	Line     int
	Column   string
	Value    string
	Severity csvfile.Severity
	Message  string
}

func checkProblems(t *testing.T, file string, want []wantProblem, got []csvfile.Problem) {
	t.Helper()
	var gotShort []wantProblem
	for i, p := range got {
		if p.File != file {
			t.Errorf("problem %d: file %q, want %q", i, p.File, file)
		}
		short := wantProblem{p.Line, p.Column, p.Value, p.Severity, p.Message}
		if i < len(want) && strings.Contains(p.Message, want[i].Message) {
			short.Message = want[i].Message
		}
		gotShort = append(gotShort, short)
	}
	if diff := cmp.Diff(want, gotShort); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestParseTerms_Good(t *testing.T) {
	t.Parallel()
	const text = "Academic Year,Term,Start,End,Half Term Start,Half-Term End,PEP_DEADLINE\r\n" +
		"2024/25,Autumn,04/09/2024,20/12/2024,28/10/2024,01/11/2024,\r\n" +
		"2024-25,SPRING,2025-01-06,2025-04-04,17/02/2025,21/02/2025,21/03/2025\r\n" +
		"2024/2025,summer,22/4/2025,22/07/2025,,,\r\n" +
		"2025-2026,autumn,03/09/2025,19/12/2025,27/10/2025,31/10/2025,\r\n"
	terms, problems := ParseTerms(table(t, "terms.csv", text))

	want := []Term{
		{AcademicYear: "2024/25", StartYear: 2024, Name: Autumn, Start: d("2024-09-04"), End: d("2024-12-20"),
			HalfTermStart: d("2024-10-28"), HalfTermEnd: d("2024-11-01")},
		{AcademicYear: "2024-25", StartYear: 2024, Name: Spring, Start: d("2025-01-06"), End: d("2025-04-04"),
			HalfTermStart: d("2025-02-17"), HalfTermEnd: d("2025-02-21"), PEPDeadline: d("2025-03-21")},
		{AcademicYear: "2024/2025", StartYear: 2024, Name: Summer, Start: d("2025-04-22"), End: d("2025-07-22")},
		{AcademicYear: "2025-2026", StartYear: 2025, Name: Autumn, Start: d("2025-09-03"), End: d("2025-12-19"),
			HalfTermStart: d("2025-10-27"), HalfTermEnd: d("2025-10-31")},
	}
	if diff := cmp.Diff(want, terms); diff != "" {
		t.Errorf("terms (-want +got):\n%s", diff)
	}
	checkProblems(t, "terms.csv", []wantProblem{
		{4, "START", "22/4/2025", csvfile.Warning, "leading zeros"},
	}, problems)
}

func TestParseTerms_Bad(t *testing.T) {
	t.Parallel()
	const text = "ACADEMIC_YEAR,TERM,START,END,HALF_TERM_START,HALF_TERM_END\n" +
		"2025/26,autumn,03/09/2025,19/12/2025,27/10/2025,31/10/2025\n" + // 2: kept
		"2025/26,spring,05/01/2026,27/13/2026,,\n" + // 3: month 13
		"2025/26,summer,20/07/2026,13/04/2026,,\n" + // 4: ends before it starts
		"2025/26,winter,01/06/2026,05/06/2026,,\n" + // 5: no such term
		"2024/25,summer,13/04/2026,21/07/2026,,\n" + // 6: dates in the wrong academic year
		"2025/26,Autumn,03/09/2025,19/12/2025,,\n" + // 7: autumn 2025/26 again
		"2025/26,summer,13/04/2026,21/07/2026,25/05/2026,31/07/2026\n" + // 8: half-term past the term
		"2025/27,summer,13/04/2026,21/07/2026,,\n" + // 9: not one year to the next
		"2025/26,spring,15/12/2025,27/03/2026,,\n" + // 10: overlaps autumn
		"2025/26,summer,,21/07/2026,,\n" + // 11: no start
		"2025/26,summer,13/04/2026,21/07/2026,25/05/2026,\n" // 12: half-term without an end
	terms, problems := ParseTerms(table(t, "terms.csv", text))

	if len(terms) != 1 || terms[0].Label() != "2025/26 autumn" {
		t.Errorf("terms = %v, want only 2025/26 autumn", terms)
	}
	checkProblems(t, "terms.csv", []wantProblem{
		{3, "END", "27/13/2026", csvfile.Error, "no month 13"},
		{4, "END", "13/04/2026", csvfile.Error, "ends before it starts"},
		{5, "TERM", "winter", csvfile.Error, "autumn, spring or summer"},
		{6, "START", "13/04/2026", csvfile.Error, "outside academic year 2024/25 (1 September 2024 to 31 August 2025)"},
		{6, "END", "21/07/2026", csvfile.Error, "outside academic year 2024/25"},
		{7, "TERM", "Autumn", csvfile.Error, "2025/26 autumn is given twice (see line 2)"},
		{8, "HALF_TERM_END", "31/07/2026", csvfile.Error, "half-term ends after the term"},
		{9, "ACADEMIC_YEAR", "2025/27", csvfile.Error, "one year to the next"},
		{10, "TERM", "spring", csvfile.Error, "overlaps 2025/26 autumn"},
		{11, "START", "", csvfile.Error, "a date is required"},
		{12, "HALF_TERM_START", "25/05/2026", csvfile.Error, "both the half-term start and end"},
	}, problems)
}

func TestParseTerms_MissingColumns(t *testing.T) {
	t.Parallel()
	const text = "ACADEMIC_YEAR,TERM,START,END,HALF_TERM_START\n" +
		"2025/26,autumn,03/09/2025,19/12/2025,27/10/2025\n"
	terms, problems := ParseTerms(table(t, "terms.csv", text))
	if terms != nil {
		t.Errorf("terms = %v, want none", terms)
	}
	checkProblems(t, "terms.csv", []wantProblem{
		{1, "HALF_TERM_END", "", csvfile.Error, "no HALF_TERM_END column"},
	}, problems)
}

func TestParseTerms_LoadsIntoCalendar(t *testing.T) {
	t.Parallel()
	const text = "ACADEMIC_YEAR,TERM,START,END,HALF_TERM_START,HALF_TERM_END\n" +
		"2024/25,summer,22/04/2025,22/07/2025,26/05/2025,30/05/2025\n" +
		"2024/25,autumn,04/09/2024,20/12/2024,28/10/2024,01/11/2024\n" +
		"2024/25,spring,06/01/2025,04/04/2025,17/02/2025,21/02/2025\n"
	terms, problems := ParseTerms(table(t, "terms.csv", text))
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}

	c, err := New(Holidays(), terms, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, term := range c.Terms() {
		got = append(got, term.Label()+" "+term.PEPDeadline.String())
	}
	want := []string{"2024/25 autumn 2024-12-20", "2024/25 spring 2025-04-04", "2024/25 summer 2025-07-22"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("terms (-want +got):\n%s", diff)
	}
}

func TestParseClosures(t *testing.T) {
	t.Parallel()
	const text = "DATE,REASON,END_DATE\n" +
		"02/09/2024,INSET day,\n" + // 2
		"23/12/2024,Polling station,24/12/2024\n" + // 3: a run of two days
		"2024-10-25,,\n" + // 4: no reason
		"05/05/2025,INSET day,01/05/2025\n" + // 5: ends before it starts
		"02/09/2024,Training,\n" + // 6: date already listed
		"31/09/2024,INSET day,\n" + // 7: no such day
		"01/06/2025,Building works,01/08/2025\n" + // 8: run too long
		"3/3/2025,Snow,\n" // 9: accepted with a warning
	closures, problems := ParseClosures(table(t, "closures.csv", text))

	want := []Closure{
		{Date: d("2024-09-02"), Reason: "INSET day"},
		{Date: d("2024-12-23"), Reason: "Polling station"},
		{Date: d("2024-12-24"), Reason: "Polling station"},
		{Date: d("2024-10-25"), Reason: "school closed"},
		{Date: d("2025-03-03"), Reason: "Snow"},
	}
	if diff := cmp.Diff(want, closures); diff != "" {
		t.Errorf("closures (-want +got):\n%s", diff)
	}
	checkProblems(t, "closures.csv", []wantProblem{
		{4, "REASON", "", csvfile.Warning, "no reason given"},
		{5, "END_DATE", "01/05/2025", csvfile.Error, "ends before it starts"},
		{6, "DATE", "02/09/2024", csvfile.Warning, "already a closure day (line 2)"},
		{7, "DATE", "31/09/2024", csvfile.Error, "does not exist"},
		{8, "END_DATE", "01/08/2025", csvfile.Error, "at most 31 days"},
		{9, "DATE", "3/3/2025", csvfile.Warning, "leading zeros"},
	}, problems)
}

func TestParseClosures_NoEndDateColumn(t *testing.T) {
	t.Parallel()
	closures, problems := ParseClosures(table(t, "closures.csv", "Date,Reason\n06/01/2025,INSET day\n"))
	if len(problems) > 0 || len(closures) != 1 || closures[0].Date != d("2025-01-06") {
		t.Errorf("ParseClosures = %v, %v; want one closure on 2025-01-06", closures, problems)
	}

	_, problems = ParseClosures(table(t, "closures.csv", "DAY,REASON\n06/01/2025,INSET day\n"))
	checkProblems(t, "closures.csv", []wantProblem{
		{1, "DATE", "", csvfile.Error, "no DATE column"},
	}, problems)
}
