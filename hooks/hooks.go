// Package hooks connects PocketBase's record events and jobs to OpenPEP's
// domain packages.
package hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/store"
)

// Register binds OpenPEP's hooks to app.
func Register(app core.App) {
	registerScheduleHooks(app)
	registerLogRedaction(app)
}

// registerScheduleHooks keeps the stored requirements in step with what
// they are worked out from. Imports write in bulk without firing record
// hooks and rebuild once at the end; these cover single edits made in the
// UI, through the API or in the dashboard.
func registerScheduleHooks(app core.App) {
	perChild := []string{store.PEPs, store.Episodes}
	app.OnRecordAfterCreateSuccess(perChild...).BindFunc(rebuildChild)
	app.OnRecordAfterUpdateSuccess(perChild...).BindFunc(rebuildChild)
	app.OnRecordAfterDeleteSuccess(perChild...).BindFunc(rebuildChild)

	calendarWide := []string{store.Terms, store.Closures, store.BankHolidays}
	app.OnRecordAfterCreateSuccess(calendarWide...).BindFunc(rebuildAll)
	app.OnRecordAfterUpdateSuccess(calendarWide...).BindFunc(rebuildAll)
	app.OnRecordAfterDeleteSuccess(calendarWide...).BindFunc(rebuildAll)
}

func rebuildChild(e *core.RecordEvent) error {
	ids := []string{e.Record.GetString("child")}
	if old := e.Record.Original().GetString("child"); old != "" && old != ids[0] {
		ids = append(ids, old)
	}

	if err := store.RebuildRequirements(e.App, ids...); err != nil {
		e.App.Logger().Error("Rebuilding requirements failed",
			"collectionName", e.Record.Collection().Name, "recordId", e.Record.Id, "error", err)
	}
	return e.Next()
}

func rebuildAll(e *core.RecordEvent) error {
	if err := store.RebuildRequirements(e.App); err != nil {
		e.App.Logger().Error("Rebuilding requirements failed",
			"collectionName", e.Record.Collection().Name, "recordId", e.Record.Id, "error", err)
	}
	return e.Next()
}
