package ui

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/openpep/openpep/app/store"
	_ "github.com/openpep/openpep/pb_migrations"
)

// Staff in the test data directory. Passwords are made up for tests.
const (
	adminEmail    = "admin@example.test"
	dtEmail       = "dt@example.test"
	inactiveEmail = "gone@example.test"
	testPassword  = "correct horse battery"
)

// fixture is a data directory with the migrations applied and staff
// created, built once; each test works on its own copy of it.
var fixture struct {
	dir        string
	adminToken string // session tokens valid in every copy
	dtToken    string
	children   []string // record ids of seedChildren, in order
	schools    []string // record ids of seedSchools, in order
}

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	if err := buildFixture(); err != nil {
		fmt.Fprintln(os.Stderr, "build test fixture:", err)
		return 1
	}
	defer os.RemoveAll(fixture.dir)
	return m.Run()
}

func buildFixture() error {
	empty, err := os.MkdirTemp("", "openpep-ui-empty-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(empty)

	app, err := tests.NewTestApp(empty)
	if err != nil {
		return err
	}

	staff := []struct {
		email, name, role string
		active            bool
		token             *string
	}{
		{adminEmail, "Ada Admin", store.RoleAdmin, true, &fixture.adminToken},
		{dtEmail, "Dee Teacher", store.RoleDT, true, &fixture.dtToken},
		{inactiveEmail, "Gone Away", store.RoleSW, false, nil},
	}
	for _, s := range staff {
		r, err := createStaff(app, s.email, s.name, s.role, s.active)
		if err != nil {
			return err
		}
		if s.token != nil {
			if *s.token, err = r.NewAuthToken(); err != nil {
				return err
			}
		}
	}
	if err := seedFixture(app); err != nil {
		return err
	}

	// Keep the directory: close the databases without Cleanup.
	fixture.dir = app.DataDir()
	return app.ResetBootstrapState()
}

func createStaff(app core.App, email, name, role string, active bool) (*core.Record, error) {
	c, err := app.FindCollectionByNameOrId(store.Staff)
	if err != nil {
		return nil, err
	}
	r := core.NewRecord(c)
	r.SetEmail(email)
	r.SetPassword(testPassword)
	r.Set(staffName, name)
	r.Set(staffRole, role)
	r.Set(staffActive, active)
	return r, app.Save(r)
}

// newTestApp returns a copy of the fixture with the UI registered.
func newTestApp(t testing.TB) *tests.TestApp {
	t.Helper()
	app, err := tests.NewTestApp(fixture.dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Cleanup)
	Register(app)
	return app
}

// startServer serves app's routes, as `openpep serve` would, on a loopback
// port.
func startServer(t testing.TB, app core.App) *httptest.Server {
	t.Helper()
	r, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}

	var handler http.Handler
	se := &core.ServeEvent{App: app, Router: r}
	err = app.OnServe().Trigger(se, func(e *core.ServeEvent) error {
		handler, err = e.Router.BuildMux()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}

	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return srv
}

// client is a cookie-keeping HTTP client that does not follow redirects.
type client struct {
	t    testing.TB
	base string
	http *http.Client
}

func newClient(t testing.TB, srv *httptest.Server) *client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &client{t: t, base: srv.URL, http: &http.Client{
		Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}}
}

func (c *client) do(req *http.Request) (*http.Response, string) {
	c.t.Helper()
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return res, string(b)
}

func (c *client) get(path string) (*http.Response, string) {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.do(req)
}

func (c *client) post(path string, form url.Values) (*http.Response, string) {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(form.Encode()))
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

var csrfPattern = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

// csrfFrom returns the CSRF token of the first form in body.
func csrfFrom(t testing.TB, body string) string {
	t.Helper()
	m := csrfPattern.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no CSRF token in page:\n%s", body)
	}
	return m[1]
}

// signIn signs c in through the sign-in form and checks it worked.
func (c *client) signIn(email string) {
	c.t.Helper()
	_, body := c.get("/sign-in")
	res, body := c.post("/sign-in", url.Values{
		"csrf_token": {csrfFrom(c.t, body)}, "email": {email}, "password": {testPassword},
	})
	if res.StatusCode != http.StatusSeeOther {
		c.t.Fatalf("sign in as %s: status %d\n%s", email, res.StatusCode, body)
	}
}

// sessionHeaders returns request headers that carry token as the session
// cookie, for scenarios.
func sessionHeaders(token string) map[string]string {
	return map[string]string{"Cookie": sessionCookie + "=" + token}
}
