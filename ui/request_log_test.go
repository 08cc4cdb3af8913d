package ui

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/logger"

	"github.com/openpep/openpep/app/store"
)

// TestLogsHoldNoPersonalData signs in wrongly, searches for a name on
// every page and has one page fail, then checks that nothing logged at
// Info or above holds the typed email addresses, the password or the name.
func TestLogsHoldNoPersonalData(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	// NewTestApp turns logging off; the logs are read back from the
	// database, and written there only while they are kept.
	app.Settings().Logs.MaxDays = 1
	t.Cleanup(func() { app.Settings().Logs.MaxDays = 0 })
	srv := startServer(t, app)
	c := newClient(t, srv)

	const (
		unknownEmail = "nobody.here@example.test"
		password     = "wrong password Zebedee"
		name         = "Zebedee"
	)
	_, body := c.get("/sign-in?next=" + url.QueryEscape("/?q="+name))
	token := csrfFrom(t, body)
	for _, email := range []string{unknownEmail, dtEmail} {
		c.post("/sign-in", url.Values{"csrf_token": {token}, "email": {email}, "password": {password}})
	}

	c.signIn(dtEmail)
	for _, path := range []string{
		"/?q=" + name,
		"/?q=" + name + "&page=99999",
		"/schools?q=" + name,
		"/children/" + fixture.children[0] + "?q=" + name,
		"/children/nosuchchild?q=" + name,
		"/no-such-page?q=" + name,
	} {
		c.get(path)
	}
	if _, err := app.DB().DropTable(store.Requirements).Execute(); err != nil {
		t.Fatal(err)
	}
	c.get("/?q=" + name)

	// PocketBase writes its request log from a goroutine; a failed API
	// request, logged after every page request, marks the end.
	c.get("/api/no-such-route?end=1")
	logs := waitForLog(t, app, "/api/no-such-route?end=1")

	failed := 0
	for _, l := range logs {
		data, err := json.Marshal(l.Data)
		if err != nil {
			t.Fatal(err)
		}
		entry := l.Message + " " + string(data)
		for _, secret := range []string{unknownEmail, dtEmail, name} {
			if strings.Contains(entry, secret) {
				t.Errorf("log at level %d holds %q: %s", l.Level, secret, entry)
			}
		}
		if l.Message == "Staff sign-in failed" {
			failed++
			if l.Level != 0 || l.Data["ip"] != "127.0.0.1" || l.Data["failedSignIns"] != float64(failed) {
				t.Errorf("failed sign-in %d logged as %d %s", failed, l.Level, entry)
			}
		}
	}
	if failed != 2 {
		t.Errorf("%d failed sign-ins logged, want 2", failed)
	}
}

// waitForLog writes app's pending logs to its database until one has
// message, and returns every log at Info or above, oldest first.
func waitForLog(t *testing.T, app *tests.TestApp, message string) []*core.Log {
	t.Helper()
	handler, ok := app.Logger().Handler().(*logger.BatchHandler)
	if !ok {
		t.Fatalf("app logger handler is %T", app.Logger().Handler())
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		if err := handler.WriteAll(context.Background()); err != nil {
			t.Fatal(err)
		}
		var logs []*core.Log
		err := app.LogQuery().Where(dbx.NewExp("level >= 0")).OrderBy("rowid").All(&logs)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range logs {
			if strings.Contains(l.Message, message) {
				return logs
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no log %q within 10s", message)
	return nil
}
