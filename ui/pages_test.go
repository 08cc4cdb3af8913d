package ui

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/openpep/openpep/app/store"
)

// asOf is a day in the example calendar's autumn term 2025/26: Sam Taylor's
// termly PEP is due and Alex Morgan's initial PEP is 33 days overdue.
const asOf = "as-of-day=3&as-of-month=11&as-of-year=2025"

func TestPages(t *testing.T) {
	t.Parallel()
	factory := func(t testing.TB) *tests.TestApp { return newTestApp(t) }
	admin := sessionHeaders(fixture.adminToken)
	dt := sessionHeaders(fixture.dtToken)

	scenarios := []tests.ApiScenario{
		{
			Name:           "dashboard counts and lists children",
			URL:            "/?" + asOf,
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"Autumn term 2025/26", "PEPs as at 3 November 2025",
				`<span class="app-count-card__number">1</span> Overdue`,
				`<span class="app-count-card__number">1</span> Over 28 days overdue`,
				"status=overdue", "band=over&#43;28\"",
				"Alex Morgan", "Sam Taylor", "Riverside Academy", "Year 9",
				`govuk-tag--red">Overdue`, `govuk-tag--blue">Due`, ">33<",
				`<caption class="govuk-table__caption`, `scope="col"`, `scope="row"`,
				`aria-sort="none"`,
			},
			NotExpectedContent: []string{"No children match", "No data yet"},
		},
		{
			Name:           "dashboard says the term's dates are an example",
			URL:            "/?" + asOf,
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				`<div class="govuk-notification-banner" role="region"`,
				"The Autumn term 2025/26 dates are an example that comes with OpenPEP, not your authority’s own.",
				"Ask an administrator to load your authority’s term dates.",
			},
			NotExpectedContent: []string{`href="/admin/terms"`},
		},
		{
			Name:           "dashboard sends an administrator to load the term dates",
			URL:            "/?" + asOf,
			Headers:        admin,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"The Autumn term 2025/26 dates are an example",
				`<a class="govuk-notification-banner__link" href="/admin/terms">Load your authority’s term dates</a>.`,
			},
			NotExpectedContent: []string{"Ask an administrator"},
		},
		{
			// The example calendar starts in September 2014.
			Name:           "dashboard before any term dates",
			URL:            "/?as-of-day=1&as-of-month=1&as-of-year=2010",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"No term dates loaded",
				`<p class="govuk-notification-banner__heading">No term dates are loaded for 1 January 2010:`,
			},
			NotExpectedContent: []string{"dates are an example"},
		},
		{
			Name:           "dashboard past the last page",
			URL:            "/?" + asOf + "&page=99999",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"There is no page 99999: there are 2 children on 1 page.",
				`<a class="govuk-link" href="?` + asOfAmp + `">Go to the last page</a>`,
			},
			NotExpectedContent: []string{"No child has a PEP due this term", "<tbody"},
		},
		{
			Name:           "dashboard past the last page of a filter",
			URL:            "/?" + asOf + "&status=overdue&page=2",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"There is no page 2: there is 1 child on 1 page.",
				`href="?` + asOfAmp + `&amp;status=overdue">Go to the last page`,
			},
			NotExpectedContent: []string{"No children match", "<tbody"},
		},
		{
			Name:               "dashboard filtered by status",
			URL:                "/?" + asOf + "&status=overdue",
			Headers:            dt,
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"Alex Morgan", "Clear filters", `<option value="overdue" selected>`},
			NotExpectedContent: []string{"Sam Taylor"},
		},
		{
			Name:               "dashboard filtered by social worker and school",
			URL:                "/?" + asOf + "&sw=Jo+Case&school=" + fixture.schools[0],
			Headers:            dt,
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"Sam Taylor", "Clear filters"},
			NotExpectedContent: []string{"Alex Morgan"},
		},
		{
			Name:               "dashboard filtered by band",
			URL:                "/?" + asOf + "&band=over+28",
			Headers:            dt,
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"Alex Morgan", "Clear filters", `<option value="over 28" selected>`},
			NotExpectedContent: []string{"Sam Taylor"},
		},
		{
			Name:               "dashboard search by child id",
			URL:                "/?" + asOf + "&q=C1001",
			Headers:            dt,
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"Sam Taylor"},
			NotExpectedContent: []string{"Alex Morgan"},
		},
		{
			Name:           "dashboard sorted by name descending",
			URL:            "/?" + asOf + "&sort=-name",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				`aria-sort="descending"><a class="govuk-link app-sort-link" href="?` + asOfAmp + `&amp;sort=name">Child`,
			},
		},
		{
			Name:               "dashboard with no match",
			URL:                "/?" + asOf + "&ks=KS5",
			Headers:            dt,
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"No children match these filters", "Clear the filters"},
			NotExpectedContent: []string{"<tbody"},
		},
		{
			Name:           "dashboard with an impossible date",
			URL:            "/?as-of-day=31&as-of-month=2&as-of-year=2025",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"There is a problem", `href="#as-of-day"`, "The date must be a real date",
				`value="31"`, "govuk-input--error",
			},
		},
		{
			Name:    "dashboard before any import",
			URL:     "/",
			Headers: dt,
			BeforeTestFunc: func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
				if _, err := app.DB().Delete(store.Children, nil).Execute(); err != nil {
					t.Fatal(err)
				}
			},
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"No data yet: import your SSDA903 files with <code>openpep import ssda903</code>"},
			NotExpectedContent: []string{"<tbody"},
		},
		{
			Name:    "a failure shows the service problem page",
			URL:     "/",
			Headers: dt,
			BeforeTestFunc: func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
				if _, err := app.DB().DropTable(store.Requirements).Execute(); err != nil {
					t.Fatal(err)
				}
			},
			ExpectedStatus:     http.StatusInternalServerError,
			ExpectedContent:    []string{"Sorry, there is a problem with the service", "Dee Teacher"},
			NotExpectedContent: []string{"SQL", "requirements"},
		},
		{
			Name:           "child page",
			URL:            "/children/" + fixture.children[0] + "?" + asOf,
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"<h1 class=\"govuk-heading-l\">Sam Taylor</h1>", "C1001", "10 May 2016", "A123456789012",
				"Hilltop Primary School (URN 100001)", "Jo Case", "Year 5", "Year 4",
				"Does not match the date of birth",
				"Initial PEP", "19 February 2024", "Completed on time", "20 school days after 15 January 2024",
				"2025/26 autumn", "C2: Full care order", "N1: Abuse or neglect", "S: Started to be looked after",
				"PN1: Attended and spoke for themselves", "Still in care",
				"15 January 2024</td>", ">Open</td>",
			},
			NotExpectedContent: []string{"fter the as-of date"},
		},
		{
			Name:               "child page for a child who left care",
			URL:                "/children/" + fixture.children[2],
			Headers:            dt,
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"Child C1003", "E13: Left care", "Not known", "30 June 2024</td>"},
			NotExpectedContent: []string{"Does not match", "fter the as-of date"},
		},
		{
			// C1003's one episode ran from 1 February 2023 to 30 June 2024.
			Name:           "child page as at a date inside an episode that ended later",
			URL:            "/children/" + fixture.children[2] + "?as-of-day=1&as-of-month=1&as-of-year=2024",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"1 February 2023</td>", "30 June 2024 (after the as-of date)</td>",
			},
			NotExpectedContent: []string{"After the as-of date"},
		},
		{
			Name:           "child page as at a date before any episode",
			URL:            "/children/" + fixture.children[2] + "?as-of-day=1&as-of-month=1&as-of-year=2023",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				`1 February 2023<br><strong class="govuk-tag govuk-tag--grey">After the as-of date</strong></td>`,
				"30 June 2024 (after the as-of date)</td>",
			},
		},
		{
			Name:            "unknown child",
			URL:             "/children/nosuchchild",
			Headers:         dt,
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{"Page not found"},
		},
		{
			Name:           "schools list",
			URL:            "/schools",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"Hilltop Primary School", "100001", "8882001", "Primary", "Riverside Academy",
				"Children on roll</th>",
				`<td class="govuk-table__cell govuk-table__cell--numeric">1</td>`,
				`<a class="govuk-link" href="/?school=` + fixture.schools[0] + `">View PEPs this term` +
					`<span class="govuk-visually-hidden"> at Hilltop Primary School</span></a>`,
			},
			NotExpectedContent: []string{"1 children", "children at"},
		},
		{
			Name:           "schools past the last page",
			URL:            "/schools?page=99999",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"There is no page 99999: there are 2 schools on 1 page.",
				`<a class="govuk-link" href="?">Go to the last page</a>`,
			},
			NotExpectedContent: []string{"No schools yet", "<tbody"},
		},
		{
			Name:           "schools search past the last page",
			URL:            "/schools?q=river&page=3",
			Headers:        dt,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"There is no page 3: there is 1 school on 1 page.",
				`href="?q=river">Go to the last page`,
			},
			NotExpectedContent: []string{"No schools match", "<tbody"},
		},
		{
			Name:               "schools search",
			URL:                "/schools?q=river",
			Headers:            dt,
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{"Riverside Academy", "Clear search"},
			NotExpectedContent: []string{"Hilltop Primary School"},
		},
		{
			Name:            "schools search with no match",
			URL:             "/schools?q=nowhere",
			Headers:         dt,
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"No schools match"},
		},
		{
			Name:           "term dates list",
			URL:            "/admin/terms",
			Headers:        admin,
			ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"2025/26", "Example", `href="/admin/terms/2025/autumn"`, `href="/admin/terms/new"`,
				"Add a closure day",
			},
		},
		{
			Name:            "change a term form",
			URL:             "/admin/terms/2025/autumn",
			Headers:         admin,
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{"Change the Autumn term 2025/26", `name="start-day"`, "These are example dates"},
		},
		{
			Name:            "unknown term",
			URL:             "/admin/terms/1999/autumn",
			Headers:         admin,
			ExpectedStatus:  http.StatusNotFound,
			ExpectedContent: []string{"Page not found"},
		},
		{
			Name:            "term form refuses a designated teacher",
			URL:             "/admin/terms/new",
			Headers:         dt,
			ExpectedStatus:  http.StatusForbidden,
			ExpectedContent: []string{"You do not have permission"},
		},
	}
	for _, s := range scenarios {
		if s.Method == "" {
			s.Method = http.MethodGet
		}
		s.TestAppFactory = factory
		s.Test(t)
	}
}

var asOfAmp = strings.ReplaceAll(asOf, "&", "&amp;")

func TestTermSave(t *testing.T) {
	t.Parallel()
	srv := startServer(t, newTestApp(t))
	c := newClient(t, srv)
	c.signIn(adminEmail)

	_, body := c.get("/admin/terms/new")
	token := csrfFrom(t, body)
	form := func(pairs ...string) url.Values {
		v := url.Values{"csrf_token": {token}}
		for i := 0; i < len(pairs); i += 2 {
			v.Set(pairs[i], pairs[i+1])
		}
		return v
	}
	date := func(field, d, m, y string) []string {
		return []string{field + "-day", d, field + "-month", m, field + "-year", y}
	}

	scenarios := []struct {
		name     string
		path     string
		form     url.Values
		status   int
		messages []string
	}{
		{"nothing entered", "/admin/terms/new", form(), 422, []string{
			"Select which term this is", "Enter the date the term starts", "Enter the date the term ends",
		}},
		{"half-term without an end", "/admin/terms/2025/autumn", form(concat(
			date("start", "3", "9", "2025"), date("end", "19", "12", "2025"),
			date("half-term-start", "27", "10", "2025"))...), 422, []string{
			"Enter the date half-term ends",
		}},
		{"end before start", "/admin/terms/2025/autumn", form(concat(
			date("start", "3", "9", "2025"), date("end", "1", "9", "2025"))...), 422, []string{
			"The end date must be the same as or after the start date",
		}},
		{"another academic year", "/admin/terms/2025/autumn", form(concat(
			date("start", "3", "9", "2024"), date("end", "19", "12", "2024"))...), 422, []string{
			"The start date must be in the 2025/26 academic year",
		}},
		{"overlapping the next term", "/admin/terms/2025/autumn", form(concat(
			date("start", "3", "9", "2025"), date("end", "9", "1", "2026"))...), 422, []string{
			"These dates overlap the Spring term 2025/26",
		}},
		{"a term already held", "/admin/terms/new", form(concat([]string{"term", "autumn"},
			date("start", "3", "9", "2025"), date("end", "19", "12", "2025"))...), 422, []string{
			"The Autumn term 2025/26 is already held",
		}},
		{"deadline outside the term", "/admin/terms/2025/autumn", form(concat(
			date("start", "3", "9", "2025"), date("end", "19", "12", "2025"),
			date("pep-deadline", "5", "1", "2026"))...), 422, []string{
			"The PEP deadline must be inside the term",
		}},
		// Saturday 6 and Sunday 7 September 2025: a term with no school day.
		{"a term with no school days", "/admin/terms/2025/autumn", form(concat(
			date("start", "6", "9", "2025"), date("end", "7", "9", "2025"))...), 422, []string{
			"These dates cannot be saved: ",
		}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			res, body := c.post(s.path, s.form)
			if res.StatusCode != s.status {
				t.Fatalf("status %d, want %d", res.StatusCode, s.status)
			}
			for _, m := range s.messages {
				if strings.Count(body, m) < 2 {
					t.Errorf("want %q in the summary and beside its field", m)
				}
			}
			if !strings.Contains(body, "There is a problem") {
				t.Error("no error summary")
			}
			for k, v := range s.form {
				if k != "csrf_token" && k != "term" && !strings.Contains(body, `value="`+v[0]+`"`) {
					t.Errorf("input %s=%q not kept", k, v[0])
				}
			}
		})
	}

	t.Run("saved", func(t *testing.T) {
		res, _ := c.post("/admin/terms/2025/autumn", form(concat(
			date("start", "4", "9", "2025"), date("end", "18", "12", "2025"),
			date("half-term-start", "27", "10", "2025"), date("half-term-end", "31", "10", "2025"))...))
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/admin/terms" {
			t.Fatalf("status %d to %q", res.StatusCode, res.Header.Get("Location"))
		}
		_, body := c.get("/admin/terms")
		for _, want := range []string{"The Autumn term 2025/26 is saved", "4 September 2025", "Your authority"} {
			if !strings.Contains(body, want) {
				t.Errorf("term dates page lacks %q", want)
			}
		}

		_, body = c.get("/?" + asOf)
		if !strings.Contains(body, "Autumn term 2025/26") || strings.Contains(body, "dates are an example") {
			t.Error("the dashboard still calls the authority's own autumn term an example")
		}
	})
}

func TestClosures(t *testing.T) {
	t.Parallel()
	srv := startServer(t, newTestApp(t))
	c := newClient(t, srv)
	c.signIn(adminEmail)
	_, body := c.get("/admin/terms")
	token := csrfFrom(t, body)

	res, body := c.post("/admin/closures", url.Values{"csrf_token": {token},
		"closure-day": {"30"}, "closure-month": {"2"}, "closure-year": {"2026"}, "reason": {"INSET day"}})
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "The date must be a real date") ||
		!strings.Contains(body, `value="INSET day"`) {
		t.Fatalf("impossible date: status %d", res.StatusCode)
	}

	res, _ = c.post("/admin/closures", url.Values{"csrf_token": {token},
		"closure-day": {"5"}, "closure-month": {"11"}, "closure-year": {"2025"}, "reason": {"INSET day"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("add: status %d", res.StatusCode)
	}
	_, body = c.get("/admin/terms")
	if !strings.Contains(body, "5 November 2025") || !strings.Contains(body, "/admin/closures/2025-11-05/delete") {
		t.Fatal("closure not listed")
	}

	res, _ = c.post("/admin/closures/2025-11-05/delete", url.Values{"csrf_token": {token}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("delete: status %d", res.StatusCode)
	}
	_, body = c.get("/admin/terms")
	if strings.Contains(body, "/admin/closures/2025-11-05/delete") {
		t.Error("closure still listed after removal")
	}
}

func TestDashboardOrder(t *testing.T) {
	t.Parallel()
	srv := startServer(t, newTestApp(t))
	c := newClient(t, srv)
	c.signIn(dtEmail)

	for sort, order := range map[string][2]string{
		"name":  {"Alex Morgan", "Sam Taylor"},
		"-name": {"Sam Taylor", "Alex Morgan"},
	} {
		_, body := c.get("/?" + asOf + "&sort=" + sort)
		if i, j := strings.Index(body, order[0]), strings.Index(body, order[1]); i < 0 || j < 0 || i > j {
			t.Errorf("sort %s: want %s before %s", sort, order[0], order[1])
		}
	}
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
