package ssda903

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/openpep/openpep/app/csvfile"
)

// MaxChildIDLength is the longest CHILD id the return allows.
const MaxChildIDLength = 10

// scientific matches a number a spreadsheet has shown in scientific
// notation, such as "9.00001E+05", which loses digits for good.
var scientific = regexp.MustCompile(`^\d+(\.\d+)?[eE][+-]\d+$`)

// spreadsheetInteger matches a whole number a spreadsheet has turned into
// a decimal, such as "900001.0".
var spreadsheetInteger = regexp.MustCompile(`^(\d+)\.0+$`)

// spreadsheetDecimal returns the whole number s stands for when s is one a
// spreadsheet turned into a decimal.
func spreadsheetDecimal(s string) (string, bool) {
	if !strings.Contains(s, ".") {
		return "", false
	}
	m := spreadsheetInteger.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// CleanChildID returns the child id raw stands for. It trims spaces and
// turns an all-digit id ending in ".0" (a spreadsheet's decimal) back into
// the integer, reporting that it did so in repaired. Leading zeros are
// kept: "0900005" and "900005" are different children. A blank id, one
// with a space or tab inside it ("800 023"), one starting with a formula
// character (=, +, - or @), one longer than
// MaxChildIDLength, and one in scientific notation ("9E+05", whose digits a
// spreadsheet has lost) are errors.
func CleanChildID(raw string) (id string, repaired bool, err error) {
	id = strings.TrimSpace(raw)
	if v, ok := spreadsheetDecimal(id); ok {
		id, repaired = v, true
	}

	switch {
	case id == "":
		return "", false, errors.New("CHILD is blank")
	case strings.ContainsFunc(id, unicode.IsSpace):
		return "", false, fmt.Errorf("CHILD %s has a space or tab inside it", csvfile.Quote(id))
	case strings.ContainsAny(id[:1], "=+-@"):
		// A spreadsheet opening a report would run it as a formula.
		return "", false, fmt.Errorf("CHILD %s starts with %q, which spreadsheets read as a formula",
			csvfile.Quote(id), id[:1])
	case scientific.MatchString(id):
		return "", false, fmt.Errorf("CHILD %s is a number in scientific notation, as a "+
			"spreadsheet shows long numbers; the id's digits are lost, so export it again as text",
			csvfile.Quote(id))
	case len([]rune(id)) > MaxChildIDLength:
		return "", false, fmt.Errorf("CHILD %s is longer than %d characters", csvfile.Quote(id),
			MaxChildIDLength)
	}
	return id, repaired, nil
}

// upnLetters are the letters a UPN uses, in check-letter order: the
// alphabet without I, O and S.
const upnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ"

var (
	upnShape   = regexp.MustCompile(`^[A-HJ-NP-RT-Z]\d{11}[0-9A-Z]$`)
	upnUnknown = regexp.MustCompile(`^UN[1-5]$`)
)

// UPNProblem is what CheckUPN found wrong with a UPN.
type UPNProblem int

// The outcomes of CheckUPN.
const (
	UPNValid            UPNProblem = iota // a well-formed UPN, or UN1 to UN5
	UPNMalformed                          // not 13 characters of the right kinds
	UPNWrongCheckLetter                   // well formed, but the first letter does not check
)

// CheckUPN checks a unique pupil number (upper case). A UPN is a check
// letter (never I, O or S), eleven digits and a final digit, or a final
// letter for a temporary UPN: that shape is what the validator's rule 168
// tests. The check letter is the DfE's: weight characters 2 to 13 by 2 to
// 13 (a final letter counting as its place in upnLetters, from 0), and take
// the sum modulo 23 as a place in upnLetters. A final I, O or S can never
// check. UN1 to UN5 stand for a UPN that is not known.
func CheckUPN(upn string) UPNProblem {
	switch {
	case upnUnknown.MatchString(upn):
		return UPNValid
	case !upnShape.MatchString(upn):
		return UPNMalformed
	case checkLetter(upn[1:]) != upn[0]:
		return UPNWrongCheckLetter
	}
	return UPNValid
}

// upnFault says why a UPN that CheckUPN finds malformed is not valid.
func upnFault(upn string) string {
	runes := []rune(upn)
	switch {
	case strings.HasPrefix(upn, "UN") && len(runes) < 13:
		return "only UN1 to UN5 stand for a UPN that is not known"
	case len(runes) != 13:
		return fmt.Sprintf("it has %d characters, not 13", len(runes))
	case !strings.ContainsRune(upnLetters, runes[0]):
		return fmt.Sprintf("it starts with %q, not a letter other than I, O or S", string(runes[0]))
	case strings.ContainsFunc(string(runes[1:12]), func(r rune) bool { return r < '0' || r > '9' }):
		return "its 2nd to 12th characters are not all digits"
	}
	return "its last character is not a digit or a letter"
}

// checkLetter returns the check letter for the last 12 characters of a
// well-formed UPN, or 0 when the final letter is one a UPN never uses.
func checkLetter(rest string) byte {
	sum := 0
	for i := 0; i < len(rest); i++ {
		v := int(rest[i] - '0')
		if rest[i] >= 'A' {
			v = strings.IndexByte(upnLetters, rest[i])
		}
		if v < 0 {
			return 0
		}
		sum += v * (i + 2)
	}
	return upnLetters[sum%len(upnLetters)]
}
