package demo

import (
	"fmt"
	"strings"
)

// upnLetters are the check letters of the DfE UPN algorithm; I, O and S
// are left out to avoid confusion with 1, 0 and 5.
const upnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ"

// upnCheckLetter returns the check letter for the twelve characters that
// follow it in a UPN: each character's value times its position (2 to 13)
// summed, the remainder after dividing by 23 indexing upnLetters. Digits
// count as their value; a letter (the last character of a temporary UPN)
// counts as its place in upnLetters.
func upnCheckLetter(body string) (byte, error) {
	if len(body) != 12 {
		return 0, fmt.Errorf("upn body %q has %d characters, not 12", body, len(body))
	}
	sum := 0
	for i := 0; i < len(body); i++ {
		c := body[i]
		v := strings.IndexByte(upnLetters, c)
		if c >= '0' && c <= '9' {
			v = int(c - '0')
		}
		if v < 0 {
			return 0, fmt.Errorf("upn body %q has %q at position %d", body, c, i+2)
		}
		sum += v * (i + 2)
	}
	return upnLetters[sum%23], nil
}

// upnKey is the part of a UPN that names where and when it was issued.
type upnKey struct{ establishment, year int }

// upn issues a permanent UPN as if a Demoshire primary school had when the
// child, born on dob, started Reception: LA code, establishment number,
// two-digit year and a serial unique to the pair, behind a check letter.
func (g *generator) upn(dob day) string {
	year := (dob.date().Year() + 4) % 100
	if dob.date().Month() > 8 {
		year = (year + 1) % 100
	}
	key := upnKey{pickOf(g, g.upnSchools), year}
	for g.upns[key] > 999 {
		key.establishment++ // full: as if a neighbouring school issued it
	}
	serial := g.upns[key]
	if serial == 0 {
		serial = g.between(1, 300)
	}
	g.upns[key] = serial + 1

	body := fmt.Sprintf("%s%04d%02d%03d", LACode, key.establishment, key.year, serial)
	letter, err := upnCheckLetter(body)
	if err != nil {
		panic(err) // the body is built from digits above
	}
	return string(letter) + body
}
