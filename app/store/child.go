package store

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
)

// ErrNotFound means the record asked for does not exist.
var ErrNotFound = errors.New("not found")

// ChildView is everything the child page shows.
type ChildView struct {
	RecordID          string
	ChildID           string
	Forename          string
	Surname           string
	PreferredName     string
	UPN               string
	DOB               calendar.Date
	Sex               string
	Ethnicity         string
	Cohort            string
	School            *School // nil when no known school
	SchoolURN         string  // as children.csv gave it, even if unknown
	ReportedNCY       string  // as the school reports it: N1, N2, R, 1-14, X or ""
	NCY               int     // from the date of birth, for the as-of academic year
	NCYKnown          bool
	SocialWorker      string
	SocialWorkerEmail string

	AsOf         calendar.Date
	Episodes     []EpisodeView
	Periods      []schedule.Period
	Requirements []schedule.Requirement
	Undetermined []string
	// EpisodeWarnings name episodes that overlap: the SSDA903 data needs
	// checking (a corrected DECOM beside its stale copy, say).
	EpisodeWarnings []string
	PEPs            []PEPView
	Reviews         []ReviewView
}

// EpisodeView is one episode of care, codes as recorded.
type EpisodeView struct {
	DECOM, DEC                               calendar.Date
	RNE, LS, CIN, Place, PlaceProvider, REC  string
	ReasonPlaceChange, HomePost, PlPost, URN string
}

// PEPView is one PEP in a child's history.
type PEPView struct {
	ID        string
	Meeting   calendar.Date
	Completed calendar.Date
	Status    string
	Source    string
}

// ReviewView is one care review.
type ReviewView struct {
	Date calendar.Date
	Code string
}

// LoadChild reads one child (by record id) and works out their schedule
// as known on asOf.
func LoadChild(app core.App, id string, asOf calendar.Date) (*ChildView, error) {
	var c struct {
		ID                string `db:"id"`
		ChildID           string `db:"child_id"`
		Forename          string `db:"forename"`
		Surname           string `db:"surname"`
		PreferredName     string `db:"preferred_name"`
		UPN               string `db:"upn"`
		DOB               string `db:"dob"`
		Sex               string `db:"sex"`
		Ethnicity         string `db:"ethnicity"`
		Cohort            string `db:"cohort"`
		School            string `db:"school"`
		SchoolURN         string `db:"school_urn"`
		ReportedNCY       string `db:"reported_ncy"`
		SocialWorker      string `db:"social_worker"`
		SocialWorkerEmail string `db:"social_worker_email"`
	}
	err := app.DB().Select("*").From(Children).Where(dbx.HashExp{"id": id}).One(&c)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("load child: %w", err)
	}

	v := &ChildView{
		RecordID: c.ID, ChildID: c.ChildID, Forename: c.Forename, Surname: c.Surname,
		PreferredName: c.PreferredName, UPN: c.UPN, DOB: fromDB(c.DOB), Sex: c.Sex,
		Ethnicity: c.Ethnicity, Cohort: c.Cohort, SchoolURN: c.SchoolURN,
		ReportedNCY: c.ReportedNCY, SocialWorker: c.SocialWorker,
		SocialWorkerEmail: c.SocialWorkerEmail, AsOf: asOf,
	}
	if !v.DOB.IsZero() {
		v.NCY, v.NCYKnown = schedule.NCY(v.DOB, schedule.AcademicYear(asOf)), true
	}

	steps := []func(core.App, *ChildView, string) error{loadChildSchool, loadChildHistory, loadChildSchedule}
	for _, step := range steps {
		if err := step(app, v, c.School); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func loadChildSchool(app core.App, v *ChildView, schoolID string) error {
	if schoolID == "" {
		return nil
	}
	var r schoolRow
	err := app.DB().Select("*").From(Schools).Where(dbx.HashExp{"id": schoolID}).One(&r)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("load school: %w", err)
	}
	s := r.school()
	v.School = &s
	return nil
}

func loadChildHistory(app core.App, v *ChildView, _ string) error {
	var eps []struct {
		DECOM             string `db:"decom"`
		DEC               string `db:"dec"`
		RNE               string `db:"rne"`
		LS                string `db:"ls"`
		CIN               string `db:"cin"`
		Place             string `db:"place"`
		PlaceProvider     string `db:"place_provider"`
		REC               string `db:"rec"`
		ReasonPlaceChange string `db:"reason_place_change"`
		HomePost          string `db:"home_post"`
		PlPost            string `db:"pl_post"`
		URN               string `db:"urn"`
	}
	child := dbx.HashExp{"child": v.RecordID}
	if err := app.DB().Select("*").From(Episodes).Where(child).OrderBy("decom").All(&eps); err != nil {
		return fmt.Errorf("load episodes: %w", err)
	}
	for _, e := range eps {
		v.Episodes = append(v.Episodes, EpisodeView{
			DECOM: fromDB(e.DECOM), DEC: fromDB(e.DEC), RNE: e.RNE, LS: e.LS, CIN: e.CIN,
			Place: e.Place, PlaceProvider: e.PlaceProvider, REC: e.REC,
			ReasonPlaceChange: e.ReasonPlaceChange, HomePost: e.HomePost, PlPost: e.PlPost, URN: e.URN,
		})
	}

	v.EpisodeWarnings = overlapWarnings(v.Episodes)

	var peps []struct {
		ID        string `db:"id"`
		Meeting   string `db:"meeting_date"`
		Completed string `db:"completed_date"`
		Status    string `db:"status"`
		Source    string `db:"source"`
	}
	err := app.DB().Select("id", "meeting_date", "completed_date", "status", "source").From(PEPs).
		Where(child).OrderBy("meeting_date DESC", "completed_date DESC").All(&peps)
	if err != nil {
		return fmt.Errorf("load peps: %w", err)
	}
	for _, p := range peps {
		v.PEPs = append(v.PEPs, PEPView{ID: p.ID, Meeting: fromDB(p.Meeting),
			Completed: fromDB(p.Completed), Status: p.Status, Source: p.Source})
	}

	var reviews []struct {
		Date string `db:"review_date"`
		Code string `db:"review_code"`
	}
	err = app.DB().Select("review_date", "review_code").From(CareReviews).
		Where(child).OrderBy("review_date DESC").All(&reviews)
	if err != nil {
		return fmt.Errorf("load care reviews: %w", err)
	}
	for _, r := range reviews {
		v.Reviews = append(v.Reviews, ReviewView{Date: fromDB(r.Date), Code: r.Code})
	}
	return nil
}

// loadChildSchedule works the schedule out afresh with the engine, so the
// child page shows each requirement's own explanation as of any date.
func loadChildSchedule(app core.App, v *ChildView, _ string) error {
	engine, _, err := NewEngine(app)
	if err != nil {
		return err
	}

	scheduled, err := LoadScheduled(app, v.RecordID)
	if err != nil || len(scheduled) == 0 {
		return err
	}

	s := scheduled[0]
	v.Periods = schedule.Periods(s.Child.Episodes, v.AsOf)
	reqs, undetermined := engine.Compute(s.Child, s.PEPs, v.AsOf)
	v.Requirements = reqs
	for _, u := range undetermined {
		v.Undetermined = append(v.Undetermined, u.Err.Error())
	}
	return nil
}

// overlapWarnings describes each episode that starts before the one before
// it ended (or while it is still open), episodes being in DECOM order.
func overlapWarnings(eps []EpisodeView) []string {
	var out []string
	for i := 1; i < len(eps); i++ {
		prev, next := eps[i-1], eps[i]
		if !prev.DEC.IsZero() && !prev.DEC.After(next.DECOM) {
			continue
		}
		out = append(out, fmt.Sprintf("The episode starting %s overlaps the one starting %s, "+
			"which %s. Check the SSDA903 data: one may be a stale copy.",
			next.DECOM.Long(), prev.DECOM.Long(), endedOrOpen(prev.DEC)))
	}
	return out
}

func endedOrOpen(dec calendar.Date) string {
	if dec.IsZero() {
		return "has no end date"
	}
	return "ends on " + dec.Long()
}
