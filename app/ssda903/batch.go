package ssda903

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

// Batch is one import: the files read, what each came to, and the rows
// accepted from all of them. Rows are accepted only once Validate has run
// (Load and Parse run it); a row with any error is left out, and the
// problems of its file say why. Accepted rows keep file and line order.
//
// Files are taken oldest first, in the order they were added, so that
// several years' returns build one history. Where a later file of a table
// has a row with the key of an earlier file's row (the header's or
// children.csv's CHILD, an episode's CHILD and DECOM, a review's CHILD and
// REVIEW, a PEP's CHILD and MEETING_DATE), the later row counts and the
// earlier is superseded: left out, with no problem, as if the files had
// been imported one after the other. Within one file a repeated key is an
// error; Validate says which row counts.
type Batch struct {
	Files    []*File
	Children []Child
	Episodes []Episode
	Reviews  []Review
	Details  []ChildDetails
	PEPs     []PEPRecord

	// Known holds the CHILD ids already stored, so that a batch without a
	// header table (episodes alone, or PEP history) is checked against
	// them. Set it before Validate; nil means the batch stands alone.
	Known map[string]bool

	// Today is the day of the import. When set, an episode that begins
	// after it is rejected under rule future-date, and a PEP history row
	// dated after it, by MEETING_DATE or COMPLETED_DATE, under pep-dates:
	// a return records care already begun, a history meetings already
	// held. Set it before Validate; the zero Date leaves dates in the
	// future unchecked.
	Today calendar.Date

	children []*staged[Child]
	episodes []*staged[Episode]
	reviews  []*staged[reviewRow]
	details  []*staged[ChildDetails]
	peps     []*staged[PEPRecord]
}

// File is the outcome of reading one file.
type File struct {
	Name     string   // the path or name it was read under
	Kind     Kind     // KindUnknown when not recognised
	Encoding string   // as csvfile decoded it, such as "UTF-16LE"
	Columns  []string // the known columns it has, normalised, in file order
	Rows     int      // data rows read; blank rows are not counted
	Accepted int      // rows accepted into the batch
	Problems []csvfile.Problem

	// Superseded counts the rows, free of errors, that a later file's
	// rows with the same key replaced (see Batch). They are not accepted
	// and carry no problem: they are neither loaded nor rejected.
	Superseded int

	failed   bool              // nothing in the file could be read
	findings []csvfile.Problem // about the file as a whole
}

// Failed reports whether the file as a whole could not be loaded: it was
// unreadable, empty, unrecognised, or lacked a required column.
func (f *File) Failed() bool { return f.failed }

// Errors returns how many of the file's problems are errors.
func (f *File) Errors() int { return count(f.Problems, csvfile.Error) }

// Warnings returns how many of the file's problems are warnings.
func (f *File) Warnings() int { return count(f.Problems, csvfile.Warning) }

func count(problems []csvfile.Problem, sev csvfile.Severity) int {
	n := 0
	for _, p := range problems {
		if p.Severity == sev {
			n++
		}
	}
	return n
}

// staged is a row read from a file, held until Validate decides its fate.
type staged[T any] struct {
	val        T
	file       *File
	src        csvfile.Row
	cols       map[string]int
	keyed      bool              // the fields that identify the row were readable
	read       []csvfile.Problem // found while reading the row
	checked    []csvfile.Problem // found by Validate; rebuilt on each call
	duplicate  bool              // a row of its file that counts has its key; set by Validate
	shadowed   bool              // rejected, and another row stands for its key; set by Validate
	superseded bool              // a later file's row counts for its key; set by Validate
}

func (s *staged[T]) rejected() bool { return hasError(s.read) || hasError(s.checked) }

// accepted reports whether the row is loaded: it has no error, and no
// later file's row stands for its key in its place.
func (s *staged[T]) accepted() bool { return !s.rejected() && !s.superseded }

// stands reports whether s is the one row standing for its key in the
// checks across rows: the row that counts for the key, or one row with it
// when every such row was rejected for its own errors.
func (s *staged[T]) stands() bool {
	return s.keyed && !s.duplicate && !s.shadowed && !s.superseded
}

// value returns the row's field in column as the file wrote it, trimmed.
func (s *staged[T]) value(column string) string {
	i, ok := s.cols[column]
	if !ok {
		return ""
	}
	return s.src.Value(i)
}

// flag records a finding of Validate about the row.
func (s *staged[T]) flag(sev csvfile.Severity, rule, column, msg string) {
	s.checked = append(s.checked, csvfile.Problem{
		File:     s.file.Name,
		Line:     s.src.Line,
		Column:   column,
		Value:    s.value(column),
		Rule:     rule,
		Severity: sev,
		Message:  msg,
	})
}

// where names the row's place for messages, as in "header.csv line 5".
func (s *staged[T]) where() string {
	return fmt.Sprintf("%s line %d", filepath.Base(s.file.Name), s.src.Line)
}

// Load reads every path, a file or a folder, and validates the batch.
// Paths are read in the order given and a folder's *.csv files in name
// order, not its subfolders; give returns oldest first, since a later
// file's rows supersede an earlier one's (see Batch). A
// path that does not exist, or a folder with no CSV file, is an error and
// nothing is read; a file that cannot be read or loaded is reported in its
// File and the rest of the batch goes on.
func Load(paths ...string) (*Batch, error) {
	files, err := expand(paths)
	if err != nil {
		return nil, err
	}

	b := &Batch{}
	for _, path := range files {
		b.AddFile(path)
	}
	b.Validate()
	return b, nil
}

// Parse reads one file's contents as a batch of its own and validates it.
func Parse(name string, data []byte) *Batch {
	b := &Batch{}
	b.Add(name, data)
	b.Validate()
	return b
}

// AddFile reads the file at path into b; see Add.
func (b *Batch) AddFile(path string) *File {
	data, err := os.ReadFile(path)
	if err != nil {
		f := &File{Name: path}
		f.fail("The file cannot be read: %v", err)
		b.Files = append(b.Files, f)
		return f
	}
	return b.Add(path, data)
}

// Add reads one file's contents into b and returns its outcome so far.
// Its rows are held until Validate, which settles the outcome.
func (b *Batch) Add(name string, data []byte) *File {
	f := &File{Name: name}
	b.Files = append(b.Files, f)
	if msg := notCSV(data); msg != "" {
		f.fail("%s", msg)
		return f
	}

	t, err := csvfile.Parse(name, data)
	switch {
	case errors.Is(err, csvfile.ErrEmpty):
		f.fail("The file is empty: it has no header row and no data")
		return f
	case err != nil:
		f.fail("The file cannot be read as CSV: %v", err)
		return f
	}

	f.Encoding = t.Encoding
	f.Rows = len(t.Rows)
	cols, ok := f.recognise(t)
	if !ok {
		return f
	}
	b.readRows(f, t, cols)
	return f
}

// notCSV says what data is when it is plainly not a CSV file, as when a
// workbook or the XML form of the return is imported.
func notCSV(data []byte) string {
	start := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")),
		bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0")):
		return "The file is a spreadsheet workbook, not CSV: save each sheet as CSV (UTF-8) and import those"
	case bytes.HasPrefix(start, []byte("<")):
		return "The file is XML, not CSV: OpenPEP does not read the XML form of the return yet; " +
			"export the tables as CSV files"
	}
	return ""
}

// readRows stages every row of a recognised table of a kind OpenPEP uses.
// A row that repeats the header, as where two exports were pasted
// together, is skipped with a warning.
func (b *Batch) readRows(f *File, t *csvfile.Table, cols map[string]int) {
	width := len(t.Columns)
	for _, row := range t.Rows {
		r := &record{file: f.Name, row: row, cols: cols}
		if repeatsHeader(t, row) {
			r.warnf(RuleRow, "", "", "The row repeats the header row; it is skipped")
			f.findings = append(f.findings, r.problems...)
			continue
		}
		r.checkWidth(width)
		switch f.Kind {
		case KindHeader:
			b.children = append(b.children, stage(f, r, readChild))
		case KindEpisodes:
			b.episodes = append(b.episodes, stage(f, r, readEpisode))
		case KindReviews:
			b.reviews = append(b.reviews, stage(f, r, readReview))
		case KindChildDetails:
			b.details = append(b.details, stage(f, r, readDetails))
		case KindPEPHistory:
			b.peps = append(b.peps, stage(f, r, readPEP))
		}
	}
}

func repeatsHeader(t *csvfile.Table, row csvfile.Row) bool {
	for i, c := range t.Columns {
		if c != "" && csvfile.NormaliseColumn(row.Value(i)) != c {
			return false
		}
	}
	return true
}

func stage[T any](f *File, r *record, read func(*record) (T, bool)) *staged[T] {
	v, keyed := read(r)
	return &staged[T]{val: v, file: f, src: r.row, cols: r.cols, keyed: keyed, read: r.problems}
}

// checkWidth reports a row with values beyond the header's columns: an
// unquoted comma has usually shifted its values, so none can be trusted.
func (r *record) checkWidth(width int) {
	for i := width; i < len(r.row.Fields); i++ {
		if v := r.row.Value(i); v != "" {
			r.errorf(RuleRow, "", v, "The row has %d fields but the file has %d columns "+
				"(an unquoted comma?); its values cannot be trusted", len(r.row.Fields), width)
			return
		}
	}
}

func (f *File) fail(format string, args ...any) {
	f.failed = true
	f.finding(csvfile.Error, RuleFile, "", fmt.Sprintf(format, args...))
}

func (f *File) finding(sev csvfile.Severity, rule, column, msg string) {
	f.findings = append(f.findings, csvfile.Problem{
		File: f.Name, Column: column, Rule: rule, Severity: sev, Message: msg,
	})
}

// HasErrors reports whether any file of b has an error: a file that
// failed, or a row that was rejected.
func (b *Batch) HasErrors() bool {
	for _, f := range b.Files {
		if f.Errors() > 0 {
			return true
		}
	}
	return false
}

// Problems returns the problems of every file, in file order.
func (b *Batch) Problems() []csvfile.Problem {
	var out []csvfile.Problem
	for _, f := range b.Files {
		out = append(out, f.Problems...)
	}
	return out
}

// RuleCount is how many problems a batch has under one rule and severity.
type RuleCount struct {
	Rule     string
	Severity csvfile.Severity
	Count    int
}

// RuleCounts tallies b's problems by rule and severity, ordered by rule
// and then severity.
func (b *Batch) RuleCounts() []RuleCount {
	var out []RuleCount
	for _, p := range b.Problems() {
		i := slices.IndexFunc(out, func(c RuleCount) bool {
			return c.Rule == p.Rule && c.Severity == p.Severity
		})
		if i < 0 {
			out = append(out, RuleCount{Rule: p.Rule, Severity: p.Severity})
			i = len(out) - 1
		}
		out[i].Count++
	}

	slices.SortFunc(out, func(a, b RuleCount) int {
		return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Severity, b.Severity))
	})
	return out
}

// expand turns paths into the files to read: files as given, and each
// folder's *.csv files in name order. The same file named twice is read
// once.
func expand(paths []string) ([]string, error) {
	var files []string
	seen := map[string]bool{}
	for _, p := range paths {
		found, err := filesAt(p)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			key, err := filepath.Abs(f)
			if err != nil {
				key = filepath.Clean(f)
			}
			if !seen[key] {
				seen[key] = true
				files = append(files, f)
			}
		}
	}
	return files, nil
}

func filesAt(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("load ssda903 %s: %w", path, err)
	}
	if !info.IsDir() {
		return []string{path}, nil
	}

	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("load ssda903 folder %s: %w", path, err)
	}

	var files []string
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".csv") {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("load ssda903 folder %s: no .csv files", path)
	}
	return files, nil
}
