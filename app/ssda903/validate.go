package ssda903

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

// Validate checks the batch across rows and tables, then settles which
// rows are accepted and what each file's problems are. It may be called
// again after more files are added; it starts afresh each time.
//
// The checks, in order: an episode beginning after Today is an error
// (future-date), as is a PEP history row dated after it (pep-dates).
// Then keys: within one file a repeated key is an error on the later row
// (the header's CHILD under INT32; an episode's CHILD and DECOM, a
// review's CHILD and REVIEW, a PEP's CHILD and MEETING_DATE under
// "duplicate"), and a later file's row supersedes an earlier file's row
// with its key (see Batch). Only a row not rejected for its own errors
// counts for a key, in its file or over earlier ones: a row with a bad
// code keeps no correct one out.
// Then references: when the batch has a header table, an episode or
// review whose child it lacks is an error (INT01, INT08), and one whose
// child's header rows were all rejected is rejected too. Then the rules
// over a child's episodes in DECOM order (142, 501, 357, 302). These see
// only the rows that count after supersession: an episode open in one
// year's return and closed in the next is judged closed.
//
// References are checked against the batch's header table and against
// Known, the children stored before, which the store fills in.
//
// NOTE: the rules over a child's episodes in order see only the batch's
// episodes, not those stored by earlier imports.
func (b *Batch) Validate() {
	reset(b.children)
	reset(b.episodes)
	reset(b.reviews)
	reset(b.details)
	reset(b.peps)

	b.checkHeader()
	header := newRoster(b, KindHeader, b.children, func(c Child) string { return c.ID })
	b.checkDetails(header)
	details := newRoster(b, KindChildDetails, b.details, ChildDetails.childID)
	b.checkEpisodes(header)
	b.checkReviews(header)
	b.checkPEPs(header, details)
	b.settle()
}

func reset[T any](rows []*staged[T]) {
	for _, s := range rows {
		s.checked, s.duplicate, s.shadowed, s.superseded = nil, false, false, false
	}
}

func (b *Batch) checkHeader() {
	markKeys(b.children, func(c Child) string { return c.ID },
		func(s, first *staged[Child]) {
			s.flag(csvfile.Error, RuleHeaderDuplicate, "CHILD", fmt.Sprintf("Child %s is already "+
				"in the header table at %s; this row is not loaded", s.val.ID, first.where()))
		})
}

func (b *Batch) checkDetails(header roster) {
	// NOTE: a superseded children.csv row is dropped whole. Imported in
	// separate runs, a value only it held stays stored, since the store
	// writes only a file's columns and non-blank cells.
	markKeys(b.details, ChildDetails.childID,
		func(s, first *staged[ChildDetails]) {
			s.flag(csvfile.Error, RuleDuplicate, "CHILD", fmt.Sprintf("Child %s already has "+
				"details at %s; this row is not loaded", s.val.ChildID, first.where()))
		})

	if !header.loaded {
		return
	}
	for _, s := range current(b.details) {
		switch header.status(s.val.ChildID) {
		case childUnknown:
			s.flag(csvfile.Warning, RuleChildMissing, "CHILD", fmt.Sprintf("Child %s is not in "+
				"the header table; the details are loaded for a child outside the SSDA903",
				s.val.ChildID))
		case childRejected:
			s.flag(csvfile.Error, RuleChildRejected, "CHILD", rejectedMessage(s.val.ChildID, "header"))
		}
	}
}

func (b *Batch) checkReviews(header roster) {
	markKeys(b.reviews, reviewRow.key,
		func(s, first *staged[reviewRow]) {
			s.flag(csvfile.Error, RuleDuplicate, "REVIEW", fmt.Sprintf("Child %s already has a "+
				"review on %s at %s; this row is not loaded", s.val.ChildID, s.val.Date, first.where()))
		})

	if !header.loaded {
		return
	}
	dobs := b.headerDOBs()
	for _, s := range current(b.reviews) {
		id := s.val.ChildID
		switch header.status(id) {
		case childUnknown:
			s.flag(csvfile.Error, RuleReviewNoChild, "CHILD", fmt.Sprintf("Child %s is not in the "+
				"header table", id))
		case childRejected:
			s.flag(csvfile.Error, RuleChildRejected, "CHILD", rejectedMessage(id, "header"))
		}

		if dob := dobs[id]; !dob.IsZero() && !s.val.dob.IsZero() && dob != s.val.dob {
			s.flag(csvfile.Error, RuleReviewDOB, "DOB", fmt.Sprintf("Date of birth %s differs "+
				"from the header's, %s", s.val.dob, dob))
		}
	}
}

func (b *Batch) checkPEPs(header, details roster) {
	b.checkPEPDates()
	markKeys(b.peps, PEPRecord.key,
		func(s, first *staged[PEPRecord]) {
			s.flag(csvfile.Error, RuleDuplicate, "MEETING_DATE", fmt.Sprintf("Child %s already "+
				"has a PEP meeting on %s at %s; this row is not loaded", s.val.ChildID,
				s.val.MeetingDate, first.where()))
		})

	if !header.loaded && !details.loaded {
		return
	}
	for _, s := range current(b.peps) {
		id := s.val.ChildID
		switch max(header.status(id), details.status(id)) {
		case childUnknown:
			s.flag(csvfile.Error, RuleChildMissing, "CHILD", fmt.Sprintf("Child %s is in neither "+
				"the header table nor children.csv", id))
		case childRejected:
			s.flag(csvfile.Error, RuleChildRejected, "CHILD",
				rejectedMessage(id, "header or children.csv"))
		}
	}
}

// checkPEPDates rejects PEP history rows dated after b.Today, when it is
// set.
func (b *Batch) checkPEPDates() {
	if b.Today.IsZero() {
		return
	}
	today := b.Today.Long()
	for _, s := range b.peps {
		meeting, completed := s.val.MeetingDate, s.val.CompletedDate
		if meeting.After(b.Today) {
			s.flag(csvfile.Error, RulePEPDates, "MEETING_DATE", fmt.Sprintf("The PEP meeting "+
				"date, %s, is after today (%s); a PEP history holds meetings already held",
				meeting.Long(), today))
		}
		if completed.After(b.Today) {
			s.flag(csvfile.Error, RulePEPDates, "COMPLETED_DATE", fmt.Sprintf("The PEP completed "+
				"date, %s, is after today (%s); a PEP cannot be completed in the future",
				completed.Long(), today))
		}
	}
}

func rejectedMessage(id, table string) string {
	return fmt.Sprintf("Child %s's %s row was rejected, so this row is not loaded either", id, table)
}

// childStatus is what a table of the batch says about a child, from
// least to most settled.
type childStatus int

const (
	childUnknown  childStatus = iota // no row names the child
	childRejected                    // rows name the child, but all were rejected
	childAccepted                    // an accepted row names the child
)

// roster is what one child table of the batch says about each child.
type roster struct {
	loaded bool // a file of the table was read, even one with no rows
	states map[string]childStatus
	known  map[string]bool // children stored before this batch
}

// status returns what the table says about child id; childUnknown when
// the batch has no such table. A child stored before counts as accepted.
func (r roster) status(id string) childStatus {
	if r.known[id] {
		return childAccepted
	}
	return r.states[id]
}

// newRoster indexes the rows of a child table, whose own checks Validate
// must already have made.
func newRoster[T any](b *Batch, kind Kind, rows []*staged[T], id func(T) string) roster {
	r := roster{states: map[string]childStatus{}}
	for _, s := range current(rows) {
		k := id(s.val)
		r.states[k] = max(r.states[k], childRejected)
		if s.accepted() {
			r.states[k] = childAccepted
		}
	}

	for _, f := range b.Files {
		r.loaded = r.loaded || (f.Kind == kind && !f.Failed())
	}
	if kind == KindHeader && b.Known != nil {
		r.loaded, r.known = true, b.Known
	}
	return r
}

// headerDOBs maps each child to the DOB of the header row standing for it;
// children whose DOB is unreadable are left out.
func (b *Batch) headerDOBs() map[string]calendar.Date {
	dobs := map[string]calendar.Date{}
	for _, s := range b.children {
		if s.stands() && !s.val.DOB.IsZero() {
			dobs[s.val.ID] = s.val.DOB
		}
	}
	return dobs
}

// settle fills the accepted lists and each file's problems and counts.
func (b *Batch) settle() {
	for _, f := range b.Files {
		f.Accepted, f.Superseded = 0, 0
		f.Problems = slices.Clone(f.findings)
	}

	b.Children = settle(b.children)
	b.Episodes = settle(b.episodes)
	b.Details = settle(b.details)
	b.PEPs = settle(b.peps)
	b.Reviews = nil
	for _, r := range settle(b.reviews) {
		b.Reviews = append(b.Reviews, r.Review)
	}

	for _, f := range b.Files {
		slices.SortStableFunc(f.Problems, func(p, q csvfile.Problem) int {
			return cmp.Compare(p.Line, q.Line)
		})
	}
}

func settle[T any](rows []*staged[T]) []T {
	out := make([]T, 0, len(rows))
	for _, s := range rows {
		s.file.Problems = append(s.file.Problems, s.read...)
		s.file.Problems = append(s.file.Problems, s.checked...)
		switch {
		case s.accepted():
			s.file.Accepted++
			out = append(out, s.val)
		case s.superseded:
			s.file.Superseded++
		}
	}
	return out
}
