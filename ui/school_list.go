package ui

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/store"
)

// schoolsPerPage is how many schools the list shows on a page.
const schoolsPerPage = 50

// schoolListView is the schools page.
type schoolListView struct {
	Page
	Search      string
	Schools     []store.School
	Total       int
	First, Last int
	Pagination  Pagination
	PastEnd     *PastEnd // the page asked for is after the last
}

// schoolList lists the schools OpenPEP knows, by name, with how many
// children each has on roll.
func (s *server) schoolList(e *core.RequestEvent) error {
	query := e.Request.URL.Query()
	q := store.SchoolQuery{
		Search:  strings.TrimSpace(query.Get("q")),
		Page:    pageNumber(query.Get("page")),
		PerPage: schoolsPerPage,
	}

	schools, total, err := store.ListSchools(e.App, q)
	if err != nil {
		return err
	}

	links := url.Values{}
	if q.Search != "" {
		links.Set("q", q.Search)
	}
	view := schoolListView{
		Page:       s.newPage(e, "Schools", navSchools),
		Search:     q.Search,
		Schools:    schools,
		Total:      total,
		Pagination: newPagination(links, q.Page, q.PerPage, total),
		PastEnd:    newPastEnd(links, q.Page, q.PerPage, total, "school", "schools"),
	}
	if len(schools) > 0 {
		view.First = (q.Page-1)*q.PerPage + 1
		view.Last = min(view.First+len(schools)-1, total)
	}
	return s.render(e, http.StatusOK, "school_list", view)
}
