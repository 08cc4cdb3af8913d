package schedule

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPeriods(t *testing.T) {
	t.Parallel()

	type span struct{ Start, End string }
	scenarios := []struct {
		name     string
		episodes []Episode
		asOf     string
		want     []span
	}{
		{name: "no episodes", asOf: "2024-01-01"},
		{
			name:     "one open episode",
			episodes: []Episode{episode("2023-10-02", "", "S")},
			asOf:     "2024-01-01",
			want:     []span{{"2023-10-02", ""}},
		},
		{
			name:     "the earliest episode starts a period whatever its RNE",
			episodes: []Episode{episode("2023-10-02", "", "P")},
			asOf:     "2024-01-01",
			want:     []span{{"2023-10-02", ""}},
		},
		{
			name: "a chain where each DECOM is the previous DEC",
			episodes: []Episode{
				episode("2023-10-02", "2023-11-20", "S"),
				episode("2023-11-20", "2024-01-15", "P"),
				episode("2024-01-15", "2024-03-01", "L"),
			},
			asOf: "2024-06-01",
			want: []span{{"2023-10-02", "2024-03-01"}},
		},
		{
			name: "a gap of one day",
			episodes: []Episode{
				episode("2023-10-02", "2023-11-20", "S"),
				episode("2023-11-21", "", "P"),
			},
			asOf: "2024-01-01",
			want: []span{{"2023-10-02", "2023-11-20"}, {"2023-11-21", ""}},
		},
		{
			name: "RNE S starts a period even when the dates chain",
			episodes: []Episode{
				episode("2023-10-02", "2023-11-20", "S"),
				episode("2023-11-20", "", " s "),
			},
			asOf: "2024-01-01",
			want: []span{{"2023-10-02", "2023-11-20"}, {"2023-11-20", ""}},
		},
		{
			// A blank DEC followed by another episode: a new period, and
			// the first is cut short so the two do not overlap.
			name: "an episode after a blank DEC",
			episodes: []Episode{
				episode("2023-10-02", "", "S"),
				episode("2023-11-20", "", "P"),
			},
			asOf: "2024-01-01",
			want: []span{{"2023-10-02", "2023-11-20"}, {"2023-11-20", ""}},
		},
		{
			name: "overlapping episodes",
			episodes: []Episode{
				episode("2023-10-02", "2023-12-01", "S"),
				episode("2023-11-20", "", "P"),
			},
			asOf: "2024-01-01",
			want: []span{{"2023-10-02", "2023-11-20"}, {"2023-11-20", ""}},
		},
		{
			name: "episodes out of order",
			episodes: []Episode{
				episode("2024-01-15", "", "L"),
				episode("2023-10-02", "2023-11-20", "S"),
				episode("2023-11-20", "2024-01-15", "P"),
			},
			asOf: "2024-06-01",
			want: []span{{"2023-10-02", ""}},
		},
		{
			// On 30 Nov the third episode had not begun and the second had
			// not ended.
			name: "as of a date inside the chain",
			episodes: []Episode{
				episode("2023-10-02", "2023-11-20", "S"),
				episode("2023-11-20", "2024-01-15", "P"),
				episode("2024-01-15", "", "L"),
			},
			asOf: "2023-11-30",
			want: []span{{"2023-10-02", ""}},
		},
		{
			name:     "an episode ending on the as-of date has ended",
			episodes: []Episode{episode("2023-10-02", "2023-11-30", "S")},
			asOf:     "2023-11-30",
			want:     []span{{"2023-10-02", "2023-11-30"}},
		},
		{
			name:     "an episode starting after the as-of date",
			episodes: []Episode{episode("2023-12-01", "", "S")},
			asOf:     "2023-11-30",
		},
		{
			name:     "an episode without a DECOM is ignored",
			episodes: []Episode{{RNE: "S"}, episode("2023-10-02", "", "P")},
			asOf:     "2024-01-01",
			want:     []span{{"2023-10-02", ""}},
		},
	}

	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			before := slices.Clone(s.episodes)

			var got []span
			for _, p := range Periods(s.episodes, day(s.asOf)) {
				got = append(got, span{p.Start.String(), p.End.String()})
			}
			if diff := cmp.Diff(s.want, got); diff != "" {
				t.Errorf("periods (-want +got):\n%s", diff)
			}
			if !slices.Equal(before, s.episodes) {
				t.Error("Periods reordered its input")
			}
		})
	}
}

func TestPeriod_InCareOn(t *testing.T) {
	t.Parallel()
	closed := Period{Start: day("2023-10-02"), End: day("2023-11-20")}
	open := Period{Start: day("2023-10-02")}

	scenarios := []struct {
		name   string
		period Period
		date   string
		want   bool
	}{
		{"the day before it starts", closed, "2023-10-01", false},
		{"the day it starts", closed, "2023-10-02", true},
		{"the day before it ends", closed, "2023-11-19", true},
		{"the day it ends", closed, "2023-11-20", false},
		{"long after, still in care", open, "2030-01-01", true},
	}

	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			if got := s.period.InCareOn(day(s.date)); got != s.want {
				t.Errorf("InCareOn(%s) = %t, want %t", s.date, got, s.want)
			}
		})
	}
}
