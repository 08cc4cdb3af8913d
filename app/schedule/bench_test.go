package schedule

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// benchTerms invents plausible terms for the academic years starting 2019
// to 2025: autumn from the first Monday of September with a half-term in
// the last full week of October, spring from the first Monday of January
// to the last Friday of March, summer from the third Monday of April to
// 20 July with a half-term in the last week of May.
func benchTerms() []calendar.Term {
	var terms []calendar.Term
	for y := 2019; y <= 2025; y++ {
		autumnHT := monday(y, time.October, 23)
		summerHT := monday(y+1, time.May, 25)
		terms = append(terms,
			benchTerm(y, calendar.Autumn, monday(y, time.September, 1),
				calendar.NewDate(y, time.December, 20), autumnHT),
			benchTerm(y, calendar.Spring, monday(y+1, time.January, 4),
				monday(y+1, time.March, 25).AddDays(-3), monday(y+1, time.February, 12)),
			benchTerm(y, calendar.Summer, monday(y+1, time.April, 15),
				calendar.NewDate(y+1, time.July, 20), summerHT),
		)
	}
	return terms
}

func benchTerm(year int, name calendar.TermName, start, end, halfTerm calendar.Date) calendar.Term {
	return calendar.Term{
		StartYear: year, Name: name, Start: start, End: end,
		HalfTermStart: halfTerm, HalfTermEnd: halfTerm.AddDays(4),
	}
}

// monday returns the first Monday on or after the given day.
func monday(y int, m time.Month, d int) calendar.Date {
	date := calendar.NewDate(y, m, d)
	for date.Weekday() != time.Monday {
		date = date.AddDays(1)
	}
	return date
}

// benchChild is one synthetic child and the completion dates of its PEPs.
type benchChild struct {
	child Child
	peps  []calendar.Date
}

// benchCohort invents n children with up to five years of care history
// before asOf: one to three periods of care of one to four episodes each,
// and a PEP roughly every term while in care, some late, some missing.
func benchCohort(n int, asOf calendar.Date) []benchChild {
	rng := rand.New(rand.NewPCG(1, 2))
	first := asOf.AddDays(-5 * 365)
	cohort := make([]benchChild, n)
	for i := range cohort {
		c := &cohort[i]
		c.child.ID = "C" + strconv.Itoa(i)
		c.child.DOB = first.AddDays(-rng.IntN(13 * 365))

		start := first.AddDays(rng.IntN(4 * 365))
		for p := 0; p < 1+rng.IntN(3) && start.Before(asOf); p++ {
			end := benchPeriod(rng, &c.child, start, asOf)
			c.peps = benchPEPs(rng, c.peps, start, end, asOf)
			if end.IsZero() {
				break
			}
			start = end.AddDays(30 + rng.IntN(300))
		}
	}
	return cohort
}

// benchPeriod adds the episodes of one period of care from start, and
// returns its end (zero when still open on asOf).
func benchPeriod(rng *rand.Rand, child *Child, start, asOf calendar.Date) calendar.Date {
	rne := "S"
	for e := 0; e < 1+rng.IntN(4); e++ {
		end := start.AddDays(20 + rng.IntN(400))
		if end.After(asOf) {
			child.Episodes = append(child.Episodes, Episode{Start: start, RNE: rne})
			return calendar.Date{}
		}
		child.Episodes = append(child.Episodes, Episode{Start: start, End: end, RNE: rne})
		start, rne = end, "P"
	}
	return start
}

// benchPEPs appends a PEP about every 90 days of a period of care.
func benchPEPs(rng *rand.Rand, peps []calendar.Date, start, end, asOf calendar.Date) []calendar.Date {
	if end.IsZero() {
		end = asOf
	}
	for d := start.AddDays(10 + rng.IntN(30)); d.Before(end); d = d.AddDays(60 + rng.IntN(60)) {
		if rng.IntN(10) > 0 {
			peps = append(peps, d)
		}
	}
	return peps
}

// BenchmarkEngine_Append schedules a 20,000-child cohort, as the dashboard
// does per request, reusing one slice and keeping a running summary.
func BenchmarkEngine_Append(b *testing.B) {
	asOf := calendar.NewDate(2025, time.July, 1)
	cal, err := calendar.New(calendar.Holidays(), benchTerms(), nil)
	if err != nil {
		b.Fatal(err)
	}
	e, err := New(cal, DefaultRules())
	if err != nil {
		b.Fatal(err)
	}
	cohort := benchCohort(20000, asOf)

	var reqs []Requirement
	var sum Summary
	b.ReportAllocs()
	for b.Loop() {
		sum = Summary{}
		for i := range cohort {
			reqs, _ = e.Append(reqs[:0], cohort[i].child, cohort[i].peps, asOf)
			for j := range reqs {
				sum.Add(&reqs[j])
			}
		}
	}
	b.ReportMetric(float64(sum.Total), "requirements")
	b.ReportMetric(float64(sum.ByStatus[StatusUndetermined]), "undetermined")
}

// BenchmarkNew measures building an Engine, which a server does once per
// calendar change.
func BenchmarkNew(b *testing.B) {
	cal, err := calendar.New(calendar.Holidays(), benchTerms(), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(cal, DefaultRules()); err != nil {
			b.Fatal(err)
		}
	}
}
