package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/store"
)

// Made-up records the page tests read: no real child, school or worker.
var (
	seedSchools = []map[string]any{
		{"urn": "100001", "laestab": "8882001", "name": "Hilltop Primary School",
			"phase": "Primary", "status": "Open", "type": "Community school"},
		{"urn": "100002", "laestab": "8884002", "name": "Riverside Academy",
			"phase": "Secondary", "status": "Open", "type": "Academy converter"},
	}
	seedChildren = []map[string]any{
		{"child_id": "C1001", "forename": "Sam", "surname": "Taylor", "dob": "2016-05-10",
			"upn": "A123456789012", "school": 0, "social_worker": "Jo Case", "reported_ncy": "4"},
		{"child_id": "C1002", "forename": "Alex", "surname": "Morgan", "dob": "2011-09-20",
			"school": 1, "social_worker": "Pat Worker", "reported_ncy": "8"},
		{"child_id": "C1003", "dob": "2013-03-03"},
	}
	seedEpisodes = []map[string]any{
		{"child": 0, "decom": "2024-01-15", "rne": "S", "ls": "C2", "cin": "N1", "place": "U4"},
		{"child": 1, "decom": "2025-09-01", "rne": "S", "ls": "V2", "cin": "N4", "place": "U6"},
		{"child": 2, "decom": "2023-02-01", "rne": "S", "ls": "C1", "cin": "N5", "place": "U3",
			"dec": "2024-06-30", "rec": "E13"},
	}
	seedPEPs = []map[string]any{
		{"child": 0, "meeting_date": "2024-01-30", "completed_date": "2024-02-01",
			"status": store.PEPCompleted, "source": store.SourceImport},
	}
	seedReviews = []map[string]any{
		{"child": 0, "review_date": "2024-02-10", "review_code": "PN1"},
	}
)

// seedFixture adds the records page tests read to the fixture.
func seedFixture(app core.App) error {
	schools, err := seedRecords(app, store.Schools, seedSchools, nil)
	if err != nil {
		return err
	}
	children, err := seedRecords(app, store.Children, seedChildren, map[string][]string{"school": schools})
	if err != nil {
		return err
	}
	byChild := map[string][]string{"child": children}
	for name, rows := range map[string][]map[string]any{
		store.Episodes: seedEpisodes, store.PEPs: seedPEPs, store.CareReviews: seedReviews,
	} {
		if _, err := seedRecords(app, name, rows, byChild); err != nil {
			return err
		}
	}
	fixture.children, fixture.schools = children, schools
	return store.RebuildRequirements(app)
}

// seedRecords saves rows into collection and returns their ids. A field
// named in refs holds an index into refs' ids rather than a value.
func seedRecords(app core.App, collection string, rows []map[string]any, refs map[string][]string) ([]string, error) {
	c, err := app.FindCollectionByNameOrId(collection)
	if err != nil {
		return nil, err
	}

	var ids []string
	for _, row := range rows {
		r := core.NewRecord(c)
		for k, v := range row {
			if ref, ok := refs[k]; ok {
				v = ref[v.(int)]
			}
			r.Set(k, v)
		}
		if err := app.Save(r); err != nil {
			return nil, err
		}
		ids = append(ids, r.Id)
	}
	return ids, nil
}
