// Package demo invents a whole local authority, Demoshire (LA code 999),
// and writes it as the CSV files an authority would import: the SSDA903
// header, episodes and reviews tables, a children.csv of names and schools,
// a GIAS school list and a history of PEPs. Everything is synthetic and
// dated relative to a given day, so the demonstration always looks current,
// and the same seed always gives the same authority. It is pure Go: the
// product imports the files through its real import code.
package demo

import (
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/openpep/openpep/app/calendar"
)

// The authority every demonstration invents. 999 is not a real LA code.
const (
	LACode = "999"
	LAName = "Demoshire"
)

// Limits on Options, so that a typing slip cannot fill a disk.
const (
	MinSchools  = 8
	MaxSchools  = 2000
	MaxChildren = 1_000_000
	MaxYears    = 10
)

// Options says how big an authority to invent.
type Options struct {
	Children int           // children in the SSDA903 header, in or out of care now
	Schools  int           // schools in the GIAS file, at least MinSchools
	Years    int           // years of PEP history before Today
	Today    calendar.Date // the day the demonstration is "as at"
	Seed     int64         // the same seed gives the same authority
}

// DefaultOptions returns the options of the standard demonstration: 300
// children, 24 schools and 3 years of history up to today.
func DefaultOptions(today calendar.Date) Options {
	return Options{Children: 300, Schools: 24, Years: 3, Today: today, Seed: 1}
}

// Validate reports the first option that is out of range.
func (o Options) Validate() error {
	switch {
	case o.Today.IsZero():
		return errors.New("demo options: today is not set")
	case o.Children < 1 || o.Children > MaxChildren:
		return fmt.Errorf("demo options: children must be 1 to %d, not %d", MaxChildren, o.Children)
	case o.Schools < MinSchools || o.Schools > MaxSchools:
		return fmt.Errorf("demo options: schools must be %d to %d, not %d", MinSchools, MaxSchools, o.Schools)
	case o.Years < 1 || o.Years > MaxYears:
		return fmt.Errorf("demo options: years must be 1 to %d, not %d", MaxYears, o.Years)
	}
	return nil
}

// Authority is an invented local authority: its schools, its children
// with their care episodes, care reviews and PEPs, and the terms the PEPs
// were timed by.
type Authority struct {
	Today       calendar.Date
	HistoryFrom calendar.Date // Today less Options.Years years
	Schools     []School
	Children    []Child // in CHILD order
	Terms       []Term  // the terms from a year before HistoryFrom to after Today
	Outcomes    Outcomes
}

// Child is one child of the SSDA903 header with the details an authority
// keeps beside it (names, school, social worker).
type Child struct {
	ID             string // CHILD: the authority's own id
	Forename       string
	Surname        string
	Sex            int // SSDA903 code: 1 male, 2 female
	DOB            calendar.Date
	Ethnic         string // DfE ethnicity code
	UPN            string // 13 characters, or UN1 to UN5 when unknown
	Mother         string // "1", "0" or blank
	MotherChildDOB calendar.Date
	SchoolURN      string // blank when not on a school roll
	SocialWorker   string
	NCY            int  // year group the school reports (-1 nursery, 0 reception)
	NCYReported    bool // false leaves the NCY column blank
	Episodes       []Episode
	Reviews        []Review
	PEPs           []PEP
}

// Episode is one SSDA903 episode of care.
type Episode struct {
	Start             calendar.Date // DECOM
	RNE               string        // reason for new episode: S, L, P, T, U or B
	LS                string        // legal status
	CIN               string        // category of need
	Place             string        // placement type
	Provider          string        // PLACE_PROVIDER, PR0 to PR5
	End               calendar.Date // DEC; zero while the episode is open
	REC               string        // reason episode ceased; X1 when care goes on
	ReasonPlaceChange string        // set on an episode a placement move ends
	HomePostcode      string
	PlacementPostcode string
	ProviderURN       string // the placement's Ofsted URN, blank where exempt
}

// Review is one SSDA903 care review.
type Review struct {
	Date calendar.Date
	Code string // participation code, PN0 to PN7
}

// PEP is one Personal Education Plan meeting. Completed is zero for a PEP
// held but not yet (or never) completed.
type PEP struct {
	Meeting   calendar.Date
	Completed calendar.Date
}

// Outcomes counts the PEP requirements the generator meant to meet on
// time, late, not at all, or with a meeting that was never completed, for
// requirements whose window had closed by Today; Pending counts those
// still open. They are the generator's intentions, a check on the
// proportions, not a substitute for the product's schedule engine.
type Outcomes struct {
	OnTime, Late, Missed, Incomplete, Pending int
}

// Generate invents an authority from opts.
func Generate(opts Options) (*Authority, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}

	g := newGenerator(opts)
	a := &Authority{
		Today:       opts.Today,
		HistoryFrom: g.historyFrom.date(),
		Schools:     g.schools(),
	}
	a.Children = g.children(a.Schools)
	for _, t := range g.days.terms {
		a.Terms = append(a.Terms, t.export())
	}
	a.Outcomes = g.outcomes
	return a, nil
}

// generator holds the state of one Generate call.
type generator struct {
	opts        Options
	rng         *rand.Rand
	today       day
	historyFrom day
	days        *dayTable
	outcomes    Outcomes
	upns        map[upnKey]int // next serial by where and when issued
	upnSchools  []int          // establishment numbers that issue UPNs
	schoolPool  schoolPool
}

func newGenerator(opts Options) *generator {
	today := dayOf(opts.Today)
	from := today.addYears(-opts.Years)
	lo := today.addYears(-(opts.Years + 20))
	hi := today.addYears(2)
	return &generator{
		opts:        opts,
		rng:         rand.New(rand.NewPCG(uint64(opts.Seed), 0x9e3779b97f4a7c15)),
		today:       today,
		historyFrom: from,
		days:        newDayTable(lo, hi, academicYear(from)-1, academicYear(today)+1),
		upns:        make(map[upnKey]int),
	}
}

// chance reports true with probability p.
func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// between returns a whole number from lo to hi inclusive.
func (g *generator) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.rng.IntN(hi-lo+1)
}

// dayBetween returns a day from lo to hi inclusive.
func (g *generator) dayBetween(lo, hi day) day { return day(g.between(int(lo), int(hi))) }

// pick draws a code from cs by weight.
func (g *generator) pick(cs []choice) string {
	total := 0
	for _, c := range cs {
		total += c.weight
	}
	n := g.rng.IntN(total)
	for _, c := range cs {
		if n < c.weight {
			return c.code
		}
		n -= c.weight
	}
	return cs[len(cs)-1].code
}

// pickOf draws one of items with equal chance.
func pickOf[T any](g *generator, items []T) T { return items[g.rng.IntN(len(items))] }
