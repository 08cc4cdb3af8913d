package demo

import (
	"regexp"
	"strconv"
	"testing"
)

func TestGenerate_schools(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		schools int
		want    map[string]int // fewest of each kind
	}{
		{MinSchools, map[string]int{KindNursery: 1, KindPrimary: 2, KindSecondary: 1, KindAllThrough: 1,
			KindSpecial: 1, KindAlternative: 1, KindSixthForm: 1}},
		{24, map[string]int{KindNursery: 1, KindPrimary: 10, KindSecondary: 5, KindAllThrough: 1,
			KindSpecial: 2, KindAlternative: 1, KindSixthForm: 1}},
		{400, map[string]int{KindPrimary: 250, KindSecondary: 120, KindSpecial: 2}},
	}
	for _, s := range scenarios {
		t.Run(strconv.Itoa(s.schools), func(t *testing.T) {
			t.Parallel()
			a := generate(t, Options{Children: 500, Schools: s.schools, Years: 2, Today: testToday, Seed: 5})
			if len(a.Schools) != s.schools {
				t.Errorf("%d schools, want %d", len(a.Schools), s.schools)
			}
			checkSchoolList(t, a.Schools, s.want)
			checkPlacedInSchools(t, a)
		})
	}
}

// checkSchoolList checks the kinds of school, the URNs and names, and that
// exactly one school is closed.
func checkSchoolList(t *testing.T, schools []School, want map[string]int) {
	t.Helper()
	urnShape := regexp.MustCompile(`^99\d{4}$`)
	kinds := map[string]int{}
	urns, names := map[string]bool{}, map[string]bool{}
	closed := 0
	for _, sc := range schools {
		kinds[sc.Kind]++
		if !urnShape.MatchString(sc.URN) || urns[sc.URN] || names[sc.Name] {
			t.Errorf("school %q: URN %s is not a fresh fictional one, or its name repeats", sc.Name, sc.URN)
		}
		urns[sc.URN], names[sc.Name] = true, true
		if !sc.OpenOn(testToday) {
			closed++
		}
	}
	for kind, n := range want {
		if kinds[kind] < n {
			t.Errorf("%d %s schools, want at least %d", kinds[kind], kind, n)
		}
	}
	if closed != 1 {
		t.Errorf("%d closed schools, want 1", closed)
	}
}

// checkPlacedInSchools checks that each child's school is open and takes
// children of the child's age, and that most school-age children have one.
func checkPlacedInSchools(t *testing.T, a *Authority) {
	t.Helper()
	byURN := map[string]School{}
	for _, s := range a.Schools {
		byURN[s.URN] = s
	}
	onRoll, schoolAge := 0, 0
	for _, c := range a.Children {
		ncy := ncyOn(c.DOB, a.Today)
		if ncy >= 0 && ncy <= 11 {
			schoolAge++
		}
		if c.SchoolURN == "" {
			continue
		}
		s, ok := byURN[c.SchoolURN]
		switch {
		case !ok:
			t.Errorf("child %s: school %s is not in the list", c.ID, c.SchoolURN)
		case !s.OpenOn(a.Today) || !s.Takes(ncy+4):
			t.Errorf("child %s in year group %d is at %s (%d to %d, open %v)",
				c.ID, ncy, s.Name, s.LowAge, s.HighAge, s.OpenOn(a.Today))
		case ncy >= 0 && ncy <= 11:
			onRoll++
		}
	}
	if onRoll < schoolAge*85/100 {
		t.Errorf("%d of %d children of compulsory school age have a school", onRoll, schoolAge)
	}
}
