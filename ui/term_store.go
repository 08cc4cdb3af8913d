package ui

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/store"
)

// NOTE: app/store has no single-term writes yet. Until it offers
// SaveTerm, AddClosure and DeleteClosure (each rebuilding requirements in
// the same transaction), these stand in by replacing the whole academic
// year through store.ReplaceTerms, which keeps that year's other terms and
// closures as they were.

// saveTerm stores t in place of the term of the same academic year and
// name, if there is one, and works every child's requirements out again.
func saveTerm(app core.App, t calendar.Term) error {
	terms, closures, err := store.LoadTerms(app)
	if err != nil {
		return err
	}

	year := []calendar.Term{t}
	for _, other := range terms {
		if other.StartYear == t.StartYear && other.Name != t.Name {
			year = append(year, other)
		}
	}
	if _, err := store.ReplaceTerms(app, year, closuresOfYear(closures, t.StartYear)); err != nil {
		return fmt.Errorf("save term %s: %w", t.Label(), err)
	}
	return store.RebuildRequirements(app)
}

// addClosure adds a closure day, or changes the reason of one already
// held, and works every child's requirements out again.
func addClosure(app core.App, c calendar.Closure) error {
	if _, err := store.ReplaceTerms(app, nil, []calendar.Closure{c}); err != nil {
		return fmt.Errorf("add closure %s: %w", c.Date, err)
	}
	return store.RebuildRequirements(app)
}

// deleteClosure removes the closure on d, if any, and works every child's
// requirements out again.
func deleteClosure(app core.App, d calendar.Date) error {
	_, err := app.DB().Delete(store.Closures,
		dbx.HashExp{"date": d.String() + " 00:00:00.000Z"}).Execute()
	if err != nil {
		return fmt.Errorf("delete closure %s: %w", d, err)
	}
	return store.RebuildRequirements(app)
}

// closuresOfYear picks the closures in the academic year starting in
// September of startYear.
func closuresOfYear(closures []calendar.Closure, startYear int) []calendar.Closure {
	var out []calendar.Closure
	for _, c := range closures {
		if calendar.AcademicYearOf(c.Date) == startYear {
			out = append(out, c)
		}
	}
	return out
}
