package csvfile

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClip(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		s    string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"ëëëë", 3, "ëë…"}, // two bytes a rune: cut between runes, not inside one
		{"ëëë", 3, "ëëë"},
		{"ab", 1, "…"},
		{"ab", 0, ""},
		{"日本語のテキスト", 5, "日本語の…"},
	}
	for _, s := range scenarios {
		if got := Clip(s.s, s.n); got != s.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", s.s, s.n, got, s.want)
		}
	}
}

func TestPrintable(t *testing.T) {
	t.Parallel()
	scenarios := map[string]string{
		"CHILD":              "CHILD",
		"Zoë Ann":            "Zoë Ann",
		"a\x00b\tc\x7fd":     "a?b?c?d",
		"\u202eDIHC":         "?DIHC", // a right-to-left override
		"\ufeffCHILD\u00a0X": "?CHILD?X",
	}
	for in, want := range scenarios {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

// huge is a problem about a 5 MB field, as where a stray quote swallowed
// the rest of a file.
var huge = Problem{File: "header.csv", Line: 2, Column: "UPN", Value: strings.Repeat("é", 5<<20),
	Rule: "168", Severity: Warning, Message: "The UPN is not valid"}

func TestProblem_String(t *testing.T) {
	t.Parallel()
	// 99 characters of the value and an ellipsis make the 100 shown.
	want := `header.csv:2: warning [168] UPN="` + strings.Repeat("é", 99) + `…": The UPN is not valid`
	if got := huge.String(); got != want {
		t.Errorf("String() is %d bytes, want %d: %.200q", len(got), len(want), got)
	}

	short := Problem{File: "x.csv", Severity: Error, Message: "The file is empty"}
	if got, want := short.String(), "x.csv: error: The file is empty"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestProblem_MarshalJSON(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name    string
		p       Problem
		escaped bool
		want    string
	}{
		{
			name: "a huge value is clipped",
			p:    huge,
			want: `{"file":"header.csv","line":2,"column":"UPN","value":"` + strings.Repeat("é", 99) +
				`…","rule":"168","severity":"warning","message":"The UPN is not valid"}`,
		},
		{
			name: "empty fields are left out as before",
			p:    Problem{File: "x.csv", Severity: Error, Message: "The file is empty"},
			want: `{"file":"x.csv","severity":"error","message":"The file is empty"}`,
		},
		{
			name:    "the encoder's HTML escaping applies",
			p:       Problem{File: "a&b.csv", Severity: Error, Message: "<b>"},
			escaped: true,
			want:    `{"file":"a\u0026b.csv","severity":"error","message":"\u003cb\u003e"}`,
		},
		{
			name: "and so does its absence",
			p:    Problem{File: "a&b.csv", Severity: Error, Message: "<b>"},
			want: `{"file":"a&b.csv","severity":"error","message":"<b>"}`,
		},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(s.escaped)
			if err := enc.Encode([]Problem{s.p}); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff("["+s.want+"]\n", buf.String()); d != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", d)
			}
		})
	}
}
