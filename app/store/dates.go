package store

import (
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// dbDateSuffix is what PocketBase appends to a day in a date column.
const dbDateSuffix = " 00:00:00.000Z"

// toDB formats d as PocketBase stores dates, or "" when d is unset.
func toDB(d calendar.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String() + dbDateSuffix
}

// fromDB reads a date column. Only the day matters to OpenPEP; a value
// that is not a date reads as unset.
func fromDB(s string) calendar.Date {
	if len(s) < 10 {
		return calendar.Date{}
	}
	d, err := calendar.ParseISO(s[:10])
	if err != nil {
		return calendar.Date{}
	}
	return d
}

// Today is the current day in England, the default as-of date.
func Today() calendar.Date {
	return calendar.DateOf(time.Now().In(london))
}

var london = mustLocation("Europe/London")

func mustLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		// The zone database is embedded (time/tzdata in main), so this
		// only fails in a broken build.
		panic(err)
	}
	return loc
}
