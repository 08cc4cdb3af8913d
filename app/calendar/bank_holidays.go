package calendar

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// englandAndWales is the gov.uk name of the division this package uses.
const englandAndWales = "england-and-wales"

// bankHolidaysJSON lists England and Wales bank holidays for 2015 to 2028
// in the gov.uk bank-holidays.json shape. It is generated from the rules in
// bank_holidays_rules_test.go: go test ./app/calendar -run TestBankHolidaysFile -update
//
//go:embed bank_holidays.json
var bankHolidaysJSON []byte

var shipped = sync.OnceValues(func() ([]Holiday, error) {
	return ParseBankHolidaysJSON(bankHolidaysJSON)
})

// Holidays returns the England and Wales bank holidays for 2015 to 2028
// inclusive that ship with OpenPEP, sorted by date. An authority extends
// them by loading a newer gov.uk file and merging it with MergeHolidays.
func Holidays() []Holiday {
	h, err := shipped()
	if err != nil {
		panic("calendar: shipped bank holidays do not parse: " + err.Error())
	}
	return slices.Clone(h)
}

// govukDivision is one division of gov.uk's bank-holidays.json.
type govukDivision struct {
	Division string       `json:"division"`
	Events   []govukEvent `json:"events"`
}

// govukEvent is one bank holiday in gov.uk's bank-holidays.json.
type govukEvent struct {
	Title   string `json:"title"`
	Date    string `json:"date"`
	Notes   string `json:"notes"`
	Bunting bool   `json:"bunting"`
}

// ParseBankHolidaysJSON reads bank holidays in the format gov.uk publishes
// at https://www.gov.uk/bank-holidays.json, keeping only England and Wales.
// It takes the whole file (an object keyed by division) or the
// england-and-wales division alone. A holiday with notes, such as a
// substitute day, is named "Boxing Day (substitute day)".
func ParseBankHolidaysJSON(data []byte) ([]Holiday, error) {
	div, err := decodeDivision(data)
	if err != nil {
		return nil, fmt.Errorf("read bank holidays: %w", err)
	}
	if len(div.Events) == 0 {
		return nil, errors.New("read bank holidays: the england-and-wales division lists no events")
	}

	out := make([]Holiday, 0, len(div.Events))
	for i, ev := range div.Events {
		h, err := ev.holiday()
		if err != nil {
			return nil, fmt.Errorf("read bank holidays: event %d: %w", i+1, err)
		}
		out = append(out, h)
	}
	return MergeHolidays(nil, out), nil
}

func decodeDivision(data []byte) (govukDivision, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return govukDivision{}, fmt.Errorf("not a gov.uk bank holidays file: %w", err)
	}

	raw, whole := top[englandAndWales]
	if !whole {
		if _, bare := top["division"]; !bare {
			return govukDivision{}, errors.New("no england-and-wales division found")
		}
		raw = data
	}

	var div govukDivision
	if err := json.Unmarshal(raw, &div); err != nil {
		return govukDivision{}, fmt.Errorf("decode england-and-wales division: %w", err)
	}
	if div.Division != englandAndWales {
		return govukDivision{}, fmt.Errorf("division is %q, want %q", div.Division, englandAndWales)
	}
	return div, nil
}

func (ev govukEvent) holiday() (Holiday, error) {
	day, err := ParseISO(ev.Date)
	if err != nil {
		return Holiday{}, err
	}

	name := strings.TrimSpace(ev.Title)
	if name == "" {
		return Holiday{}, fmt.Errorf("bank holiday on %s has no title", day)
	}
	if notes := strings.TrimSpace(ev.Notes); notes != "" {
		name += " (" + strings.ToLower(notes) + ")"
	}
	return Holiday{Date: day, Name: name}, nil
}

// MergeHolidays combines two lists of bank holidays into one sorted by
// date, with one holiday per date: where both name a date, b's name wins
// (and within one list, the later entry).
func MergeHolidays(a, b []Holiday) []Holiday {
	byDate := make(map[Date]Holiday, len(a)+len(b))
	for _, h := range slices.Concat(a, b) {
		byDate[h.Date] = h
	}
	return slices.SortedFunc(maps.Values(byDate), func(x, y Holiday) int {
		return x.Date.t.Compare(y.Date.t)
	})
}
