package schedule

import (
	"slices"
	"strings"

	"github.com/openpep/openpep/app/calendar"
)

// Episode is one SSDA903 episode of care, reduced to what the schedule
// needs.
type Episode struct {
	Start calendar.Date // DECOM
	End   calendar.Date // DEC; zero while the episode is open
	RNE   string        // reason for new episode; "S" starts a period of care
}

// Period is one period of care: an unbroken run of episodes.
type Period struct {
	Start calendar.Date
	End   calendar.Date // zero while the child is still in care
}

// InCareOn reports whether p covers day d: it started on or before d and
// had not ended by d. A child who leaves care on d is not in care on d.
func (p Period) InCareOn(d calendar.Date) bool {
	return !p.Start.After(d) && (p.End.IsZero() || p.End.After(d))
}

// Periods groups episodes into periods of care as known on asOf, in order
// of start. Episodes may come in any order and are not modified.
//
// A period starts at the earliest episode, at an episode with RNE S, and
// at any episode whose DECOM is not the previous episode's DEC (a blank
// previous DEC included). It continues while each next episode starts on
// the day the last one ended, and ends at its last episode's DEC.
//
// Episodes starting after asOf are ignored, and a DEC after asOf is read as
// blank: on asOf nobody knew the child would leave. Episodes with no DECOM
// are ignored.
//
// NOTE: overlapping episodes (validator rules 142 and 501) would give
// overlapping periods; the earlier period is cut short to end on the day
// the later one starts, so that a child is never in two periods at once.
func Periods(episodes []Episode, asOf calendar.Date) []Period {
	return appendPeriods(nil, episodes, asOf)
}

func appendPeriods(dst []Period, episodes []Episode, asOf calendar.Date) []Period {
	if !slices.IsSortedFunc(episodes, compareEpisodes) {
		episodes = slices.Clone(episodes)
		slices.SortStableFunc(episodes, compareEpisodes)
	}

	first := len(dst)
	var prevEnd calendar.Date
	for _, ep := range episodes {
		if ep.Start.IsZero() {
			continue
		}
		if ep.Start.After(asOf) {
			break
		}

		if len(dst) == first || startsPeriod(ep) || ep.Start != prevEnd {
			dst = cutShort(dst, first, ep.Start)
			dst = append(dst, Period{Start: ep.Start})
		}

		prevEnd = ep.End
		if prevEnd.After(asOf) {
			prevEnd = calendar.Date{}
		}
		dst[len(dst)-1].End = prevEnd
	}
	return dst
}

// cutShort ends the last period in dst[first:] by day d at the latest.
func cutShort(dst []Period, first int, d calendar.Date) []Period {
	if len(dst) == first {
		return dst
	}

	last := &dst[len(dst)-1]
	if last.End.IsZero() || last.End.After(d) {
		last.End = d
	}
	return dst
}

// startsPeriod reports whether ep is recorded as starting a new period of
// care. SSDA903 codes are case-insensitive.
func startsPeriod(ep Episode) bool {
	return strings.EqualFold(strings.TrimSpace(ep.RNE), "S")
}

func compareEpisodes(a, b Episode) int {
	return a.Start.Time().Compare(b.Start.Time())
}
