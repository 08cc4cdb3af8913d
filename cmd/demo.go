package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/demo"
	"github.com/openpep/openpep/app/store"
)

// DemoPassword is every demo account's password. The demo holds only
// synthetic data and listens on the loopback address unless told otherwise.
const DemoPassword = "openpep-demo"

// DemoSuperuser is the demo's PocketBase dashboard account.
const DemoSuperuser = "superuser@demo.openpep.invalid"

// demoStaff are the demo's sign-ins, one per role.
var demoStaff = []struct{ email, name, role string }{
	{"vsh@demo.openpep.invalid", "Morgan Ellis", store.RoleVSH},
	{"vso@demo.openpep.invalid", "Priya Shah", store.RoleVSO},
	{"dt@demo.openpep.invalid", "Tom Okafor", store.RoleDT},
	{"sw@demo.openpep.invalid", "Hannah Price", store.RoleSW},
	{"admin@demo.openpep.invalid", "Sam Whitfield", store.RoleAdmin},
}

// errNotEmpty refuses to put demo data beside an authority's own.
var errNotEmpty = errors.New("the data directory already holds data that the demo did not create; " +
	"run the demo with an empty --dir")

// prepareDemo fills an empty data directory with a synthetic authority, or
// leaves an earlier demo as it is, and prints how to sign in.
func prepareDemo(app core.App, out io.Writer, url string) error {
	made, err := demoMadeBefore(app)
	if err != nil {
		return err
	}
	if !made {
		if err := createDemo(app, store.Today(), out); err != nil {
			return err
		}
	}

	noInstaller(app)
	printDemoSignIns(out, url)
	return nil
}

// demoMadeBefore reports whether the data directory holds an earlier demo.
// It fails when the directory holds anything else.
func demoMadeBefore(app core.App) (bool, error) {
	var n struct {
		Demo  int `db:"demo"`
		Other int `db:"other"`
	}
	err := app.DB().NewQuery(`SELECT
		(SELECT COUNT(*) FROM ` + store.Imports + ` WHERE kind = 'demo') AS demo,
		(SELECT COUNT(*) FROM ` + store.Children + `) + (SELECT COUNT(*) FROM ` + store.Staff + `)
		+ (SELECT COUNT(*) FROM ` + store.Schools + `) + (SELECT COUNT(*) FROM ` + store.PEPs + `) AS other`).
		One(&n)
	if err != nil {
		return false, fmt.Errorf("inspect data directory: %w", err)
	}

	switch {
	case n.Demo > 0:
		return true, nil
	case n.Other > 0:
		return false, errNotEmpty
	}

	superusers, err := app.CountRecords(core.CollectionNameSuperusers, dbx.Not(dbx.HashExp{"email": DemoSuperuser}))
	if err != nil {
		return false, err
	}
	if superusers > 0 {
		return false, errNotEmpty
	}
	return false, nil
}

// createDemo generates the demo authority's files and loads them through
// the same import code an authority uses for its own.
func createDemo(app core.App, today calendar.Date, out io.Writer) error {
	started := time.Now()
	fmt.Fprintln(out, "Creating a synthetic demo authority...")

	dir, err := os.MkdirTemp("", "openpep-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	opts := demo.Options{Children: 300, Schools: 24, Years: 3, Today: today, Seed: 903}
	authority, err := demo.Generate(opts)
	if err != nil {
		return fmt.Errorf("generate demo: %w", err)
	}
	if err := authority.WriteFiles(dir); err != nil {
		return fmt.Errorf("write demo files: %w", err)
	}

	err = app.RunInTransaction(func(tx core.App) error {
		if err := importDemoFiles(tx, dir); err != nil {
			return err
		}
		if err := createDemoAccounts(tx); err != nil {
			return err
		}
		return store.LogImport(tx, store.ImportLog{Kind: "demo", Files: []string{filepath.Base(dir)}, Actor: actor()})
	})
	if err != nil {
		return fmt.Errorf("load demo: %w", err)
	}

	fmt.Fprintf(out, "Created %d children at %d schools in %s.\n", opts.Children, opts.Schools,
		time.Since(started).Round(time.Millisecond))
	return nil
}

func createDemoAccounts(tx core.App) error {
	staff, err := tx.FindCollectionByNameOrId(store.Staff)
	if err != nil {
		return err
	}
	for _, s := range demoStaff {
		rec := core.NewRecord(staff)
		rec.SetEmail(s.email)
		rec.SetPassword(DemoPassword)
		rec.SetVerified(true)
		rec.Set("name", s.name)
		rec.Set("role", s.role)
		rec.Set("organisation", "Demoshire Virtual School")
		rec.Set("active", true)
		if err := tx.Save(rec); err != nil {
			return fmt.Errorf("create demo account %s: %w", s.role, err)
		}
	}

	superusers, err := tx.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		return err
	}
	su := core.NewRecord(superusers)
	su.SetEmail(DemoSuperuser)
	su.SetPassword(DemoPassword)
	return tx.Save(su)
}

func printDemoSignIns(out io.Writer, url string) {
	fmt.Fprintf(out, "\nOpenPEP demo authority (synthetic data only). Sign in at %s as:\n", url)
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "  ROLE\tEMAIL\tPASSWORD")
	for _, s := range demoStaff {
		fmt.Fprintf(w, "  %s\t%s\t%s\n", store.RoleLabel(s.role), s.email, DemoPassword)
	}
	fmt.Fprintf(w, "  PocketBase dashboard (/_/)\t%s\t%s\n", DemoSuperuser, DemoPassword)
	w.Flush()
	fmt.Fprintln(out)
}

// importDemoFiles loads the generated files as an authority would: the
// schools first, then the SSDA903 tables, children.csv and PEP history.
// The generator writes clean files, so any problem is a bug.
func importDemoFiles(app core.App, dir string) error {
	if err := importSchoolsFile(app, filepath.Join(dir, "schools.csv")); err != nil {
		return err
	}

	batch, err := loadBatch(app, demoBatchFiles(dir)...)
	if err != nil {
		return err
	}
	if batch.HasErrors() {
		return fmt.Errorf("demo files have errors: %s", batch.Problems()[0])
	}
	_, err = store.ImportBatch(app, batch)
	return err
}

// demoBatchFiles are the generated files read as one SSDA903 batch; the
// schools file is GIAS's and is loaded on its own.
func demoBatchFiles(dir string) []string {
	names := []string{"header.csv", "episodes.csv", "reviews.csv", "children.csv", "peps.csv"}
	paths := make([]string, len(names))
	for i, n := range names {
		paths[i] = filepath.Join(dir, n)
	}
	return paths
}
