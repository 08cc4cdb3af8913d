package ui

import (
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
	"github.com/openpep/openpep/app/ssda903"
	"github.com/openpep/openpep/app/store"
)

var countCard = regexp.MustCompile(`app-count-card__number">(\d+)</span> ([^<]+)</a>`)

// TestDashboard_sample renders the dashboard as at 31 March 2018 over the
// public SSDA903 sample, whose episodes run to that date, and checks each
// count on the page against the schedule engine run child by child: the
// page counts in SQL, the engine in Go, so the two paths must agree. The
// term is the example calendar's spring 2018 (Tuesday 2 January, the day
// after the New Year's Day bank holiday, to 16 March, the Friday a week
// before Good Friday).
func TestDashboard_sample(t *testing.T) {
	app, err := tests.NewTestApp(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Cleanup)
	Register(app)

	b, err := ssda903.Load(filepath.Join("..", "..", "shared", "data", "ssda903-sample"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.ImportBatch(app, b); err != nil {
		t.Fatal(err)
	}
	vso, err := createStaff(app, "officer@example.invalid", "Val Officer", store.RoleVSO, true)
	if err != nil {
		t.Fatal(err)
	}
	token, err := vso.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}

	srv := startServer(t, app)
	c := newClient(t, srv)
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/?as-of-day=31&as-of-month=3&as-of-year=2018", nil)
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
	res, body := c.do(req)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("dashboard: %d\n%s", res.StatusCode, body)
	}

	got := map[string]int{}
	for _, m := range countCard.FindAllStringSubmatch(body, -1) {
		n, _ := strconv.Atoi(m[1])
		got[m[2]] = n
	}
	want := engineCounts(t, app, calendar.MustISO("2018-03-31"))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dashboard counts differ from the engine's (-engine +page):\n%s", diff)
	}
	if want["Overdue"]+want["Due"]+want["Completed on time"] == 0 {
		t.Error("the sample gives no current requirements: the test proves nothing")
	}
}

// engineCounts works out the dashboard's counts with the schedule engine:
// every termly requirement of the current term, and every initial one
// that falls due in it or is still open.
func engineCounts(t *testing.T, app *tests.TestApp, asOf calendar.Date) map[string]int {
	t.Helper()
	engine, cal, err := store.NewEngine(app)
	if err != nil {
		t.Fatal(err)
	}
	term, ok := cal.TermOn(calendar.MustISO("2018-03-16"))
	if !ok || term.Label() != "2017/18 spring" {
		t.Fatalf("term on 16 March 2018 = %v", term.Label())
	}
	children, err := store.LoadScheduled(app)
	if err != nil {
		t.Fatal(err)
	}

	labels := map[schedule.Status]string{}
	counts := map[string]int{}
	for _, s := range []schedule.Status{schedule.StatusDue, schedule.StatusOverdue,
		schedule.StatusCompletedOnTime, schedule.StatusCompletedLate, schedule.StatusMissed,
		schedule.StatusNotRequired} {
		labels[s] = s.Label()
		counts[s.Label()] = 0
	}
	for _, band := range schedule.Bands() {
		counts[bandLabel(band)] = 0
	}

	for _, c := range children {
		reqs, _ := engine.Compute(c.Child, c.PEPs, asOf)
		for _, r := range reqs {
			current := r.Term != nil && r.Term.Label() == term.Label()
			if r.Term == nil {
				current = r.Status == schedule.StatusDue || r.Status == schedule.StatusOverdue ||
					!r.Due.Before(term.Start)
			}
			if !current {
				continue
			}
			counts[labels[r.Status]]++
			if band := r.Band(); band != "" {
				counts[bandLabel(band)]++
			}
		}
	}
	return counts
}
