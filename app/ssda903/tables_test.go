package ssda903

import (
	"strings"
	"testing"

	"github.com/openpep/openpep/app/csvfile"
)

func TestRecognise(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name    string
		columns string
		kind    Kind
		missing []string
	}{
		{name: "header", columns: headerColumns, kind: KindHeader},
		{name: "uasc shares CHILD, SEX and DOB with header", columns: "CHILD,SEX,DOB,DUC", kind: KindUASC},
		{name: "header lacking MC_DOB is still header", columns: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER",
			kind: KindHeader, missing: []string{"MC_DOB"}},
		{name: "header with DUC added is header", columns: headerColumns + ",DUC", kind: KindHeader},
		{name: "episodes in another order", columns: "URN,DEC,DECOM,CHILD,RNE,LS,CIN,PLACE," +
			"PLACE_PROVIDER,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST", kind: KindEpisodes},
		{name: "reviews", columns: reviewColumns, kind: KindReviews},
		{name: "reviews lacking REVIEW_CODE", columns: "CHILD,DOB,REVIEW", kind: KindReviews,
			missing: []string{"REVIEW_CODE"}},
		{name: "missing", columns: "CHILD,DOB,MISSING,MIS_START,MIS_END", kind: KindMissing},
		{name: "sw_episodes", columns: "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", kind: KindSWEpisodes},
		{name: "DoLo", columns: "CHILD,DOB,DOLO_START,DOLO_END", kind: KindDoLo},
		{name: "children.csv with optional columns", columns: "CHILD,FORENAME,SURNAME,SCHOOL_URN,NCY,UPN",
			kind: KindChildDetails},
		{name: "PEP history", columns: "CHILD,MEETING_DATE,COMPLETED_DATE", kind: KindPEPHistory},
		{name: "only shared columns", columns: "CHILD,SEX,DOB", kind: KindUnknown},
		{name: "a GIAS file", columns: "URN,LA (CODE),ESTABLISHMENTNAME", kind: KindUnknown},
		{name: "one episodes column of thirteen", columns: "CHILD,DECOM", kind: KindUnknown},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			m, ok := recognise(strings.Split(s.columns, ","))
			got := KindUnknown
			if ok {
				got = m.spec.kind
			}
			if got != s.kind {
				t.Fatalf("recognised as %q, want %q", got, s.kind)
			}
			diff(t, "missing columns", s.missing, m.missing)
		})
	}
}

func TestParse_columnFindings(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name     string
		data     []byte
		problems []string
		children int
	}{
		{
			name:     "an unrecognised file is an error naming its columns",
			data:     csvText("NAME,AGE", "Ann,12"),
			problems: []string{"0 error file ="},
		},
		{
			name:     "a repeated column: the first is used",
			data:     csvText(headerColumns+",DOB", "C1,1,01/01/2010,WBRI,UN1,,,not a date"),
			problems: []string{"0 warning column DOB="},
			children: 1,
		},
		{
			name:     "an unnamed column is ignored quietly while it is empty",
			data:     csvText(headerColumns+",", "C1,1,01/01/2010,WBRI,UN1,,,"),
			children: 1,
		},
		{
			name:     "an unnamed column with values is reported",
			data:     csvText(headerColumns+",", "C1,1,01/01/2010,WBRI,UN1,,,x"),
			problems: []string{"0 warning column ="},
			children: 1,
		},
		{
			name:     "a row wider than the header is rejected",
			data:     csvText(headerColumns, "C1,1,01/01/2010,WBRI,UN1,,,Smith"),
			problems: []string{"2 error row =Smith"},
		},
		{
			name:     "a workbook is named as one",
			data:     []byte("PK\x03\x04\x14\x00\x06\x00"),
			problems: []string{"0 error file ="},
		},
		{
			name:     "so is the XML form of the return",
			data:     []byte("\xef\xbb\xbf<?xml version=\"1.0\"?>\n<Message></Message>\n"),
			problems: []string{"0 error file ="},
		},
		{
			name:     "a repeated header row is skipped",
			data:     csvText(headerColumns, "C1,1,01/01/2010,WBRI,UN1,,", headerColumns, "C2,1,01/01/2010,WBRI,UN1,,"),
			problems: []string{"3 warning row ="},
			children: 2,
		},
		{
			name:     "a semicolon-separated export",
			data:     csvText("CHILD;SEX;DOB;ETHNIC;UPN;MOTHER;MC_DOB", "C1;1;01/01/2010;WBRI;UN1;;"),
			children: 1,
		},
		{
			name:     "a table OpenPEP does not use is reported, not dropped",
			data:     csvText("CHILD,SEX,DOB,DUC", "C1,1,01/01/2010,01/01/2028"),
			problems: []string{"0 warning file ="},
		},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			b := Parse("test.csv", s.data)
			diff(t, "problems", s.problems, brief(b.Problems()))
			if len(b.Children) != s.children {
				t.Errorf("%d children, want %d", len(b.Children), s.children)
			}
		})
	}
}

func TestParse_unusedTableMessage(t *testing.T) {
	t.Parallel()
	b := Parse("uasc.csv", csvText("CHILD,SEX,DOB,DUC", "C1,1,01/01/2010,01/01/2028", "C2,1,01/01/2010,"))
	f := b.Files[0]
	want := "Recognised as the SSDA903 uasc table, which OpenPEP does not use yet; its 2 rows were not loaded"
	if f.Kind != KindUASC || f.Rows != 2 || f.Accepted != 0 || f.Problems[0].Message != want {
		t.Errorf("outcome = %s %d rows %d accepted %q", f.Kind, f.Rows, f.Accepted, f.Problems[0].Message)
	}
}

func TestParse_junkColumnNames(t *testing.T) {
	t.Parallel()
	// A NUL and a bell, a terminal colour code, a right-to-left override,
	// a 60-character name and eight more: control characters become "?",
	// the long name is clipped to 40 characters and the list to 10 names.
	data := "\x00gif\x07,\x1b[31mred,\u202eliam," + strings.Repeat("x", 60) +
		",c5,c6,c7,c8,c9,c10,c11,c12\n1,2\n"
	b := Parse("junk.csv", []byte(data))
	want := "The file is not an SSDA903 table, children.csv or a PEP history: its columns (" +
		"?GIF?, ?[31MRED, ?LIAM, " + strings.Repeat("X", 39) + "…, C5, C6, C7, C8, C9, C10, " +
		"and 2 more) match none of them"
	diff(t, "problems", []csvfile.Problem{{File: "junk.csv", Rule: RuleFile, Severity: csvfile.Error,
		Message: want}}, b.Problems())
}

func TestParse_hugeValue(t *testing.T) {
	t.Parallel()
	// A stray quote can leave megabytes in one field. Each message shows
	// 99 characters of it and an ellipsis, as Problem.String does.
	huge := strings.Repeat("A", 1<<20)
	b := Parse("huge.csv", csvText(headerColumns, "C1,1,01/01/2010,WBRI,"+huge+",,",
		"C2,1,"+huge+",WBRI,UN1,,"))
	clipped := `"` + strings.Repeat("A", 99) + `…"`
	diff(t, "messages", []string{
		"UPN " + clipped + " is not valid: it has 1048576 characters, not 13 (a UPN is a letter " +
			"other than I, O or S, 11 digits and a digit or letter, or UN1 to UN5 when not known); " +
			"the row is loaded with the UPN as given",
		"Date of birth is not a valid date: date " + clipped + " is not in the form DD/MM/YYYY",
	}, []string{b.Problems()[0].Message, b.Problems()[1].Message})
	if got := b.Problems()[0].String(); len(got) > 500 {
		t.Errorf("String() is %d bytes long", len(got))
	}
}

func TestLoad_badPaths(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	scenarios := []struct {
		name string
		path string
	}{
		{"a path that does not exist", dir + "/nothing.csv"},
		{"a folder with no CSV file", dir},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			if _, err := Load(s.path); err == nil {
				t.Error("Load succeeded, want an error")
			}
		})
	}
}
