package demo

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// Codes valid in both the 2024-25 and 2025-26 collection years, as the
// public validator lists them.
var (
	validRNE      = strings.Fields("S L P T U B")
	validLS       = strings.Fields("C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3")
	validCIN      = strings.Fields("N1 N2 N3 N4 N5 N6 N7 N8")
	validPlace    = strings.Fields("A3 A4 A5 A6 K1 K2 K3 P1 P3 R1 R2 R3 R5 S1 U1 U2 U3 U4 U5 U6")
	validProvider = strings.Fields("PR0 PR1 PR2 PR3 PR4 PR5")
	validEnding   = strings.Fields("E11 E12 E2 E3 E4A E4B E13 E41 E45 E46 E47 E48 E5 E6 E7 E8 E9 " +
		"E14 E15 E16 E17")
	validReason = strings.Fields("CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE " +
		"CUSTOD OTHER")
	providerURN   = regexp.MustCompile(`^SC999\d{3}$`)
	fictionalPost = regexp.MustCompile(`^XX\d{1,2} \d[A-Z]{2}$`)
)

// Every episode the generator writes passes the SSDA903 rules it claims
// to follow, on several days of the year, inside and outside the years of
// the product's example calendar.
func TestGenerate_episodes(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		today calendar.Date
		years int
	}{
		{testToday, 3},
		{calendar.NewDate(2025, time.August, 10), 5}, // summer holiday
		{calendar.NewDate(2024, time.December, 31), 2},
		{calendar.NewDate(2016, time.September, 1), 5}, // history before the example calendar
		{calendar.NewDate(2031, time.March, 3), 4},     // after it
	}
	for _, s := range scenarios {
		t.Run(s.today.String(), func(t *testing.T) {
			t.Parallel()
			a := generate(t, Options{Children: 2000, Schools: 24, Years: s.years, Today: s.today, Seed: 3})
			problems := 0
			for _, c := range a.Children {
				for _, p := range episodeProblems(c, s.today) {
					if problems++; problems <= 20 {
						t.Errorf("child %s: %s", c.ID, p)
					}
				}
			}
			if problems > 20 {
				t.Errorf("... %d problems in all", problems)
			}
		})
	}
}

// episodeProblems lists the rules c's episodes break.
func episodeProblems(c Child, today calendar.Date) []string {
	eps := c.Episodes
	if len(eps) == 0 {
		return []string{"no episodes"}
	}
	var out []string
	add := func(i int, format string, args ...any) {
		out = append(out, fmt.Sprintf("episode %d (%s): ", i+1, eps[i].Start)+fmt.Sprintf(format, args...))
	}
	if eps[0].RNE != "S" {
		add(0, "first episode has RNE %s, not S (rule 357)", eps[0].RNE)
	}
	for i, e := range eps {
		for _, p := range codeProblems(e) {
			add(i, "%s", p)
		}
		for _, p := range dateProblems(c, e, today) {
			add(i, "%s", p)
		}
		if i+1 < len(eps) {
			for _, p := range chainProblems(e, eps[i+1]) {
				add(i, "%s", p)
			}
		} else if e.End.IsZero() != (e.REC == "") || e.ReasonPlaceChange != "" || e.REC == "X1" {
			add(i, "last episode: DEC %q, REC %q, reason %q", e.End, e.REC, e.ReasonPlaceChange)
		}
		if i > 0 && e.RNE != "S" {
			if p := changeProblem(eps[i-1], e); p != "" {
				add(i, "RNE %s: %s", e.RNE, p)
			}
		}
		for _, p := range endingProblems(c, e) {
			add(i, "%s", p)
		}
	}
	return out
}

// codeProblems checks each code against its list and the provider pairings
// (rules 146, 178, 527 to 531, 550) and the URN exemptions (rule 218).
func codeProblems(e Episode) []string {
	var out []string
	for _, f := range []struct {
		name, value string
		list        []string
	}{
		{"RNE", e.RNE, validRNE}, {"LS", e.LS, validLS}, {"CIN", e.CIN, validCIN},
		{"PLACE", e.Place, validPlace}, {"PLACE_PROVIDER", e.Provider, validProvider},
	} {
		if !slices.Contains(f.list, f.value) {
			out = append(out, fmt.Sprintf("%s %q is not a valid code", f.name, f.value))
		}
	}
	if e.REC != "" && e.REC != "X1" && !slices.Contains(validEnding, e.REC) {
		out = append(out, fmt.Sprintf("REC %q is not a valid code", e.REC))
	}
	if e.ReasonPlaceChange != "" && !slices.Contains(validReason, e.ReasonPlaceChange) {
		out = append(out, fmt.Sprintf("REASON_PLACE_CHANGE %q is not a valid code", e.ReasonPlaceChange))
	}
	if (e.Provider == "PR0") != (e.Place == "P1") || (e.Provider == "PR3") != (e.Place == "R2") {
		out = append(out, fmt.Sprintf("provider %s with placement %s", e.Provider, e.Place))
	}
	exempt := e.Place == "P1" || e.Place == "R2"
	if exempt != (e.ProviderURN == "") || (!exempt && !providerURN.MatchString(e.ProviderURN)) {
		out = append(out, fmt.Sprintf("URN %q with placement %s", e.ProviderURN, e.Place))
	}
	for _, pc := range []string{e.PlacementPostcode, e.HomePostcode} {
		if pc != "" && !fictionalPost.MatchString(pc) {
			out = append(out, fmt.Sprintf("postcode %q is not a fictional XX one", pc))
		}
	}
	return out
}

// dateProblems checks an episode's dates against the child's birth
// (rule 302), its own start (rule 356), today, and the child's 18th
// birthday.
func dateProblems(c Child, e Episode, today calendar.Date) []string {
	var out []string
	if e.Start.Before(c.DOB) {
		out = append(out, "starts before birth")
	}
	if e.Start.After(today) || e.End.After(today) {
		out = append(out, "dated after today")
	}
	if !e.End.IsZero() && !e.End.After(e.Start) {
		out = append(out, "ends on or before its start")
	}
	eighteen := calendar.NewDate(c.DOB.Year()+18, c.DOB.Month(), c.DOB.Day())
	if (e.End.IsZero() && !today.Before(eighteen)) || e.End.After(eighteen) {
		out = append(out, "in care after the 18th birthday")
	}
	if e.Place == "K3" && (e.Start.Before(calendar.NewDate(2024, time.April, 1)) || e.Start.Before(
		calendar.NewDate(c.DOB.Year()+16, c.DOB.Month(), c.DOB.Day()))) {
		out = append(out, "K3 before April 2024 or under 16")
	}
	return out
}

// chainProblems checks an episode against the next: no overlap (rule
// 501), a continuation starting on the day it ends with REC X1 (rules 142,
// 388), a new period only after a gap, and a reason for the change exactly
// when the next episode changes placement (rule 225).
func chainProblems(e, next Episode) []string {
	var out []string
	switch {
	case e.End.IsZero() || e.REC == "":
		out = append(out, "not the last episode but open")
	case next.RNE == "S" && (!next.Start.After(e.End) || e.REC == "X1"):
		out = append(out, fmt.Sprintf("a new period starts %s, but this one ends %s with %s",
			next.Start, e.End, e.REC))
	case next.RNE != "S" && (next.Start != e.End || e.REC != "X1"):
		out = append(out, fmt.Sprintf("continued by an episode starting %s, but ends %s with %s",
			next.Start, e.End, e.REC))
	}
	placeChange := slices.Contains([]string{"P", "T", "U", "B"}, next.RNE)
	if placeChange != (e.ReasonPlaceChange != "") {
		out = append(out, fmt.Sprintf("next RNE %s, reason for change %q", next.RNE, e.ReasonPlaceChange))
	}
	return out
}

// changeProblem checks that what changed between prev and e is what e's
// RNE says (rules 434 to 436).
func changeProblem(prev, e Episode) string {
	lsChanged := prev.LS != e.LS
	sameCarer := prev.PlacementPostcode == e.PlacementPostcode && prev.ProviderURN == e.ProviderURN &&
		prev.Provider == e.Provider
	placeChanged := !sameCarer || prev.Place != e.Place
	ok := map[string]bool{
		"L": lsChanged && !placeChanged,
		"P": !lsChanged && placeChanged,
		"T": !lsChanged && sameCarer && prev.Place != e.Place,
		"U": lsChanged && sameCarer && prev.Place != e.Place,
		"B": lsChanged && placeChanged,
	}[e.RNE]
	if !ok {
		return fmt.Sprintf("LS %s to %s, placement %s/%s to %s/%s", prev.LS, e.LS,
			prev.Place, prev.PlacementPostcode, e.Place, e.PlacementPostcode)
	}
	return ""
}

// endingProblems checks the reason a period ended against the placement
// and the child's age (rules 386, 387, 390, 407, 460, 516) and a custody
// move against age (rule 234).
func endingProblems(c Child, e Episode) []string {
	var out []string
	ageAt := func(d calendar.Date) int {
		age := d.Year() - c.DOB.Year()
		if d.Month() < c.DOB.Month() || (d.Month() == c.DOB.Month() && d.Day() < c.DOB.Day()) {
			age--
		}
		return age
	}
	age := ageAt(e.End)
	bad := map[string]bool{
		"E11": !slices.Contains([]string{"A3", "A4", "A5", "A6"}, e.Place) || age >= 18,
		"E12": !slices.Contains([]string{"A3", "A4", "A5", "A6"}, e.Place) || age >= 18,
		"E45": !slices.Contains([]string{"U1", "U2", "U3"}, e.Place) || age >= 18,
		"E46": !slices.Contains([]string{"U4", "U5", "U6"}, e.Place) || age >= 18,
		"E47": age >= 18, "E48": age >= 18,
		"E5": age < 14, "E6": age < 14, "E17": age < 18,
	}[e.REC]
	if bad {
		out = append(out, fmt.Sprintf("ends %s at age %d from placement %s", e.REC, age, e.Place))
	}
	if e.ReasonPlaceChange == "CUSTOD" && ageAt(e.Start) < 10 {
		out = append(out, "custody move for a child under 10")
	}
	return out
}
