package demo

import "time"

// careContext is what stays the same across a child's episodes.
type careContext struct {
	dob  day
	uasc bool
}

// episode is an Episode in day numbers while it is being built.
type episode struct {
	start, end        day
	ended             bool
	rne, ls, cin      string
	place, provider   string
	rec, reason       string
	home, plPost, urn string
}

func (e episode) export() Episode {
	out := Episode{
		Start: e.start.date(), RNE: e.rne, LS: e.ls, CIN: e.cin,
		Place: e.place, Provider: e.provider, REC: e.rec,
		ReasonPlaceChange: e.reason, HomePostcode: e.home,
		PlacementPostcode: e.plPost, ProviderURN: e.urn,
	}
	if e.ended {
		out.End = e.end.date()
	}
	return out
}

// never is a day later than any the generator reaches.
const never day = 1 << 30

// episodes builds the episodes of one period of care. The first has RNE S;
// each later one starts on the day the one before ends (REC X1) and says
// what changed: legal status only (L), placement and carer (P), placement
// with the same carer (T), or legal status with placement, new carer (B)
// or same carer (U). The episode a placement change ends carries the reason
// for the change. A closed period's last episode carries an E code.
func (g *generator) episodes(c *careContext, s span) []Episode {
	age := ageOn(c.dob, s.start)
	cur := episode{start: s.start, rne: "S", cin: g.need(c.uasc), home: g.homePostcode(c.uasc)}
	cur.ls = g.startLS(age, c.uasc)
	g.placeIn(&cur, g.placementCode(age, s.start, cur.ls, c.uasc))

	stop := g.today + 1
	if !s.open {
		stop = s.end
	}
	ev := events{legal: g.nextLegal(cur.ls, cur.start), move: cur.start + g.moveGap(age), adopt: never}
	adopted := !s.open && !s.at18 && !s.returning && ageOn(c.dob, s.end) < 8 &&
		s.end-s.start > 240 && g.chance(0.3)
	if adopted {
		ev.adopt = s.end - day(g.between(90, 200))
	}

	var out []Episode
	for {
		at := min(ev.legal.at, ev.move, ev.adopt)
		t := max(at, cur.start+1) // never two episodes starting on one day
		if t >= stop {
			break
		}
		next := g.change(&cur, t, at, &ev, c)
		cur.end, cur.ended, cur.rec = t, true, "X1"
		out = append(out, cur.export())
		cur = next
	}

	if !s.open {
		cur.end, cur.ended = s.end, true
		cur.rec = g.ending(cur.place, ageOn(c.dob, s.end), s.at18, adopted, c.uasc)
	}
	return append(out, cur.export())
}

// events are the days the next changes of a period of care are planned
// for: of legal status, of placement, and into an adoptive placement.
type events struct {
	legal legalStep
	move  day
	adopt day
}

// change returns the episode that follows cur from day t, for the event
// planned at at, and plans the events after it.
func (g *generator) change(cur *episode, t, at day, ev *events, c *careContext) episode {
	next := *cur
	next.start = t
	age := ageOn(c.dob, t)
	switch at {
	case ev.adopt:
		g.adopt(cur, &next)
		ev.legal.at, ev.move, ev.adopt = never, never, never
	case ev.legal.at:
		g.changeLegal(cur, &next, ev.legal.to, c)
		ev.legal = g.nextLegal(next.ls, t)
		if next.rne != "L" {
			ev.move = t + g.moveGap(age)
		}
	default:
		g.move(cur, &next, c)
		ev.move = t + g.moveGap(age)
	}
	return next
}

// need draws the category of need; unaccompanied children are N8.
func (g *generator) need(uasc bool) string {
	if uasc {
		return "N8"
	}
	return g.pick(needs)
}

// homePostcode draws the postcode of the home a child was taken from:
// mostly in Demoshire, blank for an unaccompanied child.
func (g *generator) homePostcode(uasc bool) string {
	switch {
	case uasc:
		return ""
	case g.chance(0.9):
		return postcode(g, g.between(1, 12))
	}
	return postcode(g, g.between(20, 79))
}

// startLS draws the legal status a period starts with: accommodation under
// section 20 (V2), an interim care order (C1), police protection (L1), an
// emergency protection order (L2), a full care order (C2), or, for some
// older children, a remand (J2).
func (g *generator) startLS(age int, uasc bool) string {
	if uasc {
		return "V2"
	}
	cs := []choice{{"V2", 40}, {"C1", 32}, {"L2", 8}, {"L1", 8}, {"C2", 4}}
	if age >= 12 {
		cs = append(cs, choice{"J2", 3})
	}
	return g.pick(cs)
}

// legalStep is the next change of legal status and when it happens.
type legalStep struct {
	to string
	at day
}

// nextLegal plans what follows legal status ls, taken on from: police
// protection and emergency orders give way within days, most interim care
// orders become full care orders within a year, some section 20 children
// come under an interim order, remands end within weeks.
func (g *generator) nextLegal(ls string, from day) legalStep {
	switch ls {
	case "L1":
		return legalStep{pickOf(g, []string{"C1", "C1", "V2"}), from + day(g.between(1, 3))}
	case "L2":
		return legalStep{pickOf(g, []string{"C1", "C1", "C1", "V2"}), from + day(g.between(2, 8))}
	case "C1":
		if g.chance(0.85) {
			return legalStep{"C2", from + day(g.between(120, 330))}
		}
	case "V2":
		if g.chance(0.2) {
			return legalStep{"C1", from + day(g.between(60, 700))}
		}
	case "J2":
		return legalStep{"V2", from + day(g.between(20, 120))}
	}
	return legalStep{at: never}
}

// moveGap draws the time to the next placement move: about eighteen
// months on average, thirteen for teenagers.
func (g *generator) moveGap(age int) day {
	mean := 550.0
	if age >= 13 {
		mean = 400
	}
	return day(10 + g.rng.ExpFloat64()*mean)
}

// changeLegal makes next a change of legal status to ls: usually alone
// (L), sometimes with a move to new carers (B), or with the same carers
// taking the child long term (U).
func (g *generator) changeLegal(cur, next *episode, ls string, c *careContext) {
	next.ls = ls
	switch {
	case longTerm(cur.place) != "" && g.chance(0.1):
		next.rne, next.place, cur.reason = "U", longTerm(cur.place), "PLACE"
	case g.chance(0.25):
		next.rne = "B"
		g.newCarer(cur, next, c)
	default:
		next.rne = "L"
	}
}

// move makes next a change of placement: usually to new carers (P),
// sometimes the same foster carers taking the child long term (T).
func (g *generator) move(cur, next *episode, c *careContext) {
	if longTerm(cur.place) != "" && g.chance(0.2) {
		next.rne, next.place, cur.reason = "T", longTerm(cur.place), "PLACE"
		return
	}
	next.rne = "P"
	g.newCarer(cur, next, c)
}

// newCarer places next with new carers and records on cur why the
// placement ended.
func (g *generator) newCarer(cur, next *episode, c *careContext) {
	age := ageOn(c.dob, next.start)
	g.placeIn(next, g.placementCode(age, next.start, next.ls, c.uasc))
	for next.place == cur.place && next.plPost == cur.plPost && next.urn == cur.urn {
		next.plPost = postcode(g, g.between(1, 79))
	}
	cur.reason = g.pick(moveReasons)
	if next.place == "K1" && ageOn(c.dob, cur.start) >= 12 && g.chance(0.5) {
		cur.reason = "CUSTOD"
	}
}

// adopt makes next the adoption placement that ends a period: with the
// foster carers who become adopters (A3), or with new adopters (A6), under
// a placement order (E1).
func (g *generator) adopt(cur, next *episode) {
	next.ls = "E1"
	if isFoster(cur.place) && g.chance(0.4) {
		next.rne, next.place, cur.reason = "U", "A3", "PLACE"
		return
	}
	next.rne, next.place, cur.reason = "B", "A6", "CARPL"
	next.provider = g.pick([]choice{{"PR1", 60}, {"PR5", 40}})
	next.urn, next.plPost = g.providerSite(next.provider, "adoption")
}

// longTerm returns the long-term form of a short-term foster placement
// (U6 to U4, U3 to U1), or "".
func longTerm(place string) string {
	switch place {
	case "U6":
		return "U4"
	case "U3":
		return "U1"
	}
	return ""
}

// ending draws the reason a period ends for a child of age whose last
// placement is place.
func (g *generator) ending(place string, age int, at18, adopted, uasc bool) string {
	switch {
	case adopted:
		return g.pick([]choice{{"E11", 7}, {"E12", 3}})
	case at18:
		return g.pick(endingsAt18)
	}
	var allowed []choice
	for _, c := range endingsUnder18 {
		if endingAllowed(c.code, place, age, uasc) {
			allowed = append(allowed, c)
		}
	}
	return g.pick(allowed)
}

// k3From is the first day supported accommodation (K3) may be recorded:
// the code arrives with the 2024-25 collection year.
var k3From = dayFor(2024, time.April, 1)
