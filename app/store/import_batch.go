package store

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/csvfile"
	"github.com/openpep/openpep/app/schedule"
	"github.com/openpep/openpep/app/ssda903"
)

// RuleSchoolUnknown marks a child whose school is not in the schools list.
const RuleSchoolUnknown = "school-unknown"

// ImportResult says what an import changed, by record kind.
type ImportResult struct {
	Children Counts `json:"children"` // from the SSDA903 header
	Details  Counts `json:"details"`  // from children.csv
	Episodes Counts `json:"episodes"`
	Reviews  Counts `json:"reviews"`
	PEPs     Counts `json:"peps"`

	// Problems found while storing, such as a child's school that is not
	// in the schools list. They never stop the import.
	Problems []csvfile.Problem `json:"problems,omitempty"`
}

// Stored returns how many rows the import matched to the database: added,
// updated or found unchanged. Zero means nothing in the files was usable.
func (r *ImportResult) Stored() int {
	n := 0
	for _, c := range r.ByKind() {
		n += c.Added + c.Updated + c.Unchanged
	}
	return n
}

// ByKind returns the counts keyed by record kind, for logs and reports.
func (r *ImportResult) ByKind() map[string]Counts {
	return map[string]Counts{
		"children": r.Children, "details": r.Details, "episodes": r.Episodes,
		"reviews": r.Reviews, "peps": r.PEPs,
	}
}

// ImportBatch stores the rows a validated batch accepted: children from
// the header table and children.csv, episodes, care reviews and PEP
// history, then rebuilds the requirements of every child whose schedule
// inputs changed. Call it inside a transaction so that a failure leaves
// nothing behind.
func ImportBatch(app core.App, b *ssda903.Batch) (*ImportResult, error) {
	res := &ImportResult{}
	rejected(b, res)

	children, err := loadSync(app, Children, []string{"child_id"}, childColumns)
	if err != nil {
		return nil, err
	}

	changed := map[string]bool{}
	if err := importHeader(children, b.Children, res, changed); err != nil {
		return nil, err
	}
	if err := importDetails(app, children, b, res); err != nil {
		return nil, err
	}
	if err := importEpisodes(app, children, b.Episodes, res, changed); err != nil {
		return nil, err
	}
	if err := importReviews(app, children, b.Reviews, res); err != nil {
		return nil, err
	}
	if err := importPEPs(app, children, b.PEPs, res, changed); err != nil {
		return nil, err
	}

	return res, rebuildChanged(app, changed)
}

// rebuildChanged rebuilds the requirements of the changed children, or of
// everyone when that is most of the authority anyway.
func rebuildChanged(app core.App, changed map[string]bool) error {
	switch {
	case len(changed) == 0:
		return nil
	case len(changed) > 500:
		return RebuildRequirements(app)
	}
	ids := make([]string, 0, len(changed))
	for id := range changed {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return RebuildRequirements(app, ids...)
}

// rejected counts the rows each kind of file held that the batch refused.
func rejected(b *ssda903.Batch, res *ImportResult) {
	for _, f := range b.Files {
		// A row a later year's file replaced is not rejected.
		n := f.Rows - f.Accepted - f.Superseded
		switch f.Kind {
		case ssda903.KindHeader:
			res.Children.Rejected += n
		case ssda903.KindEpisodes:
			res.Episodes.Rejected += n
		case ssda903.KindReviews:
			res.Reviews.Rejected += n
		case ssda903.KindChildDetails:
			res.Details.Rejected += n
		case ssda903.KindPEPHistory:
			res.PEPs.Rejected += n
		}
	}
}

// childColumns are the children columns imports write.
var childColumns = []string{
	"dob", "sex", "ethnicity", "upn", "cohort", "forename", "surname", "preferred_name",
	"school", "school_urn", "reported_ncy", "social_worker", "social_worker_email",
}

func importHeader(children *tableSync, header []ssda903.Child, res *ImportResult, changed map[string]bool) error {
	want := make([]keyed, len(header))
	for i, c := range header {
		want[i] = keyed{key: c.ID, values: row{
			"dob": toDB(c.DOB), "sex": c.Sex, "ethnicity": c.Ethnic, "upn": c.UPN,
		}}
	}

	counts, keys, err := applyChildren(children, want)
	res.Children = addCounts(res.Children, counts)
	for _, k := range keys {
		changed[children.id(k)] = true
	}
	return err
}

// applyChildren writes child rows; a child new to the authority starts in
// the looked-after cohort, which is what an SSDA903 return lists.
func applyChildren(children *tableSync, want []keyed) (Counts, []string, error) {
	for _, w := range want {
		if children.id(w.key) == "" {
			w.values["child_id"] = w.key
			if w.values["cohort"] == "" {
				w.values["cohort"] = "cla"
			}
		}
	}
	return children.apply(want, append([]string{"child_id"}, childColumns...))
}

// detailColumns maps children.csv columns to children fields.
var detailColumns = map[string]string{
	"FORENAME": "forename", "SURNAME": "surname", "PREFERRED_NAME": "preferred_name",
	"SCHOOL_URN": "school_urn", "UPN": "upn", "NCY": "reported_ncy", "COHORT": "cohort",
	"SOCIAL_WORKER": "social_worker", "SOCIAL_WORKER_EMAIL": "social_worker_email",
}

func importDetails(app core.App, children *tableSync, b *ssda903.Batch, res *ImportResult) error {
	schools, err := schoolIDsByURN(app)
	if err != nil {
		return err
	}

	columns := map[string][]string{}
	for _, f := range b.Files {
		columns[f.Name] = f.Columns
	}

	want := make([]keyed, 0, len(b.Details))
	for _, d := range b.Details {
		all := row{
			"forename": d.Forename, "surname": d.Surname, "preferred_name": d.PreferredName,
			"school_urn": d.SchoolURN, "upn": d.UPN, "reported_ncy": d.NCY,
			"cohort": strings.ToLower(d.Cohort), "social_worker": d.SocialWorker,
			"social_worker_email": d.SocialWorkerEmail,
		}

		// Only what the file held: a children.csv without a UPN column, or
		// with a blank cell, must not wipe what an earlier file gave.
		values := row{}
		for _, col := range columns[d.File] {
			if field, ok := detailColumns[col]; ok && all[field] != "" {
				values[field] = all[field]
			}
		}
		if _, ok := values["school_urn"]; ok {
			values["school"] = schools[d.SchoolURN]
			if d.SchoolURN != "" && values["school"] == "" {
				res.Problems = append(res.Problems, csvfile.Problem{
					File: d.File, Line: d.Line, Column: "SCHOOL_URN", Value: d.SchoolURN,
					Rule: RuleSchoolUnknown, Severity: csvfile.Warning,
					Message: "No school with this URN is loaded; import the GIAS file first, then this file again",
				})
			}
		}
		want = append(want, keyed{key: d.ChildID, values: values})
	}

	counts, _, err := applyChildren(children, want)
	res.Details = addCounts(res.Details, counts)
	return err
}

func schoolIDsByURN(app core.App) (map[string]string, error) {
	var rows []struct {
		ID  string `db:"id"`
		URN string `db:"urn"`
	}
	if err := app.DB().Select("id", "urn").From(Schools).All(&rows); err != nil {
		return nil, fmt.Errorf("load schools: %w", err)
	}

	ids := make(map[string]string, len(rows))
	for _, r := range rows {
		ids[r.URN] = r.ID
	}
	return ids, nil
}

var episodeColumns = []string{
	"rne", "ls", "cin", "place", "place_provider", "dec", "rec",
	"reason_place_change", "home_post", "pl_post", "urn",
}

func importEpisodes(app core.App, children *tableSync, eps []ssda903.Episode, res *ImportResult, changed map[string]bool) error {
	s, err := loadSync(app, Episodes, []string{"child", "decom"}, episodeColumns)
	if err != nil {
		return err
	}

	want := make([]keyed, 0, len(eps))
	owner := map[string]string{}
	for _, e := range eps {
		child := children.id(e.ChildID)
		if child == "" {
			continue // validation rejects these (INT01); never store an orphan
		}
		key := joinKey(child, toDB(e.DECOM))
		owner[key] = child
		want = append(want, keyed{key: key, values: row{
			"child": child, "decom": toDB(e.DECOM), "rne": e.RNE, "ls": e.LS, "cin": e.CIN,
			"place": e.Place, "place_provider": e.PlaceProvider, "dec": toDB(e.DEC), "rec": e.REC,
			"reason_place_change": e.ReasonPlaceChange, "home_post": e.HomePost,
			"pl_post": e.PlPost, "urn": e.URN,
		}})
	}

	counts, keys, err := s.apply(want, append([]string{"child", "decom"}, episodeColumns...))
	res.Episodes = addCounts(res.Episodes, counts)
	if err != nil {
		return err
	}

	touched := map[string]bool{}
	for _, k := range keys {
		changed[owner[k]] = true
		touched[owner[k]] = true
	}
	return checkStoredEpisodes(app, touched, eps, children, res)
}

// checkStoredEpisodes looks at the whole stored history of each child an
// import changed: the batch's own checks see only its own episodes, so a
// corrected DECOM, say, leaves the old episode beside the new one. Each
// overlap is reported on the imported row, as a warning, for a person to
// resolve.
func checkStoredEpisodes(app core.App, touched map[string]bool, eps []ssda903.Episode,
	children *tableSync, res *ImportResult) error {
	if len(touched) == 0 {
		return nil
	}

	imported := map[string]ssda903.Episode{}
	for _, e := range eps {
		imported[joinKey(children.id(e.ChildID), toDB(e.DECOM))] = e
	}

	// Past a few hundred children, reading everyone beats a long IN list.
	var ids []string
	if len(touched) <= 500 {
		ids = slices.Collect(maps.Keys(touched))
	}
	stored, err := LoadScheduled(app, ids...)
	if err != nil {
		return err
	}
	for _, s := range stored {
		if !touched[s.RecordID] {
			continue
		}
		episodes := slices.SortedFunc(slices.Values(s.Child.Episodes), func(a, b schedule.Episode) int {
			return a.Start.Time().Compare(b.Start.Time())
		})
		for i := 1; i < len(episodes); i++ {
			prev, next := episodes[i-1], episodes[i]
			if !prev.End.IsZero() && !prev.End.After(next.Start) {
				continue
			}
			res.Problems = append(res.Problems, overlapProblem(s, prev, next, imported))
		}
	}
	return nil
}

func overlapProblem(s Scheduled, prev, next schedule.Episode, imported map[string]ssda903.Episode) csvfile.Problem {
	p := csvfile.Problem{Column: "DECOM", Rule: ssda903.RuleOverlap, Severity: csvfile.Warning}

	// Point at the row of this import, and name the other episode: the
	// one a person should check, and delete if it is the stale copy.
	fromFile, other := next, prev
	src, ok := imported[joinKey(s.RecordID, toDB(next.Start))]
	if !ok {
		src, ok = imported[joinKey(s.RecordID, toDB(prev.Start))]
		fromFile, other = prev, next
	}
	if ok {
		p.File, p.Line = src.File, src.Line
	}
	p.Value = fromFile.Start.String()
	p.Message = fmt.Sprintf("Child %s's episodes starting %s and %s overlap (the first is still open "+
		"or ends after the second starts). The other episode, starting %s, was stored by an earlier "+
		"import; if this row corrects its DECOM, delete that one in the PocketBase dashboard (/_/, episodes)",
		s.Child.ID, prev.Start, next.Start, other.Start)
	return p
}

func importReviews(app core.App, children *tableSync, reviews []ssda903.Review, res *ImportResult) error {
	s, err := loadSync(app, CareReviews, []string{"child", "review_date"}, []string{"review_code"})
	if err != nil {
		return err
	}

	want := make([]keyed, 0, len(reviews))
	for _, r := range reviews {
		child := children.id(r.ChildID)
		if child == "" {
			continue
		}
		want = append(want, keyed{key: joinKey(child, toDB(r.Date)), values: row{
			"child": child, "review_date": toDB(r.Date), "review_code": r.Code,
		}})
	}

	counts, _, err := s.apply(want, []string{"child", "review_date", "review_code"})
	res.Reviews = addCounts(res.Reviews, counts)
	return err
}

// importPEPs stores PEP history from a previous system. Such PEPs are
// keyed by child and meeting date and kept apart from PEPs written in
// OpenPEP, which an import never touches.
func importPEPs(app core.App, children *tableSync, peps []ssda903.PEPRecord, res *ImportResult, changed map[string]bool) error {
	s, err := loadSyncWhere(app, PEPs, []string{"child", "meeting_date"},
		[]string{"completed_date", "status", "source"}, dbx.HashExp{"source": SourceImport})
	if err != nil {
		return err
	}

	want := make([]keyed, 0, len(peps))
	owner := map[string]string{}
	for _, p := range peps {
		child := children.id(p.ChildID)
		if child == "" {
			res.PEPs.Rejected++
			res.Problems = append(res.Problems, csvfile.Problem{
				File: p.File, Line: p.Line, Column: "CHILD", Value: p.ChildID,
				Severity: csvfile.Error, Rule: ssda903.RuleChildMissing,
				Message: "No child with this id is loaded; import the SSDA903 header or children.csv first",
			})
			continue
		}

		status := PEPDraft
		if p.Completed() {
			status = PEPCompleted
		}
		key := joinKey(child, toDB(p.MeetingDate))
		owner[key] = child
		want = append(want, keyed{key: key, values: row{
			"child": child, "meeting_date": toDB(p.MeetingDate), "completed_date": toDB(p.CompletedDate),
			"status": status, "source": SourceImport,
		}})
	}

	counts, keys, err := s.apply(want, []string{"child", "meeting_date", "completed_date", "status", "source"})
	res.PEPs = addCounts(res.PEPs, counts)
	for _, k := range keys {
		changed[owner[k]] = true
	}
	return err
}

func addCounts(a, b Counts) Counts {
	return Counts{
		Added: a.Added + b.Added, Updated: a.Updated + b.Updated,
		Unchanged: a.Unchanged + b.Unchanged, Rejected: a.Rejected + b.Rejected,
	}
}
