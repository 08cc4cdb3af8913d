package ui

import (
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/store"
)

// termEdit shows the form to add a term, or to change the term named in
// the path.
func (s *server) termEdit(e *core.RequestEvent) error {
	existing, err := s.termFromPath(e)
	if err != nil {
		return err
	}

	view := newTermFormView(s.newPage(e, "", navTerms), existing)
	f := termForm{}
	if existing != nil {
		f = termFormFrom(*existing)
	}
	view.fill(f, nil)
	return s.render(e, http.StatusOK, "term_form", view)
}

// newTermFormView starts the form's page for adding a term (existing nil)
// or changing one.
func newTermFormView(p Page, existing *calendar.Term) termFormView {
	view := termFormView{Page: p, Existing: existing, Action: "/admin/terms/new"}
	view.Title = "Add a term"
	if existing != nil {
		view.Action = termURL(*existing)
		view.Title = "Change the " + termName(*existing)
	}
	return view
}

// termFromPath returns the term the path names, nil for the new-term
// path, or errNotFound.
func (s *server) termFromPath(e *core.RequestEvent) (*calendar.Term, error) {
	name := e.Request.PathValue("term")
	if name == "" {
		return nil, nil
	}
	year, err := strconv.Atoi(e.Request.PathValue("year"))
	if err != nil {
		return nil, errNotFound
	}

	terms, _, err := store.LoadTerms(e.App)
	if err != nil {
		return nil, err
	}
	for _, t := range terms {
		if t.StartYear == year && string(t.Name) == name {
			return &t, nil
		}
	}
	return nil, errNotFound
}
