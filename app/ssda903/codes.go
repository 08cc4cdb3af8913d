package ssda903

import (
	"strings"
	"time"

	"github.com/openpep/openpep/app/calendar"
)

// CollectionYear returns the year in which the SSDA903 collection year
// holding d begins: collection years run from 1 April to 31 March, so
// 31 March 2025 belongs to 2024 (2024-25) and 1 April 2025 to 2025.
// It returns 0 for the zero Date.
func CollectionYear(d calendar.Date) int {
	if d.IsZero() {
		return 0
	}
	if d.Month() < time.April {
		return d.Year() - 1
	}
	return d.Year()
}

// span is the range of collection years in which a code is valid, by the
// year each starts in, inclusive; 0 leaves that end open.
type span struct{ first, last int }

// codeList maps each valid code of one data item to the collection years
// it is valid in.
type codeList map[string]span

// valid reports whether code is valid in the collection year starting in
// year; year 0 (the date is unknown) accepts a code valid in any year.
func (l codeList) valid(code string, year int) bool {
	s, ok := l[code]
	switch {
	case !ok:
		return false
	case year == 0:
		return true
	case s.first != 0 && year < s.first:
		return false
	case s.last != 0 && year > s.last:
		return false
	}
	return true
}

// always lists codes valid in every collection year.
func always(codes string) codeList {
	l := codeList{}
	for _, c := range strings.Fields(codes) {
		l[c] = span{}
	}
	return l
}

// with returns l plus codes valid in the collection years of s.
func (l codeList) with(s span, codes string) codeList {
	for _, c := range strings.Fields(codes) {
		l[c] = s
	}
	return l
}

// The code lists, as the validator holds them. Its earliest rule set is
// for 2022-23; those lists are applied to every earlier year too.
var (
	sexCodes = always("1 2 M F U") // 1 and 2 before 2024-25, M, F and U after; both accepted

	ethnicCodes = always("WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN " +
		"AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT")

	rneCodes = always("S P L T U B")

	lsCodes = always("C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3")

	cinCodes = always("N1 N2 N3 N4 N5 N6 N7 N8")

	// Placement types: K3 arrives in 2024-25; 2025-26 retires H5, P2 and
	// Z1 and adds Z11 to Z14.
	placeCodes = always("A3 A4 A5 A6 K1 K2 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 "+
		"U1 U2 U3 U4 U5 U6").
		with(span{last: 2024}, "H5 P2 Z1").
		with(span{first: 2024}, "K3").
		with(span{first: 2025}, "Z11 Z12 Z13 Z14")

	recCodes = always("E11 E12 E2 E3 E4A E4B E13 E41 E45 E46 E47 E48 E5 E6 E7 E8 E9 " +
		"E14 E15 E16 E17 X1")

	reasonChangeCodes = always("CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ " +
		"PLACE CUSTOD OTHER")

	reviewCodes = always("PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7")
)
