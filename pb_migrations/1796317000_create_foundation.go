// Package migrations holds OpenPEP's schema as PocketBase Go migrations:
// every collection, field, index and API rule. main.go imports it for its
// side effects; tests import it the same way.
package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/openpep/openpep/app/store"
)

func init() {
	m.Register(createFoundation, dropFoundation, "1796317000_create_foundation.go")
}

// foundationOrder lists the collections in the order they can be created:
// each one only refers to collections before it.
var foundationOrder = []func(core.App) (*core.Collection, error){
	staffCollection,
	schoolsCollection,
	childrenCollection,
	episodesCollection,
	careReviewsCollection,
	termsCollection,
	closuresCollection,
	bankHolidaysCollection,
	pepsCollection,
	requirementsCollection,
	importsCollection,
}

func createFoundation(app core.App) error {
	if err := closeUsers(app); err != nil {
		return err
	}
	for _, build := range foundationOrder {
		c, err := build(app)
		if err != nil {
			return err
		}
		if err := app.Save(c); err != nil {
			return err
		}
	}
	return nil
}

// closeUsers shuts PocketBase's default users collection, which lets
// anyone sign up and edit their own record. OpenPEP's people are staff
// records made by administrators; nothing uses users.
func closeUsers(app core.App) error {
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		return nil // already gone
	}
	users.ListRule, users.ViewRule = nil, nil
	users.CreateRule, users.UpdateRule, users.DeleteRule = nil, nil, nil
	users.PasswordAuth.Enabled = false
	return app.Save(users)
}

func dropFoundation(app core.App) error {
	for i := len(foundationOrder) - 1; i >= 0; i-- {
		c, err := foundationOrder[i](app)
		if err != nil {
			return err
		}
		existing, err := app.FindCollectionByNameOrId(c.Name)
		if err != nil {
			continue
		}
		if err := app.Delete(existing); err != nil {
			return err
		}
	}
	return nil
}

// readOnly gives c the rules of a collection that signed-in staff read and
// only superusers (through the dashboard) or the application's own imports
// write.
func readOnly(c *core.Collection) *core.Collection {
	c.ListRule = types.Pointer(store.RuleSignedIn)
	c.ViewRule = types.Pointer(store.RuleSignedIn)
	c.CreateRule = nil
	c.UpdateRule = nil
	c.DeleteRule = nil
	return c
}

// adminEdited gives c the rules of LA-owned configuration: staff read it
// and LA administrators change it.
func adminEdited(c *core.Collection) *core.Collection {
	readOnly(c)
	c.CreateRule = types.Pointer(store.RuleAdmin)
	c.UpdateRule = types.Pointer(store.RuleAdmin)
	c.DeleteRule = types.Pointer(store.RuleAdmin)
	return c
}

func timestamps(c *core.Collection) {
	c.Fields.Add(
		&core.AutodateField{Name: "created", OnCreate: true},
		&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
	)
}

func relation(app core.App, name, target string, required, cascade bool) (*core.RelationField, error) {
	c, err := app.FindCollectionByNameOrId(target)
	if err != nil {
		return nil, err
	}
	return &core.RelationField{
		Name:          name,
		CollectionId:  c.Id,
		MaxSelect:     1,
		Required:      required,
		CascadeDelete: cascade,
	}, nil
}

func staffCollection(core.App) (*core.Collection, error) {
	c := core.NewAuthCollection(store.Staff)
	readOnly(c)

	// Staff accounts are made by administrators; nobody signs themselves up
	// or edits their own role.
	c.CreateRule = types.Pointer(store.RuleAdmin)
	c.UpdateRule = types.Pointer(store.RuleAdmin)
	c.DeleteRule = types.Pointer(store.RuleAdmin)
	c.AuthRule = types.Pointer("active = true")
	c.Fields.Add(
		&core.TextField{Name: "name", Required: true, Max: 200},
		&core.SelectField{Name: "role", Required: true, MaxSelect: 1, Values: store.Roles},
		&core.TextField{Name: "organisation", Max: 200},
		&core.BoolField{Name: "active"},
	)
	timestamps(c)
	c.AddIndex("idx_staff_role", false, "role", "")
	return c, nil
}

func schoolsCollection(core.App) (*core.Collection, error) {
	c := readOnly(core.NewBaseCollection(store.Schools))
	c.Fields.Add(
		&core.TextField{Name: "urn", Required: true, Pattern: `^\d{6}$`},
		&core.TextField{Name: "laestab", Pattern: `^(\d{7})?$`},
		&core.TextField{Name: "name", Required: true, Max: 300},
		&core.TextField{Name: "phase", Max: 100},
		&core.TextField{Name: "type", Max: 200},
		&core.TextField{Name: "status", Max: 100},
		&core.TextField{Name: "la_code", Max: 3},
		&core.TextField{Name: "la_name", Max: 200},
		&core.TextField{Name: "address", Max: 500},
		&core.TextField{Name: "postcode", Max: 10},
		&core.DateField{Name: "open_date"},
		&core.DateField{Name: "close_date"},
	)
	timestamps(c)
	c.AddIndex("idx_schools_urn", true, "urn", "")
	c.AddIndex("idx_schools_name", false, "name", "")
	return c, nil
}

func childrenCollection(app core.App) (*core.Collection, error) {
	school, err := relation(app, "school", store.Schools, false, false)
	if err != nil {
		return nil, err
	}

	c := readOnly(core.NewBaseCollection(store.Children))
	c.Fields.Add(
		&core.TextField{Name: "child_id", Required: true, Max: 10},
		&core.TextField{Name: "upn", Max: 13},
		&core.TextField{Name: "forename", Max: 100},
		&core.TextField{Name: "surname", Max: 100},
		&core.DateField{Name: "dob"},
		&core.TextField{Name: "sex", Max: 1},
		&core.TextField{Name: "ethnicity", Max: 4},
		&core.SelectField{Name: "cohort", MaxSelect: 1, Values: []string{"cla", "plac", "cwsw", "kinship"}},
		school,
		&core.TextField{Name: "school_urn", Max: 6},
		&core.TextField{Name: "reported_ncy", Max: 2,
			Help: "Year group as the school census writes it: N1, N2, R, 1 to 14 or X; blank when unknown"},
		&core.TextField{Name: "preferred_name", Max: 100},
		&core.TextField{Name: "social_worker", Max: 200},
		&core.TextField{Name: "social_worker_email", Max: 200},
	)
	timestamps(c)
	c.AddIndex("idx_children_child_id", true, "child_id", "")
	c.AddIndex("idx_children_school", false, "school", "")
	c.AddIndex("idx_children_social_worker", false, "social_worker", "")
	c.AddIndex("idx_children_surname", false, "surname, forename", "")
	return c, nil
}

func episodesCollection(app core.App) (*core.Collection, error) {
	child, err := relation(app, "child", store.Children, true, true)
	if err != nil {
		return nil, err
	}

	c := readOnly(core.NewBaseCollection(store.Episodes))
	c.Fields.Add(
		child,
		&core.DateField{Name: "decom", Required: true},
		&core.TextField{Name: "rne", Max: 2},
		&core.TextField{Name: "ls", Max: 3},
		&core.TextField{Name: "cin", Max: 2},
		&core.TextField{Name: "place", Max: 3},
		&core.TextField{Name: "place_provider", Max: 3},
		&core.DateField{Name: "dec"},
		&core.TextField{Name: "rec", Max: 3},
		&core.TextField{Name: "reason_place_change", Max: 5},
		&core.TextField{Name: "home_post", Max: 10},
		&core.TextField{Name: "pl_post", Max: 10},
		&core.TextField{Name: "urn", Max: 8},
	)
	timestamps(c)
	c.AddIndex("idx_episodes_child_decom", true, "child, decom", "")
	return c, nil
}

func careReviewsCollection(app core.App) (*core.Collection, error) {
	child, err := relation(app, "child", store.Children, true, true)
	if err != nil {
		return nil, err
	}

	c := readOnly(core.NewBaseCollection(store.CareReviews))
	c.Fields.Add(
		child,
		&core.DateField{Name: "review_date", Required: true},
		&core.TextField{Name: "review_code", Max: 3},
	)
	timestamps(c)
	c.AddIndex("idx_care_reviews_child_date", true, "child, review_date", "")
	return c, nil
}

func termsCollection(core.App) (*core.Collection, error) {
	c := adminEdited(core.NewBaseCollection(store.Terms))
	c.Fields.Add(
		&core.TextField{Name: "academic_year", Required: true, Max: 9},
		&core.NumberField{Name: "start_year", Required: true, OnlyInt: true},
		&core.SelectField{Name: "term", Required: true, MaxSelect: 1,
			Values: []string{"autumn", "spring", "summer"}},
		&core.DateField{Name: "start", Required: true},
		&core.DateField{Name: "end", Required: true},
		&core.DateField{Name: "half_term_start"},
		&core.DateField{Name: "half_term_end"},
		&core.DateField{Name: "pep_deadline",
			Help: "Blank means the last school day of the term"},
		&core.BoolField{Name: "example"},
	)
	timestamps(c)
	c.AddIndex("idx_terms_year_term", true, "start_year, term", "")
	c.AddIndex("idx_terms_start", false, "start", "")
	return c, nil
}

func closuresCollection(core.App) (*core.Collection, error) {
	c := adminEdited(core.NewBaseCollection(store.Closures))
	c.Fields.Add(
		&core.DateField{Name: "date", Required: true},
		&core.TextField{Name: "reason", Max: 200},
		&core.BoolField{Name: "example"},
	)
	timestamps(c)
	c.AddIndex("idx_closures_date", true, "date", "")
	return c, nil
}

func bankHolidaysCollection(core.App) (*core.Collection, error) {
	c := adminEdited(core.NewBaseCollection(store.BankHolidays))
	c.Fields.Add(
		&core.DateField{Name: "date", Required: true},
		&core.TextField{Name: "name", Required: true, Max: 200},
	)
	timestamps(c)
	c.AddIndex("idx_bank_holidays_date", true, "date", "")
	return c, nil
}

func pepsCollection(app core.App) (*core.Collection, error) {
	child, err := relation(app, "child", store.Children, true, true)
	if err != nil {
		return nil, err
	}

	c := readOnly(core.NewBaseCollection(store.PEPs))
	c.Fields.Add(
		child,
		&core.DateField{Name: "meeting_date"},
		&core.DateField{Name: "completed_date"},
		&core.SelectField{Name: "status", Required: true, MaxSelect: 1,
			Values: []string{store.PEPDraft, store.PEPCompleted}},
		&core.SelectField{Name: "source", Required: true, MaxSelect: 1,
			Values: []string{store.SourceOpenPEP, store.SourceImport, store.SourceDemo}},
	)
	timestamps(c)
	c.AddIndex("idx_peps_child_completed", false, "child, completed_date", "")
	c.AddIndex("idx_peps_child_meeting", false, "child, meeting_date", "")
	return c, nil
}

// requirementsCollection holds what the schedule engine worked out for each
// child from everything known, so the dashboard can count and filter in SQL.
// Statuses depend on the as-of date and are derived at query time.
func requirementsCollection(app core.App) (*core.Collection, error) {
	child, err := relation(app, "child", store.Children, true, true)
	if err != nil {
		return nil, err
	}

	c := readOnly(core.NewBaseCollection(store.Requirements))
	c.Fields.Add(
		child,
		&core.SelectField{Name: "kind", Required: true, MaxSelect: 1,
			Values: []string{"initial", "termly"}},
		&core.TextField{Name: "term", Max: 40},
		&core.DateField{Name: "opens", Required: true,
			Help: "The period start (initial) or term start (termly)"},
		&core.DateField{Name: "due"},
		&core.DateField{Name: "period_end"},
		&core.DateField{Name: "window_end",
			Help: "The next term's start for a termly requirement; blank if none is loaded"},
		&core.DateField{Name: "met"},
		&core.TextField{Name: "explanation", Max: 1000},
	)
	c.AddIndex("idx_requirements_child", false, "child", "")
	c.AddIndex("idx_requirements_opens_due", false, "opens, due", "")
	return c, nil
}

func importsCollection(app core.App) (*core.Collection, error) {
	by, err := relation(app, "staff", store.Staff, false, false)
	if err != nil {
		return nil, err
	}

	c := core.NewBaseCollection(store.Imports)
	c.ListRule = types.Pointer(store.RuleAdmin)
	c.ViewRule = types.Pointer(store.RuleAdmin)
	c.Fields.Add(
		&core.TextField{Name: "kind", Required: true, Max: 40},
		&core.JSONField{Name: "files"},
		&core.JSONField{Name: "counts"},
		&core.NumberField{Name: "problems", OnlyInt: true},
		&core.BoolField{Name: "strict"},
		&core.TextField{Name: "actor", Max: 200,
			Help: "Who ran it: a staff member or the operating-system user on the CLI"},
		by,
	)
	timestamps(c)
	return c, nil
}
