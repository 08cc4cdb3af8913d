package store

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
)

// School is a school as the schools collection holds it.
type School struct {
	ID        string
	URN       string
	LAESTAB   string
	Name      string
	Phase     string
	Type      string
	Status    string
	LACode    string
	LAName    string
	Address   string
	Postcode  string
	OpenDate  calendar.Date
	CloseDate calendar.Date
	Children  int // children on roll who are known to OpenPEP
}

var schoolColumns = []string{
	"laestab", "name", "phase", "type", "status", "la_code", "la_name",
	"address", "postcode", "open_date", "close_date",
}

// ImportSchools adds or updates schools keyed by URN, then links children
// whose school URN was waiting for one of them.
func ImportSchools(app core.App, schools []School) (Counts, error) {
	s, err := loadSync(app, Schools, []string{"urn"}, schoolColumns)
	if err != nil {
		return Counts{}, err
	}

	want := make([]keyed, len(schools))
	for i, sc := range schools {
		want[i] = keyed{key: sc.URN, values: row{
			"urn": sc.URN, "laestab": sc.LAESTAB, "name": sc.Name, "phase": sc.Phase,
			"type": sc.Type, "status": sc.Status, "la_code": sc.LACode, "la_name": sc.LAName,
			"address": sc.Address, "postcode": sc.Postcode,
			"open_date": toDB(sc.OpenDate), "close_date": toDB(sc.CloseDate),
		}}
	}

	counts, _, err := s.apply(want, append([]string{"urn"}, schoolColumns...))
	if err != nil {
		return counts, err
	}

	// children.csv may have named schools before the GIAS file was loaded.
	_, err = app.DB().NewQuery(`UPDATE ` + Children + ` SET school = (
		SELECT s.id FROM ` + Schools + ` s WHERE s.urn = ` + Children + `.school_urn)
		WHERE school = '' AND school_urn != ''
		AND EXISTS (SELECT 1 FROM ` + Schools + ` s WHERE s.urn = ` + Children + `.school_urn)`).Execute()
	if err != nil {
		return counts, fmt.Errorf("link children to schools: %w", err)
	}
	return counts, nil
}

type schoolRow struct {
	ID        string `db:"id"`
	URN       string `db:"urn"`
	LAESTAB   string `db:"laestab"`
	Name      string `db:"name"`
	Phase     string `db:"phase"`
	Type      string `db:"type"`
	Status    string `db:"status"`
	LACode    string `db:"la_code"`
	LAName    string `db:"la_name"`
	Address   string `db:"address"`
	Postcode  string `db:"postcode"`
	OpenDate  string `db:"open_date"`
	CloseDate string `db:"close_date"`
	Children  int    `db:"children"`
}

func (r schoolRow) school() School {
	return School{
		ID: r.ID, URN: r.URN, LAESTAB: r.LAESTAB, Name: r.Name, Phase: r.Phase, Type: r.Type,
		Status: r.Status, LACode: r.LACode, LAName: r.LAName, Address: r.Address,
		Postcode: r.Postcode, OpenDate: fromDB(r.OpenDate), CloseDate: fromDB(r.CloseDate),
		Children: r.Children,
	}
}

// SchoolQuery selects a page of the schools list.
type SchoolQuery struct {
	Search  string // part of the name, or a URN or LAESTAB
	Page    int    // 1-based
	PerPage int    // default 50
}

// ListSchools returns a page of schools by name, with how many children
// each has on roll, and the number of schools matching.
func ListSchools(app core.App, q SchoolQuery) ([]School, int, error) {
	if q.PerPage <= 0 {
		q.PerPage = 50
	}
	if q.Page <= 0 {
		q.Page = 1
	}

	where := dbx.NewExp("1 = 1")
	if q.Search != "" {
		where = dbx.Or(dbx.Like("s.name", q.Search), dbx.HashExp{"s.urn": q.Search},
			dbx.HashExp{"s.laestab": q.Search})
	}

	var total struct {
		N int `db:"n"`
	}
	err := app.DB().Select("COUNT(*) AS n").From(Schools + " s").Where(where).One(&total)
	if err != nil {
		return nil, 0, fmt.Errorf("count schools: %w", err)
	}

	var rows []schoolRow
	err = app.DB().Select("s.*", "(SELECT COUNT(*) FROM "+Children+" c WHERE c.school = s.id) AS children").
		From(Schools+" s").Where(where).OrderBy("s.name", "s.urn").
		Limit(int64(q.PerPage)).Offset(int64((q.Page - 1) * q.PerPage)).All(&rows)
	if err != nil {
		return nil, 0, fmt.Errorf("list schools: %w", err)
	}

	out := make([]School, len(rows))
	for i, r := range rows {
		out[i] = r.school()
	}
	return out, total.N, nil
}

// SchoolOptions lists the schools that have children on roll, for filter
// menus: a whole GIAS download holds thousands that do not.
func SchoolOptions(app core.App) ([]School, error) {
	var rows []schoolRow
	err := app.DB().Select("s.id", "s.name", "s.urn").From(Schools + " s").
		Where(dbx.NewExp("EXISTS (SELECT 1 FROM " + Children + " c WHERE c.school = s.id)")).
		OrderBy("s.name").All(&rows)
	if err != nil {
		return nil, fmt.Errorf("list schools: %w", err)
	}

	out := make([]School, len(rows))
	for i, r := range rows {
		out[i] = r.school()
	}
	return out, nil
}

// SocialWorkers lists the distinct social workers named in children.csv.
func SocialWorkers(app core.App) ([]string, error) {
	var names []string
	err := app.DB().Select("social_worker").Distinct(true).From(Children).
		Where(dbx.NewExp("social_worker != ''")).OrderBy("social_worker").Column(&names)
	if err != nil {
		return nil, fmt.Errorf("list social workers: %w", err)
	}
	return names, nil
}
