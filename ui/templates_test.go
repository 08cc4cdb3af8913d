package ui

import (
	"strings"
	"testing"
)

func TestParsePages(t *testing.T) {
	t.Parallel()
	assets, err := newAssetSet()
	if err != nil {
		t.Fatal(err)
	}
	pages, err := parsePages(assets)
	if err != nil {
		t.Fatal(err)
	}

	for _, name := range []string{
		"signin", "dashboard", "error_not_found", "error_forbidden", "error_csrf", "error_server",
	} {
		if pages[name] == nil {
			t.Errorf("no page %q", name)
		}
	}
}

// TestRenderPages renders every page with a representative view model, so
// a template that refers to a missing field fails here.
func TestRenderPages(t *testing.T) {
	t.Parallel()
	assets, err := newAssetSet()
	if err != nil {
		t.Fatal(err)
	}
	pages, err := parsePages(assets)
	if err != nil {
		t.Fatal(err)
	}

	user := &Viewer{Name: "Ada Admin", RoleLabel: "LA administrator", Admin: true}
	page := Page{Title: "Test", User: user, CSRF: "token-123", Flash: "Saved"}
	for name, view := range sampleViews(page) {
		t.Run(name, func(t *testing.T) {
			body, err := pages.execute(name, view)
			if err != nil {
				t.Fatal(err)
			}
			html := string(body)
			for _, want := range []string{
				"<script>" + supportScript + "</script>",
				`class="govuk-template__body"`,
				`<main class="govuk-main-wrapper" id="main-content">`,
				`href="#main-content"`,
				"Ada Admin (LA administrator)",
				`action="/sign-out"`,
				`value="token-123"`,
				"Saved",
				`<script type="module" src="/static/app/app.mjs?v=`,
			} {
				if !strings.Contains(html, want) {
					t.Errorf("page lacks %q", want)
				}
			}
		})
	}
	for name := range pages {
		if _, ok := sampleViews(page)[name]; !ok {
			t.Errorf("page %q has no sample view to render", name)
		}
	}
}

// sampleViews returns a view model for every page, each embedding page.
func sampleViews(page Page) map[string]any {
	return map[string]any{
		"signin":          signInView{Page: page, Email: "a@example.test", Next: "/"},
		"dashboard":       page,
		"error_not_found": page,
		"error_forbidden": page,
		"error_csrf":      page,
		"error_server":    page,
		"term_list":       page,
	}
}
