package csvfile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Severity says whether a problem stops a row from loading.
type Severity string

// The severities an import reports.
const (
	Error   Severity = "error"   // the row (or file) is not loaded
	Warning Severity = "warning" // loaded, but someone should look
)

// MaxValueLength is the most characters of a value a problem shows: a
// field can hold megabytes where a quote went astray.
const MaxValueLength = 100

// Problem is one finding about an input file, located precisely enough for
// a data officer to open the file and fix it.
//
// Value holds the field as the file wrote it; String and MarshalJSON show
// at most MaxValueLength characters of it, so no report echoes a huge
// field. Messages that quote a value should use Quote.
type Problem struct {
	File     string   `json:"file"`
	Line     int      `json:"line,omitempty"` // 0 for the whole file
	Column   string   `json:"column,omitempty"`
	Value    string   `json:"value,omitempty"`
	Rule     string   `json:"rule,omitempty"` // validator rule code, e.g. "142"
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// String formats p as "file:line: severity [rule] column="value": message".
func (p Problem) String() string {
	s := p.File
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
	}
	s += ": " + string(p.Severity)
	if p.Rule != "" {
		s += " [" + p.Rule + "]"
	}
	if p.Column != "" {
		s += fmt.Sprintf(" %s=%s", p.Column, Quote(p.Value))
	}
	return s + ": " + p.Message
}

// MarshalJSON encodes p with its fields' JSON names, Value clipped to
// MaxValueLength characters.
func (p Problem) MarshalJSON() ([]byte, error) {
	type plain Problem // the same fields without this method
	q := plain(p)
	q.Value = Clip(q.Value, MaxValueLength)

	// The caller's encoder escapes HTML or not as it was set to; escaping
	// here as well would override it.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(q); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Quote returns v in double quotes, escaped as Go escapes it, and clipped
// to MaxValueLength characters, for a message that names a value.
func Quote(v string) string {
	return strconv.Quote(Clip(v, MaxValueLength))
}

// Clip returns s cut to at most n characters (runes, never part of one),
// the last of them "…" when anything was cut.
func Clip(s string, n int) string {
	if n < 1 {
		return ""
	}

	count, last := 0, 0
	for i := range s {
		if count == n-1 {
			last = i
		}
		if count == n {
			return s[:last] + "…"
		}
		count++
	}
	return s
}

// Printable returns s with each control or other non-printing character,
// such as a NUL byte or a right-to-left override, replaced by "?", so that
// text from a junk file can go into a message.
func Printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return '?'
	}, s)
}
