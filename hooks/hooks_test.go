package hooks_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/openpep/openpep/app/ssda903"
	"github.com/openpep/openpep/app/store"
	"github.com/openpep/openpep/hooks"
	_ "github.com/openpep/openpep/pb_migrations"
)

// TestScheduleHooks checks that a PEP saved one at a time, as the UI, the
// API and the dashboard save them, updates the stored requirement it
// meets, and that deleting it undoes that.
func TestScheduleHooks(t *testing.T) {
	app, err := tests.NewTestApp(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Cleanup()
	hooks.Register(app)

	// A Year 8 child in care from Monday 2 September 2024 (example
	// calendar: autumn term from Wednesday 4 September, with an INSET day
	// that day).
	b := ssda903.Parse("episodes.csv", []byte(
		"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"+
			"H1,02/09/2024,S,C2,N1,U1,PR1,,,,,,\n"))
	b.Add("header.csv", []byte("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nH1,1,03/04/2012,WBRI,UN1,,\n"))
	b.Validate()
	if _, err := store.ImportBatch(app, b); err != nil {
		t.Fatal(err)
	}
	child, err := app.FindFirstRecordByData(store.Children, "child_id", "H1")
	if err != nil {
		t.Fatal(err)
	}

	if got := initialMet(t, app); got != "" {
		t.Fatalf("before any PEP the initial requirement is met on %q", got)
	}

	peps, err := app.FindCollectionByNameOrId(store.PEPs)
	if err != nil {
		t.Fatal(err)
	}
	pep := core.NewRecord(peps)
	pep.Set("child", child.Id)
	pep.Set("completed_date", "2024-09-30 00:00:00.000Z")
	pep.Set("status", store.PEPCompleted)
	pep.Set("source", store.SourceOpenPEP)
	if err := app.Save(pep); err != nil {
		t.Fatal(err)
	}
	if got := initialMet(t, app); got != "2024-09-30 00:00:00.000Z" {
		t.Errorf("after saving a PEP completed on 30 September the initial requirement is met on %q", got)
	}

	if err := app.Delete(pep); err != nil {
		t.Fatal(err)
	}
	if got := initialMet(t, app); got != "" {
		t.Errorf("after deleting the PEP the initial requirement is met on %q", got)
	}
}

func initialMet(t *testing.T, app core.App) string {
	t.Helper()
	var met string
	err := app.DB().NewQuery("SELECT met FROM requirements WHERE kind = 'initial'").Row(&met)
	if err != nil {
		t.Fatal(err)
	}
	return met
}
