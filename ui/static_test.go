package ui

import (
	"bytes"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// govukFrontendVersion is the version package.json pins.
const govukFrontendVersion = "6.6.0"

func TestStaticAssetsVersion(t *testing.T) {
	t.Parallel()
	css, err := fs.ReadFile(staticFiles, "static/govuk/govuk-frontend.min.css")
	if err != nil {
		t.Fatal(err)
	}
	if want := `--govuk-frontend-version:"` + govukFrontendVersion + `"`; !bytes.Contains(css, []byte(want)) {
		t.Errorf("embedded CSS does not name GOV.UK Frontend %s", govukFrontendVersion)
	}
	if bytes.Contains(css, []byte("url(/assets/")) {
		t.Error("embedded CSS still points at /assets/; run npm run copy-assets")
	}

	js, err := fs.ReadFile(staticFiles, "static/govuk/govuk-frontend.min.js")
	if err != nil {
		t.Fatal(err)
	}
	if want := `version="` + govukFrontendVersion + `"`; !bytes.Contains(js, []byte(want)) {
		t.Errorf("embedded JavaScript is not GOV.UK Frontend %s", govukFrontendVersion)
	}
}

// TestStaticAssetsMatchNodeModules checks the committed copy against the
// installed package, when there is one (after npm ci).
func TestStaticAssetsMatchNodeModules(t *testing.T) {
	t.Parallel()
	dist := filepath.Join("..", "node_modules", "govuk-frontend", "dist", "govuk")
	if _, err := os.Stat(dist); errors.Is(err, fs.ErrNotExist) {
		t.Skip("node_modules/govuk-frontend is not installed")
	}

	scenarios := []struct{ installed, embedded string }{
		{"govuk-frontend.min.css", "govuk/govuk-frontend.min.css"},
		{"govuk-frontend.min.js", "govuk/govuk-frontend.min.js"},
		{"assets/manifest.json", "govuk/assets/manifest.json"},
		{"assets/fonts/bold-b542beb274-v2.woff2", "govuk/assets/fonts/bold-b542beb274-v2.woff2"},
		{"assets/images/favicon.svg", "govuk/assets/images/favicon.svg"},
	}
	for _, s := range scenarios {
		t.Run(s.embedded, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dist, s.installed))
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(s.installed, ".css") {
				want = bytes.ReplaceAll(want, []byte("url(/assets/"), []byte("url(/static/govuk/assets/"))
			}
			got, err := fs.ReadFile(staticFiles, "static/"+s.embedded)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("ui/static/%s differs from node_modules; run npm run copy-assets", s.embedded)
			}
		})
	}
}

func TestServeStatic(t *testing.T) {
	t.Parallel()
	app := newTestApp(t)
	srv := startServer(t, app)
	c := newClient(t, srv)

	assets, err := newAssetSet()
	if err != nil {
		t.Fatal(err)
	}

	scenarios := []struct {
		name        string
		path        string
		status      int
		cache       string
		contentType string
	}{
		{"versioned CSS", assets.URL("govuk/govuk-frontend.min.css"), 200, cacheForever, "text/css"},
		{"unversioned CSS", "/static/govuk/govuk-frontend.min.css", 200, cacheOneDay, "text/css"},
		{"module", assets.URL("app/app.mjs"), 200, cacheForever, "javascript"},
		{"font", "/static/govuk/assets/fonts/bold-b542beb274-v2.woff2", 200, cacheForever, "font/woff2"},
		{"missing", "/static/nope.css", 404, "", ""},
		{"directory", "/static/govuk/", 404, "", ""},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			res, _ := c.get(s.path)
			if res.StatusCode != s.status {
				t.Fatalf("status %d, want %d", res.StatusCode, s.status)
			}
			if s.status != http.StatusOK {
				return
			}
			if got := res.Header.Get("Cache-Control"); got != s.cache {
				t.Errorf("Cache-Control %q, want %q", got, s.cache)
			}
			if got := res.Header.Get("Content-Type"); !strings.Contains(got, s.contentType) {
				t.Errorf("Content-Type %q, want %q", got, s.contentType)
			}
		})
	}
}
