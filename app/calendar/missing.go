package calendar

import "fmt"

// MissingTerm is a school term the calendar should hold but does not: a
// gap in the autumn, spring, summer sequence, or the terms after the last
// one loaded. Requirements for such a term cannot be worked out.
type MissingTerm struct {
	After  Term  // the last loaded term before the gap
	Before *Term // the first loaded term after it; nil after the last term
}

// Message says in a sentence what is missing and what to do.
func (m MissingTerm) Message() string {
	if m.Before == nil {
		return fmt.Sprintf("No term dates are loaded after %s (the end of %s): PEPs for later "+
			"terms cannot be worked out until the authority loads them.", m.After.End.Long(), m.After.Label())
	}
	return fmt.Sprintf("No term dates are loaded between %s (the end of %s) and %s (the start of %s): "+
		"PEPs for the terms between cannot be worked out until the authority loads them.",
		m.After.End.Long(), m.After.Label(), m.Before.Start.Long(), m.Before.Label())
}

// Missing lists the terms missing up to asOf: each gap in the sequence
// of loaded terms that begins before asOf (the day after a term ends), and,
// once asOf is past the end of the last loaded term, everything after it.
func (c *Calendar) Missing(asOf Date) []MissingTerm {
	var out []MissingTerm
	for i, t := range c.terms {
		if !asOf.After(t.End) {
			break
		}
		if _, ok := c.NextTerm(t); ok {
			continue
		}
		m := MissingTerm{After: t}
		if i+1 < len(c.terms) {
			next := c.terms[i+1]
			m.Before = &next
		}
		out = append(out, m)
	}
	return out
}
