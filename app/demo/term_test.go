package demo

import (
	"slices"
	"testing"
	"time"
)

func TestRuleHolidays_matchShipped(t *testing.T) {
	t.Parallel()
	shipped := shippedHolidays()
	oneOffs := map[int]bool{2020: true, 2022: true, 2023: true}
	checked := 0
	for y, want := range shipped {
		if oneOffs[y] {
			continue
		}
		got := ruleHolidays(y)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("ruleHolidays(%d) = %v, want %v", y, got, want)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d shipped years checked", checked)
	}
}

func TestDayTable(t *testing.T) {
	t.Parallel()
	d := func(y int, m time.Month, dd int) day { return dayFor(y, m, dd) }
	table := newDayTable(d(2024, time.January, 1), d(2026, time.December, 31), 2024, 2025)

	scenarios := []struct {
		name string
		got  day
		want day
	}{
		// Friday 20 December 2024 is the last day of the autumn term; the
		// spring term opens on Monday 6 January 2025 with an INSET day, so
		// the first school day after 20 December is Tuesday 7 January.
		{"school day after the autumn term",
			table.add(d(2024, time.December, 20), 1, flagSchool), d(2025, time.January, 7)},
		// Working days skip Christmas Day, Boxing Day and New Year's Day.
		{"working day after Christmas Eve",
			table.add(d(2024, time.December, 24), 1, flagWorking), d(2024, time.December, 27)},
		{"back from a Sunday", table.back(d(2025, time.March, 2), flagWorking), d(2025, time.February, 28)},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			if s.got != s.want {
				t.Errorf("got %s, want %s", s.got.date(), s.want.date())
			}
		})
	}

	// Every term's deadline is its last school day.
	for _, tm := range table.terms {
		if !table.has(tm.deadline, flagSchool) || table.add(tm.deadline, 1, flagSchool) < tm.next {
			t.Errorf("%d %s: deadline %s is not the last school day", tm.year, tm.name, tm.deadline.date())
		}
	}
}
