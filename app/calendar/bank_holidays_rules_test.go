package calendar

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite bank_holidays.json from the rules")

// The years bank_holidays.json covers.
const firstShippedYear, lastShippedYear = 2014, 2028

// TestBankHolidaysFile checks that the shipped file is exactly what the
// rules below give, and with -update writes it.
func TestBankHolidaysFile(t *testing.T) {
	want := generateBankHolidays(firstShippedYear, lastShippedYear)
	if *update {
		if err := os.WriteFile("bank_holidays.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(bankHolidaysJSON, want) {
		t.Error("bank_holidays.json differs from the rules; run go test -run TestBankHolidaysFile -update")
	}
}

// generateBankHolidays renders the rule-made holidays for the given years
// in the gov.uk bank-holidays.json shape.
func generateBankHolidays(from, to int) []byte {
	var events []govukEvent
	for y := from; y <= to; y++ {
		events = append(events, ruleHolidays(y)...)
	}

	file := map[string]govukDivision{
		englandAndWales: {Division: englandAndWales, Events: events},
	}
	out, err := json.MarshalIndent(file, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(out, '\n')
}

// ruleHolidays lists the England and Wales bank holidays of year y from
// the standing rules (Banking and Financial Dealings Act 1971 and the
// annual proclamations), with the one-off changes since 2015 written in.
func ruleHolidays(y int) []govukEvent {
	easter := EasterSunday(y)
	events := substituted("New Year’s Day", NewDate(y, time.January, 1))
	events = append(events,
		event("Good Friday", easter.AddDays(-2)),
		event("Easter Monday", easter.AddDays(1)),
	)

	switch y {
	case 2020:
		events = append(events, event("Early May bank holiday (VE day)", NewDate(2020, time.May, 8)))
	case 2023:
		events = append(events, event("Early May bank holiday", weekdayOnOrAfter(NewDate(y, time.May, 1), time.Monday)),
			event("Bank holiday for the coronation of King Charles III", NewDate(2023, time.May, 8)))
	default:
		events = append(events, event("Early May bank holiday", weekdayOnOrAfter(NewDate(y, time.May, 1), time.Monday)))
	}

	if y == 2022 {
		events = append(events,
			event("Spring bank holiday", NewDate(2022, time.June, 2)),
			event("Platinum Jubilee bank holiday", NewDate(2022, time.June, 3)),
		)
	} else {
		events = append(events, event("Spring bank holiday", lastWeekday(y, time.May, time.Monday)))
	}

	events = append(events, event("Summer bank holiday", lastWeekday(y, time.August, time.Monday)))
	if y == 2022 {
		events = append(events,
			event("Bank holiday for the State Funeral of Queen Elizabeth II", NewDate(2022, time.September, 19)))
	}
	return append(events, christmas(y)...)
}

func event(title string, d Date) govukEvent {
	return govukEvent{Title: title, Date: d.String(), Bunting: true}
}

// substituted returns the holiday on d, moved to the next Monday when d
// falls at a weekend.
func substituted(title string, d Date) []govukEvent {
	switch d.Weekday() {
	case time.Saturday:
		return []govukEvent{substitute(title, d.AddDays(2))}
	case time.Sunday:
		return []govukEvent{substitute(title, d.AddDays(1))}
	}
	return []govukEvent{event(title, d)}
}

func substitute(title string, d Date) govukEvent {
	ev := event(title, d)
	ev.Notes = "Substitute day"
	return ev
}

// christmas returns Christmas Day and Boxing Day with their substitutes:
// when either falls at a weekend it moves to the next weekday not already
// a holiday.
func christmas(y int) []govukEvent {
	xmas := NewDate(y, time.December, 25)
	switch xmas.Weekday() {
	case time.Friday:
		return []govukEvent{event("Christmas Day", xmas), substitute("Boxing Day", xmas.AddDays(3))}
	case time.Saturday:
		return []govukEvent{substitute("Christmas Day", xmas.AddDays(2)), substitute("Boxing Day", xmas.AddDays(3))}
	case time.Sunday:
		return []govukEvent{event("Boxing Day", xmas.AddDays(1)), substitute("Christmas Day", xmas.AddDays(2))}
	}
	return []govukEvent{event("Christmas Day", xmas), event("Boxing Day", xmas.AddDays(1))}
}
