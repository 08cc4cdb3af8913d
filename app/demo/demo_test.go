package demo

import (
	"bytes"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openpep/openpep/app/calendar"
)

// testToday is the day most tests generate "as at": the first day of the
// 2026 summer term, with the Easter holiday's late PEPs just settled.
var testToday = calendar.NewDate(2026, time.April, 20)

func generate(t testing.TB, opts Options) *Authority {
	t.Helper()
	a, err := Generate(opts)
	if err != nil {
		t.Fatalf("Generate(%+v): %v", opts, err)
	}
	return a
}

// ncyOn works out a year group the long way, independently of the code
// under test: the child's age on the 31 August before the academic year
// holding d, less four.
func ncyOn(dob, d calendar.Date) int {
	year := d.Year()
	if d.Month() < time.September {
		year--
	}
	age := year - dob.Year()
	if dob.Month() > time.August {
		age--
	}
	return age - 4
}

// inCareOn reports whether one of c's episodes covers d.
func inCareOn(c Child, d calendar.Date) bool {
	for _, e := range c.Episodes {
		if !e.Start.After(d) && (e.End.IsZero() || e.End.After(d)) {
			return true
		}
	}
	return false
}

// dateEqual lets go-cmp compare calendar.Dates, whose field is unexported.
var dateEqual = cmp.Comparer(func(a, b calendar.Date) bool { return a == b })

func TestOptions_Validate(t *testing.T) {
	t.Parallel()
	good := DefaultOptions(testToday)
	scenarios := []struct {
		name    string
		change  func(*Options)
		wantErr bool
	}{
		{"defaults", func(*Options) {}, false},
		{"no today", func(o *Options) { o.Today = calendar.Date{} }, true},
		{"no children", func(o *Options) { o.Children = 0 }, true},
		{"too many children", func(o *Options) { o.Children = MaxChildren + 1 }, true},
		{"too few schools", func(o *Options) { o.Schools = MinSchools - 1 }, true},
		{"fewest schools", func(o *Options) { o.Schools = MinSchools }, false},
		{"no history", func(o *Options) { o.Years = 0 }, true},
		{"too much history", func(o *Options) { o.Years = MaxYears + 1 }, true},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			o := good
			s.change(&o)
			err := o.Validate()
			if (err != nil) != s.wantErr {
				t.Fatalf("Validate() = %v, want error %v", err, s.wantErr)
			}
			if _, genErr := Generate(o); (genErr != nil) != s.wantErr {
				t.Fatalf("Generate() error = %v, want error %v", genErr, s.wantErr)
			}
		})
	}
}

func TestGenerate_deterministic(t *testing.T) {
	t.Parallel()
	opts := DefaultOptions(testToday)
	a, b := generate(t, opts), generate(t, opts)
	if diff := cmp.Diff(a, b, dateEqual); diff != "" {
		t.Fatalf("two authorities from seed %d differ (-first +second):\n%s", opts.Seed, diff)
	}
	for _, name := range Files() {
		if !bytes.Equal(written(t, a, name), written(t, b, name)) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}

	opts.Seed++
	c := generate(t, opts)
	if bytes.Equal(written(t, a, EpisodesFile), written(t, c, EpisodesFile)) {
		t.Errorf("seeds %d and %d gave the same episodes", opts.Seed-1, opts.Seed)
	}
}

func written(t *testing.T, a *Authority, name string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := a.Write(&buf, name); err != nil {
		t.Fatalf("Write %s: %v", name, err)
	}
	return buf.Bytes()
}

// Even the default demonstration shows every year group from Nursery to
// Year 13 in care today, and each case the rules treat specially.
func TestGenerate_coverage(t *testing.T) {
	t.Parallel()
	a := generate(t, DefaultOptions(testToday))
	if len(a.Children) != 300 {
		t.Fatalf("%d children, want 300", len(a.Children))
	}

	years := map[int]int{}
	cases := map[string]int{}
	for _, c := range a.Children {
		inCare := inCareOn(c, testToday)
		ncy := ncyOn(c.DOB, testToday)
		if inCare {
			years[ncy]++
		}
		for _, name := range caseNames(c, inCare, ncy) {
			cases[name]++
		}
	}
	for ncy := -1; ncy <= 13; ncy++ {
		if years[ncy] == 0 {
			t.Errorf("no child in care in year group %d", ncy)
		}
	}
	for _, name := range []string{"under 3 in care", "18 or over, left care", "entered care in the last 6 weeks",
		"entered care in the summer holiday", "second period of care", "left care, not 18", "unaccompanied"} {
		if cases[name] == 0 {
			t.Errorf("no child who %s", name)
		}
	}
	t.Logf("year groups in care: %v; cases: %v", years, cases)
}

// caseNames names the special cases child c is.
func caseNames(c Child, inCare bool, ncy int) []string {
	var names []string
	starts := 0
	for _, e := range c.Episodes {
		if e.RNE != "S" {
			continue
		}
		starts++
		if testToday.DaysSince(e.Start) <= 42 {
			names = append(names, "entered care in the last 6 weeks")
		}
		if e.Start.Month() == time.August || (e.Start.Month() == time.July && e.Start.Day() > 20) {
			names = append(names, "entered care in the summer holiday")
		}
	}
	if starts > 1 {
		names = append(names, "second period of care")
	}
	if e := c.Episodes[0]; e.CIN == "N8" {
		names = append(names, "unaccompanied")
	}
	switch {
	case inCare && ncy < -1:
		names = append(names, "under 3 in care")
	case !inCare && ncy > 13:
		names = append(names, "18 or over, left care")
	case !inCare:
		names = append(names, "left care, not 18")
	}
	return names
}

// The PEP history, judged independently from the files' own dates: of the
// termly PEPs owed in the history, most are completed by the term's
// deadline, some in the holiday after it (late), some never.
func TestGenerate_pepProportions(t *testing.T) {
	t.Parallel()
	a := generate(t, Options{Children: 3000, Schools: 24, Years: 3, Today: testToday, Seed: 11})

	var owed, onTime, late int
	for _, c := range a.Children {
		for i := 0; i+1 < len(a.Terms); i++ {
			term, next := a.Terms[i], a.Terms[i+1]
			if !termOwed(c, term, next, a) {
				continue
			}
			owed++
			switch pepIn(c, term.Start, term.PEPDeadline, next.Start) {
			case "on time":
				onTime++
			case "late":
				late++
			}
		}
	}

	missing := owed - onTime - late
	share := func(n int) float64 { return float64(n) / float64(owed) }
	t.Logf("%d termly PEPs owed: %.1f%% on time, %.1f%% late, %.1f%% missing; generator: %+v",
		owed, 100*share(onTime), 100*share(late), 100*share(missing), a.Outcomes)
	switch {
	case owed < 10000:
		t.Errorf("only %d termly PEPs owed", owed)
	case share(onTime) < 0.72 || share(onTime) > 0.92:
		t.Errorf("%.1f%% on time, want 72%% to 92%%", 100*share(onTime))
	case share(late) < 0.04 || share(late) > 0.16:
		t.Errorf("%.1f%% late, want 4%% to 16%%", 100*share(late))
	case share(missing) < 0.04 || share(missing) > 0.16:
		t.Errorf("%.1f%% missing, want 4%% to 16%%", 100*share(missing))
	}

	var held, notCompleted int
	for _, c := range a.Children {
		for _, p := range c.PEPs {
			held++
			if p.Completed.IsZero() {
				notCompleted++
			}
			if !p.Completed.IsZero() && p.Completed.Before(p.Meeting) {
				t.Errorf("child %s: PEP completed %s before its meeting %s", c.ID, p.Completed, p.Meeting)
			}
			if p.Meeting.After(testToday) || p.Completed.After(testToday) {
				t.Errorf("child %s: PEP dated after today: %+v", c.ID, p)
			}
		}
	}
	if notCompleted == 0 || notCompleted > held/10 {
		t.Errorf("%d of %d PEPs held but not completed, want a few", notCompleted, held)
	}
}

// termOwed reports whether c owes a termly PEP for term whose window has
// closed: in care and of PEP age through to its deadline, not newly in
// care (an initial PEP may stand in), and due in the history.
func termOwed(c Child, term, next Term, a *Authority) bool {
	if term.PEPDeadline.Before(a.HistoryFrom) || next.Start.After(a.Today) {
		return false
	}
	ncy := ncyOn(c.DOB, term.Start)
	if ncy < -1 || ncy > 13 || !inCareOn(c, term.Start) || !inCareOn(c, term.PEPDeadline) {
		return false
	}
	for _, e := range c.Episodes {
		if e.RNE == "S" && !e.Start.After(term.PEPDeadline) && term.Start.DaysSince(e.Start) < 120 {
			return false
		}
	}
	return true
}

// pepIn says whether c completed a PEP between start and deadline ("on
// time"), or only between the deadline and the next term ("late").
func pepIn(c Child, start, deadline, next calendar.Date) string {
	result := "missing"
	for _, p := range c.PEPs {
		switch {
		case p.Completed.IsZero() || p.Completed.Before(start) || !p.Completed.Before(next):
		case !p.Completed.After(deadline):
			return "on time"
		default:
			result = "late"
		}
	}
	return result
}

func BenchmarkGenerate(b *testing.B) {
	opts := Options{Children: 20000, Schools: 24, Years: 5, Today: testToday, Seed: 1}
	for b.Loop() {
		generate(b, opts)
	}
}

func BenchmarkGenerateAndWrite(b *testing.B) {
	opts := Options{Children: 20000, Schools: 24, Years: 5, Today: testToday, Seed: 1}
	dir := b.TempDir()
	for b.Loop() {
		if err := generate(b, opts).WriteFiles(dir); err != nil {
			b.Fatal(err)
		}
	}
}
