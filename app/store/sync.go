package store

import (
	"fmt"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// row is one record's values by column, as the database holds them (dates
// in PocketBase's stored form), so that equal data compares equal.
type row map[string]string

// keyed is a row to bring into the database, identified by its key: the
// columns that make it unique, joined.
type keyed struct {
	key    string
	values row
}

// tableSync brings rows of one table in line with imported ones. Rows are
// matched by key; a missing row is inserted, a row whose columns differ is
// updated, and a row the import does not mention is left alone, so that
// several years' returns build one history and a re-run changes nothing.
type tableSync struct {
	app      core.App
	table    string
	keyCols  []string
	existing map[string]existing
}

type existing struct {
	id     string
	values row
}

// loadSync reads every row of table with its key and the given columns.
func loadSync(app core.App, table string, keyCols, cols []string) (*tableSync, error) {
	return loadSyncWhere(app, table, keyCols, cols, nil)
}

// loadSyncWhere is loadSync over the rows matching where.
func loadSyncWhere(app core.App, table string, keyCols, cols []string, where dbx.Expression) (*tableSync, error) {
	all := append(append([]string{"id"}, keyCols...), cols...)
	var rows []dbx.NullStringMap
	if err := app.DB().Select(all...).From(table).Where(where).All(&rows); err != nil {
		return nil, fmt.Errorf("load %s: %w", table, err)
	}

	s := &tableSync{app: app, table: table, keyCols: keyCols, existing: make(map[string]existing, len(rows))}
	for _, r := range rows {
		e := existing{id: r["id"].String, values: row{}}
		for _, c := range cols {
			e.values[c] = r[c].String
		}
		s.existing[s.keyOf(r)] = e
	}
	return s, nil
}

func (s *tableSync) keyOf(r dbx.NullStringMap) string {
	parts := make([]string, len(s.keyCols))
	for i, c := range s.keyCols {
		parts[i] = r[c].String
	}
	return joinKey(parts...)
}

// joinKey joins key parts with a byte no CSV value holds.
func joinKey(parts ...string) string { return strings.Join(parts, "\x00") }

// id returns the record id of the row with key, or "".
func (s *tableSync) id(key string) string { return s.existing[key].id }

// apply writes want and returns the counts and the keys it added or
// changed. Columns absent from a wanted row are left as they are.
func (s *tableSync) apply(want []keyed, insertCols []string) (Counts, []string, error) {
	var counts Counts
	var changed []string
	insert := newBulkInsert(s.app, s.table, true, insertCols...)
	defer insert.close()

	for _, w := range want {
		e, ok := s.existing[w.key]
		if !ok {
			values := make([]any, len(insertCols))
			stored := make(row, len(insertCols))
			for i, c := range insertCols {
				values[i], stored[c] = w.values[c], w.values[c]
			}
			id, err := insert.add(values...)
			if err != nil {
				return counts, nil, err
			}
			s.existing[w.key] = existing{id: id, values: stored}
			counts.Added++
			changed = append(changed, w.key)
			continue
		}

		// Only the loaded columns can change; the key columns matched.
		diff := dbx.Params{}
		for c, v := range w.values {
			if old, loaded := e.values[c]; loaded && old != v {
				diff[c] = v
				e.values[c] = v
			}
		}
		if len(diff) == 0 {
			counts.Unchanged++
			continue
		}
		if err := updateRow(s.app, s.table, e.id, diff); err != nil {
			return counts, nil, err
		}
		counts.Updated++
		changed = append(changed, w.key)
	}
	return counts, changed, insert.flush()
}
