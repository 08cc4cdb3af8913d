package ssda903

import (
	"path/filepath"
	"testing"

	"github.com/openpep/openpep/app/csvfile"
)

// sample is the validator's public fake SSDA903 return.
var sample = filepath.Join(sharedData, "ssda903-sample")

// The expected counts below were worked out apart from this package, with
// this Python over the sample's CSV files (all dates are DD/MM/YYYY, every
// code is upper case, no id needs repair; checked separately):
//
//	import csv, re, datetime as dt
//	rows = lambda f: list(csv.DictReader(open(f, encoding='utf-8-sig')))
//	h, e, r = rows('header.csv'), rows('episodes.csv'), rows('reviews.csv')
//	d = lambda s: dt.datetime.strptime(s, '%d/%m/%Y')
//	L = 'ABCDEFGHJKLMNPQRTUVWXYZ'
//	shape = re.compile(r'^[A-HJ-NP-RT-Z]\d{11}[0-9A-Z]$')
//	def check(u):
//	    s = sum((int(c) if c.isdigit() else L.index(c)) * i for i, c in enumerate(u[1:], 2))
//	    return L[s % 23]
//	bad = sum(1 for x in h if not shape.match(x['UPN']) and not re.match(r'^UN[1-5]$', x['UPN']))
//	wrong = sum(1 for x in h if shape.match(x['UPN']) and check(x['UPN']) != x['UPN'][0])
//	dob = {x['CHILD']: d(x['DOB']) for x in h}
//	by = {}
//	for i, x in enumerate(e): by.setdefault(x['CHILD'], []).append(i)
//	f142, f501, f357, f302 = set(), set(), 0, set()
//	for c, ids in by.items():
//	    ids.sort(key=lambda i: d(e[i]['DECOM']))
//	    f357 += e[ids[0]]['RNE'] != 'S'
//	    f302 |= {i for i in ids if d(e[i]['DECOM']) < dob[c]}
//	    for a, b in zip(ids, ids[1:]):
//	        if not e[a]['DEC'] or not e[a]['REC']: f142.add(a)
//	        if e[a]['DEC'] and d(e[b]['DECOM']) < d(e[a]['DEC']): f501.add(b)
//	seen, dup = set(), set()
//	for i, x in enumerate(r):
//	    k = (x['CHILD'], d(x['REVIEW']))
//	    if k in seen: dup.add(i)
//	    seen.add(k)
//
// It printed: header 2675 rows, 2675 distinct ids, 296 UPNs malformed
// (they start with I, O or S) and 2272 with a wrong check letter, all
// warnings under rule 168, so every child is accepted; episodes 5050 rows,
// no repeated CHILD and DECOM, 142: 10, 501: 62 (the README's 72 pairs
// that overlap or are left open), 302: 0, 357: 1856, and
// 5050 - |142 ∪ 501| = 5050 - 68 = 4982 accepted; reviews 12582 rows, 14
// repeating an earlier CHILD and REVIEW, 12582 - 14 = 12568 accepted. The
// sample has no invalid date, no code outside its list in the collection
// years 2014-15 to 2017-18 it spans, no child id outside the header, and
// no review DOB that differs from the header's.

func TestLoad_sample(t *testing.T) {
	t.Parallel()
	b := load(t, sample)

	type outcome struct {
		Name           string
		Kind           Kind
		Rows, Accepted int
	}
	var got []outcome
	for _, f := range b.Files {
		got = append(got, outcome{filepath.Base(f.Name), f.Kind, f.Rows, f.Accepted})
	}
	// Rows by `wc -l` less the header line; folders are read in name
	// order, upper case first.
	diff(t, "files", []outcome{
		{"DoLo.csv", KindDoLo, 1, 0},
		{"ad1.csv", KindAD1, 29, 0},
		{"episodes.csv", KindEpisodes, 5050, 4982},
		{"header.csv", KindHeader, 2675, 2675},
		{"missing.csv", KindMissing, 43, 0},
		{"oc2.csv", KindOC2, 2675, 0},
		{"oc3.csv", KindOC3, 53, 0},
		{"placed_for_adoption.csv", KindPlacedForAdoption, 29, 0},
		{"previous_permanence.csv", KindPreviousPermanence, 2675, 0},
		{"reviews.csv", KindReviews, 12582, 12568},
		{"sw_episodes.csv", KindSWEpisodes, 1, 0},
		{"uasc.csv", KindUASC, 132, 0},
	}, got)

	// No child is rejected, so nothing is child-rejected. file: one "not
	// used yet" warning for each of the 9 other tables.
	diff(t, "rule counts", []RuleCount{
		{RuleOpenBeforeNext, csvfile.Error, 10},
		{RuleUPN, csvfile.Warning, 296 + 2272},
		{RuleFirstNotS, csvfile.Warning, 1856},
		{RuleOverlap, csvfile.Error, 62},
		{RuleDuplicate, csvfile.Error, 14},
		{RuleFile, csvfile.Warning, 9},
	}, b.RuleCounts())

	if len(b.Children) != 2675 || len(b.Episodes) != 4982 || len(b.Reviews) != 12568 {
		t.Errorf("accepted %d children, %d episodes, %d reviews; want 2675, 4982, 12568",
			len(b.Children), len(b.Episodes), len(b.Reviews))
	}
}

func TestLoad_sampleRows(t *testing.T) {
	t.Parallel()
	b := load(t, sample)

	// The first rows of header.csv and episodes.csv, read by eye: child
	// 566910's UPN D051910639385 should have check letter R (a warning);
	// its first episode (line 2) has RNE L, so 357 warns; the second
	// (line 3) is open, with a REC of X1 anyway, which no rule here tests.
	header := filepath.Join(sample, "header.csv")
	eps := filepath.Join(sample, "episodes.csv")
	diff(t, "first child", Child{ID: "566910", Sex: "2", DOB: day("2008-03-27"), Ethnic: "WROM",
		UPN: "D051910639385", File: header, Line: 2}, b.Children[0])
	diff(t, "first episodes", []Episode{
		{ChildID: "566910", DECOM: day("2016-02-15"), RNE: "L", LS: "C2", CIN: "N3", Place: "T2",
			PlaceProvider: "PR0", DEC: day("2017-08-14"), REC: "X1", ReasonPlaceChange: "CLOSE",
			URN: "4244474", File: eps, Line: 2},
		{ChildID: "566910", DECOM: day("2017-08-14"), RNE: "T", LS: "C2", CIN: "N3", Place: "A3",
			PlaceProvider: "PR3", REC: "X1", HomePost: "EG19 7TT", PlPost: "WV27 9FW", URN: "8969628",
			File: eps, Line: 3},
	}, b.Episodes[:2])
}

func BenchmarkLoad_sample(b *testing.B) {
	for b.Loop() {
		if _, err := Load(sample); err != nil {
			b.Fatal(err)
		}
	}
}
