package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// signOut ends the session and shows the sign-in page.
//
// NOTE: the session is a stateless PocketBase token; clearing the cookie
// ends it in this browser, and the token itself expires with the staff
// collection's auth token duration.
func (s *server) signOut(e *core.RequestEvent) error {
	s.clearCookie(e, sessionCookie)
	if e.Auth != nil {
		e.App.Logger().Info("Staff signed out", "recordId", e.Auth.Id)
	}
	s.setFlash(e, "You have signed out")
	return e.Redirect(http.StatusSeeOther, "/sign-in")
}
