package demo

import "github.com/openpep/openpep/app/calendar"

// schoolPool indexes the open schools by kind and by the ages they take,
// for placing children.
type schoolPool struct {
	byKind map[string]*[maxSchoolAge + 1][]string
	byAge  [maxSchoolAge + 1][]string
}

const maxSchoolAge = 19

func newSchoolPool(schools []School, today calendar.Date) schoolPool {
	p := schoolPool{byKind: map[string]*[maxSchoolAge + 1][]string{}}
	for _, s := range schools {
		if !s.OpenOn(today) {
			continue
		}
		ages := p.byKind[s.Kind]
		if ages == nil {
			ages = new([maxSchoolAge + 1][]string)
			p.byKind[s.Kind] = ages
		}
		for age := max(s.LowAge, 0); age < s.HighAge && age <= maxSchoolAge; age++ {
			ages[age] = append(ages[age], s.URN)
			p.byAge[age] = append(p.byAge[age], s.URN)
		}
	}
	return p
}

// pick returns an open school of kind taking children of age, or any open
// school taking them, or "" when there is none.
func (p schoolPool) pick(g *generator, kind string, age int) string {
	if age < 0 || age > maxSchoolAge {
		return ""
	}
	if ages := p.byKind[kind]; ages != nil && len(ages[age]) > 0 {
		return pickOf(g, ages[age])
	}
	if len(p.byAge[age]) > 0 {
		return pickOf(g, p.byAge[age])
	}
	return ""
}

// schoolKinds weights the kinds of school, "" for none on a roll, that
// children of each phase attend.
var (
	nurseryKinds   = []choice{{KindNursery, 25}, {KindPrimary, 50}, {KindAllThrough, 10}, {"", 15}}
	primaryKinds   = []choice{{KindPrimary, 85}, {KindAllThrough, 5}, {KindSpecial, 7}, {"", 3}}
	secondaryKinds = []choice{
		{KindSecondary, 72}, {KindAllThrough, 5}, {KindSpecial, 12}, {KindAlternative, 6}, {"", 5},
	}
	sixthFormKinds = []choice{
		{KindSixthForm, 35}, {KindSecondary, 30}, {KindAllThrough, 5}, {KindSpecial, 8}, {"", 22},
	}
)

// schoolFor returns the URN of a school suiting a child in year group ncy,
// or "" for a child on no school's roll.
func (g *generator) schoolFor(ncy int) string {
	var kinds []choice
	switch {
	case ncy == -1:
		kinds = nurseryKinds
	case ncy >= 0 && ncy <= 6:
		kinds = primaryKinds
	case ncy >= 7 && ncy <= 11:
		kinds = secondaryKinds
	case ncy == 12 || ncy == 13:
		kinds = sixthFormKinds
	default:
		return ""
	}

	kind := g.pick(kinds)
	if kind == "" {
		return ""
	}
	return g.schoolPool.pick(g, kind, ncy+4)
}
