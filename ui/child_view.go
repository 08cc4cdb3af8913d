package ui

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
	"github.com/openpep/openpep/app/store"
)

// childView is the child page: who the child is, their care history and
// the PEPs they need, as known on a date.
type childView struct {
	Page
	Child       *store.ChildView
	AsOfInput   DateInput
	DisplayName string
	ReportedNCY string // the school's year group for people; "" when not reported
	NCYMismatch bool   // the school's year group differs from the one worked out
	Episodes    []episodeRow
	BackURL     string
}

// episodeRow is an episode of care as the child page shows it. The page
// lists every episode the latest return holds, so on a past as-of date some
// start or end after it.
type episodeRow struct {
	store.EpisodeView
	StartsAfterAsOf bool
	EndsAfterAsOf   bool
}

// childView shows one child as of the date in the query, today by default.
func (s *server) childView(e *core.RequestEvent) error {
	view := childView{Page: s.newPage(e, "Child", navDashboard)}

	asOfValue := dateValueOf(e.Request.URL.Query(), "as-of")
	asOf, problem := asOfValue.parse("The date")
	view.Errors.addDateError("as-of", problem)
	if asOf.IsZero() {
		asOf = store.Today()
	}

	child, err := store.LoadChild(e.App, e.Request.PathValue("id"), asOf)
	if errors.Is(err, store.ErrNotFound) {
		return errNotFound
	}
	if err != nil {
		return err
	}

	// Every view of a child's record is attributable: who, which record.
	// NOTE: record ids only, no personal data; issue #3 moves this into a
	// tamper-evident audit trail.
	e.App.Logger().Info("Child record viewed", "staffId", e.Auth.Id, "childRecordId", child.RecordID)

	view.Child = child
	view.Episodes = episodeRows(child.Episodes, child.AsOf)
	view.DisplayName = childName(child)
	view.Title = view.DisplayName
	view.AsOfInput = newDateInput("as-of", "Show this child as at",
		"For example, 31 3 2025. Leave blank for today.", asOfValue, problem)
	if problem == nil && !asOfValue.IsBlank() {
		view.BackURL = "/?" + url.Values{"as-of-day": {asOfValue.Day},
			"as-of-month": {asOfValue.Month}, "as-of-year": {asOfValue.Year}}.Encode()
	} else {
		view.BackURL = "/"
	}

	if child.ReportedNCY != "" {
		reported, comparable := parseReportedNCY(child.ReportedNCY)
		view.ReportedNCY = reportedNCYLabel(child.ReportedNCY, reported, comparable)
		view.NCYMismatch = comparable && child.NCYKnown && reported != child.NCY
	}
	return s.render(e, http.StatusOK, "child", view)
}

// episodeRows marks each episode that starts or ends after asOf.
func episodeRows(episodes []store.EpisodeView, asOf calendar.Date) []episodeRow {
	rows := make([]episodeRow, len(episodes))
	for i, ep := range episodes {
		rows[i] = episodeRow{
			EpisodeView:     ep,
			StartsAfterAsOf: ep.DECOM.After(asOf),
			EndsAfterAsOf:   ep.DEC.After(asOf),
		}
	}
	return rows
}

// childName is what the page calls the child: their name as children.csv
// gave it, or their child id.
func childName(c *store.ChildView) string {
	if name := strings.TrimSpace(c.Forename + " " + c.Surname); name != "" {
		return name
	}
	return "Child " + c.ChildID
}

// parseReportedNCY reads a year group as the school census writes it (N1,
// N2, R, 1 to 14, X) into NCY's numbering. X, not following the national
// curriculum, and anything unreadable cannot be compared.
//
// NOTE: this belongs with schedule.NCY; it moves there when that package
// offers it.
func parseReportedNCY(s string) (ncy int, comparable bool) {
	switch s = strings.ToUpper(strings.TrimSpace(s)); s {
	case "N1", "N2":
		return schedule.NCYNursery, true
	case "R":
		return schedule.NCYReception, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 14 {
		return 0, false
	}
	return n, true
}

// reportedNCYLabel names the school's year group for people.
func reportedNCYLabel(raw string, ncy int, comparable bool) string {
	raw = strings.ToUpper(strings.TrimSpace(raw))
	switch {
	case raw == "X":
		return "Not following the national curriculum (X)"
	case !comparable:
		return raw
	case raw == "N1" || raw == "N2":
		return "Nursery (" + raw + ")"
	case ncy > schedule.NCYYear13:
		return "Year " + raw
	}
	return schedule.NCYLabel(ncy)
}
