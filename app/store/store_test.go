package store_test

import (
	"github.com/openpep/openpep/app/store"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	_ "github.com/openpep/openpep/pb_migrations"
)

// newTestApp returns a PocketBase app on a fresh temporary data directory
// with OpenPEP's migrations applied (the example calendar included).
func newTestApp(t testing.TB) *tests.TestApp {
	t.Helper()
	app, err := tests.NewTestApp(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Cleanup)

	if err := app.RunAllMigrations(); err != nil {
		t.Fatal(err)
	}
	return app
}

// addChild inserts a child row directly and returns its record id.
func addChild(t testing.TB, app core.App, childID, dob string) string {
	t.Helper()
	id, err := store.InsertRow(app, store.Children, map[string]any{
		"child_id": childID, "dob": dob + store.DBDateSuffix, "cohort": "cla",
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func addEpisode(t testing.TB, app core.App, child, decom, dec, rne string) {
	t.Helper()
	values := map[string]any{"child": child, "decom": decom + store.DBDateSuffix, "rne": rne, "dec": ""}
	if dec != "" {
		values["dec"] = dec + store.DBDateSuffix
	}
	if _, err := store.InsertRow(app, store.Episodes, values); err != nil {
		t.Fatal(err)
	}
}

func addPEP(t testing.TB, app core.App, child, completed string) {
	t.Helper()
	_, err := store.InsertRow(app, store.PEPs, map[string]any{
		"child": child, "completed_date": completed + store.DBDateSuffix,
		"status": store.PEPCompleted, "source": store.SourceImport,
	})
	if err != nil {
		t.Fatal(err)
	}
}
