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
