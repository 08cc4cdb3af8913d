package ssda903

import "testing"

func TestCleanChildID(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		raw      string
		want     string
		repaired bool
		fails    bool
	}{
		{raw: "900001", want: "900001"},
		{raw: " 900002 ", want: "900002"},
		{raw: "900001.0", want: "900001", repaired: true},
		{raw: "900001.00", want: "900001", repaired: true},
		{raw: "0900005", want: "0900005"},
		{raw: "A900001.0", want: "A900001.0"}, // not all digits: left alone
		{raw: "900001.5", want: "900001.5"},
		{raw: "1234567890", want: "1234567890"},
		{raw: "12345678901", fails: true},
		{raw: "9.00001E+05", fails: true}, // a spreadsheet's scientific notation
		{raw: "9E+05", fails: true},
		{raw: "12E45", want: "12E45"}, // could be an id: spreadsheets write a sign
		{raw: "  ", fails: true},
		{raw: "800 023", fails: true},  // a space inside: which child is meant?
		{raw: "8000\t25", fails: true}, // a tab inside
		{raw: "800\u00a0023", fails: true},
		{raw: " 800023\t", want: "800023"}, // around the id they go quietly
		{raw: "=2+5", fails: true},         // a spreadsheet formula in a report
		{raw: "+44", fails: true},
		{raw: "-1", fails: true},
		{raw: "@SUM", fails: true},
		{raw: "A-1", want: "A-1"}, // inside an id a dash is harmless
	}
	for _, s := range scenarios {
		t.Run(s.raw, func(t *testing.T) {
			t.Parallel()
			got, repaired, err := CleanChildID(s.raw)
			if (err != nil) != s.fails || got != s.want || repaired != s.repaired {
				t.Errorf("CleanChildID(%q) = %q, %v, %v; want %q, %v, fails %v",
					s.raw, got, repaired, err, s.want, s.repaired, s.fails)
			}
		})
	}
}

func TestUPNFault(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		upn  string
		want string
	}{
		{"UN9", "only UN1 to UN5 stand for a UPN that is not known"},
		{"C99900000001", "it has 12 characters, not 13"},
		{"C9990000000011", "it has 14 characters, not 13"},
		{"I999000000001", `it starts with "I", not a letter other than I, O or S`},
		{"9999000000001", `it starts with "9", not a letter other than I, O or S`},
		{"É999000000001", `it starts with "É", not a letter other than I, O or S`},
		{"C9990000000A1", "its 2nd to 12th characters are not all digits"},
		{"C99900000000-", "its last character is not a digit or a letter"},
	}
	for _, s := range scenarios {
		t.Run(s.upn, func(t *testing.T) {
			t.Parallel()
			if CheckUPN(s.upn) != UPNMalformed {
				t.Fatalf("CheckUPN(%q) is not UPNMalformed", s.upn)
			}
			if got := upnFault(s.upn); got != s.want {
				t.Errorf("upnFault(%q) = %q, want %q", s.upn, got, s.want)
			}
		})
	}
}

func TestCheckUPN(t *testing.T) {
	t.Parallel()
	// Check letters worked by hand. For C999000000001 the weighted sum is
	// 9*2 + 9*3 + 9*4 + 1*13 = 94, and 94 mod 23 = 2, the third letter:
	// C. For R999000000002 it is 81 + 26 = 107, 107 mod 23 = 15: R (the
	// letters skip I and O). A final letter counts as its place: B is 1,
	// so C99900000000B sums to 81 + 13 = 94, C again; A is 0, so
	// N99900000000A sums to 81, 81 mod 23 = 12: N.
	scenarios := []struct {
		upn  string
		want UPNProblem
	}{
		{"C999000000001", UPNValid},
		{"R999000000002", UPNValid},
		{"C99900000000B", UPNValid},
		{"N99900000000A", UPNValid},
		{"UN1", UPNValid},
		{"UN5", UPNValid},
		{"UN6", UPNMalformed},
		{"D999000000001", UPNWrongCheckLetter},
		{"C99900000000I", UPNWrongCheckLetter}, // I is never a UPN letter, so never checks
		{"I999000000001", UPNMalformed},        // nor is the check letter ever I, O or S
		{"S999000000001", UPNMalformed},
		{"C99900000001", UPNMalformed}, // 12 characters
		{"C9990000000011", UPNMalformed},
		{"C9990000000A1", UPNMalformed}, // a letter inside
	}
	for _, s := range scenarios {
		t.Run(s.upn, func(t *testing.T) {
			t.Parallel()
			if got := CheckUPN(s.upn); got != s.want {
				t.Errorf("CheckUPN(%q) = %d, want %d", s.upn, got, s.want)
			}
		})
	}
}
