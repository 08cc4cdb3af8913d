package ui

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/schedule"
)

//go:embed templates
var templateFiles embed.FS

// supportScript is the inline script GOV.UK Frontend asks for at the top
// of <body>: it marks the page as able to run the components' JavaScript
// before any of it loads, so enhanced styles apply without a flicker. The
// layout repeats it verbatim; the Content-Security-Policy allows it by
// hash (see supportScriptHash) and a test checks the two agree.
const supportScript = `document.body.className += ' js-enabled' + ` +
	`('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');`

// supportScriptHash is the CSP source expression for supportScript.
var supportScriptHash = func() string {
	sum := sha256.Sum256([]byte(supportScript))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}()

// pageSet holds one parsed template per page, each the layout and the
// shared partials plus that page's "content".
type pageSet map[string]*template.Template

// parsePages parses every page under templates/pages once.
func parsePages(assets *assetSet) (pageSet, error) {
	funcs := template.FuncMap{
		"asset":          assets.URL,
		"statusLabel":    statusLabel,
		"statusClass":    statusClass,
		"bandLabel":      bandLabel,
		"kindLabel":      kindLabel,
		"ncyLabel":       schedule.NCYLabel,
		"code":           codeText,
		"pepStatusLabel": pepStatusLabel,
		"pepSourceLabel": pepSourceLabel,
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFiles,
		"templates/layout.html", "templates/partials/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}

	names, err := fs.Glob(templateFiles, "templates/pages/*.html")
	if err != nil {
		return nil, err
	}

	pages := pageSet{}
	for _, name := range names {
		t, err := template.Must(base.Clone()).ParseFS(templateFiles, name)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		pages[strings.TrimSuffix(path.Base(name), ".html")] = t
	}
	return pages, nil
}

// execute renders page name with view into a buffer, so that a template
// error never leaves half a page on the wire.
func (p pageSet) execute(name string, view any) ([]byte, error) {
	t, ok := p[name]
	if !ok {
		return nil, fmt.Errorf("no page template %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", view); err != nil {
		return nil, fmt.Errorf("render %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// render writes page name with view as the response.
func (s *server) render(e *core.RequestEvent, status int, name string, view any) error {
	body, err := s.pages.execute(name, view)
	if err != nil {
		return err
	}
	e.Response.Header().Set("Content-Type", "text/html; charset=utf-8")
	e.Response.WriteHeader(status)
	if e.Request.Method == http.MethodHead {
		return nil
	}
	_, err = e.Response.Write(body)
	return err
}
