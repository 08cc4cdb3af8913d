package csvfile

import "fmt"

// Severity says whether a problem stops a row from loading.
type Severity string

// The severities an import reports.
const (
	Error   Severity = "error"   // the row (or file) is not loaded
	Warning Severity = "warning" // loaded, but someone should look
)

// Problem is one finding about an input file, located precisely enough for
// a data officer to open the file and fix it.
type Problem struct {
	File     string   `json:"file"`
	Line     int      `json:"line,omitempty"` // 0 for the whole file
	Column   string   `json:"column,omitempty"`
	Value    string   `json:"value,omitempty"`
	Rule     string   `json:"rule,omitempty"` // validator rule code, e.g. "142"
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// String formats p as "file:line: column "value": [rule] message".
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
		s += fmt.Sprintf(" %s=%q", p.Column, p.Value)
	}
	return s + ": " + p.Message
}
