package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/store"
)

func init() {
	m.Register(seedExampleCalendar, removeExampleCalendar, "1796317100_seed_example_calendar.go")
}

// seedExampleCalendar loads the shipped example term dates so a new
// authority sees a working schedule at once. Every row is marked as an
// example; the authority's own terms replace it year by year.
func seedExampleCalendar(app core.App) error {
	terms, closures := calendar.ExampleTerms()
	_, err := store.ReplaceTerms(app, terms, closures)
	return err
}

func removeExampleCalendar(app core.App) error {
	for _, name := range []string{store.Terms, store.Closures} {
		recs, err := app.FindRecordsByFilter(name, "example = true", "", 0, 0)
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := app.Delete(r); err != nil {
				return err
			}
		}
	}
	return nil
}
