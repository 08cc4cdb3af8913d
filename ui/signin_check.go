package ui

import (
	"net/http"
	"strings"
	"sync"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/store"
)

// msgWrongCredentials is the one message for every failed sign-in, so the
// form never tells anyone which email addresses have accounts.
const msgWrongCredentials = "Enter a correct email address and password"

// signInCheck signs a staff member in with their email address and
// password, and sends them where they were going.
func (s *server) signInCheck(e *core.RequestEvent) error {
	email := strings.TrimSpace(e.Request.PostFormValue("email"))
	password := e.Request.PostFormValue("password")
	next := safeNext(e.Request.PostFormValue("next"))

	var errs Errors
	if email == "" {
		errs.Add("email", "Enter your email address")
	}
	if password == "" {
		errs.Add("password", "Enter your password")
	}
	if len(errs) == 0 {
		staff := s.authenticate(e.App, email, password)
		if staff != nil {
			return s.startSession(e, staff, next)
		}
		errs.Add("email", msgWrongCredentials)

		// The typed email address is personal data and may not belong to
		// anyone, so the log has only the count and where it came from.
		n := s.failedSignIns.Add(1)
		e.App.Logger().Info("Staff sign-in failed", "failedSignIns", n, "ip", e.RealIP())
	}

	// The password is never sent back, only the email address.
	view := signInView{Page: s.newPage(e, "Sign in", ""), Email: email, Next: next}
	view.Errors = errs
	return s.render(e, http.StatusUnprocessableEntity, "signin", view)
}

// authenticate returns the active staff member with this email address
// and password, or nil.
func (s *server) authenticate(app core.App, email, password string) *core.Record {
	staff, err := app.FindAuthRecordByEmail(store.Staff, email)
	if err != nil && email != strings.ToLower(email) {
		// NOTE: the lookup ignores case only when the email index is
		// COLLATE NOCASE; addresses are usually stored in lower case.
		staff, err = app.FindAuthRecordByEmail(store.Staff, strings.ToLower(email))
	}
	if err != nil {
		// Spend as long as a real check would, so that timing does not
		// tell an unknown address from a wrong password.
		s.decoy.check(app, password)
		return nil
	}
	if !staff.ValidatePassword(password) || !staff.GetBool(staffActive) {
		return nil
	}
	return staff
}

// startSession issues a staff auth token into the session cookie.
func (s *server) startSession(e *core.RequestEvent, staff *core.Record, next string) error {
	token, err := staff.NewAuthToken()
	if err != nil {
		return err
	}
	s.setCookie(e, sessionCookie, token)
	s.clearCookie(e, preSessionCookie)
	e.App.Logger().Info("Staff signed in", "recordId", staff.Id, "ip", e.RealIP())
	return e.Redirect(http.StatusSeeOther, next)
}

// decoyPassword is a password hash that matches nothing, checked when an
// email address has no account.
type decoyPassword struct {
	once   sync.Once
	record *core.Record
}

func (d *decoyPassword) check(app core.App, password string) {
	d.once.Do(func() {
		c, err := app.FindCachedCollectionByNameOrId(store.Staff)
		if err != nil {
			return
		}
		d.record = core.NewRecord(c)
		d.record.SetRandomPassword()
	})
	if d.record != nil {
		d.record.ValidatePassword(password)
	}
}
