package ssda903

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/openpep/openpep/app/csvfile"
)

// The files under shared/data/import-cases reproduce faults that broke
// other tools. Expected values below were read off the files by eye.

func TestLoad_headerEncodings(t *testing.T) {
	t.Parallel()
	// Both files hold the same two rows; only the bytes differ.
	want := []Child{
		{ID: "900001", Sex: "1", DOB: day("2012-04-03"), Ethnic: "WBRI", UPN: "C999000000001", Line: 2},
		{ID: "900002", Sex: "2", DOB: day("2010-11-14"), Ethnic: "BAFR", UPN: "R999000000002", Line: 3},
	}
	scenarios := []struct {
		file     string
		encoding string
	}{
		{"header-utf16le.csv", "UTF-16LE"},
		{"header-utf8-bom-crlf.csv", "UTF-8 with BOM"},
	}
	for _, s := range scenarios {
		t.Run(s.file, func(t *testing.T) {
			t.Parallel()
			b := load(t, importCase(s.file))

			f := b.Files[0]
			if f.Kind != KindHeader || f.Encoding != s.encoding || f.Rows != 2 || f.Accepted != 2 {
				t.Errorf("outcome = %s %q %d rows %d accepted, want header %q 2 2",
					f.Kind, f.Encoding, f.Rows, f.Accepted, s.encoding)
			}
			diff(t, "columns", strings.Split(headerColumns, ","), f.Columns)
			diff(t, "problems", []string(nil), brief(f.Problems))
			diff(t, "children", want, b.Children, cmpopts.IgnoreFields(Child{}, "File"))
		})
	}
}

func TestParse_headerCROnly(t *testing.T) {
	t.Parallel()
	// The same table with every CRLF written as a lone CR, as old Mac
	// exports end lines: the same two children on the same lines.
	data, err := os.ReadFile(importCase("header-utf8-bom-crlf.csv"))
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\r"))
	if bytes.Contains(data, []byte("\n")) {
		t.Fatal("the file still has a line feed")
	}

	b := Parse("header-cr.csv", data)
	diff(t, "problems", []string(nil), brief(b.Problems()))
	diff(t, "children", []Child{
		{ID: "900001", Sex: "1", DOB: day("2012-04-03"), Ethnic: "WBRI", UPN: "C999000000001", Line: 2},
		{ID: "900002", Sex: "2", DOB: day("2010-11-14"), Ethnic: "BAFR", UPN: "R999000000002", Line: 3},
	}, b.Children, cmpopts.IgnoreFields(Child{}, "File"))
}

func TestLoad_episodesQuotedOddHeaders(t *testing.T) {
	t.Parallel()
	path := importCase("episodes-quoted-odd-headers.csv")
	b := load(t, path)

	f := b.Files[0]
	if f.Kind != KindEpisodes || f.Rows != 2 || f.Accepted != 2 {
		t.Errorf("outcome = %s %d rows %d accepted, want episodes 2 2", f.Kind, f.Rows, f.Accepted)
	}
	// "decom" and "PLACE " match; LA_LOCAL_REF is extra. Child 900002's
	// only episode has RNE P, which rule 357 warns about.
	diff(t, "problems", []string{
		"0 warning column LA_LOCAL_REF=",
		"3 warning 357 RNE=P",
	}, brief(f.Problems))

	want := []Episode{
		{ChildID: "900001", DECOM: day("2023-09-01"), RNE: "S", LS: "C2", CIN: "N1", Place: "U1",
			PlaceProvider: "PR1", HomePost: "XX1 1XX", PlPost: "XX2 2XX", URN: "SC999001", File: path, Line: 2},
		{ChildID: "900002", DECOM: day("2024-01-15"), RNE: "P", LS: "V2", CIN: "N4", Place: "U4",
			PlaceProvider: "PR2", HomePost: "XX3 3XX", PlPost: "XX4 4XX", URN: "SC999002", File: path, Line: 3},
	}
	diff(t, "episodes", want, b.Episodes)
}

func TestLoad_missingRequiredColumn(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(importCase("episodes-quoted-odd-headers.csv"))
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"decom",`), []byte(`"start",`), 1)

	b := Parse("no-decom.csv", data)
	f := b.Files[0]
	want := []csvfile.Problem{{
		File: "no-decom.csv", Column: "DECOM", Rule: RuleColumn, Severity: csvfile.Error,
		Message: "The file looks like the SSDA903 episodes table but has no DECOM column; " +
			"none of its rows were loaded",
	}}
	diff(t, "problems", want, f.Problems)
	if !f.Failed() || f.Accepted != 0 || len(b.Episodes) != 0 {
		t.Errorf("failed %v, accepted %d, episodes %d; want the file failed with nothing loaded",
			f.Failed(), f.Accepted, len(b.Episodes))
	}
}

func TestLoad_childIDArtefacts(t *testing.T) {
	t.Parallel()
	b := load(t, importCase("header-child-id-artefacts.csv"), importCase("episodes-child-id-artefacts.csv"))
	header, episodes := b.Files[0], b.Files[1]

	// "900001.0" is repaired with a warning, the spaces around 900002 and
	// 900003 go quietly, the blank id on line 5 is rejected, and 0900005
	// keeps its leading zero.
	diff(t, "children", []string{"900001", "900002", "900003", "0900005"}, childIDs(b.Children))
	diff(t, "header problems", []string{
		"2 warning child-id CHILD=900001.0",
		"5 error child-id CHILD=",
	}, brief(header.Problems))

	// Episode 900005 has no header row (the header has 0900005): INT01,
	// the validator's code for an episode whose child is not in the header.
	diff(t, "episodes", []string{"900001 2023-09-01", "900002 2024-01-15", "900003 2024-02-02"},
		episodeKeys(b.Episodes))
	diff(t, "episode problems", []string{
		"3 warning 357 RNE=P",
		"5 error INT01 CHILD=900005",
	}, brief(episodes.Problems))
}

func TestLoad_batchFolder(t *testing.T) {
	t.Parallel()
	dir := importCase("batch")
	b := load(t, dir)

	type outcome struct {
		Name           string
		Kind           Kind
		Rows, Accepted int
		Failed         bool
		Problems       []string
	}
	var got []outcome
	for _, f := range b.Files {
		got = append(got, outcome{filepath.Base(f.Name), f.Kind, f.Rows, f.Accepted, f.Failed(),
			brief(f.Problems)})
	}
	want := []outcome{
		{Name: "1-empty.csv", Kind: KindUnknown, Failed: true, Problems: []string{"0 error file ="}},
		{Name: "2-header-only.csv", Kind: KindHeader, Problems: []string{"0 warning file ="}},
		{Name: "3-blank-rows.csv", Kind: KindHeader, Rows: 2, Accepted: 2},
	}
	diff(t, "outcomes", want, got)

	// The blank rows are lines 3 (commas only) and 4 (empty).
	path := filepath.Join(dir, "3-blank-rows.csv")
	diff(t, "children", []Child{
		{ID: "900031", Sex: "1", DOB: day("2012-04-03"), Ethnic: "WBRI", UPN: "C999000000001",
			File: path, Line: 2},
		{ID: "900032", Sex: "2", DOB: day("2010-11-14"), Ethnic: "BAFR", UPN: "R999000000002",
			File: path, Line: 5},
	}, b.Children)
	if !b.HasErrors() {
		t.Error("HasErrors() = false; the empty file is an error, so the import partly failed")
	}
}

func TestLoad_headerDateVariants(t *testing.T) {
	t.Parallel()
	b := load(t, importCase("header-date-variants.csv"))
	f := b.Files[0]

	accepted := map[string]string{}
	for _, c := range b.Children {
		accepted[c.ID] = c.DOB.String()
	}
	byLine := map[int][]string{}
	for _, p := range f.Problems {
		byLine[p.Line] = append(byLine[p.Line], brief([]csvfile.Problem{p})...)
	}

	// From the EXPECT column: day first always; D/M/YYYY, dashes and a
	// midnight time are read with a warning; a two-digit year, month 13,
	// an Excel serial and 31 February are rejected under rule 102.
	scenarios := []struct {
		line     int
		child    string
		dob      string // "" when the row is rejected
		problems []string
	}{
		{2, "900051", "2012-04-03", nil},
		{3, "900052", "2012-04-03", []string{"3 warning date-format DOB=3/4/2012"}},
		{4, "900053", "2012-04-03", nil},
		{5, "900054", "", []string{"5 error 102 DOB=03/04/12"}},
		{6, "900055", "2012-04-13", nil},
		{7, "900056", "", []string{"7 error 102 DOB=04/13/2012"}},
		{8, "900057", "", []string{"8 error 102 DOB=41002"}},
		{9, "900058", "", []string{"9 error 102 DOB=31/02/2012"}},
		{10, "900059", "2012-04-03", []string{"10 warning date-format DOB=03-04-2012"}},
		{11, "900060", "2012-04-03", []string{"11 warning date-format DOB=03/04/2012 00:00:00"}},
	}
	for _, s := range scenarios {
		t.Run(s.child, func(t *testing.T) {
			if got := accepted[s.child]; got != s.dob {
				t.Errorf("accepted DOB = %q, want %q", got, s.dob)
			}
			diff(t, "problems", s.problems, byLine[s.line])
		})
	}

	// The EXPECT column itself is not part of the header table.
	diff(t, "file problems", []string{"0 warning column EXPECT="}, byLine[0])
}
