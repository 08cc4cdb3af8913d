package ui

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// dateValue is what someone typed into a GOV.UK date input, kept as text
// so that a form shown again with errors shows it unchanged.
type dateValue struct {
	Day, Month, Year string
}

// dateValueOf reads the date input called name from form values.
func dateValueOf(v url.Values, name string) dateValue {
	return dateValue{
		Day:   strings.TrimSpace(v.Get(name + "-day")),
		Month: strings.TrimSpace(v.Get(name + "-month")),
		Year:  strings.TrimSpace(v.Get(name + "-year")),
	}
}

// dateValueFrom shows d in a date input; the zero date shows as blank.
func dateValueFrom(d calendar.Date) dateValue {
	if d.IsZero() {
		return dateValue{}
	}
	return dateValue{
		Day:   strconv.Itoa(d.Day()),
		Month: strconv.Itoa(int(d.Month())),
		Year:  strconv.Itoa(d.Year()),
	}
}

// IsBlank reports whether nothing was typed.
func (v dateValue) IsBlank() bool { return v.Day == "" && v.Month == "" && v.Year == "" }

// dateProblem says what is wrong with a typed date, as GOV.UK's date input
// guidance words it, and which parts to highlight.
type dateProblem struct {
	Message string
	Parts   []string // "day", "month", "year"
}

// parse reads v as a date. what names the date in messages ("The start
// date"). A blank value is the zero date with no problem; callers decide
// whether blank is allowed.
func (v dateValue) parse(what string) (calendar.Date, *dateProblem) {
	if v.IsBlank() {
		return calendar.Date{}, nil
	}

	var missing []string
	for _, p := range []struct{ name, value string }{
		{"day", v.Day}, {"month", v.Month}, {"year", v.Year},
	} {
		if p.value == "" {
			missing = append(missing, p.name)
		}
	}
	if len(missing) > 0 {
		return calendar.Date{}, &dateProblem{
			Message: what + " must include a " + strings.Join(missing, " and "),
			Parts:   missing,
		}
	}

	day, errD := strconv.Atoi(v.Day)
	month, errM := strconv.Atoi(v.Month)
	year, errY := strconv.Atoi(v.Year)
	if errD != nil || errM != nil || errY != nil || len(v.Year) != 4 ||
		month < 1 || month > 12 || day < 1 || day > 31 {
		return calendar.Date{}, &dateProblem{
			Message: what + " must be a real date", Parts: []string{"day", "month", "year"},
		}
	}

	d := calendar.NewDate(year, time.Month(month), day)
	if d.Day() != day {
		return calendar.Date{}, &dateProblem{
			Message: what + " must be a real date", Parts: []string{"day"},
		}
	}
	return d, nil
}

// DateInput is the view model of a GOV.UK date input.
type DateInput struct {
	ID          string // also the name prefix of its three fields
	Legend      string
	LegendClass string // e.g. "govuk-fieldset__legend--s"
	Hint        string
	Error       string
	Parts       []DatePart
}

// DatePart is one of a date input's day, month and year fields.
type DatePart struct {
	ID, Name, Label, Value, WidthClass string
	Error                              bool
}

// newDateInput builds the input called id showing v and problem, if any.
func newDateInput(id, legend, hint string, v dateValue, problem *dateProblem) DateInput {
	in := DateInput{ID: id, Legend: legend, LegendClass: "govuk-fieldset__legend--s", Hint: hint}
	bad := map[string]bool{}
	if problem != nil {
		in.Error = problem.Message
		for _, p := range problem.Parts {
			bad[p] = true
		}
	}
	for _, p := range []struct{ part, label, value, width string }{
		{"day", "Day", v.Day, "govuk-input--width-2"},
		{"month", "Month", v.Month, "govuk-input--width-2"},
		{"year", "Year", v.Year, "govuk-input--width-4"},
	} {
		in.Parts = append(in.Parts, DatePart{
			ID: id + "-" + p.part, Name: id + "-" + p.part, Label: p.label,
			Value: p.value, WidthClass: p.width, Error: bad[p.part],
		})
	}
	return in
}

// addDateError records problem against the date input id, linking the
// error summary to the first field in error.
func (es *Errors) addDateError(id string, problem *dateProblem) {
	if problem == nil {
		return
	}
	first := "day"
	if len(problem.Parts) > 0 {
		first = problem.Parts[0]
	}
	es.Add(id+"-"+first, problem.Message)
}
