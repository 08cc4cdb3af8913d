package demo

import (
	"strconv"
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// The kinds of school the generator invents.
const (
	KindNursery     = "nursery"
	KindPrimary     = "primary"
	KindSecondary   = "secondary"
	KindAllThrough  = "all-through"
	KindSpecial     = "special"
	KindAlternative = "alternative provision"
	KindSixthForm   = "sixth-form college"
)

// School is one establishment of the GIAS file.
type School struct {
	URN                 string // six digits, starting 99 (fictional)
	EstablishmentNumber string // four digits; LAESTAB is LACode followed by it
	Name                string
	Kind                string // one of the Kind constants
	TypeCode, Type      string // TypeOfEstablishment
	GroupCode, Group    string // EstablishmentTypeGroup
	PhaseCode, Phase    string // PhaseOfEducation
	LowAge, HighAge     int    // statutory age range
	Religion            string // ReligiousCharacter (name)
	NurseryClasses      bool
	SixthForm           bool
	Open, Close         calendar.Date // zero when not recorded
	Street, Town        string
	Postcode            string
	HeadTitle           string
	HeadForename        string
	HeadSurname         string
	Capacity, Pupils    int
}

// OpenOn reports whether the school was open on d.
func (s School) OpenOn(d calendar.Date) bool {
	return (s.Open.IsZero() || !s.Open.After(d)) && (s.Close.IsZero() || s.Close.After(d))
}

// Takes reports whether the school's statutory age range covers a child
// aged age on the 31 August before the academic year.
func (s School) Takes(age int) bool { return age >= s.LowAge && age < s.HighAge }

// establishment is a type of establishment with its GIAS codes.
type establishment struct {
	typeCode, typeName   string
	groupCode, groupName string
}

// maintained is the type group of local authority maintained schools.
const maintained = "Local authority maintained schools"

var (
	communitySchool   = establishment{"01", "Community school", "4", maintained}
	voluntaryAided    = establishment{"02", "Voluntary aided school", "4", maintained}
	voluntaryControl  = establishment{"03", "Voluntary controlled school", "4", maintained}
	communitySpecial  = establishment{"07", "Community special school", "5", "Special schools"}
	pupilReferralUnit = establishment{"14", "Pupil referral unit", "4", maintained}
	laNursery         = establishment{"15", "Local authority nursery school", "4", maintained}
	furtherEducation  = establishment{"18", "Further education", "1", "Colleges"}
	sponsorLed        = establishment{"28", "Academy sponsor led", "10", "Academies"}
	academyConverter  = establishment{"34", "Academy converter", "10", "Academies"}
	freeSchool        = establishment{"35", "Free schools", "11", "Free Schools"}
	specialConverter  = establishment{"44", "Academy special converter", "10", "Academies"}
)

// primaryTypes and secondaryTypes weight the types of establishment by
// repeating them: most are academies, then community and church schools.
var (
	primaryTypes = []establishment{communitySchool, communitySchool, academyConverter,
		academyConverter, sponsorLed, voluntaryAided, voluntaryControl, freeSchool}
	secondaryTypes = []establishment{academyConverter, academyConverter, academyConverter,
		sponsorLed, sponsorLed, communitySchool, voluntaryAided, freeSchool}
)

// schoolKinds returns the kinds of n schools: one each of nursery,
// all-through, special, alternative provision and sixth-form college, a
// closed primary, a second special school from 16 schools up, and the rest
// primary and secondary two to one.
func schoolKinds(n int) (kinds []string, closed int) {
	kinds = []string{KindNursery, KindAllThrough, KindSpecial, KindAlternative, KindSixthForm, KindPrimary}
	closed = len(kinds) - 1
	if n >= 16 {
		kinds = append(kinds, KindSpecial)
	}
	rest := n - len(kinds)
	primaries := max(1, (rest*2+1)/3)
	for i := 0; i < rest; i++ {
		if i < primaries {
			kinds = append(kinds, KindPrimary)
		} else {
			kinds = append(kinds, KindSecondary)
		}
	}
	return kinds, closed
}

// schools invents opts.Schools schools and keeps the open ones by kind for
// placing children.
func (g *generator) schools() []School {
	kinds, closed := schoolKinds(g.opts.Schools)
	b := schoolBuilder{g: g, urns: map[string]bool{}, names: map[string]bool{}, numbers: map[int]int{}}
	var out []School
	for i, kind := range kinds {
		s := b.school(kind, i)
		if i == closed {
			b.close(&s)
		}
		out = append(out, s)
	}
	g.schoolPool = newSchoolPool(out, g.today.date())
	return out
}

// schoolBuilder keeps the URNs, names and establishment numbers in use.
type schoolBuilder struct {
	g       *generator
	urns    map[string]bool
	names   map[string]bool
	numbers map[int]int // next establishment number by range base
}

// school invents one school of the given kind; i is its position, which
// spreads schools across the towns.
func (b *schoolBuilder) school(kind string, i int) School {
	g := b.g
	town := towns[i%len(towns)]
	s := School{Kind: kind, Town: town, Religion: "Does not apply"}
	b.shape(&s)
	s.URN = b.urn()
	s.Name = b.name(&s)
	s.Street = pickOf(g, streetNames) + " " + pickOf(g, streetKinds)
	s.Postcode = postcode(g, i%len(towns)+1)
	s.HeadTitle = pickOf(g, headTitles)
	s.HeadForename = pickOf(g, headForenames)
	s.HeadSurname = pickOf(g, surnames)
	s.Capacity, s.Pupils = b.size(kind)
	if s.GroupCode == academyConverter.groupCode || s.GroupCode == freeSchool.groupCode {
		s.Open = dayFor(g.between(2011, academicYear(g.today)-1), time.September, 1).date()
	}
	return s
}

// shape sets the type, phase, age range and establishment number.
func (b *schoolBuilder) shape(s *School) {
	g := b.g
	var e establishment
	base := 2000
	switch s.Kind {
	case KindNursery:
		e, base = laNursery, 1000
		s.PhaseCode, s.Phase, s.LowAge, s.HighAge = "1", "Nursery", 3, 5
		s.NurseryClasses = true
	case KindPrimary:
		e = pickOf(g, primaryTypes)
		s.PhaseCode, s.Phase, s.LowAge, s.HighAge = "2", "Primary", 4, 11
		if g.chance(0.5) {
			s.LowAge, s.NurseryClasses = 3, true
		}
	case KindSecondary:
		e, base = pickOf(g, secondaryTypes), 4000
		s.PhaseCode, s.Phase, s.LowAge, s.HighAge = "4", "Secondary", 11, 16
		if g.chance(0.6) {
			s.HighAge, s.SixthForm = 18, true
		}
	case KindAllThrough:
		e, base = sponsorLed, 4000
		s.PhaseCode, s.Phase, s.LowAge, s.HighAge = "7", "All-through", 3, 18
		s.NurseryClasses, s.SixthForm = true, true
	case KindSpecial:
		e, base = communitySpecial, 7000
		s.PhaseCode, s.Phase, s.LowAge, s.HighAge = "0", "Not applicable", 2, 19
		if b.numbers[base] > 0 { // the second is a secondary SEMH academy
			e, s.LowAge = specialConverter, 11
		}
		s.SixthForm = true
	case KindAlternative:
		e, base = pupilReferralUnit, 1100
		s.PhaseCode, s.Phase, s.LowAge, s.HighAge = "0", "Not applicable", 11, 16
	case KindSixthForm:
		e, base = furtherEducation, 8000
		s.PhaseCode, s.Phase, s.LowAge, s.HighAge = "6", "16 plus", 16, 19
		s.SixthForm = true
	}
	if e == voluntaryAided {
		s.Religion = "Roman Catholic"
	} else if e == voluntaryControl {
		s.Religion = "Church of England"
	}
	s.TypeCode, s.Type, s.GroupCode, s.Group = e.typeCode, e.typeName, e.groupCode, e.groupName
	b.numbers[base]++
	s.EstablishmentNumber = strconv.Itoa(base + b.numbers[base])
}

// urn returns an unused six-digit URN starting 99.
func (b *schoolBuilder) urn() string {
	for {
		u := strconv.Itoa(990000 + b.g.rng.IntN(10000))
		if !b.urns[u] {
			b.urns[u] = true
			return u
		}
	}
}

// name returns an unused name suiting the school.
func (b *schoolBuilder) name(s *School) string {
	for try := 0; ; try++ {
		n := b.nameOnce(s)
		if try > 20 {
			n += " " + strconv.Itoa(try)
		}
		if !b.names[n] {
			b.names[n] = true
			return n
		}
	}
}

func (b *schoolBuilder) nameOnce(s *School) string {
	g := b.g
	street := pickOf(g, streetNames)
	switch {
	case s.Religion == "Roman Catholic" && s.Kind == KindPrimary:
		return "St " + pickOf(g, saints) + "’s Catholic Primary School"
	case s.Religion == "Roman Catholic":
		return "St " + pickOf(g, saints) + "’s Catholic High School"
	case s.Religion == "Church of England":
		return s.Town + " Church of England Primary School"
	}

	switch s.Kind {
	case KindNursery:
		return s.Town + " Nursery School"
	case KindPrimary:
		return pickOf(g, []string{s.Town + " Primary School", s.Town + " " + street + " Primary School",
			street + " Primary Academy", s.Town + " Infant and Junior School"})
	case KindSecondary:
		return pickOf(g, []string{s.Town + " Academy", s.Town + " High School",
			s.Town + " Community College", s.Town + " " + street + " School"})
	case KindAllThrough:
		return s.Town + " All-Through Academy"
	case KindSpecial:
		return pickOf(g, []string{s.Town + " " + street + " School", street + " Lodge School"})
	case KindAlternative:
		return LAName + " Pupil Referral Unit – " + s.Town
	default:
		return s.Town + " Sixth Form College"
	}
}

// size returns a capacity and a number on roll for a school of kind.
func (b *schoolBuilder) size(kind string) (capacity, pupils int) {
	capacity = map[string]int{
		KindNursery: 90, KindPrimary: 420, KindSecondary: 1200, KindAllThrough: 1800,
		KindSpecial: 160, KindAlternative: 60, KindSixthForm: 1500,
	}[kind]
	return capacity, capacity * b.g.between(70, 102) / 100
}

// close turns s into the closed school: a junior school that shut at the
// end of the academic year before last.
func (b *schoolBuilder) close(s *School) {
	s.Name = s.Town + " Junior School"
	s.LowAge, s.HighAge, s.NurseryClasses = 7, 11, false
	s.Close = dayFor(academicYear(b.g.today)-1, time.August, 31).date()
	s.Pupils = 0
}

// postcode returns a fictional postcode in district XX<district>.
func postcode(g *generator, district int) string {
	const inward = "ABDEFGHJLNPQRSTUWXYZ"
	return "XX" + strconv.Itoa(district) + " " + strconv.Itoa(g.rng.IntN(10)) +
		string(inward[g.rng.IntN(len(inward))]) + string(inward[g.rng.IntN(len(inward))])
}
