package demo

import (
	"strconv"
	"time"
)

// profile is the shape of a child's care history.
type profile int

const (
	profileOpen     profile = iota // one period of care, still open
	profileClosed                  // one period that ended in the history
	profileReturned                // a closed period, a gap, an open period
	profileRecent                  // entered care in the last six weeks
	profileSummer                  // entered care in the last summer holiday
	profileUnder3                  // below nursery age: out of PEP scope
	profileLeaver                  // left care at 18 during the history
	profileCount
)

// profileWeights are the shares of each profile, in per cent.
var profileWeights = [profileCount]int{63, 12, 6, 5, 3, 6, 5}

// ncyWeights weight the year groups, Nursery (-1) to Year 13, of children
// of school age: fewer little ones, most in secondary and post-16, as in
// the looked after population.
var ncyWeights = []int{6, 6, 8, 8, 8, 8, 8, 8, 15, 15, 15, 15, 15, 20, 20}

// children invents opts.Children children. The first ones are chosen to
// cover every year group from Nursery to Year 13 and every profile, so that
// even a small demonstration shows each case; then the order is shuffled
// and ids handed out in it.
func (g *generator) children(schools []School) []Child {
	g.upnSchools = upnSchools(schools)
	out := make([]Child, 0, g.opts.Children)
	for i := range g.opts.Children {
		p, ncy := g.plan(i)
		out = append(out, g.child(p, ncy))
	}

	g.rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	id := 100000 + g.rng.IntN(900)
	for i := range out {
		out[i].ID = strconv.Itoa(id)
		id += 1 + g.rng.IntN(3)
	}
	return out
}

// upnSchools returns the establishment numbers of the schools a child may
// have been given a UPN by: those that take Reception.
func upnSchools(schools []School) []int {
	var nums []int
	for _, s := range schools {
		if s.Takes(4) {
			n, _ := strconv.Atoi(s.EstablishmentNumber)
			nums = append(nums, n)
		}
	}
	if len(nums) == 0 {
		nums = []int{2001}
	}
	return nums
}

// plan chooses the profile and year group of the ith child.
func (g *generator) plan(i int) (profile, int) {
	const firstForced = 15 // Nursery to Year 13
	switch {
	case i < firstForced:
		return profileOpen, i - 1
	case i < firstForced+int(profileCount)-1:
		return profile(i - firstForced + 1), g.drawNCY()
	}

	n := g.rng.IntN(100)
	for p, w := range profileWeights {
		if n < w {
			return profile(p), g.drawNCY()
		}
		n -= w
	}
	return profileOpen, g.drawNCY()
}

// drawNCY draws a year group from Nursery (-1) to Year 13.
func (g *generator) drawNCY() int {
	total := 0
	for _, w := range ncyWeights {
		total += w
	}
	n := g.rng.IntN(total)
	for i, w := range ncyWeights {
		if n < w {
			return i - 1
		}
		n -= w
	}
	return 13
}

// child invents one child of the given profile and year group.
func (g *generator) child(p profile, ncy int) Child {
	dob := g.birthday(p, ncy)
	uasc := g.unaccompanied(p, dob)
	spans := g.periods(p, dob, uasc)
	if len(spans) == 0 { // the profile did not fit the child: keep it simple
		spans = []span{{start: g.entryDay(dob, uasc), open: true}}
	}

	c := Child{DOB: dob.date(), Sex: 1 + g.sex(uasc)}
	ctx := careContext{dob: dob, uasc: uasc}
	for _, s := range spans {
		c.Episodes = append(c.Episodes, g.episodes(&ctx, s)...)
		c.Reviews = append(c.Reviews, g.reviews(dob, s)...)
	}
	c.PEPs = g.peps(dob, spans)
	g.identify(&c, dob, uasc, spans[len(spans)-1])
	return c
}

// unaccompanied decides whether a child is an unaccompanied asylum-seeking
// child: some of those aged 14 or over who are in care now, more of the
// recent arrivals.
func (g *generator) unaccompanied(p profile, dob day) bool {
	if ncyOf(dob, academicYear(g.today)) < 10 {
		return false
	}
	switch p {
	case profileOpen:
		return g.chance(0.12)
	case profileRecent:
		return g.chance(0.3)
	}
	return false
}

// sex returns 0 for a boy, 1 for a girl: 56% boys, nine in ten of
// unaccompanied children.
func (g *generator) sex(uasc bool) int {
	if (uasc && g.chance(0.9)) || (!uasc && g.chance(0.56)) {
		return 0
	}
	return 1
}

// birthday draws a date of birth for a child of the profile in year group
// ncy now. A child still in care must be under 18 today.
func (g *generator) birthday(p profile, ncy int) day {
	year := academicYear(g.today)
	switch p {
	case profileUnder3:
		age := g.between(0, 2)
		lo := dayFor(year-age-1, time.September, 1)
		return g.dayBetween(lo, min(lo.addYears(1)-1, g.today-1))
	case profileLeaver:
		turned18 := g.dayBetween(g.historyFrom+60, g.today-7)
		return turned18.addYears(-18)
	}

	lo := dayFor(year-ncy-5, time.September, 1)
	hi := dayFor(year-ncy-4, time.August, 31)
	lo = max(lo, g.today.addYears(-18)+1)
	if lo > hi { // every Year 13 birthday in range has passed 18
		return g.birthday(p, ncy-1)
	}
	return g.dayBetween(lo, hi)
}

// identify fills in the details beside the SSDA903 record: names, UPN,
// ethnicity, school, social worker and the school-reported year group.
func (g *generator) identify(c *Child, dob day, uasc bool, last span) {
	if c.Sex == 1 {
		c.Forename = pickOf(g, boysNames)
	} else {
		c.Forename = pickOf(g, girlsNames)
	}
	c.Surname = pickOf(g, surnames)
	c.SocialWorker = pickOf(g, socialWorkers)
	if uasc {
		c.Ethnic = g.pick(uascEthnicities)
	} else {
		c.Ethnic = g.pick(ethnicities)
	}

	ncy := ncyOf(dob, academicYear(g.today))
	c.UPN = g.upnFor(dob, ncy, uasc)
	c.SchoolURN = g.schoolFor(ncy)
	c.NCY, c.NCYReported = g.reportedNCY(ncy, c.SchoolURN != "")
	g.motherhood(c, dob, last)
}

// upnFor returns a UPN, or an unknown-UPN code: UN1 for children not yet
// of school age, UN2 to UN5 for a few others, more often for unaccompanied
// children who have only just arrived.
func (g *generator) upnFor(dob day, ncy int, uasc bool) string {
	switch {
	case ncy < -1 || (ncy == -1 && g.chance(0.5)):
		return "UN1"
	case (uasc && g.chance(0.6)) || g.chance(0.005):
		return pickOf(g, []string{"UN2", "UN3", "UN4", "UN4", "UN5"})
	}
	return g.upn(dob)
}

// reportedNCY returns the year group a school reports: usually the one the
// child's age gives, sometimes one off (most often held back a year, so the
// product has a mismatch to flag), sometimes not reported, and never for a
// child on no school's roll.
func (g *generator) reportedNCY(ncy int, onRoll bool) (int, bool) {
	switch {
	case !inScope(ncy), !onRoll, g.chance(0.05):
		return 0, false
	case g.chance(0.04):
		off := ncy - 1
		if g.chance(0.3) {
			off = ncy + 1
		}
		return min(max(off, -1), 13), true
	}
	return ncy, true
}

// motherhood sets the MOTHER field the return asks for of girls who leave
// care: almost always 0; rarely 1, with the baby's date of birth.
func (g *generator) motherhood(c *Child, dob day, last span) {
	if c.Sex != 2 || last.open || ageOn(dob, last.end) < 12 {
		return
	}
	c.Mother = "0"
	if ageOn(dob, last.end) >= 16 && g.chance(0.05) {
		c.Mother = "1"
		baby := last.end - day(g.between(30, 300))
		c.MotherChildDOB = max(baby, dob.addYears(16)).date()
	}
}
