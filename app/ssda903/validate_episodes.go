package ssda903

import (
	"fmt"
	"slices"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

// checkEpisodes makes the checks that need more than one episodes row, the
// header or Today: dates after today, keys, references, and the rules over
// each child's episodes in order.
func (b *Batch) checkEpisodes(header roster) {
	b.checkFutureStarts()
	markKeys(b.episodes, Episode.key,
		func(s, first *staged[Episode]) {
			s.flag(csvfile.Error, RuleDuplicate, "DECOM", fmt.Sprintf("Child %s already has an "+
				"episode starting %s at %s; this row is not loaded", s.val.ChildID, s.val.DECOM,
				first.where()))
		})

	if header.loaded {
		for _, s := range current(b.episodes) {
			switch header.status(s.val.ChildID) {
			case childUnknown:
				s.flag(csvfile.Error, RuleEpisodeNoChild, "CHILD", fmt.Sprintf("Child %s is not "+
					"in the header table (the public validator's INT03)", s.val.ChildID))
			case childRejected:
				s.flag(csvfile.Error, RuleChildRejected, "CHILD",
					rejectedMessage(s.val.ChildID, "header"))
			}
		}
	}

	dobs := b.headerDOBs()
	for _, eps := range episodesByChild(b.episodes) {
		checkSequence(eps)
		checkFirst(eps[0])
		checkBirth(eps, dobs[eps[0].val.ChildID])
	}
}

// checkFutureStarts rejects episodes that begin after b.Today, when it is
// set: a return records care that has begun.
//
// NOTE: the validator has no check against the day it runs. Its 354 tests
// DECOM against the end of the collection year being checked, which a
// batch spanning several years, or an extract taken during a year, does
// not have; and its 141 means a DECOM that is not a date. So the check has
// a word code of its own.
func (b *Batch) checkFutureStarts() {
	if b.Today.IsZero() {
		return
	}
	for _, s := range b.episodes {
		if decom := s.val.DECOM; decom.After(b.Today) {
			s.flag(csvfile.Error, RuleFutureDate, "DECOM", fmt.Sprintf("The episode begins "+
				"%s, after today (%s); a return records care that has begun",
				decom.Long(), b.Today.Long()))
		}
	}
}

// episodesByChild groups the episodes standing for their keys by child,
// each group in DECOM order, the groups in order of first appearance. Only
// one row stands for a CHILD and DECOM, so no two in a group share a DECOM.
func episodesByChild(rows []*staged[Episode]) [][]*staged[Episode] {
	index := map[string]int{}
	var groups [][]*staged[Episode]
	for _, s := range rows {
		if !s.stands() {
			continue
		}
		i, ok := index[s.val.ChildID]
		if !ok {
			i = len(groups)
			index[s.val.ChildID] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], s)
	}

	for _, g := range groups {
		slices.SortStableFunc(g, func(x, y *staged[Episode]) int {
			return x.val.DECOM.Time().Compare(y.val.DECOM.Time())
		})
	}
	return groups
}

// checkSequence applies the validator's rules on consecutive episodes.
// Rule 142 flags the earlier episode: any but the child's last that lacks
// a DEC or a REC, since a later one has started. Rule 501 flags the later
// episode: one that starts before the previous episode's DEC. An episode
// whose DEC is unreadable is judged by neither against its successor.
func checkSequence(eps []*staged[Episode]) {
	for i, s := range eps {
		if i+1 < len(eps) {
			next := eps[i+1]
			switch {
			case s.value("DEC") == "":
				s.flag(csvfile.Error, RuleOpenBeforeNext, "DEC", fmt.Sprintf("The episode has "+
					"not ended (DEC is blank), but the next one starts %s at %s",
					next.val.DECOM, next.where()))
			case s.value("REC") == "":
				s.flag(csvfile.Error, RuleOpenBeforeNext, "REC", fmt.Sprintf("The episode has "+
					"no reason it ceased (REC is blank), but the next one starts %s at %s",
					next.val.DECOM, next.where()))
			}
		}

		if i > 0 {
			prev := eps[i-1]
			if !prev.val.DEC.IsZero() && s.val.DECOM.Before(prev.val.DEC) {
				s.flag(csvfile.Error, RuleOverlap, "DECOM", fmt.Sprintf("The episode starts "+
					"before the previous one ended: that one, at %s, ended %s",
					prev.where(), prev.val.DEC))
			}
		}
	}
}

// checkFirst applies rule 357 to a child's earliest episode.
//
// NOTE: the validator applies 357 only when that episode began in the
// collection year it checks, since earlier episodes may be missing from
// the return. A batch may hold any span of years and be partial, so the
// rule is a warning here: the row is kept, and the schedule starts a
// period of care at a child's earliest episode anyway.
func checkFirst(s *staged[Episode]) {
	if s.val.RNE == "S" {
		return
	}
	s.flag(csvfile.Warning, RuleFirstNotS, "RNE", fmt.Sprintf("This is child %s's first "+
		"episode in the batch, but its reason for new episode is not S (started to be looked "+
		"after); check whether an earlier episode is missing", s.val.ChildID))
}

// checkBirth applies rule 302: an episode cannot start before the child
// was born. The validator tests the child's first episode and flags both
// it and the header row; here every episode starting before birth is
// flagged, and the header row is left alone, since either date may be the
// wrong one and rejecting the child would take all its episodes with it.
func checkBirth(eps []*staged[Episode], dob calendar.Date) {
	if dob.IsZero() {
		return
	}
	for _, s := range eps {
		if s.val.DECOM.Before(dob) {
			s.flag(csvfile.Error, RuleBeforeBirth, "DECOM", fmt.Sprintf("The episode starts "+
				"%s, before child %s was born (%s in the header)", s.val.DECOM, s.val.ChildID, dob))
		}
	}
}
