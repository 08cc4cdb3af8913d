package demo

// reviews builds the care reviews of one period: the first due 20 working
// days after it starts, the second three months after the first, then one
// every six months, each counted from the review actually held. Most are
// held a few days early, some late. Reviews stop at today or when the
// period ends.
func (g *generator) reviews(dob day, s span) []Review {
	last := g.today
	if !s.open {
		last = min(last, s.end-1)
	}

	var out []Review
	due := g.days.add(s.start, 20, flagWorking)
	for i := 0; ; i++ {
		held := g.reviewDay(due)
		if held > last {
			return out
		}
		code := "PN0"
		if ageOn(dob, held) >= 4 {
			code = g.pick(reviewCodes)
		}
		out = append(out, Review{Date: held.date(), Code: code})

		if i == 0 {
			due = held.addMonths(3)
		} else {
			due = held.addMonths(6)
		}
	}
}

// reviewDay returns the working day a review due on due is held.
func (g *generator) reviewDay(due day) day {
	held := due - day(g.between(0, 7))
	if g.chance(0.12) {
		held = due + day(g.between(1, 30))
	}
	return g.days.back(held, flagWorking)
}
