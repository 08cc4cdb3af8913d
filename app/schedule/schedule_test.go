package schedule

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openpep/openpep/app/calendar"
)

// dob is a birthday that keeps a child in scope throughout the test
// calendar: aged 11 on 31 August 2023 (Year 7), 12 in 2024/25 (Year 8).
const dob = "2012-05-01"

func TestEngine_Compute(t *testing.T) {
	t.Parallel()
	e := testEngine(t, DefaultRules())

	scenarios := []struct {
		name  string
		rules *Rules // nil for the defaults
		child Child
		peps  []string
		asOf  string
		want  []row
	}{
		{
			// School days after Mon 2 Oct 2023: 3-6 Oct (4), 9-13 (9),
			// 16-20 (14); half-term 23-27 Oct skipped; 30 Oct-3 Nov (19),
			// Mon 6 Nov (20). Weekends skipped: 7-8, 14-15, 21-22, 28-29 Oct
			// and 4-5 Nov.
			name:  "initial counted across a half-term",
			child: inCare(dob, "2023-10-02", ""),
			asOf:  "2023-10-20",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06", Status: StatusDue},
			},
		},
		{
			// After Wed 24 Apr 2024: 25-26 Apr (2), 29 Apr-3 May (7); Mon 6
			// May is the Early May bank holiday; 7-10 May (11), 13-17 (16),
			// 20-23 (20). Weekends 27-28 Apr, 4-5, 11-12 and 18-19 May.
			name:  "initial counted across a bank holiday",
			child: inCare(dob, "2024-04-24", ""),
			asOf:  "2024-05-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2024-04-24", Due: "2024-05-23", Status: StatusDue},
			},
		},
		{
			// After Fri 1 Dec 2023: 4-8 Dec (5), 11-15 (10), 18-22 (15);
			// school holiday 23 Dec-7 Jan (Christmas, Boxing Day and New
			// Year's Day inside it); 8-12 Jan (20). The spring term starts
			// on 8 Jan, before the initial PEP is due on the 12th, so the
			// spring termly requirement is left to the initial one.
			name:  "initial counted across Christmas stands in for the spring PEP",
			child: inCare(dob, "2023-12-01", ""),
			peps:  []string{"2024-01-10"},
			asOf:  "2024-02-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-12-01", Due: "2024-01-12",
					Status: StatusCompletedOnTime, Completed: "2024-01-10"},
			},
		},
		{
			// After Mon 4 Nov 2024: 5-8 Nov (4), 11-14 (8); Fri 15 Nov is an
			// INSET day; 18-22 (13), 25-29 (18), 2-3 Dec (20).
			name:  "initial counted across a closure day",
			child: inCare(dob, "2024-11-04", ""),
			asOf:  "2024-11-04",
			want: []row{
				{Kind: Initial, PeriodStart: "2024-11-04", Due: "2024-12-03", Status: StatusDue},
			},
		},
		{
			// Entering care on Mon 5 Aug 2024, in the summer holiday: no
			// school day until the autumn term on Tue 3 Sep. 3-6 Sep (4),
			// 9-13 (9), 16-20 (14), 23-27 (19), Mon 30 Sep (20). The
			// autumn term began before that, so no autumn termly PEP.
			name:  "entering care in the summer holiday",
			child: inCare(dob, "2024-08-05", ""),
			asOf:  "2024-10-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2024-08-05", Due: "2024-09-30",
					Status: StatusOverdue, DaysOverdue: 1},
			},
		},
		{
			name:  "leaving care before the due date",
			child: inCare(dob, "2023-10-02", "2023-10-20"),
			asOf:  "2023-12-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", PeriodEnd: "2023-10-20",
					Due: "2023-11-06", Status: StatusNotRequired},
			},
		},
		{
			name:  "leaving care after the due date unmet",
			child: inCare(dob, "2023-10-02", "2023-11-10"),
			asOf:  "2023-12-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", PeriodEnd: "2023-11-10",
					Due: "2023-11-06", Status: StatusMissed},
			},
		},
		{
			name:  "a PEP after leaving care does not meet the initial requirement",
			child: inCare(dob, "2023-10-02", "2023-11-10"),
			peps:  []string{"2023-11-15"},
			asOf:  "2023-12-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", PeriodEnd: "2023-11-10",
					Due: "2023-11-06", Status: StatusMissed},
			},
		},
		{
			// On 8 Nov nobody knew the child would leave on the 10th.
			name:  "leaving care after the as-of date is not yet known",
			child: inCare(dob, "2023-10-02", "2023-11-10"),
			asOf:  "2023-11-08",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06",
					Status: StatusOverdue, DaysOverdue: 2},
			},
		},
		{
			// Born 10 Mar 2021: aged 2 on 31 Aug 2023 (below Nursery), 3 on
			// 31 Aug 2024 (Nursery). No initial PEP for a period that began
			// out of scope; termly PEPs from the 2024/25 autumn term. The
			// autumn one was missed when the spring term began on 6 Jan.
			name:  "reaching nursery age while in care",
			child: inCare("2021-03-10", "2023-10-02", ""),
			asOf:  "2025-01-10",
			want: []row{
				{Kind: Termly, Term: "2024/25 autumn", PeriodStart: "2023-10-02",
					Due: "2024-12-20", Status: StatusMissed},
				{Kind: Termly, Term: "2024/25 spring", PeriodStart: "2023-10-02",
					Due: "2025-03-14", Status: StatusDue},
			},
		},
		{
			// Second period from Mon 4 Mar 2024: 5-8 Mar (4), 11-15 (9),
			// 18-22 (14), 25-28 (18); Easter holiday 29 Mar-14 Apr (Good
			// Friday and Easter Monday inside it); 15-16 Apr (20). The
			// summer term starts on 15 Apr, before that due date, so it has
			// no termly requirement; the autumn term does. The child was
			// out of care when the spring term started.
			name: "a second period of care",
			child: Child{ID: "C1", DOB: day(dob), Episodes: []Episode{
				episode("2023-10-02", "2023-11-10", "S"),
				episode("2024-03-04", "", "S"),
			}},
			peps: []string{"2024-04-10"},
			asOf: "2024-09-30",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", PeriodEnd: "2023-11-10",
					Due: "2023-11-06", Status: StatusMissed},
				{Kind: Initial, PeriodStart: "2024-03-04", Due: "2024-04-16",
					Status: StatusCompletedOnTime, Completed: "2024-04-10"},
				{Kind: Termly, Term: "2024/25 autumn", PeriodStart: "2024-03-04",
					Due: "2024-12-20", Status: StatusDue},
			},
		},
		{
			name: "an episode starting after the as-of date is ignored",
			child: Child{ID: "C1", DOB: day(dob), Episodes: []Episode{
				episode("2023-10-02", "2023-11-10", "S"),
				episode("2024-03-04", "", "S"),
			}},
			asOf: "2024-02-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", PeriodEnd: "2023-11-10",
					Due: "2023-11-06", Status: StatusMissed},
			},
		},
		{
			// The episodes chain (each DECOM is the previous DEC), so one
			// period and one initial requirement.
			name: "an episode chain is one period of care",
			child: Child{ID: "C1", DOB: day(dob), Episodes: []Episode{
				episode("2023-10-02", "2023-10-16", "S"),
				episode("2023-10-16", "", "P"),
			}},
			asOf: "2023-11-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06", Status: StatusDue},
			},
		},
		{
			// A day's gap: the second episode starts a period although its
			// RNE is P. After Tue 17 Oct 2023: 18-20 Oct (3); half-term;
			// 30 Oct-3 Nov (8), 6-10 (13), 13-17 (18), 20-21 Nov (20).
			name: "a gap between episodes starts a new period of care",
			child: Child{ID: "C1", DOB: day(dob), Episodes: []Episode{
				episode("2023-10-02", "2023-10-16", "S"),
				episode("2023-10-17", "", "P"),
			}},
			asOf: "2023-11-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", PeriodEnd: "2023-10-16",
					Due: "2023-11-06", Status: StatusNotRequired},
				{Kind: Initial, PeriodStart: "2023-10-17", Due: "2023-11-21", Status: StatusDue},
			},
		},
		{
			// The initial PEP, due 6 Nov, is done late on 10 Jan, inside
			// the spring term, so it also meets the spring termly PEP
			// (due on Thu 28 Mar, the last school day before Good Friday).
			name:  "one PEP meets both an initial and a termly requirement",
			child: inCare(dob, "2023-10-02", ""),
			peps:  []string{"2024-01-10"},
			asOf:  "2024-02-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06",
					Status: StatusCompletedLate, Completed: "2024-01-10"},
				{Kind: Termly, Term: "2023/24 spring", PeriodStart: "2023-10-02",
					Due: "2024-03-28", Status: StatusCompletedOnTime, Completed: "2024-01-10"},
			},
		},
		{
			// The spring window runs to 14 Apr, the day before the summer
			// term; a PEP on 12 Apr is late for spring and does nothing for
			// summer.
			name:  "a PEP in the Easter holiday counts for the spring term",
			child: inCare(dob, "2023-10-02", ""),
			peps:  []string{"2023-11-01", "2024-04-12"},
			asOf:  "2024-04-20",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06",
					Status: StatusCompletedOnTime, Completed: "2023-11-01"},
				{Kind: Termly, Term: "2023/24 spring", PeriodStart: "2023-10-02",
					Due: "2024-03-28", Status: StatusCompletedLate, Completed: "2024-04-12"},
				{Kind: Termly, Term: "2023/24 summer", PeriodStart: "2023-10-02",
					Due: "2024-07-19", Status: StatusDue},
			},
		},
		{
			name:  "a termly requirement is missed once the next term begins",
			child: inCare(dob, "2023-10-02", ""),
			peps:  []string{"2023-11-01", "2024-04-15"},
			asOf:  "2024-04-15",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06",
					Status: StatusCompletedOnTime, Completed: "2023-11-01"},
				{Kind: Termly, Term: "2023/24 spring", PeriodStart: "2023-10-02",
					Due: "2024-03-28", Status: StatusMissed},
				{Kind: Termly, Term: "2023/24 summer", PeriodStart: "2023-10-02",
					Due: "2024-07-19", Status: StatusCompletedOnTime, Completed: "2024-04-15"},
			},
		},
		{
			// In care on 8 Jan, the start of the spring term, but gone on
			// 1 Feb, before its deadline of 28 Mar.
			name:  "leaving care before a termly deadline",
			child: inCare(dob, "2023-10-02", "2024-02-01"),
			peps:  []string{"2023-11-01"},
			asOf:  "2024-03-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", PeriodEnd: "2024-02-01",
					Due: "2023-11-06", Status: StatusCompletedOnTime, Completed: "2023-11-01"},
				{Kind: Termly, Term: "2023/24 spring", PeriodStart: "2023-10-02",
					PeriodEnd: "2024-02-01", Due: "2024-03-28", Status: StatusNotRequired},
			},
		},
		{
			name:  "leaving care after a termly deadline unmet",
			child: inCare(dob, "2023-10-02", "2024-04-02"),
			peps:  []string{"2023-11-01"},
			asOf:  "2024-04-05",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", PeriodEnd: "2024-04-02",
					Due: "2023-11-06", Status: StatusCompletedOnTime, Completed: "2023-11-01"},
				{Kind: Termly, Term: "2023/24 spring", PeriodStart: "2023-10-02",
					PeriodEnd: "2024-04-02", Due: "2024-03-28", Status: StatusMissed},
			},
		},
		{
			// After Mon 13 Jan 2025: 14-17 Jan (4), 20-24 (9), 27-31 (14),
			// 3-7 Feb (19), Mon 10 Feb (20). The summer 2025 term is the
			// last loaded, so its window never closes: overdue from its
			// deadline, Tue 22 Jul, by 9 + 31 + 30 = 70 days on 30 Sep.
			name:  "the last loaded term stays open",
			child: inCare(dob, "2025-01-13", ""),
			peps:  []string{"2025-02-05"},
			asOf:  "2025-09-30",
			want: []row{
				{Kind: Initial, PeriodStart: "2025-01-13", Due: "2025-02-10",
					Status: StatusCompletedOnTime, Completed: "2025-02-05"},
				{Kind: Termly, Term: "2024/25 summer", PeriodStart: "2025-01-13",
					Due: "2025-07-22", Status: StatusOverdue, DaysOverdue: 70},
			},
		},
		{
			// Born 31 Aug 2006: 17 on 31 Aug 2023 (Year 13), 18 a year
			// later, so no PEPs in 2024/25.
			name:  "leaving scope after Year 13",
			child: inCare("2006-08-31", "2023-10-02", ""),
			peps:  []string{"2023-11-01", "2024-01-20", "2024-05-01"},
			asOf:  "2024-12-01",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06",
					Status: StatusCompletedOnTime, Completed: "2023-11-01"},
				{Kind: Termly, Term: "2023/24 spring", PeriodStart: "2023-10-02",
					Due: "2024-03-28", Status: StatusCompletedOnTime, Completed: "2024-01-20"},
				{Kind: Termly, Term: "2023/24 summer", PeriodStart: "2023-10-02",
					Due: "2024-07-19", Status: StatusCompletedOnTime, Completed: "2024-05-01"},
			},
		},
		{
			name:  "no termly requirement before its term starts",
			child: inCare(dob, "2023-10-02", ""),
			asOf:  "2024-01-07",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06",
					Status: StatusOverdue, DaysOverdue: 62},
			},
		},
		{
			// Working days after Fri 22 Dec 2023: Christmas Day, Boxing
			// Day and New Year's Day skipped with the weekends; 27-29 Dec
			// (3), 2-5 Jan (7), 8-12 (12), 15-19 (17), 22-24 Jan (20).
			name:  "initial counted in working days",
			rules: &Rules{InitialDays: 20, InitialDayKind: calendar.WorkingDays},
			child: inCare(dob, "2023-12-22", ""),
			asOf:  "2024-01-24",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-12-22", Due: "2024-01-24", Status: StatusDue},
			},
		},
		{
			// After Mon 2 Oct 2023: 3-6 Oct (4), 9-13 (9), Mon 16 Oct (10).
			name:  "initial counted over ten school days",
			rules: &Rules{InitialDays: 10, InitialDayKind: calendar.SchoolDays},
			child: inCare(dob, "2023-10-02", ""),
			asOf:  "2023-10-17",
			want: []row{
				{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-10-16",
					Status: StatusOverdue, DaysOverdue: 1},
			},
		},
	}

	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			engine := e
			if s.rules != nil {
				engine = testEngine(t, *s.rules)
			}

			got, problems := engine.Compute(s.child, dates(s.peps...), day(s.asOf))
			if diff := cmp.Diff(s.want, rows(got)); diff != "" {
				t.Errorf("requirements (-want +got):\n%s", diff)
			}
			if len(problems) != 0 {
				t.Errorf("problems = %v, want none", problems)
			}
		})
	}
}

func TestEngine_Compute_Statuses(t *testing.T) {
	t.Parallel()
	e := testEngine(t, DefaultRules())

	// One period of care from Mon 2 Oct 2023, initial PEP due Mon 6 Nov
	// 2023 (see TestEngine_Compute). Every as-of date is before the spring
	// term, so the initial requirement is the only one.
	scenarios := []struct {
		name        string
		end         string // the period's DEC
		peps        []string
		asOf        string
		status      Status
		completed   string
		daysOverdue int
		band        string
	}{
		{name: "due on the due date", asOf: "2023-11-06", status: StatusDue},
		{name: "1 day", asOf: "2023-11-07", status: StatusOverdue, daysOverdue: 1, band: "1-7"},
		{name: "7 days", asOf: "2023-11-13", status: StatusOverdue, daysOverdue: 7, band: "1-7"},
		{name: "8 days", asOf: "2023-11-14", status: StatusOverdue, daysOverdue: 8, band: "8-14"},
		{name: "14 days", asOf: "2023-11-20", status: StatusOverdue, daysOverdue: 14, band: "8-14"},
		{name: "15 days", asOf: "2023-11-21", status: StatusOverdue, daysOverdue: 15, band: "15-28"},
		{name: "28 days", asOf: "2023-12-04", status: StatusOverdue, daysOverdue: 28, band: "15-28"},
		{name: "29 days", asOf: "2023-12-05", status: StatusOverdue, daysOverdue: 29, band: "over 28"},
		{
			name: "completed on the due date", peps: []string{"2023-11-06"}, asOf: "2023-12-01",
			status: StatusCompletedOnTime, completed: "2023-11-06",
		},
		{
			name: "completed a day late", peps: []string{"2023-11-07"}, asOf: "2023-12-01",
			status: StatusCompletedLate, completed: "2023-11-07",
		},
		{
			name: "the earliest PEP in the window meets it",
			peps: []string{"2023-11-20", "2023-10-20"}, asOf: "2023-12-01",
			status: StatusCompletedOnTime, completed: "2023-10-20",
		},
		{
			name: "a PEP before the period of care does not count",
			peps: []string{"2023-09-30"}, asOf: "2023-11-10",
			status: StatusOverdue, daysOverdue: 4, band: "1-7",
		},
		{
			name: "a PEP completed after the as-of date does not count",
			peps: []string{"2023-11-20"}, asOf: "2023-11-10",
			status: StatusOverdue, daysOverdue: 4, band: "1-7",
		},
		{
			name: "left care on the due date", end: "2023-11-06", asOf: "2023-11-30",
			status: StatusNotRequired,
		},
		{
			name: "left care the day after the due date", end: "2023-11-07", asOf: "2023-11-30",
			status: StatusMissed,
		},
		{
			name: "left care after completing it", end: "2023-11-07", peps: []string{"2023-11-07"},
			asOf: "2023-11-30", status: StatusCompletedLate, completed: "2023-11-07",
		},
	}

	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			reqs, _ := e.Compute(inCare(dob, "2023-10-02", s.end), dates(s.peps...), day(s.asOf))
			if len(reqs) != 1 {
				t.Fatalf("got %d requirements, want 1: %v", len(reqs), rows(reqs))
			}

			r := reqs[0]
			got := []any{r.Status, r.Completed.String(), r.DaysOverdue, r.Band()}
			want := []any{s.status, s.completed, s.daysOverdue, s.band}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("status, completed, days overdue, band (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEngine_Compute_Undetermined(t *testing.T) {
	t.Parallel()
	e := testEngine(t, DefaultRules())

	// Entering care on 3 Jul 2023, before the first loaded term (4 Sep
	// 2023): the school days from 4 Jul to 3 Sep are unknown, so neither
	// the initial due date nor whether the autumn term needs a PEP can be
	// known. The spring term does need one: even counted from 4 Sep, the
	// initial PEP would be due by 2 Oct 2023 (4 Sep to 2 Oct is 20 school
	// days), long before 8 Jan.
	child := inCare(dob, "2023-07-03", "")
	got, problems := e.Compute(child, dates("2023-09-20"), day("2024-01-20"))

	want := []row{
		{Kind: Initial, PeriodStart: "2023-07-03", Status: StatusUndetermined, Completed: "2023-09-20"},
		{Kind: Termly, Term: "2023/24 autumn", PeriodStart: "2023-07-03",
			Status: StatusUndetermined, Completed: "2023-09-20"},
		{Kind: Termly, Term: "2023/24 spring", PeriodStart: "2023-07-03",
			Due: "2024-03-28", Status: StatusDue},
	}
	if diff := cmp.Diff(want, rows(got)); diff != "" {
		t.Errorf("requirements (-want +got):\n%s", diff)
	}

	uncovered := &calendar.UncoveredError{From: day("2023-07-04"), To: day("2023-09-03")}
	wantExplanations := []string{
		"Initial PEP: the day 20 school days after 3 July 2023 cannot be worked out: " +
			uncovered.Error(),
		"Termly PEP for 2023/24 autumn: whether it is needed depends on the initial PEP's " +
			"due date, which cannot be worked out: " + uncovered.Error(),
	}
	gotExplanations := []string{got[0].Explanation, got[1].Explanation}
	if diff := cmp.Diff(wantExplanations, gotExplanations); diff != "" {
		t.Errorf("explanations (-want +got):\n%s", diff)
	}

	wantProblems := []string{
		"child C1: initial PEP for the period of care from 2023-07-03: " + uncovered.Error(),
		"child C1: termly PEP for 2023/24 autumn: " + uncovered.Error(),
	}
	var gotProblems []string
	for _, p := range problems {
		gotProblems = append(gotProblems, p.Error())
		var u *calendar.UncoveredError
		if !errors.As(p, &u) || u.From != uncovered.From || u.To != uncovered.To {
			t.Errorf("problem %v does not wrap the uncovered range", p)
		}
	}
	if diff := cmp.Diff(wantProblems, gotProblems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestEngine_Compute_UndeterminedAtEnd(t *testing.T) {
	t.Parallel()
	e := testEngine(t, DefaultRules())

	// Entering care on Mon 7 Jul 2025: 8-11 Jul (4), 14-18 (9), 21-22
	// (11), then nothing is loaded after the summer term ends on 22 Jul.
	got, problems := e.Compute(inCare(dob, "2025-07-07", ""), nil, day("2025-09-01"))

	want := []row{{Kind: Initial, PeriodStart: "2025-07-07", Status: StatusUndetermined}}
	if diff := cmp.Diff(want, rows(got)); diff != "" {
		t.Errorf("requirements (-want +got):\n%s", diff)
	}

	var u *calendar.UncoveredError
	if len(problems) != 1 || !errors.As(problems[0], &u) {
		t.Fatalf("problems = %v, want one uncovered range", problems)
	}
	if u.From != day("2025-07-23") || !u.To.IsZero() {
		t.Errorf("uncovered range = %s to %q, want 2025-07-23 onwards", u.From, u.To)
	}
}

func TestEngine_Compute_Explanation(t *testing.T) {
	t.Parallel()
	cal := testCalendar(t)
	e := testEngine(t, DefaultRules())

	// The initial explanation is the calendar's account of the count.
	reqs, _ := e.Compute(inCare(dob, "2023-10-02", ""), nil, day("2025-07-01"))
	count, err := cal.Add(calendar.SchoolDays, day("2023-10-02"), 20)
	if err != nil {
		t.Fatal(err)
	}

	want := []string{
		"Initial PEP: " + count.Explain(),
		"Termly PEP for 2023/24 spring: due on the term's PEP deadline, 28 March 2024 " +
			"(the last school day of the term)",
		"Termly PEP for 2023/24 summer: due on the term's PEP deadline, 19 July 2024 " +
			"(the last school day of the term)",
		"Termly PEP for 2024/25 autumn: due on the term's PEP deadline, 20 December 2024 " +
			"(the last school day of the term)",
		"Termly PEP for 2024/25 spring: due on the term's PEP deadline, 14 March 2025 " +
			"(set by the authority; the term's last school day is 4 April 2025)",
		"Termly PEP for 2024/25 summer: due on the term's PEP deadline, 22 July 2025 " +
			"(the last school day of the term; example term dates, not the authority's own)",
	}
	var got []string
	for _, r := range reqs {
		got = append(got, r.Explanation)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("explanations (-want +got):\n%s", diff)
	}
}

func TestEngine_Append(t *testing.T) {
	t.Parallel()
	e := testEngine(t, DefaultRules())

	first := inCare(dob, "2023-10-02", "")
	second := inCare(dob, "2024-04-24", "")
	second.ID = "C2"

	reqs, _ := e.Append(nil, first, nil, day("2024-05-01"))
	reqs, _ = e.Append(reqs, second, nil, day("2024-05-01"))

	var got []string
	for _, r := range reqs {
		got = append(got, r.ChildID+" "+string(r.Kind))
	}
	want := []string{"C1 initial", "C1 termly", "C1 termly", "C2 initial"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("requirements (-want +got):\n%s", diff)
	}
}

func TestNew(t *testing.T) {
	t.Parallel()
	cal := testCalendar(t)

	scenarios := []struct {
		name    string
		cal     *calendar.Calendar
		rules   Rules
		wantErr bool
	}{
		{name: "defaults", cal: cal, rules: DefaultRules()},
		{name: "working days", cal: cal, rules: Rules{10, calendar.WorkingDays}},
		{name: "no calendar", rules: DefaultRules(), wantErr: true},
		{name: "zero days", cal: cal, rules: Rules{0, calendar.SchoolDays}, wantErr: true},
		{name: "unknown day kind", cal: cal, rules: Rules{20, "term"}, wantErr: true},
	}

	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			_, err := New(s.cal, s.rules)
			if (err != nil) != s.wantErr {
				t.Errorf("New error = %v, want error %t", err, s.wantErr)
			}
		})
	}
}

func TestCompute(t *testing.T) {
	t.Parallel()
	cal := testCalendar(t)

	child := inCare(dob, "2023-10-02", "")
	reqs, problems, err := Compute(cal, DefaultRules(), child, nil, day("2023-10-20"))
	if err != nil || len(problems) != 0 {
		t.Fatalf("Compute: err %v, problems %v", err, problems)
	}
	want := []row{{Kind: Initial, PeriodStart: "2023-10-02", Due: "2023-11-06", Status: StatusDue}}
	if diff := cmp.Diff(want, rows(reqs)); diff != "" {
		t.Errorf("requirements (-want +got):\n%s", diff)
	}

	if _, _, err := Compute(cal, Rules{}, Child{}, nil, day("2023-10-20")); err == nil {
		t.Error("Compute with zero rules: no error")
	}
}
