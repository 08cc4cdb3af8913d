package ui

import (
	"errors"
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/store"
)

// termSave adds or changes a term, then works every child's PEP due
// dates out again. A form with problems is shown again as it was typed.
func (s *server) termSave(e *core.RequestEvent) error {
	existing, err := s.termFromPath(e)
	if err != nil {
		return err
	}
	all, _, err := store.LoadTerms(e.App)
	if err != nil {
		return err
	}

	if err := e.Request.ParseForm(); err != nil {
		return err
	}
	f := termFormOf(e.Request.PostForm)
	t, check := f.check(existing, all)
	if check.ok() {
		err := store.SaveTerm(e.App, t)
		var bad *store.CalendarError
		switch {
		case errors.As(err, &bad):
			// Valid on its own, but not with the rest of the calendar.
			check.date(fieldTermStart, "These dates cannot be saved: "+bad.Reason)
		case err != nil:
			return err
		default:
			e.App.Logger().Info("Term saved", "term", t.Label(), "recordId", e.Auth.Id)
			s.setFlash(e, "The "+termName(t)+" is saved and PEP due dates have been worked out again")
			return e.Redirect(http.StatusSeeOther, "/admin/terms")
		}
	}

	view := newTermFormView(s.newPage(e, "", navTerms), existing)
	view.fill(f, check)
	return s.render(e, http.StatusUnprocessableEntity, "term_form", view)
}
