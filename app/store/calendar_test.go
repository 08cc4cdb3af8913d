package store_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/store"
)

// TestReplaceTerms loads an authority's own 2024/25 terms over the
// example calendar: the example's three terms and two INSET days for that
// year go, the other years' examples stay.
func TestReplaceTerms(t *testing.T) {
	app := newTestApp(t)
	before, beforeClosures, err := store.LoadTerms(app)
	if err != nil {
		t.Fatal(err)
	}
	// 2014/15 to 2027/28: fourteen years of three terms and two INSET days.
	if len(before) != 42 || len(beforeClosures) != 28 {
		t.Fatalf("example calendar holds %d terms and %d closures, want 42 and 28", len(before), len(beforeClosures))
	}

	own := []calendar.Term{
		{AcademicYear: "2024-25", StartYear: 2024, Name: calendar.Autumn,
			Start: calendar.MustISO("2024-09-04"), End: calendar.MustISO("2024-12-20")},
		{AcademicYear: "2024-25", StartYear: 2024, Name: calendar.Spring,
			Start: calendar.MustISO("2025-01-06"), End: calendar.MustISO("2025-04-04")},
		{AcademicYear: "2024-25", StartYear: 2024, Name: calendar.Summer,
			Start: calendar.MustISO("2025-04-22"), End: calendar.MustISO("2025-07-22")},
	}
	res, err := store.ReplaceTerms(app, own, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := store.TermsResult{Years: []string{"2024-25"}, TermsAdded: 3, ExampleRemoved: 3, ClosuresRemoved: 2}
	if diff := cmp.Diff(want, *res); diff != "" {
		t.Errorf("result (-want +got):\n%s", diff)
	}

	terms, closures, err := store.LoadTerms(app)
	if err != nil {
		t.Fatal(err)
	}
	examples := 0
	for _, term := range terms {
		if term.Example {
			examples++
		}
		if term.StartYear == 2024 && (term.Example || term.AcademicYear != "2024-25") {
			t.Errorf("2024/25 term %s is %+v", term.Name, term)
		}
	}
	if examples != 39 || len(closures) != 26 {
		t.Errorf("after the load: %d example terms and %d closures, want 39 and 26", examples, len(closures))
	}

	// A term outside its academic year is refused and changes nothing.
	clash := []calendar.Term{{AcademicYear: "2025/26", StartYear: 2025, Name: calendar.Autumn,
		Start: calendar.MustISO("2025-07-01"), End: calendar.MustISO("2025-12-19")}}
	if _, err := store.ReplaceTerms(app, clash, nil); err == nil {
		t.Error("a 2025/26 term starting in July 2025 was accepted")
	}
	after, _, _ := store.LoadTerms(app)
	if len(after) != len(terms) {
		t.Errorf("a refused load changed the terms: %d, then %d", len(terms), len(after))
	}
}

// TestSaveTerm changes the example 2025/26 autumn term from the page: the
// term becomes the authority's, the example INSET day on its old first
// day (Wednesday 3 September 2025) goes, and the example spring term and
// its INSET day stay.
func TestSaveTerm(t *testing.T) {
	app := newTestApp(t)
	autumn := calendar.Term{AcademicYear: "2025/26", StartYear: 2025, Name: calendar.Autumn,
		Start: calendar.MustISO("2025-09-04"), End: calendar.MustISO("2025-12-19")}
	if err := store.SaveTerm(app, autumn); err != nil {
		t.Fatal(err)
	}

	terms, closures, err := store.LoadTerms(app)
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range terms {
		if term.StartYear != 2025 {
			continue
		}
		if wantExample := term.Name != calendar.Autumn; term.Example != wantExample {
			t.Errorf("%s: example = %v, want %v", term.Label(), term.Example, wantExample)
		}
	}
	var in2025 []string
	for _, c := range closures {
		if calendar.AcademicYearOf(c.Date) == 2025 {
			in2025 = append(in2025, c.Date.String())
		}
	}
	// The example spring 2026 starts the first weekday after New Year's
	// Day (Thursday 1 January), so the Monday after: 5 January.
	if diff := cmp.Diff([]string{"2026-01-05"}, in2025); diff != "" {
		t.Errorf("2025/26 closures (-want +got):\n%s", diff)
	}
}
