package store_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/ssda903"
	"github.com/openpep/openpep/app/store"
)

func batch(t *testing.T, files map[string]string) *ssda903.Batch {
	t.Helper()
	b := &ssda903.Batch{}
	for _, name := range []string{"header.csv", "children.csv", "episodes.csv", "peps.csv"} {
		if data, ok := files[name]; ok {
			b.Add(name, []byte(data))
		}
	}
	b.Validate()
	if b.HasErrors() {
		t.Fatalf("test batch has errors: %v", b.Problems())
	}
	return b
}

// TestImportBatch_idempotent stores a header, children.csv and episodes in
// one batch, then the same batch again, which must change nothing; then a
// children.csv without a SOCIAL_WORKER column and with a blank forename,
// which must leave both as they were.
func TestImportBatch_idempotent(t *testing.T) {
	app := newTestApp(t)
	files := map[string]string{
		"header.csv":   "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nK1,1,03/04/2012,WBRI,UN1,,\nK2,2,14/11/2010,BAFR,UN2,,\n",
		"children.csv": "CHILD,FORENAME,SURNAME,SCHOOL_URN,SOCIAL_WORKER\nK1,Ada,Lovelace,,Sam Carter\n",
		"episodes.csv": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
			"K1,01/09/2023,S,C2,N1,U1,PR1,,,,,,\n",
	}

	first, err := store.ImportBatch(app, batch(t, files))
	if err != nil {
		t.Fatal(err)
	}
	want := store.ImportResult{
		Children: store.Counts{Added: 2},
		Details:  store.Counts{Updated: 1},
		Episodes: store.Counts{Added: 1},
	}
	if diff := cmp.Diff(want, *first); diff != "" {
		t.Errorf("first import (-want +got):\n%s", diff)
	}

	second, err := store.ImportBatch(app, batch(t, files))
	if err != nil {
		t.Fatal(err)
	}
	want = store.ImportResult{
		Children: store.Counts{Unchanged: 2},
		Details:  store.Counts{Unchanged: 1},
		Episodes: store.Counts{Unchanged: 1},
	}
	if diff := cmp.Diff(want, *second); diff != "" {
		t.Errorf("second import (-want +got):\n%s", diff)
	}

	// A blank cell leaves what is stored, as a missing column does.
	renamed := map[string]string{"children.csv": "CHILD,FORENAME,SURNAME,SCHOOL_URN\nK1,,King,\n"}
	if _, err := store.ImportBatch(app, batch(t, renamed)); err != nil {
		t.Fatal(err)
	}

	var got struct {
		Forename     string `db:"forename"`
		Surname      string `db:"surname"`
		SocialWorker string `db:"social_worker"`
		DOB          string `db:"dob"`
	}
	err = app.DB().NewQuery("SELECT forename, surname, social_worker, dob FROM children WHERE child_id = 'K1'").One(&got)
	if err != nil {
		t.Fatal(err)
	}
	if got.Forename != "Ada" || got.Surname != "King" || got.SocialWorker != "Sam Carter" || got.DOB != "2012-04-03 00:00:00.000Z" {
		t.Errorf("K1 after the partial children.csv = %+v", got)
	}
}

// TestImportBatch_correctedDECOM re-imports an episode whose DECOM was
// corrected from 1 to 2 September 2025: the old row stays (nothing is
// deleted behind the officer's back) and the overlap is reported on the
// new row as a 501 warning.
func TestImportBatch_correctedDECOM(t *testing.T) {
	app := newTestApp(t)
	header := "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nK1,1,03/04/2012,WBRI,UN1,,\n"
	episodes := "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
	if _, err := store.ImportBatch(app, batch(t, map[string]string{
		"header.csv": header, "episodes.csv": episodes + "K1,01/09/2025,S,C2,N1,U1,PR1,,,,,,\n",
	})); err != nil {
		t.Fatal(err)
	}

	res, err := store.ImportBatch(app, batch(t, map[string]string{
		"header.csv": header, "episodes.csv": episodes + "K1,02/09/2025,S,C2,N1,U1,PR1,,,,,,\n",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if res.Episodes.Added != 1 {
		t.Errorf("episodes added = %d, want 1", res.Episodes.Added)
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, fmt.Sprintf("%s:%d %s %s %s=%s", p.File, p.Line, p.Severity, p.Rule, p.Column, p.Value))
	}
	want := []string{"episodes.csv:2 warning 501 DECOM=2025-09-02"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// TestLoadChild_overlapWarning shows the child page's warning after a
// corrected DECOM left the stale episode of 1 September 2025 beside the
// new one of 2 September.
func TestLoadChild_overlapWarning(t *testing.T) {
	app := newTestApp(t)
	header := "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nK1,1,03/04/2012,WBRI,UN1,,\n"
	episodes := "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
	for _, decom := range []string{"01/09/2025", "02/09/2025"} {
		_, err := store.ImportBatch(app, batch(t, map[string]string{
			"header.csv": header, "episodes.csv": episodes + "K1," + decom + ",S,C2,N1,U1,PR1,,,,,,\n",
		}))
		if err != nil {
			t.Fatal(err)
		}
	}

	child, err := app.FindFirstRecordByData(store.Children, "child_id", "K1")
	if err != nil {
		t.Fatal(err)
	}
	v, err := store.LoadChild(app, child.Id, calendar.MustISO("2025-10-01"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"The episode starting 2 September 2025 overlaps the one starting 1 September 2025, " +
		"which has no end date. Check the SSDA903 data: one may be a stale copy."}
	if diff := cmp.Diff(want, v.EpisodeWarnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}
