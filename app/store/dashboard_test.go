package store_test

import (
	"fmt"
	"github.com/openpep/openpep/app/store"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
)

// TestStatusSQL holds the dashboard's SQL status rule to the schedule
// engine's: over a random cohort with open and closed periods, gaps, late
// and missing store.PEPs, every stored requirement opened by an as-of date must
// have the status and days overdue the engine gives for that date, and the
// engine must have no requirement the table lacks.
func TestStatusSQL(t *testing.T) {
	app := newTestApp(t)
	rng := rand.New(rand.NewPCG(1, 2))
	cal, err := store.LoadCalendar(app)
	if err != nil {
		t.Fatal(err)
	}
	var deadlines []calendar.Date
	for _, term := range cal.Terms() {
		deadlines = append(deadlines, term.PEPDeadline)
	}
	for i := range 80 {
		randomChild(t, app, rng, fmt.Sprintf("C%03d", i), deadlines)
	}
	if err := store.RebuildRequirements(app); err != nil {
		t.Fatal(err)
	}

	engine, _, err := store.NewEngine(app)
	if err != nil {
		t.Fatal(err)
	}
	children, err := store.LoadScheduled(app)
	if err != nil {
		t.Fatal(err)
	}

	for _, asOf := range boundaryDates(t, app) {
		want := map[string]string{}
		for _, c := range children {
			reqs, _ := engine.Compute(c.Child, c.PEPs, asOf)
			for _, r := range reqs {
				want[requirementKey(c.Child.ID, r)] = fmt.Sprintf("%s %d", r.Status, r.DaysOverdue)
			}
		}

		got := sqlStatuses(t, app, asOf)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("as of %s: SQL statuses differ from the engine (-engine +sql):\n%s", asOf, diff)
		}
	}
}

func requirementKey(childID string, r schedule.Requirement) string {
	if r.Term != nil {
		return childID + " termly " + r.Term.Label()
	}
	return childID + " initial " + r.PeriodStart.String()
}

func sqlStatuses(t *testing.T, app *tests.TestApp, asOf calendar.Date) map[string]string {
	t.Helper()
	var rows []struct {
		ChildID string `db:"child_id"`
		Kind    string `db:"kind"`
		Term    string `db:"term"`
		Opens   string `db:"opens"`
		Status  string `db:"status"`
		Days    int    `db:"days"`
	}
	err := app.DB().NewQuery(`SELECT c.child_id, r.kind, r.term, r.opens,
		` + store.StatusSQL + ` AS status, ` + store.DaysSQL + ` AS days
		FROM requirements r JOIN children c ON c.id = r.child
		WHERE r.opens <= {:asof}`).Bind(dbx.Params{"asof": store.ToDB(asOf)}).All(&rows)
	if err != nil {
		t.Fatal(err)
	}

	got := map[string]string{}
	for _, r := range rows {
		key := r.ChildID + " initial " + store.FromDB(r.Opens).String()
		if r.Kind == "termly" {
			key = r.ChildID + " termly " + r.Term
		}
		days := 0
		if r.Status == string(schedule.StatusOverdue) {
			days = r.Days
		}
		got[key] = fmt.Sprintf("%s %d", r.Status, days)
	}
	return got
}

// boundaryDates returns every date the stored requirements turn on, with
// the days either side, so each comparison in the status rule is tried on
// both sides of equality.
func boundaryDates(t *testing.T, app *tests.TestApp) []calendar.Date {
	t.Helper()
	var rows []struct {
		D string `db:"d"`
	}
	err := app.DB().NewQuery(`SELECT DISTINCT d FROM (
		SELECT due AS d FROM requirements UNION SELECT period_end FROM requirements
		UNION SELECT window_end FROM requirements UNION SELECT met FROM requirements
		UNION SELECT opens FROM requirements) WHERE d != '' ORDER BY d`).All(&rows)
	if err != nil {
		t.Fatal(err)
	}

	seen := map[calendar.Date]bool{}
	var dates []calendar.Date
	for _, r := range rows {
		d := store.FromDB(r.D)
		for _, x := range []calendar.Date{d.AddDays(-1), d, d.AddDays(1)} {
			if !seen[x] {
				seen[x] = true
				dates = append(dates, x)
			}
		}
	}
	if len(dates) < 100 {
		t.Fatalf("only %d boundary dates: the cohort is too small to test anything", len(dates))
	}
	return dates
}

// randomChild adds a child aged 2 to 18 with one to three periods of care
// between 2022 and 2025, some closed, and store.PEPs at random times.
func randomChild(t *testing.T, app *tests.TestApp, rng *rand.Rand, childID string, deadlines []calendar.Date) {
	day := func(from calendar.Date, span int) calendar.Date { return from.AddDays(rng.IntN(span)) }

	// A third of ends and PEPs fall on a PEP deadline, where the rules
	// turn on "on or before".
	onDeadline := func(d calendar.Date) calendar.Date {
		if rng.IntN(3) > 0 {
			return d
		}
		for _, dl := range deadlines {
			if !dl.Before(d) {
				return dl
			}
		}
		return d
	}

	dob := day(calendar.MustISO("2005-01-01"), 16*365)
	id := addChild(t, app, childID, dob.String())

	start := day(calendar.MustISO("2022-06-01"), 500)
	for p := 0; p < 1+rng.IntN(3); p++ {
		end := calendar.Date{}
		if rng.IntN(2) == 0 {
			end = onDeadline(start.AddDays(10 + rng.IntN(300)))
		}

		// A period of one or two episodes, the second continuing the first.
		if rng.IntN(3) == 0 && (end.IsZero() || end.DaysSince(start) > 30) {
			mid := start.AddDays(5 + rng.IntN(20))
			addEpisode(t, app, id, start.String(), mid.String(), "S")
			addEpisode(t, app, id, mid.String(), end.String(), "P")
		} else {
			addEpisode(t, app, id, start.String(), end.String(), "S")
		}
		if end.IsZero() {
			break
		}
		start = end.AddDays(1 + rng.IntN(200))
	}

	for range rng.IntN(8) {
		addPEP(t, app, id, onDeadline(day(calendar.MustISO("2022-06-01"), 1200)).String())
	}
}
