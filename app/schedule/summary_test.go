package schedule

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRequirement_Band(t *testing.T) {
	t.Parallel()

	scenarios := []struct {
		name   string
		status Status
		days   int
		want   string
	}{
		{"not overdue", StatusDue, 0, ""},
		{"missed is not banded", StatusMissed, 0, ""},
		{"1 day", StatusOverdue, 1, Band1To7},
		{"7 days", StatusOverdue, 7, Band1To7},
		{"8 days", StatusOverdue, 8, Band8To14},
		{"14 days", StatusOverdue, 14, Band8To14},
		{"15 days", StatusOverdue, 15, Band15To28},
		{"28 days", StatusOverdue, 28, Band15To28},
		{"29 days", StatusOverdue, 29, BandOver28},
		{"a year", StatusOverdue, 365, BandOver28},
	}

	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			r := Requirement{Status: s.status, DaysOverdue: s.days}
			if got := r.Band(); got != s.want {
				t.Errorf("Band() = %q, want %q", got, s.want)
			}
		})
	}
}

func TestSummarise(t *testing.T) {
	t.Parallel()

	reqs := []Requirement{
		{Status: StatusDue},
		{Status: StatusOverdue, DaysOverdue: 3},
		{Status: StatusOverdue, DaysOverdue: 7},
		{Status: StatusOverdue, DaysOverdue: 30},
		{Status: StatusCompletedOnTime},
		{Status: StatusCompletedLate},
		{Status: StatusMissed},
		{Status: StatusNotRequired},
		{Status: StatusUndetermined},
	}
	want := Summary{
		Total: 9,
		ByStatus: map[Status]int{
			StatusDue: 1, StatusOverdue: 3, StatusCompletedOnTime: 1, StatusCompletedLate: 1,
			StatusMissed: 1, StatusNotRequired: 1, StatusUndetermined: 1,
		},
		ByBand: map[string]int{Band1To7: 2, BandOver28: 1},
	}
	if diff := cmp.Diff(want, Summarise(reqs)); diff != "" {
		t.Errorf("Summarise (-want +got):\n%s", diff)
	}
}

func TestStatus_Label(t *testing.T) {
	t.Parallel()
	got := []string{StatusCompletedOnTime.Label(), StatusNotRequired.Label(), Status("odd").Label()}
	want := []string{"Completed on time", "Not required", "odd"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
}
