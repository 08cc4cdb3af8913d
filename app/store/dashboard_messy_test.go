package store_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
	"github.com/openpep/openpep/app/ssda903"
	"github.com/openpep/openpep/app/store"
)

// messyApp loads the hand-worked authority of cmd/testdata/messy.
func messyApp(t *testing.T) *tests.TestApp {
	t.Helper()
	app := newTestApp(t)
	dir := filepath.Join("..", "..", "cmd", "testdata", "messy")

	table, err := csvfile.ReadFile(filepath.Join(dir, "terms.csv"))
	if err != nil {
		t.Fatal(err)
	}
	terms, problems := calendar.ParseTerms(table)
	for _, p := range problems {
		if p.Severity == csvfile.Error {
			t.Fatalf("terms: %v", p)
		}
	}
	if _, err := store.ReplaceTerms(app, terms, nil); err != nil {
		t.Fatal(err)
	}

	b, err := ssda903.Load(filepath.Join(dir, "header.csv"), filepath.Join(dir, "episodes.csv"),
		filepath.Join(dir, "peps.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if b.HasErrors() {
		t.Fatalf("messy batch: %v", b.Problems())
	}
	if _, err := store.ImportBatch(app, b); err != nil {
		t.Fatal(err)
	}
	return app
}

// TestLoadDashboard_messy checks the dashboard as at 15 May 2025 (summer
// term 2024/25) against testdata/messy/README.md: the summer termly PEPs
// of A1, A2 and A3 are due, and A2's second initial PEP (due 17 March) is
// overdue by 59 days; A4, A5 and A6 have nothing current.
func TestLoadDashboard_messy(t *testing.T) {
	app := messyApp(t)
	asOf := calendar.MustISO("2025-05-15")

	d, err := store.LoadDashboard(app, store.DashboardQuery{AsOf: asOf, Sort: "name"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Term == nil || d.Term.Label() != "2024/25 summer" {
		t.Fatalf("current term = %v, want 2024/25 summer", d.Term)
	}

	wantCounts := map[string]int{"due": 3, "overdue": 1}
	if diff := cmp.Diff(wantCounts, d.Counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"over 28": 1}, d.Bands); diff != "" {
		t.Errorf("bands (-want +got):\n%s", diff)
	}

	type line struct {
		Child, Kind, Term, Due, Status string
		Days                           int
		NCY                            int
	}
	var got []line
	for _, r := range d.Rows {
		got = append(got, line{r.ChildID, r.Kind, r.Term, r.Due.String(), r.Status, r.DaysOverdue, r.NCY})
	}
	// NCY from the dates of birth: A1 born 3 Apr 2012 is 12 on 31 Aug 2024
	// (Year 8), A2 born 15 Jun 2010 is 14 (Year 10), A3 born 1 Jan 2021 is
	// 3 (Nursery, -1).
	want := []line{
		{"A1", "termly", "2024/25 summer", "2025-07-22", "due", 0, 8},
		{"A2", "initial", "", "2025-03-17", "overdue", 59, 10},
		{"A3", "termly", "2024/25 summer", "2025-07-22", "due", 0, -1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if d.Total != 3 {
		t.Errorf("total = %d, want 3", d.Total)
	}

	// A page past the end has no rows but still knows how many there are.
	past, err := store.LoadDashboard(app, store.DashboardQuery{AsOf: asOf, Page: 4, PerPage: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(past.Rows) != 0 || past.Total != 3 {
		t.Errorf("page 4 of 2 a page: %d rows, total %d; want 0 rows, total 3", len(past.Rows), past.Total)
	}
}

// TestLoadDashboard_filters narrows the messy dashboard by each filter.
func TestLoadDashboard_filters(t *testing.T) {
	app := messyApp(t)
	asOf := calendar.MustISO("2025-05-15")
	scenarios := []struct {
		name string
		q    store.DashboardQuery
		want []string
	}{
		{"status overdue", store.DashboardQuery{Status: "overdue"}, []string{"A2"}},
		{"band over 28", store.DashboardQuery{Band: "over 28"}, []string{"A2"}},
		{"band 1-7", store.DashboardQuery{Band: "1-7"}, nil},
		{"key stage 3 (Years 7 to 9)", store.DashboardQuery{KeyStage: "KS3"}, []string{"A1"}},
		{"early years", store.DashboardQuery{KeyStage: "EYFS"}, []string{"A3"}},
		{"year 10", store.DashboardQuery{NCY: "10"}, []string{"A2"}},
		{"search by id", store.DashboardQuery{Search: "A3"}, []string{"A3"}},
		{"a search far too long is cut, not an error", store.DashboardQuery{Search: strings.Repeat("%_", 30000)}, nil},
		{"sorted by due date, latest first", store.DashboardQuery{Sort: "-due"}, []string{"A3", "A1", "A2"}},
		{"second page of two a page", store.DashboardQuery{Sort: "name", PerPage: 2, Page: 2}, []string{"A3"}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			s.q.AsOf = asOf
			d, err := store.LoadDashboard(app, s.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range d.Rows {
				got = append(got, r.ChildID)
			}
			if diff := cmp.Diff(s.want, got); diff != "" {
				t.Errorf("children (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLoadDashboard_missingTerms looks at the messy authority, whose own
// terms replace the example's for 2024/25 only, from past the end of the
// shipped example calendar, and at a child whose initial PEP cannot be
// counted: the dashboard still renders, counts it as undetermined, and
// says which dates are missing.
func TestLoadDashboard_missingTerms(t *testing.T) {
	app := messyApp(t)

	// A7 enters care on Monday 10 July 2028, ten school days before the
	// example summer term ends on Thursday 20 July; nothing is loaded
	// after it, so the twentieth school day cannot be found.
	b := ssda903.Parse("episodes.csv", []byte(
		"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"+
			"A7,10/07/2028,S,C2,N1,U1,PR1,,,,,,\n"))
	b.Add("header.csv", []byte("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA7,1,03/04/2016,WBRI,UN1,,\n"))
	b.Validate()
	if _, err := store.ImportBatch(app, b); err != nil {
		t.Fatal(err)
	}

	d, err := store.LoadDashboard(app, store.DashboardQuery{AsOf: calendar.MustISO("2028-09-15"),
		Status: "undetermined", Sort: "due"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Counts["undetermined"] != 1 || len(d.Rows) != 1 || d.Rows[0].ChildID != "A7" {
		t.Errorf("undetermined: counts %v, rows %+v", d.Counts, d.Rows)
	}
	want := []string{
		"No term dates are loaded after 20 July 2028 (the end of 2027/28 summer): PEPs for later " +
			"terms cannot be worked out until the authority loads them.",
		"1 PEP due dates cannot be worked out because term dates or bank holidays are missing; " +
			"each child's page says which dates.",
	}
	if diff := cmp.Diff(want, d.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}
