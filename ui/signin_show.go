package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// signInView is the sign-in page.
type signInView struct {
	Page
	Email string
	Next  string // where to go once signed in
}

// signInShow shows the sign-in form. Someone already signed in goes
// straight on.
func (s *server) signInShow(e *core.RequestEvent) error {
	next := safeNext(e.Request.URL.Query().Get("next"))
	if e.Auth != nil {
		return e.Redirect(http.StatusSeeOther, next)
	}
	view := signInView{Page: s.newPage(e, "Sign in", ""), Next: next}
	return s.render(e, http.StatusOK, "signin", view)
}
