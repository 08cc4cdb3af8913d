package store

import (
	"errors"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
)

// Single edits to the calendar from the term dates page. Each runs in one
// transaction with the rebuild of every child's requirements, so that the
// schedule never disagrees with the calendar, and each refuses a change
// that would leave no valid calendar (overlapping terms, say).

// SaveTerm stores t as the authority's own, in place of any term held for
// the same academic year and name. The year's other terms and closures are
// left as they are.
func SaveTerm(app core.App, t calendar.Term) error {
	t.Example = false
	return app.RunInTransaction(func(tx core.App) error {
		key := dbx.HashExp{"start_year": t.StartYear, "term": string(t.Name)}
		var old termRow
		if err := tx.DB().Select("*").From(Terms).Where(key).One(&old); err == nil {
			if err := dropExampleClosures(tx, fromDB(old.Start), fromDB(old.End)); err != nil {
				return err
			}
		}
		if err := dropExampleClosures(tx, t.Start, t.End); err != nil {
			return err
		}

		if _, err := deleteRows(tx, Terms, key); err != nil {
			return err
		}
		if err := insertTerm(tx, t); err != nil {
			return err
		}
		return rebuildCalendar(tx)
	})
}

// dropExampleClosures removes the example calendar's INSET days from the
// dates of a term the authority now sets itself: they were made up to fit
// the example's dates, not the authority's.
func dropExampleClosures(tx core.App, from, to calendar.Date) error {
	_, err := deleteRows(tx, Closures, dbx.And(
		dbx.HashExp{"example": true}, dbx.Between("date", toDB(from), toDB(to))))
	return err
}

// SaveClosure adds a closure day, or changes the reason of one held.
func SaveClosure(app core.App, c calendar.Closure) error {
	c.Example = false
	return app.RunInTransaction(func(tx core.App) error {
		if _, err := upsertClosure(tx, c); err != nil {
			return err
		}
		return rebuildCalendar(tx)
	})
}

// DeleteClosure removes the closure on d; it reports ErrNotFound when
// there is none.
func DeleteClosure(app core.App, d calendar.Date) error {
	return app.RunInTransaction(func(tx core.App) error {
		n, err := deleteRows(tx, Closures, dbx.HashExp{"date": toDB(d)})
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		return rebuildCalendar(tx)
	})
}

// ErrInvalidCalendar means an edit would leave term dates that make no
// calendar (a term with no school days, say); nothing was saved.
var ErrInvalidCalendar = errors.New("the term dates would not make a valid calendar")

// CalendarError is an ErrInvalidCalendar with the reason, for a person.
type CalendarError struct{ Reason string }

func (e *CalendarError) Error() string { return ErrInvalidCalendar.Error() + ": " + e.Reason }

// Unwrap lets errors.Is find ErrInvalidCalendar.
func (e *CalendarError) Unwrap() error { return ErrInvalidCalendar }

// rebuildCalendar checks that the stored calendar is still valid and
// works every child's schedule out again from it.
func rebuildCalendar(tx core.App) error {
	if _, err := LoadCalendar(tx); err != nil {
		return &CalendarError{Reason: strings.TrimPrefix(err.Error(), "build calendar: ")}
	}
	return RebuildRequirements(tx)
}
