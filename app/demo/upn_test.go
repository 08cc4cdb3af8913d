package demo

import (
	"regexp"
	"testing"
)

func TestUPNCheckLetter(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		body    string
		want    byte
		wantErr bool
	}{
		// Worked by hand: characters 2 to 13 of the UPN are 9 9 9 2 0 0 1 2
		// 4 0 0 1 (LA 999, establishment 2001, year 24, serial 001), with
		// weights 2 to 13:
		//   9*2 + 9*3 + 9*4 + 2*5 + 0*6 + 0*7 + 1*8 + 2*9 + 4*10 + 0*11
		//   + 0*12 + 1*13 = 18+27+36+10+0+0+8+18+40+0+0+13 = 170;
		// 170 = 7*23 + 9, and the letter at index 9 of
		// ABCDEFGHJKLMNPQRTUVWXYZ is K: the UPN is K999200124001.
		{body: "999200124001", want: 'K'},
		// 9*2 + 9*3 + 9*4 + 3*5 + 0*6 + 1*7 + 5*8 + 2*9 + 5*10 + 1*11
		// + 1*12 + 7*13 = 325 = 14*23 + 3: D.
		{body: "999301525117", want: 'D'},
		// A temporary UPN ends in a letter, valued by its place in the
		// table (A is 0): 170 - 1*13 = 157 = 6*23 + 19: W.
		{body: "99920012400A", want: 'W'},
		{body: "99920012400", wantErr: true},  // 11 characters
		{body: "99920012400I", wantErr: true}, // I is not in the table
		{body: "999-20012400", wantErr: true}, // not a digit
	}
	for _, s := range scenarios {
		t.Run(s.body, func(t *testing.T) {
			got, err := upnCheckLetter(s.body)
			if (err != nil) != s.wantErr {
				t.Fatalf("upnCheckLetter(%q) error = %v, want error %v", s.body, err, s.wantErr)
			}
			if got != s.want {
				t.Errorf("upnCheckLetter(%q) = %c, want %c", s.body, got, s.want)
			}
		})
	}
}

func TestGenerate_upns(t *testing.T) {
	t.Parallel()
	a := generate(t, Options{Children: 5000, Schools: 24, Years: 3, Today: testToday, Seed: 7})
	shape := regexp.MustCompile(`^[A-HJ-NP-RT-Z]999\d{9}$`)
	seen := map[string]string{}
	unknown := map[string]int{}
	for _, c := range a.Children {
		switch c.UPN {
		case "UN1", "UN2", "UN3", "UN4", "UN5":
			unknown[c.UPN]++
			// The validator's rule 209: UN1 is for children not yet of
			// school age.
			if c.UPN == "UN1" && ncyOn(c.DOB, testToday) > -1 {
				t.Errorf("child %s has UN1 in year group %d", c.ID, ncyOn(c.DOB, testToday))
			}
			continue
		}
		if !shape.MatchString(c.UPN) {
			t.Errorf("child %s: UPN %q is not a letter, 999 and nine digits", c.ID, c.UPN)
			continue
		}
		if letter, err := upnCheckLetter(c.UPN[1:]); err != nil || letter != c.UPN[0] {
			t.Errorf("child %s: UPN %q has the wrong check letter (want %c, %v)", c.ID, c.UPN, letter, err)
		}
		if other, dup := seen[c.UPN]; dup {
			t.Errorf("children %s and %s share UPN %s", other, c.ID, c.UPN)
		}
		seen[c.UPN] = c.ID
	}
	if len(seen) < 4000 || unknown["UN1"] == 0 || unknown["UN1"] > 600 {
		t.Errorf("%d UPNs and unknown codes %v: expected most children with a UPN, a few UN1", len(seen), unknown)
	}
}
