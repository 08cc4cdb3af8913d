package ui

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestRoutes covers what each kind of visitor gets from the page routes.
func TestRoutes(t *testing.T) {
	t.Parallel()
	factory := func(t testing.TB) *tests.TestApp { return newTestApp(t) }

	scenarios := []tests.ApiScenario{
		{
			Name:           "anonymous dashboard redirects to sign in",
			Method:         http.MethodGet,
			URL:            "/",
			ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc:  expectHeader("Location", "/sign-in"),
		},
		{
			Name:           "anonymous deep link keeps where it was going",
			Method:         http.MethodGet,
			URL:            "/admin/terms?year=2025",
			ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: expectHeader("Location",
				"/sign-in?next="+url.QueryEscape("/admin/terms?year=2025")),
		},
		{
			Name:           "sign-in page",
			Method:         http.MethodGet,
			URL:            "/sign-in",
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"Sign in to OpenPEP", `name="csrf_token"`, `id="email"`, `id="password"`,
			},
			NotExpectedContent: []string{"Sign out"},
			AfterTestFunc:      expectHeader("X-Frame-Options", "DENY"),
		},
		{
			Name:           "unknown page",
			Method:         http.MethodGet,
			URL:            "/no-such-page",
			ExpectedStatus: http.StatusNotFound,
			ExpectedContent: []string{
				"<h1 class=\"govuk-heading-l\">Page not found</h1>", `href="/"`, `id="main-content"`,
			},
		},
		{
			Name:               "unknown API path keeps PocketBase's JSON 404",
			Method:             http.MethodGet,
			URL:                "/api/unknown",
			ExpectedStatus:     http.StatusNotFound,
			ExpectedContent:    []string{`"status":404`},
			NotExpectedContent: []string{"<html"},
			AfterTestFunc:      expectHeader("Content-Type", "application/json"),
		},
		{
			Name:               "known API route still works",
			Method:             http.MethodGet,
			URL:                "/api/health",
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{`"code":200`},
			NotExpectedContent: []string{"<html"},
		},
		{
			Name:               "session cookie does not sign API requests in",
			Method:             http.MethodGet,
			URL:                "/api/collections/schools/records",
			Headers:            sessionHeaders(fixture.adminToken),
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{`"totalItems":0`},
			NotExpectedContent: []string{"<html"},
		},
		{
			Name:               "signed-in dashboard",
			Method:             http.MethodGet,
			URL:                "/",
			Headers:            sessionHeaders(fixture.dtToken),
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"Dee Teacher (Designated teacher)", `action="/sign-out"`},
			NotExpectedContent: []string{`href="/admin/terms"`},
		},
		{
			Name:            "admin sees the term dates link",
			Method:          http.MethodGet,
			URL:             "/",
			Headers:         sessionHeaders(fixture.adminToken),
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"Ada Admin (LA administrator)", `href="/admin/terms"`},
		},
		{
			Name:            "admin page refuses a designated teacher",
			Method:          http.MethodGet,
			URL:             "/admin/terms",
			Headers:         sessionHeaders(fixture.dtToken),
			ExpectedStatus:  http.StatusForbidden,
			ExpectedContent: []string{"You do not have permission to see this page"},
		},
		{
			Name:            "admin page lets an administrator in",
			Method:          http.MethodGet,
			URL:             "/admin/terms",
			Headers:         sessionHeaders(fixture.adminToken),
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"Term dates"},
		},
		{
			Name:           "a bad session cookie is cleared",
			Method:         http.MethodGet,
			URL:            "/",
			Headers:        sessionHeaders("not-a-token"),
			ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc:  expectCookieCleared(sessionCookie),
		},
		{
			Name:   "a bearer token does not sign pages in",
			Method: http.MethodGet,
			URL:    "/",
			Headers: map[string]string{
				"Authorization": fixture.adminToken,
			},
			ExpectedStatus: http.StatusSeeOther,
		},
		{
			Name:   "POST without a CSRF token is refused",
			Method: http.MethodPost,
			URL:    "/sign-out",
			Headers: map[string]string{
				"Cookie":       sessionCookie + "=" + fixture.dtToken,
				"Content-Type": "application/x-www-form-urlencoded",
			},
			Body:            strings.NewReader("x=1"),
			ExpectedStatus:  http.StatusForbidden,
			ExpectedContent: []string{"Your form could not be sent", "Go back, reload the page"},
		},
		{
			Name:   "anonymous POST to sign in without a token is refused",
			Method: http.MethodPost,
			URL:    "/sign-in",
			Headers: map[string]string{
				"Content-Type": "application/x-www-form-urlencoded",
			},
			Body:            strings.NewReader("email=" + url.QueryEscape(adminEmail) + "&password=x"),
			ExpectedStatus:  http.StatusForbidden,
			ExpectedContent: []string{"Your form could not be sent"},
		},
	}
	for _, s := range scenarios {
		s.TestAppFactory = factory
		s.Test(t)
	}
}

func expectHeader(name, want string) func(testing.TB, *tests.TestApp, *http.Response) {
	return func(t testing.TB, _ *tests.TestApp, res *http.Response) {
		if got := res.Header.Get(name); got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
}

func expectCookieCleared(name string) func(testing.TB, *tests.TestApp, *http.Response) {
	return func(t testing.TB, _ *tests.TestApp, res *http.Response) {
		for _, c := range res.Cookies() {
			if c.Name == name && c.MaxAge < 0 {
				return
			}
		}
		t.Errorf("cookie %s was not cleared", name)
	}
}

func TestSignIn(t *testing.T) {
	t.Parallel()
	srv := startServer(t, newTestApp(t))

	scenarios := []struct {
		name     string
		email    string
		password string
		messages []string
	}{
		{"blank form", "", "", []string{"Enter your email address", "Enter your password"}},
		{"blank password", adminEmail, "", []string{"Enter your password"}},
		{"wrong password", adminEmail, "wrong", []string{msgWrongCredentials}},
		{"unknown email", "nobody@example.test", testPassword, []string{msgWrongCredentials}},
		{"inactive account", inactiveEmail, testPassword, []string{msgWrongCredentials}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			c := newClient(t, srv)
			_, body := c.get("/sign-in")
			res, body := c.post("/sign-in", url.Values{
				"csrf_token": {csrfFrom(t, body)}, "email": {s.email}, "password": {s.password},
			})
			if res.StatusCode != http.StatusUnprocessableEntity {
				t.Fatalf("status %d", res.StatusCode)
			}
			for _, m := range s.messages {
				if strings.Count(body, m) != 2 {
					t.Errorf("want %q in the summary and beside its field", m)
				}
			}
			for _, want := range []string{
				"<title>Error: Sign in", "govuk-error-summary",
				`value="` + s.email + `"`, `aria-describedby="`,
			} {
				if !strings.Contains(body, want) {
					t.Errorf("page lacks %q", want)
				}
			}
			if s.password != "" && strings.Contains(body, s.password) {
				t.Error("page shows the password typed")
			}
			for _, ck := range res.Cookies() {
				if ck.Name == sessionCookie && ck.Value != "" {
					t.Error("failed sign-in set a session cookie")
				}
			}
		})
	}
}

func TestSignInAndOut(t *testing.T) {
	t.Parallel()
	srv := startServer(t, newTestApp(t))
	c := newClient(t, srv)

	_, body := c.get("/sign-in?next=" + url.QueryEscape("/admin/terms"))
	res, _ := c.post("/sign-in", url.Values{
		"csrf_token": {csrfFrom(t, body)}, "email": {strings.ToUpper(adminEmail)},
		"password": {testPassword}, "next": {"/admin/terms"},
	})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/admin/terms" {
		t.Fatalf("sign in: status %d to %q", res.StatusCode, res.Header.Get("Location"))
	}
	checkSessionCookie(t, res)

	res, body = c.get("/admin/terms")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "Ada Admin") {
		t.Fatalf("after sign in: status %d", res.StatusCode)
	}

	res, _ = c.post("/sign-out", url.Values{"csrf_token": {csrfFrom(t, body)}})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/sign-in" {
		t.Fatalf("sign out: status %d to %q", res.StatusCode, res.Header.Get("Location"))
	}

	res, body = c.get("/sign-in")
	if !strings.Contains(body, "You have signed out") {
		t.Error("no sign-out message")
	}
	if res, _ = c.get("/"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("after sign out the dashboard gave %d", res.StatusCode)
	}
}

func checkSessionCookie(t *testing.T, res *http.Response) {
	t.Helper()
	for _, ck := range res.Cookies() {
		if ck.Name != sessionCookie {
			continue
		}
		if ck.Value == "" || !ck.HttpOnly || ck.SameSite != http.SameSiteLaxMode || ck.Path != "/" {
			t.Errorf("session cookie %v: want a value, HttpOnly, SameSite=Lax and Path=/", ck)
		}
		if ck.Secure {
			t.Error("session cookie is Secure on plain HTTP without SecureCookies")
		}
		return
	}
	t.Error("no session cookie")
}

func TestCSRFTokenIsBoundToTheSession(t *testing.T) {
	t.Parallel()
	srv := startServer(t, newTestApp(t))

	a := newClient(t, srv)
	a.signIn(adminEmail)
	_, body := a.get("/")
	tokenA := csrfFrom(t, body)

	b := newClient(t, srv)
	b.signIn(dtEmail)
	res, _ := b.post("/sign-out", url.Values{"csrf_token": {tokenA}})
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("another session's token gave %d, want 403", res.StatusCode)
	}
}

func TestSafeNext(t *testing.T) {
	t.Parallel()
	scenarios := []struct{ next, want string }{
		{"", "/"},
		{"/", "/"},
		{"/children/abc?asof=2025-01-01", "/children/abc?asof=2025-01-01"},
		{"//evil.example/", "/"},
		{"/\\evil.example", "/"},
		{"https://evil.example/", "/"},
		{"javascript:alert(1)", "/"},
		{"children", "/"},
		{"/sign-in", "/"},
		{"/api/collections/staff/records", "/"},
		{"/_/", "/"},
		{"/ok\r\nSet-Cookie: x", "/"},
	}
	for _, s := range scenarios {
		if got := safeNext(s.next); got != s.want {
			t.Errorf("safeNext(%q) = %q, want %q", s.next, got, s.want)
		}
	}
}
