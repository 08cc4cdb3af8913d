package ui

import (
	"errors"
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/store"
)

// closureDelete removes the closure day named in the path.
func (s *server) closureDelete(e *core.RequestEvent) error {
	d, err := calendar.ParseISO(e.Request.PathValue("date"))
	if err != nil {
		return errNotFound
	}
	err = store.DeleteClosure(e.App, d)
	if errors.Is(err, store.ErrNotFound) {
		return errNotFound
	}
	if err != nil {
		return err
	}
	e.App.Logger().Info("Closure day removed", "date", d.String(), "recordId", e.Auth.Id)
	s.setFlash(e, "The closure day on "+d.Long()+" is removed and PEP due dates have been worked out again")
	return e.Redirect(http.StatusSeeOther, "/admin/terms#closures")
}
