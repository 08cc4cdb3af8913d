package ui

import (
	"errors"
	"net/http"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/store"
)

// closureAdd adds a closure day, such as an INSET day, from the form on
// the term dates page.
func (s *server) closureAdd(e *core.RequestEvent) error {
	if err := e.Request.ParseForm(); err != nil {
		return err
	}
	value := dateValueOf(e.Request.PostForm, "closure")
	reason := strings.TrimSpace(e.Request.PostFormValue("reason"))

	d, problem := value.parse("The date")
	if problem == nil && value.IsBlank() {
		problem = &dateProblem{Message: "Enter the date of the closure day",
			Parts: []string{"day", "month", "year"}}
	}

	view := termListView{Page: s.newPage(e, "Term dates", navTerms), ClosureReason: reason}
	view.Errors.addDateError("closure", problem)
	if len(reason) > 200 {
		view.Errors.Add("reason", "The reason must be 200 characters or fewer")
	}
	if len(view.Errors) == 0 {
		err := store.SaveClosure(e.App, calendar.Closure{Date: d, Reason: reason})
		var bad *store.CalendarError
		switch {
		case errors.As(err, &bad):
			problem = &dateProblem{Message: "This closure day cannot be saved: " + bad.Reason,
				Parts: []string{"day", "month", "year"}}
			view.Errors.addDateError("closure", problem)
		case err != nil:
			return err
		default:
			e.App.Logger().Info("Closure day saved", "date", d.String(), "recordId", e.Auth.Id)
			s.setFlash(e, "The closure day on "+d.Long()+" is saved and PEP due dates have been worked out again")
			return e.Redirect(http.StatusSeeOther, "/admin/terms#closures")
		}
	}

	view.ClosureDate = newDateInput("closure", "Date", "For example, 3 11 2025", value, problem)
	return s.renderTermList(e, http.StatusUnprocessableEntity, view)
}
