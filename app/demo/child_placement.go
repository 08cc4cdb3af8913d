package demo

import "fmt"

// Placement types by age, weighted. Only codes valid in both the 2024-25
// and 2025-26 collection years are used: foster care U1 to U6, children's
// homes K2, secure homes K1, supported accommodation K3 (from April 2024),
// placed with parents P1 and NHS provision R2. Adoption placements (A3,
// A6) come only from adopt.
var (
	placesUnder5 = []choice{
		{"U6", 45}, {"U4", 15}, {"U3", 15}, {"U1", 5}, {"U5", 4}, {"U2", 2}, {"P1", 8}, {"R2", 1},
	}
	placesPrimary = []choice{
		{"U6", 38}, {"U4", 25}, {"U3", 10}, {"U1", 8}, {"P1", 7}, {"K2", 4}, {"R2", 1},
	}
	placesSecondary = []choice{
		{"U6", 30}, {"U4", 22}, {"U3", 7}, {"U1", 5}, {"K2", 18}, {"P1", 5}, {"K1", 1}, {"R2", 1},
	}
	placesPost16 = []choice{
		{"U6", 22}, {"U4", 20}, {"U3", 5}, {"U1", 4}, {"K2", 15}, {"K3", 25}, {"P1", 4}, {"K1", 1},
	}
	placesUASC16 = []choice{{"K3", 50}, {"U6", 35}, {"K2", 15}}
	placesUASC   = []choice{{"U6", 80}, {"K2", 20}}
)

// placementCode draws a placement type for a child of age on day on.
func (g *generator) placementCode(age int, on day, ls string, uasc bool) string {
	if ls == "J2" {
		return g.pick([]choice{{"K1", 3}, {"K2", 7}})
	}
	var cs []choice
	switch {
	case uasc && age >= 16:
		cs = placesUASC16
	case uasc:
		cs = placesUASC
	case age < 5:
		cs = placesUnder5
	case age < 11:
		cs = placesPrimary
	case age < 16:
		cs = placesSecondary
	default:
		cs = placesPost16
	}

	allowed := make([]choice, 0, len(cs))
	for _, c := range cs {
		if placementAllowed(c.code, age, on) {
			allowed = append(allowed, c)
		}
	}
	return g.pick(allowed)
}

// placementAllowed keeps children's homes for children of 8 or over,
// secure homes for 10 or over, and supported accommodation for 16 or over
// from the year the code exists.
func placementAllowed(place string, age int, on day) bool {
	switch place {
	case "K2":
		return age >= 8
	case "K1":
		return age >= 10
	case "K3":
		return age >= 16 && on >= k3From
	}
	return true
}

// placeIn sets the placement of e: its type, provider, the provider's
// Ofsted URN and the placement's postcode. Providers follow the validator's
// pairings: PR0 only with P1 (placed with parents, at home, no URN), PR3
// (other public provision) only with R2, never PR3 for foster or homes.
func (g *generator) placeIn(e *episode, place string) {
	e.place = place
	switch {
	case place == "P1":
		e.provider, e.urn, e.plPost = "PR0", "", e.home
		if e.home == "" {
			e.plPost = postcode(g, g.between(1, 12))
		}
	case place == "R2":
		e.provider, e.urn, e.plPost = "PR3", "", postcode(g, g.between(1, 12))
	case isKinshipFoster(place):
		e.provider = g.pick(kinshipProviders)
		e.urn, e.plPost = g.providerSite(e.provider, "foster")
	default:
		kind := placementKind(place)
		e.provider = g.pick(providers[kind])
		e.urn, e.plPost = g.providerSite(e.provider, kind)
	}
}

// placementKind groups placement types by the kind of provider.
func placementKind(place string) string {
	switch {
	case isFoster(place):
		return "foster"
	case place == "K2":
		return "home"
	case place == "K3":
		return "supported"
	case place == "K1":
		return "secure"
	}
	return "adoption"
}

// providers weights who provides each kind of placement: the authority
// itself (PR1), another authority (PR2), a private provider (PR4) or a
// voluntary one (PR5).
var providers = map[string][]choice{
	"foster":    {{"PR1", 55}, {"PR4", 35}, {"PR5", 5}, {"PR2", 5}},
	"home":      {{"PR4", 70}, {"PR1", 20}, {"PR5", 10}},
	"supported": {{"PR4", 70}, {"PR5", 15}, {"PR1", 15}},
	"secure":    {{"PR1", 50}, {"PR2", 50}},
	"adoption":  {{"PR1", 60}, {"PR5", 40}},
}

// kinshipProviders weights who approves relatives and friends as foster
// carers: almost always the authority itself.
var kinshipProviders = []choice{{"PR1", 85}, {"PR2", 15}}

// providerRange is a block of invented Ofsted URNs, SC999000 plus base
// to base+n-1, for one provider and kind of placement.
type providerRange struct{ base, n int }

var providerRanges = map[string]providerRange{
	"PR1 foster": {1, 1}, "PR1 adoption": {2, 1}, "PR1 secure": {3, 1},
	"PR1 home": {10, 8}, "PR1 supported": {20, 6},
	"PR2 foster": {100, 15}, "PR2 secure": {120, 2},
	"PR4 foster": {200, 25}, "PR4 home": {300, 60}, "PR4 supported": {400, 30},
	"PR5 foster": {500, 6}, "PR5 home": {510, 10}, "PR5 supported": {530, 10},
	"PR5 adoption": {550, 4},
}

// providerSite returns the URN of a provider of kind and the postcode of
// the placement. A home has one address, so its postcode follows from its
// URN; foster carers and adopters live all over, in Demoshire when the
// authority places the child itself, often outside it otherwise.
func (g *generator) providerSite(provider, kind string) (urn, plPost string) {
	r := providerRanges[provider+" "+kind]
	n := r.base + g.rng.IntN(max(r.n, 1))
	urn = fmt.Sprintf("SC999%03d", n)

	outside := provider == "PR2" || (provider == "PR4" && n%2 == 0)
	if kind == "foster" || kind == "adoption" {
		outside = provider == "PR2" || (provider != "PR1" && g.chance(0.5))
		return urn, postcode(g, districtFor(g.rng.IntN(1000), outside))
	}
	return urn, sitePostcode(n, districtFor(n, outside))
}

// districtFor returns a postcode district number for seed n: 1 to 12 in
// Demoshire, 20 to 79 outside it.
func districtFor(n int, outside bool) int {
	if outside {
		return 20 + n%60
	}
	return 1 + n%12
}

// sitePostcode returns the fixed postcode of the site numbered n.
func sitePostcode(n, district int) string {
	const inward = "ABDEFGHJLNPQRSTUWXYZ"
	return fmt.Sprintf("XX%d %d%c%c", district, n%10, inward[(n/10)%len(inward)], inward[(n*7)%len(inward)])
}
