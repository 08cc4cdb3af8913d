// Package csvfile reads the comma-separated files that local authorities
// export from case-management systems and spreadsheets: UTF-8 with or without
// a byte-order mark, UTF-16 as Excel saves it, or Windows-1252, with lines
// ended by LF, CRLF or a lone CR (as old Mac exports write), quoted or not.
// It normalises column names so that callers can match them exactly, and
// keeps each row's line number for error reports.
package csvfile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrEmpty is returned for a file with no bytes or only whitespace.
var ErrEmpty = errors.New("file is empty")

// Table is a decoded CSV file.
type Table struct {
	Name     string   // the file name, for messages
	Encoding string   // what the bytes were read as
	Comma    rune     // the field separator: ',', or ';' or '\t' when the header has no comma
	Columns  []string // normalised column names, in file order
	Raw      []string // column names as the file wrote them
	Rows     []Row    // data rows; rows with every field blank are dropped
}

// Row is one data row with the line it started on (the header is line 1).
type Row struct {
	Line   int
	Fields []string
}

// Index returns the position of the named (normalised) column, or -1.
func (t *Table) Index(column string) int {
	for i, c := range t.Columns {
		if c == column {
			return i
		}
	}
	return -1
}

// Value returns the trimmed field of r in column i, or "" when i is -1 or
// the row is short.
func (r Row) Value(i int) string {
	if i < 0 || i >= len(r.Fields) {
		return ""
	}
	return strings.TrimSpace(r.Fields[i])
}

// ReadFile reads and decodes the named file.
func ReadFile(path string) (*Table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse decodes data and splits it into a header and rows.
func Parse(name string, data []byte) (*Table, error) {
	text, enc, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}

	text = lineFeeds(text)
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = separator(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true

	t := &Table{Name: name, Encoding: enc, Comma: r.Comma}
	for {
		fields, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}

		line, _ := r.FieldPos(0)
		if t.Columns == nil {
			t.Raw = fields
			t.Columns = make([]string, len(fields))
			for i, f := range fields {
				t.Columns[i] = NormaliseColumn(f)
			}
			continue
		}
		if blank(fields) {
			continue
		}
		t.Rows = append(t.Rows, Row{Line: line, Fields: fields})
	}
	return t, nil
}

var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// lineFeeds returns text with every line end, CRLF or a lone CR, written as
// LF. encoding/csv ends lines only at LF, dropping a CR just before one, so
// a file whose lines end in a lone CR would read as one long header row.
//
// NOTE: a lone CR inside a quoted field becomes LF too, as encoding/csv
// already makes of a CRLF there: the field holds a line break either way,
// and Row.Line counts it as a line, as editors do.
func lineFeeds(text string) string {
	if !strings.Contains(text, "\r") {
		return text
	}
	return lineEnds.Replace(text)
}

// NormaliseColumn returns a column name trimmed of spaces and quotes, in
// upper case, so "decom", " DECOM" and "\"DECOM \"" all match DECOM.
func NormaliseColumn(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.Trim(strings.TrimSpace(s), `"'`)
	return strings.ToUpper(strings.TrimSpace(s))
}

// separator picks the field separator from the first line: a comma, unless
// that line has none but has semicolons (as spreadsheets save CSV where the
// decimal mark is a comma) or tabs.
func separator(text string) rune {
	first, _, _ := strings.Cut(strings.TrimLeft(text, "\r\n"), "\n")
	switch {
	case strings.Contains(first, ","):
		return ','
	case strings.Contains(first, ";"):
		return ';'
	case strings.Contains(first, "\t"):
		return '\t'
	}
	return ','
}

func blank(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// decode turns data into text: a byte-order mark decides the encoding when
// present; otherwise text whose first characters alternate with zero
// bytes is UTF-16 written without a mark, valid UTF-8 is UTF-8, and
// anything else Windows-1252.
func decode(data []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return string(data[3:]), "UTF-8 with BOM", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		return string(out), "UTF-16LE", err
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		return string(out), "UTF-16BE", err
	case unmarkedUTF16(data, 1):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder().Bytes(data)
		return string(out), "UTF-16LE", err
	case unmarkedUTF16(data, 0):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder().Bytes(data)
		return string(out), "UTF-16BE", err
	case utf8.Valid(data):
		return string(data), "UTF-8", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	return string(out), "Windows-1252", err
}

// unmarkedUTF16 reports whether data opens with two characters of ASCII
// written as UTF-16 with no byte-order mark: a zero byte at position zero
// of each pair (big-endian) or one (little-endian), and text beside it.
// CSV text in any other encoding holds no zero bytes.
func unmarkedUTF16(data []byte, zero int) bool {
	if len(data) < 4 {
		return false
	}
	for i := 0; i < 4; i += 2 {
		if data[i+zero] != 0 || data[i+1-zero] == 0 {
			return false
		}
	}
	return true
}
