package hooks_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/openpep/openpep/hooks"
)

// TestLogRedaction saves a request log entry as PocketBase's logger does
// and reads it back: the filter naming a child is gone, the path stays.
func TestLogRedaction(t *testing.T) {
	app, err := tests.NewTestApp(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Cleanup()
	hooks.Register(app)

	l := &core.Log{Message: "GET /api/collections/children/records", Level: 0}
	l.Data = map[string]any{
		"url":     "/api/collections/children/records?filter=surname%3D%27Price%27",
		"referer": "http://127.0.0.1:8090/?search=Zain+Price",
		"method":  "GET",
		"details": `invalid quoted text "'Price"`,
	}
	if err := app.AuxSave(l); err != nil {
		t.Fatal(err)
	}

	var got core.Log
	if err := app.AuxModelQuery(&core.Log{}).Where(nil).One(&got); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"url":     "/api/collections/children/records?[removed]",
		"referer": "http://127.0.0.1:8090/?[removed]",
		"method":  "GET",
		"details": "[removed]",
	}
	for k, v := range want {
		if got.Data[k] != v {
			t.Errorf("%s = %v, want %q", k, got.Data[k], v)
		}
	}
}
