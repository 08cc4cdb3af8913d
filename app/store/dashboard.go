package store

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
)

// statusSQL derives a stored requirement's status on {:asof}. It must
// follow schedule's own rules step for step; TestStatusSQL holds the two
// together over whole cohorts and many as-of dates.
const statusSQL = `(CASE
	WHEN r.due = '' THEN 'undetermined'
	WHEN r.met != '' AND r.met <= {:asof} THEN
		(CASE WHEN r.met > r.due THEN 'completed_late' ELSE 'completed_on_time' END)
	WHEN r.period_end != '' AND r.period_end <= {:asof} AND r.period_end <= r.due THEN 'not_required'
	WHEN r.period_end != '' AND r.period_end <= {:asof} THEN 'missed'
	WHEN r.window_end != '' AND r.window_end <= {:asof} THEN 'missed'
	WHEN {:asof} <= r.due THEN 'due'
	ELSE 'overdue' END)`

// daysSQL is the number of calendar days from a requirement's due date to
// {:asof}; it is meaningful only for overdue requirements.
// An undetermined requirement has no due date, and so no days (0).
const daysSQL = `COALESCE(CAST(julianday(substr({:asof}, 1, 10)) - julianday(substr(r.due, 1, 10)) AS INTEGER), 0)`

// prioritySQL orders a child's requirements by how pressing they are, so
// the dashboard lists each child once, under the one that matters most.
const prioritySQL = `(CASE status
	WHEN 'overdue' THEN 0 WHEN 'due' THEN 1 WHEN 'undetermined' THEN 2
	WHEN 'missed' THEN 3 WHEN 'completed_late' THEN 4 WHEN 'completed_on_time' THEN 5
	ELSE 6 END)`

// ncySQL is a child's national curriculum year in the academic year
// starting in September {:year}: age on the 31 August before, less four.
const ncySQL = `(CASE WHEN c.dob = '' THEN NULL ELSE
	{:year} - CAST(substr(c.dob, 1, 4) AS INTEGER)
	- (CASE WHEN substr(c.dob, 6, 5) > '08-31' THEN 1 ELSE 0 END) - 4 END)`

// bandSQL names the overdue band of a row of the current set.
const bandSQL = `(CASE WHEN status != 'overdue' THEN ''
	WHEN days <= 7 THEN '1-7' WHEN days <= 14 THEN '8-14'
	WHEN days <= 28 THEN '15-28' ELSE 'over 28' END)`

// keyStages maps a key stage to its range of NCY.
var keyStages = map[string][2]int{
	"EYFS": {-1, 0}, "KS1": {1, 2}, "KS2": {3, 6}, "KS3": {7, 9}, "KS4": {10, 11}, "KS5": {12, 13},
}

// KeyStage names the key stage of a national curriculum year.
func KeyStage(ncy int) string {
	for name, r := range keyStages {
		if ncy >= r[0] && ncy <= r[1] {
			return name
		}
	}
	return ""
}

// KeyStages lists the key stages in order.
func KeyStages() []string { return []string{"EYFS", "KS1", "KS2", "KS3", "KS4", "KS5"} }

// dashboardSorts are the list's orders. The list joins schools, which has
// a status column of its own, so the requirement's columns are qualified.
var dashboardSorts = map[string]string{
	"name":    "c.surname, c.forename, c.child_id",
	"due":     "ranked.due, c.child_id",
	"overdue": "(CASE WHEN ranked.status = 'overdue' THEN ranked.days ELSE -1 END), c.child_id",
	"school":  "school_name, c.surname, c.child_id",
	"status":  "ranked.priority, ranked.due, c.child_id",
}

// LoadDashboard counts the requirements of the current term as known on
// q.AsOf and lists each child under their most pressing one.
func LoadDashboard(app core.App, q DashboardQuery) (*Dashboard, error) {
	d, base, filters, params, err := prepareDashboard(app, &q)
	if err != nil {
		return nil, err
	}
	if err := countDashboard(app, d, base, filters, params); err != nil {
		return nil, err
	}
	if err := listDashboard(app, d, q, base, filters, params); err != nil {
		return nil, err
	}

	if n := d.Counts[string(schedule.StatusUndetermined)]; n > 0 {
		d.Problems = append(d.Problems, fmt.Sprintf("%d PEP due dates cannot be worked out because "+
			"term dates or bank holidays are missing; each child's page says which dates.", n))
	}
	return d, nil
}

// DashboardCounts is LoadDashboard without the list of children.
func DashboardCounts(app core.App, q DashboardQuery) (*Dashboard, error) {
	d, base, filters, params, err := prepareDashboard(app, &q)
	if err != nil {
		return nil, err
	}
	return d, countDashboard(app, d, base, filters, params)
}

// DashboardCountsSQL returns the dashboard's counting query for q in plain
// SQLite syntax with named arguments, so a benchmark can run the very same
// query outside PocketBase.
func DashboardCountsSQL(app core.App, q DashboardQuery) (string, []any, error) {
	_, base, filters, params, err := prepareDashboard(app, &q)
	if err != nil {
		return "", nil, err
	}

	query := countSQL(base, filters)
	args := make([]any, 0, len(params))
	for name, v := range params {
		query = strings.ReplaceAll(query, "{:"+name+"}", ":"+name)
		args = append(args, sql.Named(name, v))
	}
	query = strings.NewReplacer("{{", "", "}}", "", "[[", "", "]]", "").Replace(query)
	return query, args, nil
}

func prepareDashboard(app core.App, q *DashboardQuery) (*Dashboard, string, []string, dbx.Params, error) {
	if q.AsOf.IsZero() {
		q.AsOf = Today()
	}
	if q.PerPage <= 0 {
		q.PerPage = 50
	}
	if q.Page <= 0 {
		q.Page = 1
	}

	cal, err := LoadCalendar(app)
	if err != nil {
		return nil, "", nil, nil, err
	}

	d := &Dashboard{AsOf: q.AsOf, Counts: map[string]int{}, Bands: map[string]int{}}
	params := dbx.Params{"asof": toDB(q.AsOf), "term": "", "termstart": ""}
	params["year"] = schedule.AcademicYear(q.AsOf)
	if t, ok := currentTerm(cal, q.AsOf); ok {
		d.Term = &t
		params["term"], params["termstart"], params["year"] = t.Label(), toDB(t.Start), t.StartYear
	} else {
		d.Problems = append(d.Problems, fmt.Sprintf(
			"No term dates are loaded for %s: load them on the term dates page or with openpep calendar import-terms.",
			q.AsOf.Long()))
	}

	for _, m := range cal.Missing(q.AsOf) {
		d.Problems = append(d.Problems, m.Message())
	}

	base, filters := dashboardBase(*q, params)
	return d, base, filters, params, nil
}

// currentTerm is the term asOf falls in, or else the last one to start
// before it (during a school holiday).
func currentTerm(cal *calendar.Calendar, asOf calendar.Date) (calendar.Term, bool) {
	var found calendar.Term
	ok := false
	for _, t := range cal.Terms() {
		if t.Start.After(asOf) {
			break
		}
		found, ok = t, true
	}
	return found, ok
}

// dashboardBase returns the SQL for the current requirements joined to
// their children, and the child filters (not status or band) from q.
func dashboardBase(q DashboardQuery, params dbx.Params) (string, []string) {
	base := `WITH cur AS (
		SELECT r.child, r.kind, r.term, r.due, r.met,
			` + statusSQL + ` AS status, ` + daysSQL + ` AS days
		FROM ` + Requirements + ` r
		WHERE r.opens <= {:asof} AND (
			(r.kind = 'termly' AND r.term = {:term})
			OR (r.kind = 'initial' AND (r.due = '' OR r.due >= {:termstart}
				OR ` + statusSQL + ` IN ('due', 'overdue'))))
	), rows AS (
		SELECT cur.*, ` + prioritySQL + ` AS priority, ` + bandSQL + ` AS band FROM cur
	)`

	var filters []string
	if q.School != "" {
		filters = append(filters, "c.school = {:school}")
		params["school"] = q.School
	}
	if q.SocialWorker != "" {
		filters = append(filters, "c.social_worker = {:sw}")
		params["sw"] = q.SocialWorker
	}
	if r, ok := keyStages[q.KeyStage]; ok {
		filters = append(filters, ncySQL+" BETWEEN {:ncyfrom} AND {:ncyto}")
		params["ncyfrom"], params["ncyto"] = r[0], r[1]
	}
	if n, err := strconv.Atoi(q.NCY); err == nil {
		filters = append(filters, ncySQL+" = {:ncy}")
		params["ncy"] = n
	}
	// A search is a child id or part of a name; a longer one is cut so
	// that it cannot make SQLite's LIKE pattern too complex.
	if s := truncate(strings.TrimSpace(q.Search), maxSearch); s != "" {
		filters = append(filters, "(c.child_id = {:search} OR (c.forename || ' ' || c.surname) LIKE {:like}"+
			" OR (c.preferred_name || ' ' || c.surname) LIKE {:like})")
		params["search"], params["like"] = s, "%"+s+"%"
	}
	return base, filters
}

func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

type countRow struct {
	Status string `db:"status"`
	Band   string `db:"band"`
	N      int    `db:"n"`
}

func countSQL(base string, filters []string) string {
	return base + ` SELECT status, band, COUNT(*) AS n FROM rows
		JOIN ` + Children + ` c ON c.id = rows.child` + where(filters) + ` GROUP BY status, band`
}

func countDashboard(app core.App, d *Dashboard, base string, filters []string, params dbx.Params) error {
	var counts []countRow
	if err := app.DB().NewQuery(countSQL(base, filters)).Bind(params).All(&counts); err != nil {
		return fmt.Errorf("count dashboard: %w", err)
	}

	for _, c := range counts {
		d.Counts[c.Status] += c.N
		if c.Band != "" {
			d.Bands[c.Band] += c.N
		}
	}
	return nil
}

type dashboardRow struct {
	ChildRecordID string `db:"child"`
	ChildID       string `db:"child_id"`
	Forename      string `db:"forename"`
	Surname       string `db:"surname"`
	SchoolID      string `db:"school"`
	SchoolName    string `db:"school_name"`
	SocialWorker  string `db:"social_worker"`
	NCY           *int   `db:"ncy"`
	Kind          string `db:"kind"`
	Term          string `db:"term"`
	Due           string `db:"due"`
	Met           string `db:"met"`
	Status        string `db:"status"`
	Days          int    `db:"days"`
	Band          string `db:"band"`
	Total         int    `db:"total"`
}

func listDashboard(app core.App, d *Dashboard, q DashboardQuery, base string, filters []string, params dbx.Params) error {
	conds := append([]string{"ranked.rank = 1"}, filters...)
	if q.Status != "" {
		conds = append(conds, "ranked.status = {:status}")
		params["status"] = q.Status
	}
	if q.Band != "" {
		conds = append(conds, "ranked.band = {:band}")
		params["band"] = q.Band
	}

	from := base + `, ranked AS (
		SELECT rows.*, ROW_NUMBER() OVER (PARTITION BY child ORDER BY priority, due) AS rank FROM rows
	) SELECT %s FROM ranked
		JOIN ` + Children + ` c ON c.id = ranked.child
		LEFT JOIN ` + Schools + ` s ON s.id = c.school` + where(conds)

	columns := `ranked.child, c.child_id, c.forename, c.surname, c.school,
		COALESCE(s.name, '') AS school_name, c.social_worker, ` + ncySQL + ` AS ncy,
		ranked.kind, ranked.term, ranked.due, ranked.met, ranked.status, ranked.days, ranked.band,
		COUNT(*) OVER () AS total`
	query := fmt.Sprintf(from, columns) + " ORDER BY " + dashboardOrder(q.Sort) +
		fmt.Sprintf(" LIMIT %d OFFSET %d", q.PerPage, (q.Page-1)*q.PerPage)

	var rows []dashboardRow
	if err := app.DB().NewQuery(query).Bind(params).All(&rows); err != nil {
		return fmt.Errorf("list dashboard: %w", err)
	}
	for _, r := range rows {
		d.Rows = append(d.Rows, r.view())
		d.Total = r.Total
	}
	if len(rows) > 0 || q.Page == 1 {
		return nil
	}

	// A page past the end has no row to carry the total.
	var total struct {
		N int `db:"n"`
	}
	if err := app.DB().NewQuery(fmt.Sprintf(from, "COUNT(*) AS n")).Bind(params).One(&total); err != nil {
		return fmt.Errorf("count dashboard rows: %w", err)
	}
	d.Total = total.N
	return nil
}

func dashboardOrder(sort string) string {
	desc := strings.HasPrefix(sort, "-")
	key := strings.TrimPrefix(sort, "-")
	order, ok := dashboardSorts[key]
	if !ok {
		order, desc = dashboardSorts["status"], false
	}
	if !desc {
		return order
	}

	parts := strings.Split(order, ", ")
	for i := range parts {
		parts[i] += " DESC"
	}
	return strings.Join(parts, ", ")
}

func (r dashboardRow) view() DashboardRow {
	v := DashboardRow{
		ChildRecordID: r.ChildRecordID,
		ChildID:       r.ChildID,
		Name:          strings.TrimSpace(r.Forename + " " + r.Surname),
		SchoolID:      r.SchoolID,
		SchoolName:    r.SchoolName,
		SocialWorker:  r.SocialWorker,
		Kind:          r.Kind,
		Term:          r.Term,
		Due:           fromDB(r.Due),
		Status:        r.Status,
		Band:          r.Band,
	}
	if r.NCY != nil {
		v.NCY, v.NCYKnown = *r.NCY, true
		v.KeyStage = KeyStage(v.NCY)
	}
	switch schedule.Status(r.Status) {
	case schedule.StatusOverdue:
		v.DaysOverdue = r.Days
	case schedule.StatusCompletedOnTime, schedule.StatusCompletedLate:
		v.Completed = fromDB(r.Met)
	}
	return v
}

// maxSearch is the longest dashboard search used, in characters.
const maxSearch = 100

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}
