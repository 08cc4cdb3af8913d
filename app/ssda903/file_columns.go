package ssda903

import (
	"fmt"

	"github.com/openpep/openpep/app/csvfile"
)

// recognise works out which table t holds and maps its known columns to
// field indexes. It reports false when no row of the file is to be read:
// the file is unrecognised, lacks a required column, or is of a kind
// OpenPEP does not use yet.
func (f *File) recognise(t *csvfile.Table) (map[string]int, bool) {
	m, ok := recognise(t.Columns)
	if !ok {
		f.fail("The file is not an SSDA903 table, children.csv or a PEP history: "+
			"its columns (%s) match none of them", describeColumns(t.Columns))
		return nil, false
	}

	f.Kind = m.spec.kind
	if !f.Kind.Used() {
		f.finding(csvfile.Warning, RuleFile, "", fmt.Sprintf("Recognised as %s, which OpenPEP "+
			"does not use yet; its %d rows were not loaded", f.Kind.describe(), len(t.Rows)))
		return nil, false
	}

	if len(m.missing) > 0 {
		f.failed = true
		for _, c := range m.missing {
			f.finding(csvfile.Error, RuleColumn, c, fmt.Sprintf("The file looks like %s "+
				"but has no %s column; none of its rows were loaded", f.Kind.describe(), c))
		}
		return nil, false
	}

	cols := f.mapColumns(t, m.spec)
	if len(t.Rows) == 0 {
		f.finding(csvfile.Warning, RuleFile, "", fmt.Sprintf("The file has a header row but "+
			"no data: %s with 0 rows", f.Kind.describe()))
	}
	return cols, true
}

// mapColumns maps each known column to its first field, and reports
// columns the table does not have, which are ignored.
func (f *File) mapColumns(t *csvfile.Table, spec tableSpec) map[string]int {
	cols := map[string]int{}
	for i, c := range t.Columns {
		_, repeated := cols[c]
		switch {
		case c == "":
			if hasValues(t, i) {
				f.finding(csvfile.Warning, RuleColumn, "", fmt.Sprintf("Column %d has no name; "+
					"its values are ignored", i+1))
			}
		case !spec.known(c):
			f.finding(csvfile.Warning, RuleColumn, columnLabel(c), fmt.Sprintf("Column %s is not "+
				"part of %s; it is ignored", columnLabel(c), f.Kind.describe()))
		case repeated:
			f.finding(csvfile.Warning, RuleColumn, c, fmt.Sprintf("Column %s appears more than "+
				"once; the first (column %d) is used", c, cols[c]+1))
		default:
			cols[c] = i
			f.Columns = append(f.Columns, c)
		}
	}
	return cols
}

func hasValues(t *csvfile.Table, i int) bool {
	for _, r := range t.Rows {
		if r.Value(i) != "" {
			return true
		}
	}
	return false
}
