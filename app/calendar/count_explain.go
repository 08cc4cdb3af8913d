package calendar

import (
	"fmt"
	"strings"
)

// Explain says in one sentence how the due date was reached, as in
// "20 school days after 15 January 2024 is 19 February 2024; skipped
// 10 weekend days and half-term 12-16 February 2024". Weekends are
// totalled; every other run of skipped days is named with its dates.
func (c Count) Explain() string {
	s := fmt.Sprintf("%s after %s is %s", plural(c.N, string(c.Kind)+" day"),
		c.From.Long(), c.Due.Long())

	var weekend int
	var runs []string
	for _, sk := range c.Skipped {
		if sk.Reason == reasonWeekend {
			weekend += sk.To.dayNumber() - sk.From.dayNumber() + 1
			continue
		}
		runs = append(runs, skipLabel(sk.Reason)+" "+dateRange(sk.From, sk.To))
	}
	if weekend > 0 {
		runs = append([]string{plural(weekend, "weekend day")}, runs...)
	}
	if len(runs) == 0 {
		return s + "; no days skipped"
	}
	return s + "; skipped " + joinAnd(runs)
}

// skipLabel turns a Skip reason into words: a bank holiday by its name, a
// closure by its reason in brackets.
func skipLabel(reason string) string {
	if name, ok := strings.CutPrefix(reason, bankHolidayPrefix); ok {
		return name
	}
	if why, ok := strings.CutPrefix(reason, closurePrefix); ok {
		return "closure (" + why + ")"
	}
	return reason
}

// dateRange writes from to to as briefly as stays exact: "29 March 2024",
// "12-16 February 2024", "28 October to 1 November 2024" or
// "21 December 2024 to 5 January 2025".
func dateRange(from, to Date) string {
	switch {
	case from == to:
		return from.Long()
	case from.Year() != to.Year():
		return from.Long() + " to " + to.Long()
	case from.Month() != to.Month():
		return from.t.Format("2 January") + " to " + to.Long()
	}
	return fmt.Sprintf("%d-%s", from.Day(), to.Long())
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// joinAnd joins items as "a, b and c".
func joinAnd(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
