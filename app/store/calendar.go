package store

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
)

type termRow struct {
	ID            string  `db:"id"`
	AcademicYear  string  `db:"academic_year"`
	StartYear     float64 `db:"start_year"`
	Term          string  `db:"term"`
	Start         string  `db:"start"`
	End           string  `db:"end"`
	HalfTermStart string  `db:"half_term_start"`
	HalfTermEnd   string  `db:"half_term_end"`
	PEPDeadline   string  `db:"pep_deadline"`
	Example       bool    `db:"example"`
}

func (r termRow) term() calendar.Term {
	return calendar.Term{
		AcademicYear:  r.AcademicYear,
		StartYear:     int(r.StartYear),
		Name:          calendar.TermName(r.Term),
		Start:         fromDB(r.Start),
		End:           fromDB(r.End),
		HalfTermStart: fromDB(r.HalfTermStart),
		HalfTermEnd:   fromDB(r.HalfTermEnd),
		PEPDeadline:   fromDB(r.PEPDeadline),
		Example:       r.Example,
	}
}

type closureRow struct {
	Date    string `db:"date"`
	Reason  string `db:"reason"`
	Example bool   `db:"example"`
}

type holidayRow struct {
	Date string `db:"date"`
	Name string `db:"name"`
}

// LoadTerms returns the loaded terms and closures as stored, in date order.
func LoadTerms(app core.App) ([]calendar.Term, []calendar.Closure, error) {
	var terms []termRow
	err := app.DB().Select("*").From(Terms).OrderBy("start").All(&terms)
	if err != nil {
		return nil, nil, fmt.Errorf("load terms: %w", err)
	}

	var closures []closureRow
	err = app.DB().Select("date", "reason", "example").From(Closures).OrderBy("date").All(&closures)
	if err != nil {
		return nil, nil, fmt.Errorf("load closures: %w", err)
	}

	ts := make([]calendar.Term, len(terms))
	for i, r := range terms {
		ts[i] = r.term()
	}
	cs := make([]calendar.Closure, len(closures))
	for i, r := range closures {
		cs[i] = calendar.Closure{Date: fromDB(r.Date), Reason: r.Reason, Example: r.Example}
	}
	return ts, cs, nil
}

// LoadHolidays returns the shipped bank holidays merged with any the
// authority imported.
func LoadHolidays(app core.App) ([]calendar.Holiday, error) {
	var rows []holidayRow
	if err := app.DB().Select("date", "name").From(BankHolidays).All(&rows); err != nil {
		return nil, fmt.Errorf("load bank holidays: %w", err)
	}

	imported := make([]calendar.Holiday, len(rows))
	for i, r := range rows {
		imported[i] = calendar.Holiday{Date: fromDB(r.Date), Name: r.Name}
	}
	return calendar.MergeHolidays(calendar.Holidays(), imported), nil
}

// LoadCalendar builds the authority's calendar from the database.
func LoadCalendar(app core.App) (*calendar.Calendar, error) {
	holidays, err := LoadHolidays(app)
	if err != nil {
		return nil, err
	}

	terms, closures, err := LoadTerms(app)
	if err != nil {
		return nil, err
	}

	cal, err := calendar.New(holidays, terms, closures)
	if err != nil {
		return nil, fmt.Errorf("build calendar: %w", err)
	}
	return cal, nil
}

// SaveHolidays stores bank holidays the authority loaded, adding or
// renaming each; it returns how many were not known before, either here or
// in the list that ships with OpenPEP.
func SaveHolidays(app core.App, holidays []calendar.Holiday) (added int, err error) {
	known, err := LoadHolidays(app)
	if err != nil {
		return 0, err
	}
	isKnown := make(map[calendar.Date]bool, len(known))
	for _, h := range known {
		isKnown[h.Date] = true
	}

	for _, h := range holidays {
		if !isKnown[h.Date] {
			added++
		}

		var existing struct {
			ID string `db:"id"`
		}
		err := app.DB().Select("id").From(BankHolidays).
			Where(dbx.HashExp{"date": toDB(h.Date)}).One(&existing)
		if err == nil {
			err = updateRow(app, BankHolidays, existing.ID, dbx.Params{"name": h.Name})
		} else {
			_, err = insertRow(app, BankHolidays, dbx.Params{"date": toDB(h.Date), "name": h.Name})
		}
		if err != nil {
			return 0, fmt.Errorf("save bank holiday %s: %w", h.Date, err)
		}
	}
	return added, nil
}

// TermsResult counts what ReplaceTerms changed.
type TermsResult struct {
	Years            []string // academic years the authority's terms now define
	TermsAdded       int
	TermsReplaced    int
	ExampleRemoved   int // example terms dropped for those years
	ClosuresAdded    int
	ClosuresRemoved  int
	ClosuresReplaced int
}

// ReplaceTerms stores an authority's own terms and closures. For each
// academic year the terms cover, everything held for that year before
// (the shipped example, or an earlier load) is replaced, closures included,
// so that a partial example can never mix with the authority's own dates.
// Closures outside those years are added alongside what is there.
func ReplaceTerms(app core.App, terms []calendar.Term, closures []calendar.Closure) (*TermsResult, error) {
	res := &TermsResult{}
	years := map[int]string{}
	for _, t := range terms {
		years[t.StartYear] = t.AcademicYear
	}

	err := app.RunInTransaction(func(tx core.App) error {
		for start, label := range years {
			removed, exRemoved, err := deleteYear(tx, start)
			if err != nil {
				return err
			}
			res.ExampleRemoved += exRemoved
			res.TermsReplaced += removed - exRemoved
			res.Years = append(res.Years, label)

			n, err := deleteClosures(tx, start)
			if err != nil {
				return err
			}
			res.ClosuresRemoved += n
		}

		for _, t := range terms {
			if err := insertTerm(tx, t); err != nil {
				return err
			}
			res.TermsAdded++
		}
		for _, c := range closures {
			replaced, err := upsertClosure(tx, c)
			if err != nil {
				return err
			}
			if replaced {
				res.ClosuresReplaced++
			} else {
				res.ClosuresAdded++
			}
		}

		// The whole set must still make a calendar: overlapping terms
		// from two loads are refused here, inside the transaction.
		_, err := LoadCalendar(tx)
		return err
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

func deleteYear(tx core.App, startYear int) (removed, example int, err error) {
	var n struct {
		Example int `db:"n"`
	}
	err = tx.DB().Select("COUNT(*) AS n").From(Terms).
		Where(dbx.HashExp{"start_year": startYear, "example": true}).One(&n)
	if err != nil {
		return 0, 0, fmt.Errorf("count example terms: %w", err)
	}

	removed, err = deleteRows(tx, Terms, dbx.HashExp{"start_year": startYear})
	return removed, n.Example, err
}

func deleteClosures(tx core.App, startYear int) (int, error) {
	first, last := calendar.AcademicYearDates(startYear)
	return deleteRows(tx, Closures, dbx.Between("date", toDB(first), toDB(last)))
}

func insertTerm(tx core.App, t calendar.Term) error {
	_, err := insertRow(tx, Terms, termParams(t))
	if err != nil {
		return fmt.Errorf("save term %s: %w", t.Label(), err)
	}
	return nil
}

// termParams maps t onto the terms columns. An unset PEP deadline stays
// blank so that the default (the last school day) follows later edits.
func termParams(t calendar.Term) dbx.Params {
	return dbx.Params{
		"academic_year":   t.AcademicYear,
		"start_year":      t.StartYear,
		"term":            string(t.Name),
		"start":           toDB(t.Start),
		"end":             toDB(t.End),
		"half_term_start": toDB(t.HalfTermStart),
		"half_term_end":   toDB(t.HalfTermEnd),
		"pep_deadline":    toDB(t.PEPDeadline),
		"example":         t.Example,
	}
}

func upsertClosure(tx core.App, c calendar.Closure) (replaced bool, err error) {
	values := dbx.Params{"date": toDB(c.Date), "reason": c.Reason, "example": c.Example}

	var existing struct {
		ID string `db:"id"`
	}
	err = tx.DB().Select("id").From(Closures).Where(dbx.HashExp{"date": values["date"]}).One(&existing)
	if err == nil {
		return true, updateRow(tx, Closures, existing.ID, values)
	}

	_, err = insertRow(tx, Closures, values)
	return false, err
}
