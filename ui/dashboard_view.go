package ui

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
	"github.com/openpep/openpep/app/store"
)

// dashboardPerPage is how many children the dashboard lists on a page.
const dashboardPerPage = 50

// dashboardView is the dashboard page: counts for the term as of a date
// and the children behind them.
type dashboardView struct {
	Page
	AsOf         calendar.Date
	AsOfInput    DateInput
	TermName     string // "" when no term dates cover the as-of date
	ExampleTerm  bool   // the term's dates come from the shipped example calendar
	Problems     []string
	StatusCounts []CountCard
	BandCounts   []CountCard
	Filters      dashboardFilters
	Columns      dashboardColumns
	Rows         []store.DashboardRow
	Total        int
	First, Last  int // the rows shown, 1-based
	Pagination   Pagination
	PastEnd      *PastEnd // the page asked for is after the last
	Filtered     bool
	ClearURL     string
	ChildQuery   string // keeps the as-of date on links to children
	NoData       bool   // nothing has been imported yet
}

// CountCard is one count on the dashboard, linking to what it counts.
type CountCard struct {
	Label string
	Count int
	URL   string
}

// dashboardFilters are the fields of the dashboard's filter form.
type dashboardFilters struct {
	Selects []SelectField
	Search  string
}

// dashboardColumns are the headers of the sortable columns.
type dashboardColumns struct {
	Name, School, Due, Status, Overdue SortColumn
}

// SelectField is the view model of a GOV.UK select whose first option,
// Any, means "no filter".
type SelectField struct {
	ID, Label, Any string
	Options        []Option
}

// Option is one choice in a select.
type Option struct {
	Value, Text string
	Selected    bool
}

func (f *SelectField) add(value, text, selected string) {
	f.Options = append(f.Options, Option{value, text, value == selected})
}

// dashboardView shows the dashboard for the as-of date in the query,
// today by default.
func (s *server) dashboardView(e *core.RequestEvent) error {
	view := dashboardView{Page: s.newPage(e, "Dashboard", navDashboard)}

	q, links := s.dashboardQuery(e.Request.URL.Query(), &view)
	d, err := store.LoadDashboard(e.App, q)
	if err != nil {
		return err
	}
	if err := s.fillDashboardFilters(e.App, q, &view.Filters); err != nil {
		return err
	}

	view.AsOf, view.Problems, view.Rows, view.Total = d.AsOf, d.Problems, d.Rows, d.Total
	if d.Term != nil {
		view.TermName, view.ExampleTerm = termName(*d.Term), d.Term.Example
	}
	view.StatusCounts, view.BandCounts = dashboardCounts(d, links)
	view.Columns = dashboardColumns{
		Name:    newSortColumn(links, q.Sort, "name", "Child"),
		School:  newSortColumn(links, q.Sort, "school", "School"),
		Due:     newSortColumn(links, q.Sort, "due", "Due"),
		Status:  newSortColumn(links, q.Sort, "status", "Status"),
		Overdue: newSortColumn(links, q.Sort, "overdue", "Days overdue"),
	}
	view.Columns.Overdue.Class = "govuk-table__header--numeric"
	view.Pagination = newPagination(links, q.Page, q.PerPage, d.Total)
	view.PastEnd = newPastEnd(links, q.Page, q.PerPage, d.Total, "child", "children")
	if len(d.Rows) > 0 {
		view.First = (q.Page-1)*q.PerPage + 1
		view.Last = view.First + len(d.Rows) - 1
	}

	if d.Total == 0 && !view.Filtered {
		n, err := e.App.CountRecords(store.Children)
		if err != nil {
			return err
		}
		view.NoData = n == 0
	}
	return s.render(e, http.StatusOK, "dashboard", view)
}

// dashboardQuery reads the dashboard's query string. It fills the as-of
// input, any error in it, whether any filter is set and the link to clear
// them, and returns the query and the parameters every link on the page
// keeps. Values not on offer are ignored.
func (s *server) dashboardQuery(v url.Values, view *dashboardView) (store.DashboardQuery, url.Values) {
	asOfValue := dateValueOf(v, "as-of")
	asOf, problem := asOfValue.parse("The date")
	view.Errors.addDateError("as-of", problem)
	view.AsOfInput = newDateInput("as-of", "Show the dashboard as at",
		"For example, 31 3 2025. Leave blank for today.", asOfValue, problem)

	q := store.DashboardQuery{
		AsOf:         asOf,
		School:       v.Get("school"),
		SocialWorker: v.Get("sw"),
		KeyStage:     oneOf(v.Get("ks"), store.KeyStages()...),
		NCY:          oneOf(v.Get("ncy"), ncyValues()...),
		Status:       oneOf(v.Get("status"), statuses...),
		Band:         oneOf(v.Get("band"), schedule.Bands()...),
		Search:       strings.TrimSpace(v.Get("q")),
		Sort:         sortKey(v.Get("sort"), "name", "school", "due", "status", "overdue"),
		Page:         pageNumber(v.Get("page")),
		PerPage:      dashboardPerPage,
	}

	links := url.Values{}
	if problem == nil && !asOf.IsZero() {
		links.Set("as-of-day", asOfValue.Day)
		links.Set("as-of-month", asOfValue.Month)
		links.Set("as-of-year", asOfValue.Year)
	}
	view.ClearURL = "/?" + links.Encode()
	if len(links) > 0 {
		view.ChildQuery = "?" + links.Encode()
	}
	for key, value := range map[string]string{
		"school": q.School, "sw": q.SocialWorker, "ks": q.KeyStage, "ncy": q.NCY,
		"status": q.Status, "band": q.Band, "q": q.Search,
	} {
		if value != "" {
			links.Set(key, value)
			view.Filtered = true
		}
	}
	if q.Sort != "" {
		links.Set("sort", q.Sort)
	}
	return q, links
}

// dashboardCounts builds the count cards, each linking to the list of
// children it counts with the other filters kept.
func dashboardCounts(d *store.Dashboard, links url.Values) (byStatus, byBand []CountCard) {
	// A band implies the overdue status, so its link sets the band alone.
	link := func(status, band string) string {
		q := url.Values{}
		for k, v := range links {
			q[k] = v
		}
		q.Del("page")
		q.Del("status")
		q.Del("band")
		if status != "" {
			q.Set("status", status)
		}
		if band != "" {
			q.Set("band", band)
		}
		return "/?" + q.Encode()
	}

	for _, st := range statuses {
		if st == string(schedule.StatusUndetermined) && d.Counts[st] == 0 {
			continue
		}
		byStatus = append(byStatus, CountCard{
			Label: statusLabel(st), Count: d.Counts[st], URL: link(st, ""),
		})
	}
	for _, b := range schedule.Bands() {
		byBand = append(byBand, CountCard{
			Label: bandLabel(b), Count: d.Bands[b], URL: link("", b),
		})
	}
	return byStatus, byBand
}

// fillDashboardFilters lists the choices of each filter, marking the ones
// q has chosen.
func (s *server) fillDashboardFilters(app core.App, q store.DashboardQuery, f *dashboardFilters) error {
	schools, err := store.SchoolOptions(app)
	if err != nil {
		return err
	}
	// The page still works without this menu, so a failure only costs it.
	workers, err := store.SocialWorkers(app)
	if err != nil {
		app.Logger().Warn("Listing social workers failed", "error", err)
	}

	school := SelectField{ID: "school", Label: "School", Any: "All schools"}
	for _, sc := range schools {
		school.add(sc.ID, sc.Name, q.School)
	}
	sw := SelectField{ID: "sw", Label: "Social worker", Any: "All social workers"}
	for _, w := range workers {
		sw.add(w, w, q.SocialWorker)
	}
	ks := SelectField{ID: "ks", Label: "Key stage", Any: "All key stages"}
	for _, k := range store.KeyStages() {
		ks.add(k, keyStageLabel(k), q.KeyStage)
	}
	ncy := SelectField{ID: "ncy", Label: "Year group", Any: "All year groups"}
	for _, n := range ncyValues() {
		year, _ := strconv.Atoi(n)
		ncy.add(n, schedule.NCYLabel(year), q.NCY)
	}
	status := SelectField{ID: "status", Label: "Status", Any: "All statuses"}
	for _, st := range statuses {
		status.add(st, statusLabel(st), q.Status)
	}
	band := SelectField{ID: "band", Label: "Days overdue", Any: "Any"}
	for _, b := range schedule.Bands() {
		band.add(b, bandLabel(b), q.Band)
	}

	f.Selects = []SelectField{school, sw, ks, ncy, status, band}
	f.Search = q.Search
	return nil
}

// ncyValues lists the year groups in scope, Nursery (-1) to Year 13.
func ncyValues() []string {
	var out []string
	for n := schedule.NCYNursery; n <= schedule.NCYYear13; n++ {
		out = append(out, strconv.Itoa(n))
	}
	return out
}

// keyStageLabel names a key stage for people.
func keyStageLabel(ks string) string {
	if ks == "EYFS" {
		return "Early years (EYFS)"
	}
	return "Key stage " + strings.TrimPrefix(ks, "KS")
}

// oneOf returns s when it is one of allowed, else "".
func oneOf(s string, allowed ...string) string {
	if slices.Contains(allowed, s) {
		return s
	}
	return ""
}

// termName names a term for people, as in "Autumn term 2025/26".
func termName(t calendar.Term) string {
	return termTitle(t.Name) + " term " + t.AcademicYear
}
