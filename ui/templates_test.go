package ui

import (
	"strings"
	"testing"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
	"github.com/openpep/openpep/app/store"
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
		"signin", "dashboard", "error_not_found", "error_forbidden", "error_csrf", "error_server", "error_busy",
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
		"dashboard":       sampleDashboard(page),
		"error_not_found": page,
		"error_forbidden": page,
		"error_csrf":      page,
		"error_server":    page,
		"error_busy":      page,
		"term_list":       sampleTermList(page),
		"term_form":       sampleTermForm(page),
		"child":           sampleChild(page),
		"school_list": schoolListView{Page: page, Search: "hill", Total: 1, First: 1, Last: 1,
			Schools: []store.School{{ID: "s1", Name: "Hilltop", URN: "100001", Children: 2}}},
	}
}

func sampleDashboard(page Page) dashboardView {
	return dashboardView{
		Page:         page,
		AsOf:         calendar.MustISO("2025-11-03"),
		AsOfInput:    newDateInput("as-of", "As at", "", dateValue{"3", "11", "2025"}, nil),
		TermName:     "Autumn term 2025/26",
		Problems:     []string{"A problem"},
		StatusCounts: []CountCard{{"Overdue", 3, "/?status=overdue"}},
		BandCounts:   []CountCard{{"1-7 days overdue", 1, "/?status=overdue&band=1-7"}},
		Filters: dashboardFilters{Selects: []SelectField{{ID: "school", Label: "School",
			Any: "All schools", Options: []Option{{"s1", "Hill School", true}}}}},
		Rows: []store.DashboardRow{{
			ChildRecordID: "r1", ChildID: "C1", Name: "Sam Smith", NCY: 3, NCYKnown: true,
			Kind: "termly", Term: "2025/26 autumn", Due: calendar.MustISO("2025-10-01"),
			Status: "overdue", DaysOverdue: 33, Band: "over 28",
		}},
		Total: 1, First: 1, Last: 1,
	}
}

func sampleChild(page Page) childView {
	term := calendar.Term{AcademicYear: "2025/26", StartYear: 2025, Name: calendar.Autumn}
	return childView{
		Page:        page,
		DisplayName: "Sam Taylor",
		ReportedNCY: "Year 4",
		NCYMismatch: true,
		BackURL:     "/",
		AsOfInput:   newDateInput("as-of", "As at", "", dateValue{}, nil),
		Child: &store.ChildView{
			RecordID: "r1", ChildID: "C1", Forename: "Sam", Surname: "Taylor",
			DOB: calendar.MustISO("2016-05-10"), NCY: 5, NCYKnown: true,
			School:       &store.School{ID: "s1", Name: "Hilltop", URN: "100001"},
			AsOf:         calendar.MustISO("2025-11-03"),
			Episodes:     []store.EpisodeView{{DECOM: calendar.MustISO("2024-01-15"), RNE: "S", LS: "C2"}},
			Periods:      []schedule.Period{{Start: calendar.MustISO("2024-01-15")}},
			Requirements: []schedule.Requirement{{Kind: schedule.Termly, Term: &term, Status: schedule.StatusDue}},
			Undetermined: []string{"No term dates"},
			PEPs:         []store.PEPView{{Completed: calendar.MustISO("2024-02-01"), Status: "completed"}},
			Reviews:      []store.ReviewView{{Date: calendar.MustISO("2024-02-10"), Code: "PN1"}},
		},
	}
}

func sampleTermList(page Page) termListView {
	t := calendar.Term{AcademicYear: "2025/26", StartYear: 2025, Name: calendar.Autumn,
		Start: calendar.MustISO("2025-09-03"), End: calendar.MustISO("2025-12-19"),
		HalfTermStart: calendar.MustISO("2025-10-27"), HalfTermEnd: calendar.MustISO("2025-10-31"),
		Example: true}
	view := termListView{Page: page, ClosureReason: "INSET",
		ClosureDate: newDateInput("closure", "Date", "", dateValue{}, nil)}
	view.Years = []termYear{{Label: "2025/26", Terms: []termRow{{Term: t, Title: "Autumn", EditURL: termURL(t)}}}}
	view.Closures = []closureRow{{Closure: calendar.Closure{Date: calendar.MustISO("2025-09-02"),
		Reason: "INSET day"}, DeleteURL: "/admin/closures/2025-09-02/delete"}}
	view.Errors.Add("reason", "Too long")
	return view
}

func sampleTermForm(page Page) termFormView {
	view := newTermFormView(page, nil)
	f := termForm{Name: "spring", Start: dateValue{"5", "1", "2026"}}
	_, check := f.check(nil, nil)
	view.fill(f, check)
	return view
}
