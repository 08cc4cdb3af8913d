package ui

import (
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/store"
)

// termListView is the term dates page: every academic year's terms, the
// closure days, and the form to add a closure day.
type termListView struct {
	Page
	Years         []termYear
	Closures      []closureRow
	ClosureDate   DateInput
	ClosureReason string
}

// termYear is one academic year's terms, in order.
type termYear struct {
	Label string // "2025/26"
	Terms []termRow
}

// termRow is a term as the list shows it.
type termRow struct {
	calendar.Term
	Title   string // "Autumn"
	EditURL string
}

// closureRow is a closure day as the list shows it.
type closureRow struct {
	calendar.Closure
	DeleteURL string
}

// termList shows the authority's term dates by academic year, latest first.
func (s *server) termList(e *core.RequestEvent) error {
	view := termListView{Page: s.newPage(e, "Term dates", navTerms)}
	view.ClosureDate = newDateInput("closure", "Date", "For example, 3 11 2025", dateValue{}, nil)
	return s.renderTermList(e, http.StatusOK, view)
}

// renderTermList loads the terms and closures into view and shows it.
func (s *server) renderTermList(e *core.RequestEvent, status int, view termListView) error {
	terms, closures, err := store.LoadTerms(e.App)
	if err != nil {
		return err
	}

	for i := len(terms) - 1; i >= 0; i-- {
		t := terms[i]
		if n := len(view.Years); n == 0 || view.Years[n-1].Label != t.AcademicYear {
			view.Years = append(view.Years, termYear{Label: t.AcademicYear})
		}
		y := &view.Years[len(view.Years)-1]
		y.Terms = append([]termRow{{Term: t, Title: termTitle(t.Name), EditURL: termURL(t)}}, y.Terms...)
	}
	for _, c := range closures {
		view.Closures = append(view.Closures, closureRow{
			Closure: c, DeleteURL: "/admin/closures/" + c.Date.String() + "/delete",
		})
	}
	return s.render(e, status, "term_list", view)
}

// termURL is where term t is changed.
func termURL(t calendar.Term) string {
	return "/admin/terms/" + strconv.Itoa(t.StartYear) + "/" + string(t.Name)
}

// termTitle names a term for people, as in "Autumn".
func termTitle(n calendar.TermName) string {
	switch n {
	case calendar.Autumn:
		return "Autumn"
	case calendar.Spring:
		return "Spring"
	case calendar.Summer:
		return "Summer"
	}
	return string(n)
}
