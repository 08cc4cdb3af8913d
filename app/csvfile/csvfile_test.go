package csvfile

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func utf16(order unicode.Endianness, bom unicode.BOMPolicy, s string) []byte {
	out, err := unicode.UTF16(order, bom).NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return out
}

func TestParse(t *testing.T) {
	t.Parallel()
	const text = "CHILD,NAME\r\n1,Zoë\r\n,\r\n\r\n2,Ann\r\n"
	latin, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	// The blank rows are lines 3 (a comma only) and 4 (empty).
	rows := []Row{{Line: 2, Fields: []string{"1", "Zoë"}}, {Line: 5, Fields: []string{"2", "Ann"}}}

	scenarios := []struct {
		name     string
		data     []byte
		encoding string
		comma    rune
		rows     []Row
	}{
		{"UTF-8", []byte(text), "UTF-8", ',', rows},
		{"UTF-8 with a BOM", append([]byte("\xef\xbb\xbf"), text...), "UTF-8 with BOM", ',', rows},
		{"UTF-16LE with a BOM", utf16(unicode.LittleEndian, unicode.UseBOM, text), "UTF-16LE", ',', rows},
		{"UTF-16BE with a BOM", utf16(unicode.BigEndian, unicode.UseBOM, text), "UTF-16BE", ',', rows},
		{"UTF-16LE without a BOM", utf16(unicode.LittleEndian, unicode.IgnoreBOM, text), "UTF-16LE", ',', rows},
		{"UTF-16BE without a BOM", utf16(unicode.BigEndian, unicode.IgnoreBOM, text), "UTF-16BE", ',', rows},
		{"Windows-1252", latin, "Windows-1252", ',', rows},
		{"semicolons", []byte("CHILD;NAME\n1;Zoë\n2;Ann\n"), "UTF-8", ';',
			[]Row{{Line: 2, Fields: []string{"1", "Zoë"}}, {Line: 3, Fields: []string{"2", "Ann"}}}},
		{"tabs", []byte("CHILD\tNAME\n1\tZoë\n"), "UTF-8", '\t',
			[]Row{{Line: 2, Fields: []string{"1", "Zoë"}}}},
		// Semicolons separate these fields, so line 3's comma is a value.
		{"UTF-16LE with CR line ends", utf16(unicode.LittleEndian, unicode.UseBOM,
			"CHILD;NAME\r1;Zoë\r,\r\r2;Ann\r"), "UTF-16LE", ';', []Row{
			{Line: 2, Fields: []string{"1", "Zoë"}}, {Line: 3, Fields: []string{","}},
			{Line: 5, Fields: []string{"2", "Ann"}}}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			got, err := Parse("test.csv", s.data)
			if err != nil {
				t.Fatal(err)
			}
			want := &Table{Name: "test.csv", Encoding: s.encoding, Comma: s.comma,
				Columns: []string{"CHILD", "NAME"}, Raw: []string{"CHILD", "NAME"}, Rows: s.rows}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("table mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestParse_lineEnds(t *testing.T) {
	t.Parallel()
	// Lines counted by hand: a lone CR, an LF and a CRLF each end one
	// line, and so does a line break inside a quoted field.
	scenarios := []struct {
		name string
		text string
		rows []Row
	}{
		{"CR only", "CHILD,NAME\r1,Zoë\r,\r\r2,Ann\r",
			[]Row{{Line: 2, Fields: []string{"1", "Zoë"}}, {Line: 5, Fields: []string{"2", "Ann"}}}},
		{"CR only, no final line end", "CHILD,NAME\r1,Zoë\r2,Ann",
			[]Row{{Line: 2, Fields: []string{"1", "Zoë"}}, {Line: 3, Fields: []string{"2", "Ann"}}}},
		{"LF only", "CHILD,NAME\n1,Zoë\n2,Ann\n",
			[]Row{{Line: 2, Fields: []string{"1", "Zoë"}}, {Line: 3, Fields: []string{"2", "Ann"}}}},
		{"mixed, as where exports were pasted together", "CHILD,NAME\r\n1,Zoë\r2,Ann\n3,Cy\r\n",
			[]Row{{Line: 2, Fields: []string{"1", "Zoë"}}, {Line: 3, Fields: []string{"2", "Ann"}},
				{Line: 4, Fields: []string{"3", "Cy"}}}},
		{"a quoted line break in a CR file", "CHILD,NAME\r1,\"Zoë\rAnn\"\r2,Ben\r",
			[]Row{{Line: 2, Fields: []string{"1", "Zoë\nAnn"}}, {Line: 4, Fields: []string{"2", "Ben"}}}},
		{"a quoted line break in a CRLF file", "CHILD,NAME\r\n1,\"Zoë\r\nAnn\"\r\n2,Ben\r\n",
			[]Row{{Line: 2, Fields: []string{"1", "Zoë\nAnn"}}, {Line: 4, Fields: []string{"2", "Ben"}}}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			got, err := Parse("test.csv", []byte(s.text))
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff([]string{"CHILD", "NAME"}, got.Columns); d != "" {
				t.Errorf("columns mismatch (-want +got):\n%s", d)
			}
			if d := cmp.Diff(s.rows, got.Rows); d != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", d)
			}
		})
	}
}

func TestParse_empty(t *testing.T) {
	t.Parallel()
	for _, data := range []string{"", "\xef\xbb\xbf", " \r\n\r\n"} {
		if _, err := Parse("empty.csv", []byte(data)); !errors.Is(err, ErrEmpty) {
			t.Errorf("Parse(%q) error = %v, want ErrEmpty", data, err)
		}
	}
}

func TestNormaliseColumn(t *testing.T) {
	t.Parallel()
	scenarios := map[string]string{
		"decom":       "DECOM",
		" PLACE ":     "PLACE",
		`"DEC "`:      "DEC",
		"\ufeffCHILD": "CHILD",
		"LA (code)":   "LA (CODE)",
	}
	for in, want := range scenarios {
		if got := NormaliseColumn(in); got != want {
			t.Errorf("NormaliseColumn(%q) = %q, want %q", in, got, want)
		}
	}
}
