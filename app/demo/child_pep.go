package demo

import "slices"

// outcome is what the generator means to happen to one PEP requirement.
type outcome int

const (
	onTime     outcome = iota
	late               // completed after the deadline, inside the window
	missed             // no PEP at all
	incomplete         // a meeting held, never completed
)

// odds are the chances, in per cent, of each outcome (on time, late,
// missed, incomplete) for a child whose school and social worker keep up
// and for one where they struggle.
type odds struct{ steady, struggling [4]int }

// Three children in ten struggle, which gives about 83% of termly PEPs on
// time, 8% late, 6% missed and 3% held but never completed.
var (
	termlyOdds  = odds{steady: [4]int{92, 4, 3, 1}, struggling: [4]int{62, 18, 14, 6}}
	initialOdds = odds{steady: [4]int{85, 10, 3, 2}, struggling: [4]int{55, 30, 10, 5}}
)

// pepContext is the PEP history of one child as it is built.
type pepContext struct {
	struggling bool
	out        []PEP
}

// peps builds a child's PEP history for the requirements falling due
// between the start of the history and today: for each period of care that
// starts while the child is of PEP age, an initial PEP due 20 school days
// after it starts; for each term the child starts in care and of PEP age, a
// termly PEP due by the term's deadline, unless the period's initial PEP
// falls due on or after the term's start.
func (g *generator) peps(dob day, spans []span) []PEP {
	pc := &pepContext{struggling: g.chance(0.3)}
	for _, s := range spans {
		initialDue, hasInitial := never, false
		if s.start >= g.historyFrom-120 && inScope(ncyOf(dob, academicYear(s.start))) {
			initialDue, hasInitial = g.days.add(s.start, 20, flagSchool), true
		}
		if hasInitial && initialDue >= g.historyFrom {
			g.initialPEP(pc, s, initialDue)
		}
		for _, t := range g.days.terms {
			if t.deadline < g.historyFrom || t.start > g.today || !inCare(s, t.start) ||
				!inScope(ncyOf(dob, t.year)) || (hasInitial && initialDue >= t.start) {
				continue
			}
			g.termlyPEP(pc, s, t)
		}
	}
	return sortPEPs(pc.out)
}

// inCare reports whether the period s covers day n.
func inCare(s span, n day) bool { return s.start <= n && (s.open || s.end > n) }

// draw picks an outcome.
func (g *generator) draw(od odds, struggling bool) outcome {
	chances := od.steady
	if struggling {
		chances = od.struggling
	}
	n := g.rng.IntN(100)
	for o, w := range chances {
		if n < w {
			return outcome(o)
		}
		n -= w
	}
	return onTime
}

// initialPEP adds the initial PEP of period s, due on due: most held
// within 20 school days, some late, a few never. A period that ends before
// the PEP is due sometimes has one anyway.
func (g *generator) initialPEP(pc *pepContext, s span, due day) {
	if !s.open && s.end <= due {
		meeting := g.days.add(s.start, g.between(5, 12), flagSchool)
		if meeting+3 < s.end && g.chance(0.3) {
			g.record(pc, meeting, meeting+day(g.between(0, 3)), onTime, s, never)
		}
		return
	}

	o := g.draw(initialOdds, pc.struggling)
	meeting := g.days.add(s.start, g.between(5, 17), flagSchool)
	completed := min(meeting+day(g.between(0, 5)), due-1)
	if o == late {
		completed = g.days.back(due+day(g.between(3, 35)), flagWorking)
		meeting = max(s.start+1, g.days.back(completed-day(g.between(0, 7)), flagWorking))
	}
	g.record(pc, meeting, max(completed, meeting), o, s, due+1)
}

// termlyPEP adds the PEP of term t for period s: on time, in the
// holiday after the deadline (late), never, or held and not completed. A
// period ending before the deadline has one before it ends half the time.
func (g *generator) termlyPEP(pc *pepContext, s span, t term) {
	if !s.open && s.end <= t.deadline {
		meeting := g.days.add(t.start-1, g.between(1, 15), flagSchool)
		if meeting+3 < s.end && g.chance(0.5) {
			g.record(pc, meeting, meeting+day(g.between(0, 2)), onTime, s, never)
		}
		return
	}

	o := g.draw(termlyOdds, pc.struggling)
	schoolDays := t.schoolDays
	meeting := g.days.add(t.start-1, g.between(3, max(3, schoolDays-8)), flagSchool)
	completed := g.days.back(min(meeting+day(g.between(0, 12)), t.deadline-1), flagWorking)
	if o == late {
		if t.next-2 < t.deadline+2 {
			o = missed
		}
		meeting = g.days.add(t.start-1, g.between(max(1, schoolDays-8), schoolDays), flagSchool)
		completed = g.days.back(g.dayBetween(t.deadline+2, t.next-2), flagWorking)
	}
	g.record(pc, meeting, max(completed, meeting), o, s, t.next)
}

// record adds a PEP with outcome o and counts the outcome. closes is the
// day the requirement's window closes: an unmet requirement counts as
// missed only once it has; never means a PEP no requirement asked for,
// which is not counted. Nothing in the future is recorded: a meeting after
// today is dropped, a completion after today left blank, and so is a
// completion after the period of care ended.
func (g *generator) record(pc *pepContext, meeting, completed day, o outcome, s span, closes day) {
	if completed > g.today || (!s.open && completed >= s.end) {
		o = incomplete
	}
	if closes != never {
		g.count(o, meeting, closes)
	}
	switch {
	case o == missed || meeting > g.today:
	case o == incomplete:
		pc.out = append(pc.out, PEP{Meeting: meeting.date()})
	default:
		pc.out = append(pc.out, PEP{Meeting: meeting.date(), Completed: completed.date()})
	}
}

// count adds one requirement to the outcomes. Until its window closes a
// requirement not yet met is pending.
func (g *generator) count(o outcome, meeting, closes day) {
	met := (o == onTime || o == late) && meeting <= g.today
	switch {
	case !met && closes > g.today:
		g.outcomes.Pending++
	case o == onTime:
		g.outcomes.OnTime++
	case o == late:
		g.outcomes.Late++
	case o == missed || meeting > g.today:
		g.outcomes.Missed++
	default:
		g.outcomes.Incomplete++
	}
}

// sortPEPs orders PEPs by meeting date and keeps one PEP a day, the
// completed one if either is: the importer takes a child and a meeting
// date to name a PEP.
func sortPEPs(peps []PEP) []PEP {
	slices.SortStableFunc(peps, func(a, b PEP) int {
		if c := a.Meeting.Time().Compare(b.Meeting.Time()); c != 0 {
			return c
		}
		return b.Completed.Time().Compare(a.Completed.Time())
	})
	return slices.CompactFunc(peps, func(a, b PEP) bool { return a.Meeting == b.Meeting })
}
