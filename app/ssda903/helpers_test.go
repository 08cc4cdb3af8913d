package ssda903

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

// sharedData is the project's shared sample data, beside the repository.
var sharedData = filepath.Join("..", "..", "..", "shared", "data")

func importCase(name string) string {
	return filepath.Join(sharedData, "import-cases", name)
}

// dates lets go-cmp compare calendar.Date, whose field is unexported.
var dates = cmp.Comparer(func(a, b calendar.Date) bool { return a == b })

func day(s string) calendar.Date { return calendar.MustISO(s) }

// csvText joins lines into a file's contents.
func csvText(lines ...string) []byte {
	return []byte(strings.Join(lines, "\n") + "\n")
}

const (
	headerColumns  = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
	episodeColumns = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE," +
		"HOME_POST,PL_POST,URN"
	reviewColumns = "CHILD,DOB,REVIEW,REVIEW_CODE"
)

// brief sums up problems as "line severity rule column=value", enough to
// say which row carries which finding.
func brief(problems []csvfile.Problem) []string {
	var out []string
	for _, p := range problems {
		out = append(out, fmt.Sprintf("%d %s %s %s=%s", p.Line, p.Severity, p.Rule, p.Column, p.Value))
	}
	return out
}

// load runs Load and fails the test on an error.
func load(t *testing.T, paths ...string) *Batch {
	t.Helper()
	b, err := Load(paths...)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return b
}

// batchOf adds each named file's contents, in order, and validates.
func batchOf(files ...namedFile) *Batch {
	b := &Batch{}
	for _, f := range files {
		b.Add(f.name, f.data)
	}
	b.Validate()
	return b
}

type namedFile struct {
	name string
	data []byte
}

func childIDs(children []Child) []string {
	var out []string
	for _, c := range children {
		out = append(out, c.ID)
	}
	return out
}

func episodeKeys(eps []Episode) []string {
	var out []string
	for _, e := range eps {
		out = append(out, e.ChildID+" "+e.DECOM.String())
	}
	return out
}

func diff(t *testing.T, what string, want, got any, opts ...cmp.Option) {
	t.Helper()
	if d := cmp.Diff(want, got, append(opts, dates)...); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, d)
	}
}
