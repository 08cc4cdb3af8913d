package ui

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"github.com/openpep/openpep/app/store"
)

// Cookie names.
const (
	sessionCookie    = "openpep_session" // a staff auth token
	preSessionCookie = "openpep_presession"
	flashCookie      = "openpep_flash"
)

// Staff fields the UI reads.
//
// NOTE: app/store names collections but not yet their fields; these move
// there when it does.
const (
	staffName   = "name"
	staffRole   = "role"
	staffActive = "active"
)

// sessionLoaderId names the middleware that signs page requests in from
// the session cookie.
const sessionLoaderId = "openpepSessionLoader"

// isAPIPath reports whether p belongs to PocketBase's REST API.
func isAPIPath(p string) bool {
	return p == "/api" || strings.HasPrefix(p, "/api/")
}

// isPagePath reports whether p is one of the staff UI's pages: not the
// API, not PocketBase's dashboard and not a static file.
func isPagePath(p string) bool {
	return !isAPIPath(p) && p != "/_" && !strings.HasPrefix(p, "/_/") &&
		!strings.HasPrefix(p, staticPrefix)
}

// sessionLoader signs a page request in from the session cookie.
//
// NOTE: PocketBase reads auth only from the Authorization header, in its
// own pbLoadAuthToken middleware. This one must run first (a lower
// priority number) so that e.Auth is set before that loader looks.
func (s *server) sessionLoader() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id:       sessionLoaderId,
		Priority: apis.DefaultLoadAuthTokenMiddlewarePriority - 1,
		Func: func(e *core.RequestEvent) error {
			if !isPagePath(e.Request.URL.Path) {
				return e.Next()
			}

			// Pages trust the cookie alone, so that a page's CSRF check
			// always covers the credential that signed the request in.
			e.Request.Header.Del("Authorization")

			if staff := s.staffFromCookie(e); staff != nil {
				e.Auth = staff
			}
			return e.Next()
		},
	}
}

// staffFromCookie returns the active staff member whose token the session
// cookie holds. A cookie that no longer signs anyone in is cleared.
func (s *server) staffFromCookie(e *core.RequestEvent) *core.Record {
	c, err := e.Request.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil
	}

	record, err := e.App.FindAuthRecordByToken(c.Value, core.TokenTypeAuth)
	if err != nil || record.Collection().Name != store.Staff || !record.GetBool(staffActive) {
		s.clearCookie(e, sessionCookie)
		return nil
	}
	return record
}

// setCookie writes an HttpOnly, SameSite=Lax cookie for the whole site
// that lasts as long as the browser session.
func (s *server) setCookie(e *core.RequestEvent, name, value string) {
	e.SetCookie(&http.Cookie{
		Name:     name,
		Value:    value,
		Path:     "/",
		HttpOnly: true,
		Secure:   s.opts.SecureCookies || e.IsTLS(),
		SameSite: http.SameSiteLaxMode,
	})
}

// clearCookie tells the browser to forget the cookie name.
func (s *server) clearCookie(e *core.RequestEvent, name string) {
	e.SetCookie(&http.Cookie{
		Name:     name,
		Value:    "",
		Path:     "/",
		MaxAge:   -1,
		HttpOnly: true,
		Secure:   s.opts.SecureCookies || e.IsTLS(),
		SameSite: http.SameSiteLaxMode,
	})
}

// requireStaff sends anyone not signed in to the sign-in page, which
// brings them back to where they were going.
func (s *server) requireStaff() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "openpepRequireStaff",
		Func: func(e *core.RequestEvent) error {
			if e.Auth != nil {
				return e.Next()
			}
			next := e.Request.URL.Path
			if e.Request.Method == http.MethodGet && e.Request.URL.RawQuery != "" {
				next += "?" + e.Request.URL.RawQuery
			}
			target := "/sign-in"
			if next != "/" {
				target += "?" + url.Values{"next": {next}}.Encode()
			}
			return e.Redirect(http.StatusSeeOther, target)
		},
	}
}

// requireAdmin refuses anyone but LA administrators.
func (s *server) requireAdmin() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "openpepRequireAdmin",
		Func: func(e *core.RequestEvent) error {
			if e.Auth == nil || e.Auth.GetString(staffRole) != store.RoleAdmin {
				return errForbidden
			}
			return e.Next()
		},
	}
}

// safeNext returns next when it is a path on this site to return to after
// signing in, and "/" otherwise: never another site, never the sign-in
// page itself.
func safeNext(next string) string {
	if next == "" || next[0] != '/' || strings.HasPrefix(next, "//") ||
		strings.ContainsAny(next, "\\\r\n\t") {
		return "/"
	}

	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil ||
		!isPagePath(u.Path) || u.Path == "/sign-in" || u.Path == "/sign-out" {
		return "/"
	}
	return next
}
