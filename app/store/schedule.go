package store

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
)

// Scheduled is one child's schedule inputs as stored.
type Scheduled struct {
	RecordID string
	Child    schedule.Child
	PEPs     []calendar.Date // completion dates of completed PEPs
}

type scheduleChildRow struct {
	ID      string `db:"id"`
	ChildID string `db:"child_id"`
	DOB     string `db:"dob"`
}

type scheduleEpisodeRow struct {
	Child string `db:"child"`
	DECOM string `db:"decom"`
	DEC   string `db:"dec"`
	RNE   string `db:"rne"`
}

type schedulePEPRow struct {
	Child     string `db:"child"`
	Completed string `db:"completed_date"`
}

// LoadScheduled reads the schedule inputs of the given children (by record
// id), or of every child when ids is empty, in child id order.
func LoadScheduled(app core.App, ids ...string) ([]Scheduled, error) {
	var where dbx.Expression
	if len(ids) > 0 {
		where = dbx.In("id", toAny(ids)...)
	}

	var children []scheduleChildRow
	err := app.DB().Select("id", "child_id", "dob").From(Children).
		Where(where).OrderBy("child_id").All(&children)
	if err != nil {
		return nil, fmt.Errorf("load children: %w", err)
	}

	var childWhere dbx.Expression
	if len(ids) > 0 {
		childWhere = dbx.In("child", toAny(ids)...)
	}

	var episodes []scheduleEpisodeRow
	err = app.DB().Select("child", "decom", "dec", "rne").From(Episodes).
		Where(childWhere).All(&episodes)
	if err != nil {
		return nil, fmt.Errorf("load episodes: %w", err)
	}

	var peps []schedulePEPRow
	err = app.DB().Select("child", "completed_date").From(PEPs).
		Where(dbx.And(childWhere, dbx.HashExp{"status": PEPCompleted}, dbx.NewExp("completed_date != ''"))).
		All(&peps)
	if err != nil {
		return nil, fmt.Errorf("load peps: %w", err)
	}

	return assemble(children, episodes, peps), nil
}

func assemble(children []scheduleChildRow, episodes []scheduleEpisodeRow, peps []schedulePEPRow) []Scheduled {
	out := make([]Scheduled, len(children))
	byID := make(map[string]*Scheduled, len(children))
	for i, c := range children {
		out[i] = Scheduled{
			RecordID: c.ID,
			Child:    schedule.Child{ID: c.ChildID, DOB: fromDB(c.DOB)},
		}
		byID[c.ID] = &out[i]
	}

	for _, e := range episodes {
		if s := byID[e.Child]; s != nil {
			s.Child.Episodes = append(s.Child.Episodes, schedule.Episode{
				Start: fromDB(e.DECOM), End: fromDB(e.DEC), RNE: e.RNE,
			})
		}
	}
	for _, p := range peps {
		if s := byID[p.Child]; s != nil {
			s.PEPs = append(s.PEPs, fromDB(p.Completed))
		}
	}
	return out
}

func toAny(ids []string) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// farFuture is the as-of date for materialised requirements: everything
// stored is known, so nothing is held back.
var farFuture = calendar.NewDate(9999, 12, 31)

// NewEngine builds a schedule engine over the authority's calendar, and
// returns the calendar too.
//
// NOTE: the statutory default rules apply until an issue lets an LA set its
// own (DESIGN section 1: LAs differ on school days versus working days).
func NewEngine(app core.App) (*schedule.Engine, *calendar.Calendar, error) {
	cal, err := LoadCalendar(app)
	if err != nil {
		return nil, nil, err
	}

	engine, err := schedule.New(cal, schedule.DefaultRules())
	if err != nil {
		return nil, nil, err
	}
	return engine, cal, nil
}

// RebuildRequirements recomputes the stored requirements of the given
// children (by record id), or of every child when ids is empty. Call it in
// the same transaction as the write that changed their inputs.
func RebuildRequirements(app core.App, ids ...string) error {
	engine, cal, err := NewEngine(app)
	if err != nil {
		return err
	}

	children, err := LoadScheduled(app, ids...)
	if err != nil {
		return err
	}

	if len(ids) == 0 {
		_, err = app.DB().Delete(Requirements, nil).Execute()
	} else {
		_, err = app.DB().Delete(Requirements, dbx.In("child", toAny(ids)...)).Execute()
	}
	if err != nil {
		return fmt.Errorf("clear requirements: %w", err)
	}

	w := newRequirementWriter(app, cal)
	defer w.insert.close()
	var reqs []schedule.Requirement
	for _, c := range children {
		reqs, _ = engine.Append(reqs[:0], c.Child, c.PEPs, farFuture)
		for _, r := range reqs {
			if err := w.add(c.RecordID, r); err != nil {
				return err
			}
		}
	}
	return w.flush()
}

// requirementWriter turns requirements into rows of the requirements table.
type requirementWriter struct {
	insert *bulkInsert
	cal    *calendar.Calendar
	nextOf map[*calendar.Term]calendar.Date
}

func newRequirementWriter(app core.App, cal *calendar.Calendar) *requirementWriter {
	return &requirementWriter{
		insert: newBulkInsert(app, Requirements, false,
			"child", "kind", "term", "opens", "due", "period_end", "window_end", "met", "explanation"),
		cal:    cal,
		nextOf: map[*calendar.Term]calendar.Date{},
	}
}

func (w *requirementWriter) add(child string, r schedule.Requirement) error {
	opens, term, windowEnd := r.PeriodStart, "", calendar.Date{}
	if r.Term != nil {
		opens, term = r.Term.Start, r.Term.Label()
		windowEnd = w.windowEnd(r.Term)
	}

	_, err := w.insert.add(child, string(r.Kind), term, toDB(opens), toDB(r.Due),
		toDB(r.PeriodEnd), toDB(windowEnd), toDB(r.Completed), r.Explanation)
	return err
}

func (w *requirementWriter) flush() error { return w.insert.flush() }

// windowEnd is the start of the term after t: the day a termly
// requirement's window closes.
func (w *requirementWriter) windowEnd(t *calendar.Term) calendar.Date {
	if d, ok := w.nextOf[t]; ok {
		return d
	}
	next, ok := w.cal.NextTerm(*t)
	d := calendar.Date{}
	if ok {
		d = next.Start
	}
	w.nextOf[t] = d
	return d
}
