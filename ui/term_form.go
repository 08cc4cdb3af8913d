package ui

import (
	"net/url"
	"slices"

	"github.com/openpep/openpep/app/calendar"
)

// termFormView is the page that adds a term or changes one.
type termFormView struct {
	Page
	Existing    *calendar.Term // nil when adding a term
	Action      string
	TermChoices []Option // when adding: which term it is
	TermError   *FieldError
	Start       DateInput
	End         DateInput
	HalfStart   DateInput
	HalfEnd     DateInput
	PEPDeadline DateInput
}

// termForm is a term as typed into the form.
type termForm struct {
	Name                                        string
	Start, End, HalfStart, HalfEnd, PEPDeadline dateValue
}

// The term form's date inputs, in the order the page shows them.
const (
	fieldTermStart   = "start"
	fieldTermEnd     = "end"
	fieldHalfStart   = "half-term-start"
	fieldHalfEnd     = "half-term-end"
	fieldPEPDeadline = "pep-deadline"
)

var termNames = []calendar.TermName{calendar.Autumn, calendar.Spring, calendar.Summer}

func termFormOf(v url.Values) termForm {
	return termForm{
		Name:        v.Get("term"),
		Start:       dateValueOf(v, fieldTermStart),
		End:         dateValueOf(v, fieldTermEnd),
		HalfStart:   dateValueOf(v, fieldHalfStart),
		HalfEnd:     dateValueOf(v, fieldHalfEnd),
		PEPDeadline: dateValueOf(v, fieldPEPDeadline),
	}
}

func termFormFrom(t calendar.Term) termForm {
	return termForm{
		Name:        string(t.Name),
		Start:       dateValueFrom(t.Start),
		End:         dateValueFrom(t.End),
		HalfStart:   dateValueFrom(t.HalfTermStart),
		HalfEnd:     dateValueFrom(t.HalfTermEnd),
		PEPDeadline: dateValueFrom(t.PEPDeadline),
	}
}

// termCheck collects what is wrong with a term form, field by field.
type termCheck struct {
	nameError string
	problems  map[string]*dateProblem
}

func (c *termCheck) date(field, message string, parts ...string) {
	if c.problems[field] != nil {
		return
	}
	if len(parts) == 0 {
		parts = []string{"day", "month", "year"}
	}
	c.problems[field] = &dateProblem{Message: message, Parts: parts}
}

func (c *termCheck) ok() bool { return c.nameError == "" && len(c.problems) == 0 }

// errors lists the problems in the order the fields appear.
func (c *termCheck) errors() Errors {
	var es Errors
	if c.nameError != "" {
		es.Add("term", c.nameError)
	}
	for _, f := range []string{fieldTermStart, fieldTermEnd, fieldHalfStart, fieldHalfEnd, fieldPEPDeadline} {
		es.addDateError(f, c.problems[f])
	}
	return es
}

// check reads the form into a term. existing is the term being changed,
// nil when adding one; others are every term held, which the new dates
// must not overlap.
func (f termForm) check(existing *calendar.Term, others []calendar.Term) (calendar.Term, *termCheck) {
	c := &termCheck{problems: map[string]*dateProblem{}}
	var t calendar.Term

	switch {
	case existing != nil:
		t.Name = existing.Name
	case slices.Contains(termNames, calendar.TermName(f.Name)):
		t.Name = calendar.TermName(f.Name)
	default:
		c.nameError = "Select which term this is"
	}

	for _, d := range []struct {
		field, what string
		value       dateValue
		into        *calendar.Date
	}{
		{fieldTermStart, "The start date", f.Start, &t.Start},
		{fieldTermEnd, "The end date", f.End, &t.End},
		{fieldHalfStart, "The half-term start date", f.HalfStart, &t.HalfTermStart},
		{fieldHalfEnd, "The half-term end date", f.HalfEnd, &t.HalfTermEnd},
		{fieldPEPDeadline, "The PEP deadline", f.PEPDeadline, &t.PEPDeadline},
	} {
		var problem *dateProblem
		*d.into, problem = d.value.parse(d.what)
		if problem != nil {
			c.problems[d.field] = problem
		}
	}
	if f.Start.IsBlank() {
		c.date(fieldTermStart, "Enter the date the term starts")
	}
	if f.End.IsBlank() {
		c.date(fieldTermEnd, "Enter the date the term ends")
	}
	if c.problems[fieldTermStart] != nil || c.problems[fieldTermEnd] != nil {
		return t, c
	}

	c.checkYear(&t, existing)
	c.checkInside(t)
	if c.ok() {
		c.checkOverlap(t, existing, others)
	}
	return t, c
}

// checkYear sets the academic year from the start date and keeps the term
// inside it.
func (c *termCheck) checkYear(t *calendar.Term, existing *calendar.Term) {
	t.StartYear = calendar.AcademicYearOf(t.Start)
	if existing != nil && t.StartYear != existing.StartYear {
		first, last := calendar.AcademicYearDates(existing.StartYear)
		c.date(fieldTermStart, "The start date must be in the "+existing.AcademicYear+
			" academic year, from "+first.Long()+" to "+last.Long())
		return
	}
	t.AcademicYear = calendar.YearLabel(t.StartYear)

	_, last := calendar.AcademicYearDates(t.StartYear)
	switch {
	case t.End.Before(t.Start):
		c.date(fieldTermEnd, "The end date must be the same as or after the start date")
	case t.End.After(last):
		c.date(fieldTermEnd, "The end date must be on or before "+last.Long()+
			", the end of the "+t.AcademicYear+" academic year")
	}
}

// checkInside keeps the half-term and PEP deadline inside the term.
func (c *termCheck) checkInside(t calendar.Term) {
	inside := func(d calendar.Date) bool { return !d.Before(t.Start) && !d.After(t.End) }

	switch {
	case t.HalfTermStart.IsZero() != t.HalfTermEnd.IsZero() && t.HalfTermStart.IsZero():
		c.date(fieldHalfStart, "Enter the date half-term starts, or leave both half-term dates blank")
	case t.HalfTermStart.IsZero() != t.HalfTermEnd.IsZero():
		c.date(fieldHalfEnd, "Enter the date half-term ends, or leave both half-term dates blank")
	case t.HalfTermStart.IsZero():
	case !inside(t.HalfTermStart):
		c.date(fieldHalfStart, "The half-term start date must be inside the term")
	case !inside(t.HalfTermEnd):
		c.date(fieldHalfEnd, "The half-term end date must be inside the term")
	case t.HalfTermEnd.Before(t.HalfTermStart):
		c.date(fieldHalfEnd, "The half-term end date must be the same as or after its start date")
	}

	if !t.PEPDeadline.IsZero() && !inside(t.PEPDeadline) {
		c.date(fieldPEPDeadline, "The PEP deadline must be inside the term")
	}
}

// checkOverlap refuses a term already held (when adding) and dates that
// overlap another term.
func (c *termCheck) checkOverlap(t calendar.Term, existing *calendar.Term, others []calendar.Term) {
	for _, o := range others {
		same := o.StartYear == t.StartYear && o.Name == t.Name
		switch {
		case same && existing == nil:
			c.nameError = "The " + termName(o) + " is already held. Change it from the term dates page"
			return
		case same:
			continue
		case !o.End.Before(t.Start) && !t.End.Before(o.Start):
			c.date(fieldTermStart, "These dates overlap the "+termName(o)+", which runs from "+
				o.Start.Long()+" to "+o.End.Long())
			return
		}
	}
}

// fill shows form f and the problems found in it on view.
func (view *termFormView) fill(f termForm, c *termCheck) {
	if c == nil {
		c = &termCheck{problems: map[string]*dateProblem{}}
	}
	view.Errors = c.errors()
	view.TermError = view.Errors.Get("term")
	if view.Existing == nil {
		for _, n := range termNames {
			view.TermChoices = append(view.TermChoices,
				Option{Value: string(n), Text: termTitle(n), Selected: string(n) == f.Name})
		}
	}

	input := func(field, legend, hint string, v dateValue) DateInput {
		return newDateInput(field, legend, hint, v, c.problems[field])
	}
	const example = "For example, 1 9 2025"
	view.Start = input(fieldTermStart, "First day of term", example, f.Start)
	view.End = input(fieldTermEnd, "Last day of term", example, f.End)
	view.HalfStart = input(fieldHalfStart, "First day of half-term",
		"Leave both half-term dates blank if the term has none", f.HalfStart)
	view.HalfEnd = input(fieldHalfEnd, "Last day of half-term", "", f.HalfEnd)
	view.PEPDeadline = input(fieldPEPDeadline, "PEP deadline (optional)",
		"Leave blank to use the last school day of the term", f.PEPDeadline)
}
