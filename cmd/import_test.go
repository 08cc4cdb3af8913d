package cmd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestImportSSDA903_sample loads the public sample. The expected counts
// were worked out from the files with a separate script (see
// app/ssda903's sample test): all 2,675 header rows load (a malformed UPN
// is a warning), 4,982 of 5,050 episodes (10 break 142 and 62 break 501,
// the README's 72 overlapping or open pairs, with 4 rows breaking both)
// and 12,568 of 12,582 reviews (14 repeat a CHILD and REVIEW).
func TestImportSSDA903_sample(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()

	first := decodeImport(t, mustRun(t, dir, 3, "import", "ssda903", "--format", "json", shared("ssda903-sample")))
	want := struct{ Children, Episodes, Reviews counts }{
		Children: counts{Added: 2675},
		Episodes: counts{Added: 4982, Rejected: 68},
		Reviews:  counts{Added: 12568, Rejected: 14},
	}
	got := struct{ Children, Episodes, Reviews counts }{first.Counts.Children, first.Counts.Episodes, first.Counts.Reviews}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("first import counts (-want +got):\n%s", diff)
	}

	rules := map[string]int{}
	for _, r := range first.Rules {
		rules[r.Rule+" "+r.Severity] += r.Count
	}
	for rule, n := range map[string]int{"142 error": 10, "501 error": 62, "file warning": 9, "168 error": 0} {
		if rules[rule] != n {
			t.Errorf("rule %s: %d problems, want %d", rule, rules[rule], n)
		}
	}

	// The same files again change nothing.
	again := decodeImport(t, mustRun(t, dir, 3, "import", "ssda903", "--format", "json", shared("ssda903-sample")))
	wantAgain := struct{ Children, Episodes, Reviews counts }{
		Children: counts{Unchanged: 2675},
		Episodes: counts{Unchanged: 4982, Rejected: 68},
		Reviews:  counts{Unchanged: 12568, Rejected: 14},
	}
	gotAgain := struct{ Children, Episodes, Reviews counts }{again.Counts.Children, again.Counts.Episodes, again.Counts.Reviews}
	if diff := cmp.Diff(wantAgain, gotAgain); diff != "" {
		t.Errorf("second import counts (-want +got):\n%s", diff)
	}
}

// TestImportSSDA903_strict refuses the sample whole and writes nothing.
func TestImportSSDA903_strict(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()

	r := mustRun(t, dir, 1, "import", "ssda903", "--strict", shared("ssda903-sample"))
	if !strings.Contains(r.stdout, "Nothing was imported") {
		t.Errorf("strict refusal not explained:\n%s", r.stdout)
	}

	report := mustRun(t, dir, 0, "report", "schedule", "--as-of", "2018-03-31")
	if lines := strings.Count(report.stdout, "\n"); lines != 1 {
		t.Errorf("after a refused import the report has %d lines, want the header alone:\n%s", lines, report.stdout)
	}
}

// TestImportSSDA903_batch imports a folder holding an empty file, a
// header-only file and one with blank rows: each gets its own outcome and
// the exit status says the import partly failed.
func TestImportSSDA903_batch(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()

	out := decodeImport(t, mustRun(t, dir, 3, "import", "ssda903", "--format", "json", shared("import-cases", "batch")))
	type outcome struct {
		File           string
		Rows, Accepted int
		Failed         bool
	}
	var got []outcome
	for _, f := range out.Files {
		got = append(got, outcome{filepath.Base(f.File), f.Rows, f.Accepted, f.Failed})
	}
	want := []outcome{
		{"1-empty.csv", 0, 0, true},
		{"2-header-only.csv", 0, 0, false},
		{"3-blank-rows.csv", 2, 2, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("file outcomes (-want +got):\n%s", diff)
	}
	if out.Counts.Children.Added != 2 {
		t.Errorf("children added = %d, want 2 (900031 and 900032)", out.Counts.Children.Added)
	}
}

// TestImportChildren_refusesOtherTables keeps `import children` to
// children.csv.
func TestImportChildren_refusesOtherTables(t *testing.T) {
	t.Parallel()
	r := mustRun(t, t.TempDir(), 1, "import", "children", shared("ssda903-sample", "episodes.csv"))
	if !strings.Contains(r.stderr, "episodes") {
		t.Errorf("stderr does not name the table:\n%s", r.stderr)
	}
}

// TestReportSchedule_messy is the foundation's acceptance test: an export
// with byte-order marks, CRLF, dates without leading zeros and lower-case
// codes, with the authority's own term dates, gives exactly the schedule
// worked out by hand in testdata/messy/README.md.
func TestReportSchedule_messy(t *testing.T) {
	t.Parallel()
	dir := loadMessy(t)

	got := mustRun(t, dir, 0, "report", "schedule", "--as-of", "2025-05-15", "--format", "csv").stdout
	want, err := os.ReadFile(messy("schedule-2025-05-15.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("schedule report (-want +got):\n%s", diff)
	}
}

// TestExitStatus checks that failures exit non-zero.
func TestExitStatus(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	mustRun(t, dir, 3, "import", "ssda903", shared("import-cases", "batch"))
	scenarios := []struct {
		name string
		args []string
		code int
	}{
		{"unknown command", []string{"nonsense"}, 2},
		{"missing file", []string{"import", "ssda903", "no-such-file.csv"}, 1},
		{"bad as-of date", []string{"report", "schedule", "--as-of", "31/02/2025"}, 1},
		{"bad format", []string{"report", "schedule", "--format", "xml"}, 1},
		{"output into a missing folder", []string{"report", "schedule", "-o", filepath.Join(dir, "no", "x.csv")}, 1},
		{"bad terms file", []string{"calendar", "import-terms", shared("ssda903-sample", "header.csv")}, 1},
		{"help", []string{"--help"}, 0},
		{"mistyped subcommand", []string{"import", "ssda930", shared("ssda903-sample", "header.csv")}, 1},
		{"mistyped calendar subcommand", []string{"calendar", "import-term", "x.csv"}, 1},
		{"group alone shows help", []string{"report"}, 0},
		{"a file nothing could be read from", []string{"import", "ssda903", shared("gias", "establishment_types_20250422.csv")}, 1},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			mustRun(t, dir, s.code, s.args...)
		})
	}

	// Reading commands refuse a data directory that does not exist
	// instead of making an empty one, but still give help.
	missing := filepath.Join(t.TempDir(), "typo")
	mustRun(t, missing, 0, "report", "schedule", "--help")
	r := mustRun(t, missing, 1, "report", "schedule")
	if !strings.Contains(r.stderr, "no OpenPEP data in") {
		t.Errorf("missing data directory not explained:\n%s", r.stderr)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("report created %s", missing)
	}
}

// TestCalendarImportBankHolidays reads the gov.uk format: of three England
// and Wales days, 3 January 2028 ships already and two are new; Scotland's
// 2 January is not England and Wales's.
func TestCalendarImportBankHolidays(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r := mustRun(t, dir, 0, "calendar", "import-bank-holidays", filepath.Join("testdata", "bank-holidays.json"))
	if !strings.Contains(r.stdout, "Read 3 England and Wales bank holidays: 2 new.") {
		t.Errorf("unexpected summary:\n%s", r.stdout)
	}
	mustRun(t, dir, 1, "calendar", "import-bank-holidays", shared("ssda903-sample", "header.csv"))
}

// TestCalendarImportClosures adds an INSET day on Tuesday 17 September
// 2024 to the messy authority: every initial PEP counted across it falls
// due one school day later (A1: 1 to 2 October; A2: 14 to 15 October; A5:
// 7 to 8 October), and nothing else moves.
func TestCalendarImportClosures(t *testing.T) {
	t.Parallel()
	dir := loadMessy(t)

	r := mustRun(t, dir, 0, "calendar", "import-closures", messy("closures.csv"))
	if !strings.Contains(r.stdout, "Loaded 1 closure days (1 new, 0 updated).") {
		t.Errorf("unexpected summary:\n%s", r.stdout)
	}

	got := mustRun(t, dir, 0, "report", "schedule", "--as-of", "2025-05-15").stdout
	want, err := os.ReadFile(messy("schedule-2025-05-15.csv"))
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.NewReplacer(
		"A1,initial,,2024-10-01,", "A1,initial,,2024-10-02,",
		"A2,initial,,2024-10-14,", "A2,initial,,2024-10-15,",
		"A5,initial,,2024-10-07,", "A5,initial,,2024-10-08,",
	).Replace(string(want))
	if diff := cmp.Diff(moved, got); diff != "" {
		t.Errorf("schedule with the INSET day (-want +got):\n%s", diff)
	}
}

// TestCalendarImportTerms_partialYear loads only an autumn term for
// 2018/19: it is stored, with a warning that the year's other terms are
// gone, and the schedule report then says spring 2019 onwards is missing.
func TestCalendarImportTerms_partialYear(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r := mustRun(t, dir, 0, "calendar", "import-terms", filepath.Join("testdata", "terms-autumn-only.csv"))
	if !strings.Contains(r.stderr, "only autumn for 2018-19") {
		t.Errorf("no warning about the missing terms:\n%s\n%s", r.stderr, r.stdout)
	}

	report := mustRun(t, dir, 0, "report", "schedule", "--as-of", "2019-02-01")
	want := "No term dates are loaded between 20 December 2018 (the end of 2018-19 autumn) and " +
		"4 September 2019 (the start of 2019/20 autumn)" // the example's first Wednesday of September
	if !strings.Contains(report.stderr, want) {
		t.Errorf("report does not say which terms are missing:\n%s", report.stderr)
	}
}

// TestImportSSDA903_years loads two years' returns in one run, oldest
// first: Y1's episode of 3 March 2025, open in 2024-25, is closed on 1 May
// in 2025-26, and a new period starts on 2 June. One run must store what
// two runs store: two episodes, the first closed, and so the same
// schedule.
func TestImportSSDA903_years(t *testing.T) {
	t.Parallel()
	years := func(y string) string { return filepath.Join("testdata", "years", y) }

	together := t.TempDir()
	out := decodeImport(t, mustRun(t, together, 0, "import", "ssda903", "--format", "json",
		years("2024-25"), years("2025-26")))
	if out.Counts.Episodes.Added != 2 || out.Counts.Children.Added != 1 {
		t.Errorf("one run stored %+v episodes, %+v children; want 2 and 1",
			out.Counts.Episodes, out.Counts.Children)
	}

	apart := t.TempDir()
	mustRun(t, apart, 0, "import", "ssda903", years("2024-25"))
	mustRun(t, apart, 0, "import", "ssda903", years("2025-26"))

	report := func(dir string) string {
		return mustRun(t, dir, 0, "report", "schedule", "--as-of", "2025-07-01").stdout
	}
	one, two := report(together), report(apart)
	if one != two {
		t.Errorf("one run and two runs differ:\n%s\n---\n%s", one, two)
	}
	// Two periods of care, so two initial PEPs.
	if strings.Count(one, "Y1,initial,") != 2 {
		t.Errorf("want two initial requirements:\n%s", one)
	}
}

// TestCalendarImportClosures_idle warns about a closure on Saturday 13
// September 2025, which changes nothing.
func TestCalendarImportClosures_idle(t *testing.T) {
	t.Parallel()
	r := mustRun(t, t.TempDir(), 0, "calendar", "import-closures", filepath.Join("testdata", "closure-saturday.csv"))
	if !strings.Contains(r.stderr, "the closure on 2025-09-13 changes nothing: it is a weekend") {
		t.Errorf("no warning:\n%s", r.stderr)
	}
}

// messy names a file of the hand-worked authority in testdata/messy.
func messy(name string) string { return filepath.Join("testdata", "messy", name) }

// loadMessy loads the hand-worked authority, with its own term dates and
// PEP history, into a new data directory, as a data officer would.
func loadMessy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	mustRun(t, dir, 0, "calendar", "import-terms", messy("terms.csv"))
	mustRun(t, dir, 0, "import", "ssda903", messy("header.csv"), messy("episodes.csv"))
	mustRun(t, dir, 0, "import", "peps", messy("peps.csv"))
	return dir
}
