package migrations_test

import (
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/openpep/openpep/app/store"
	_ "github.com/openpep/openpep/pb_migrations"
)

// TestAPIRules checks the collection API rules over /api/: nothing is
// readable without signing in as staff, nobody signs themselves up, and
// only LA administrators change staff or term dates.
func TestAPIRules(t *testing.T) {
	t.Parallel()
	dir := seed(t)
	tokens := map[string]string{}
	{
		app, err := tests.NewTestApp(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, role := range []string{store.RoleDT, store.RoleAdmin} {
			rec, err := app.FindAuthRecordByEmail(store.Staff, role+"@example.invalid")
			if err != nil {
				t.Fatal(err)
			}
			tokens[role], _ = rec.NewAuthToken()
		}
		app.Cleanup()
	}

	factory := func(t testing.TB) *tests.TestApp {
		app, err := tests.NewTestApp(dir)
		if err != nil {
			t.Fatal(err)
		}
		return app
	}
	auth := func(role string) map[string]string {
		return map[string]string{"Authorization": tokens[role]}
	}

	scenarios := []tests.ApiScenario{
		{
			Name: "a guest lists no children", Method: http.MethodGet,
			URL:            "/api/collections/children/records",
			ExpectedStatus: 200, ExpectedContent: []string{`"totalItems":0`},
		},
		{
			Name: "staff list children", Method: http.MethodGet,
			URL: "/api/collections/children/records", Headers: auth(store.RoleDT),
			ExpectedStatus: 200, ExpectedContent: []string{`"totalItems":1`, `"child_id":"R1"`},
		},
		{
			Name: "a guest cannot read the terms", Method: http.MethodGet,
			URL:            "/api/collections/terms/records",
			ExpectedStatus: 200, ExpectedContent: []string{`"totalItems":0`},
		},
		{
			Name: "nobody signs up as staff", Method: http.MethodPost,
			URL:            "/api/collections/staff/records",
			Body:           strings.NewReader(`{"email":"x@example.invalid","password":"long-enough-1","passwordConfirm":"long-enough-1","name":"X","role":"admin","active":true}`),
			ExpectedStatus: 400, ExpectedContent: []string{`"data":{}`},
		},
		{
			Name: "nobody signs up as a user", Method: http.MethodPost,
			URL:            "/api/collections/users/records",
			Body:           strings.NewReader(`{"email":"x@example.invalid","password":"long-enough-1","passwordConfirm":"long-enough-1"}`),
			ExpectedStatus: 403, ExpectedContent: []string{`"data":{}`},
		},
		{
			Name: "a designated teacher cannot make themselves admin", Method: http.MethodPatch,
			URL:     "/api/collections/staff/records/" + staffID(t, dir, store.RoleDT),
			Body:    strings.NewReader(`{"role":"admin"}`),
			Headers: auth(store.RoleDT), ExpectedStatus: 404, ExpectedContent: []string{`"data":{}`},
		},
		{
			Name: "a designated teacher cannot change term dates", Method: http.MethodPost,
			URL:            "/api/collections/closures/records",
			Body:           strings.NewReader(`{"date":"2025-01-06 00:00:00.000Z","reason":"x"}`),
			Headers:        auth(store.RoleDT),
			ExpectedStatus: 400, ExpectedContent: []string{`"data":{}`},
		},
		{
			Name: "an administrator can add a closure day", Method: http.MethodPost,
			URL:            "/api/collections/closures/records",
			Body:           strings.NewReader(`{"date":"2031-01-06 00:00:00.000Z","reason":"INSET day"}`),
			Headers:        auth(store.RoleAdmin),
			ExpectedStatus: 200, ExpectedContent: []string{`"reason":"INSET day"`},
		},
	}
	for _, s := range scenarios {
		s.TestAppFactory = factory
		s.Test(t)
	}
}

// seed makes a data directory with a child and a DT and an admin.
func seed(t *testing.T) string {
	t.Helper()
	app, err := tests.NewTestApp(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	children, _ := app.FindCollectionByNameOrId(store.Children)
	child := core.NewRecord(children)
	child.Set("child_id", "R1")
	if err := app.Save(child); err != nil {
		t.Fatal(err)
	}

	staff, _ := app.FindCollectionByNameOrId(store.Staff)
	for _, role := range []string{store.RoleDT, store.RoleAdmin} {
		r := core.NewRecord(staff)
		r.SetEmail(role + "@example.invalid")
		r.SetPassword("a-long-password")
		r.Set("name", role)
		r.Set("role", role)
		r.Set("active", true)
		if err := app.Save(r); err != nil {
			t.Fatal(err)
		}
	}
	// NewTestApp copied the empty directory; keep the copy for the
	// scenarios, each of which copies it again, and remove it at the end.
	dir := app.DataDir()
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := app.ResetBootstrapState(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func staffID(t *testing.T, dir, role string) string {
	t.Helper()
	app, err := tests.NewTestApp(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer app.Cleanup()
	rec, err := app.FindAuthRecordByEmail(store.Staff, role+"@example.invalid")
	if err != nil {
		t.Fatal(err)
	}
	return rec.Id
}
