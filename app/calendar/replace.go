package calendar

import "slices"

// ReplaceYear merges an authority's own terms and closures into the ones
// already held (usually the example calendar). Each academic year that
// loaded has a term for is replaced whole: every existing term of that
// year goes, and so does every existing closure dated in that year, since
// a closure belongs to the academic year its date falls in. Loaded
// closures are then added, replacing any existing closure on the same
// date. Terms come back sorted by start date, closures by date.
func ReplaceYear(existing []Term, existingClosures []Closure,
	loaded []Term, loadedClosures []Closure) ([]Term, []Closure) {
	years := make(map[int]bool)
	for _, t := range loaded {
		fillYear(&t)
		years[t.StartYear] = true
	}

	terms := slices.DeleteFunc(slices.Clone(existing), func(t Term) bool {
		fillYear(&t)
		return years[t.StartYear]
	})
	terms = append(terms, loaded...)
	slices.SortStableFunc(terms, func(a, b Term) int { return a.Start.t.Compare(b.Start.t) })

	dates := make(map[Date]bool, len(loadedClosures))
	for _, c := range loadedClosures {
		dates[c.Date] = true
	}
	closures := slices.DeleteFunc(slices.Clone(existingClosures), func(c Closure) bool {
		return years[AcademicYearOf(c.Date)] || dates[c.Date]
	})
	closures = append(closures, loadedClosures...)
	slices.SortStableFunc(closures, func(a, b Closure) int { return a.Date.t.Compare(b.Date.t) })
	return terms, closures
}
