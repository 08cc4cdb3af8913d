package demo

// span is one period of care as planned: from start to end, or still open.
type span struct {
	start, end day
	open       bool
	at18       bool // ends on the 18th birthday
	returning  bool // the child comes back into care later
}

// periods plans the periods of care of a child born on dob with profile p.
// It returns nil when the profile cannot fit the child (a closed period in
// the history of a child born after it began, say).
func (g *generator) periods(p profile, dob day, uasc bool) []span {
	today, from := g.today, g.historyFrom
	switch p {
	case profileOpen, profileUnder3:
		return []span{{start: g.entryDay(dob, uasc), open: true}}
	case profileRecent:
		return g.fit(span{start: g.dayBetween(max(dob, today-42), today-1), open: true}, dob)
	case profileSummer:
		lo, hi := g.lastSummerHoliday()
		return g.fit(span{start: g.dayBetween(max(dob, lo), hi), open: true}, dob)
	case profileClosed:
		end := g.dayBetween(max(from, dob+60)+14, today-14)
		return g.fit(span{start: max(dob, end-g.careLength()), end: end}, dob)
	case profileReturned:
		return g.returned(dob)
	case profileLeaver:
		end := dob.addYears(18)
		start := max(end-day(g.between(200, 5*365)), dob.addYears(11))
		return g.fit(span{start: start, end: end, at18: true}, dob)
	}
	return nil
}

// fit returns s alone, or nil if it starts before birth, lasts under two
// weeks, or does not start before today.
func (g *generator) fit(s span, dob day) []span {
	if s.start < dob || s.start >= g.today || (!s.open && (s.end-s.start < 14 || s.end >= g.today)) {
		return nil
	}
	return []span{s}
}

// returned plans a closed period ending in the history, a gap of one to
// thirteen months, and a second period still open.
func (g *generator) returned(dob day) []span {
	end := g.dayBetween(max(g.historyFrom, dob+60)+30, g.today-150)
	first := g.fit(span{start: max(dob, end-day(g.between(30, 700))), end: end, returning: true}, dob)
	if first == nil {
		return nil
	}
	again := end + day(g.between(28, min(400, int(g.today-end)-30)))
	second := g.fit(span{start: again, open: true}, dob)
	if second == nil {
		return nil
	}
	return append(first, second...)
}

// entryDay draws the start of an open period: within the last year for
// three in ten children, one to three years ago for a third, longer for
// the rest, but never before birth; unaccompanied children arrived in the
// last two years, aged 13 or more.
func (g *generator) entryDay(dob day, uasc bool) day {
	var ago int
	switch n := g.rng.IntN(100); {
	case uasc:
		ago = g.between(14, 730)
	case n < 30:
		ago = g.between(7, 365)
	case n < 65:
		ago = g.between(365, 3*365)
	default:
		ago = g.between(3*365, 10*365)
	}
	start := g.today - day(ago)
	if uasc {
		start = max(start, dob.addYears(13))
	}
	if start < dob {
		start = g.dayBetween(dob, max(dob, g.today-7))
	}
	return min(start, g.today-1)
}

// careLength draws the length of a period that has ended: short for three
// in ten, up to two and a half years for most, longer for a quarter.
func (g *generator) careLength() day {
	switch n := g.rng.IntN(100); {
	case n < 30:
		return day(g.between(14, 180))
	case n < 75:
		return day(g.between(180, 900))
	default:
		return day(g.between(900, 3000))
	}
}

// lastSummerHoliday returns the first and last days of the most recent
// summer holiday that began before today, cut short at yesterday.
func (g *generator) lastSummerHoliday() (first, last day) {
	for i := len(g.days.terms) - 1; i >= 0; i-- {
		t := g.days.terms[i]
		if t.name == "summer" && t.end+1 < g.today {
			return t.end + 1, min(t.next-1, g.today-1)
		}
	}
	return g.today - 40, g.today - 1
}
