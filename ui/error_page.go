package ui

import (
	"errors"
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"

	"github.com/openpep/openpep/app/store"
)

// pageError is a failure a person is shown a page about.
type pageError struct {
	status int
	page   string // the template that explains it
	title  string
}

func (e *pageError) Error() string { return e.title }

// Failures handlers return; errorPages shows each as its page.
var (
	errNotFound  = &pageError{http.StatusNotFound, "error_not_found", "Page not found"}
	errForbidden = &pageError{http.StatusForbidden, "error_forbidden",
		"You do not have permission to see this page"}
	errCSRF = &pageError{http.StatusForbidden, "error_csrf",
		"Your form could not be sent"}
	errServer = &pageError{http.StatusInternalServerError, "error_server",
		"Sorry, there is a problem with the service"}
	errBusy = &pageError{http.StatusServiceUnavailable, "error_busy",
		"OpenPEP is busy loading data"}
)

// errorPages turns an error returned by a page handler into a page in the
// layout. Unexpected errors are logged once here and shown as a 500 page
// that gives nothing away.
func (s *server) errorPages() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "openpepErrorPages",
		Func: func(e *core.RequestEvent) error {
			err := e.Next()
			if err == nil || e.Written() {
				return err
			}
			return s.renderError(e, s.classify(e, err))
		},
	}
}

// classify picks the page for err, logging errors nobody expected.
func (s *server) classify(e *core.RequestEvent, err error) *pageError {
	var pe *pageError
	if errors.As(err, &pe) {
		return pe
	}
	if store.IsBusy(err) {
		// An import holds the database; the writer waited and gave up.
		return errBusy
	}

	var apiErr *router.ApiError
	if errors.As(err, &apiErr) {
		switch apiErr.Status {
		case http.StatusNotFound:
			return errNotFound
		case http.StatusForbidden, http.StatusUnauthorized:
			return errForbidden
		}
	}

	e.App.Logger().Error("Page request failed",
		"method", e.Request.Method, "url", e.Request.URL.Path, "error", err)
	return errServer
}

// renderError writes the page for pe.
func (s *server) renderError(e *core.RequestEvent, pe *pageError) error {
	setPageHeaders(e)
	view := s.newPage(e, pe.title, "")
	if err := s.render(e, pe.status, pe.page, view); err != nil {
		e.App.Logger().Error("Error page failed", "page", pe.page, "error", err)
		return e.String(http.StatusInternalServerError, errServer.title+"\n")
	}
	return nil
}

// notFound answers every request no other route matched: PocketBase's
// JSON 404 for the API, the "Page not found" page for everything else.
func (s *server) notFound(e *core.RequestEvent) error {
	if isAPIPath(e.Request.URL.Path) || !isPagePath(e.Request.URL.Path) {
		return apis.NewNotFoundError("", nil)
	}
	return s.renderError(e, errNotFound)
}
