package store

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Bulk writes (imports, calendar loads) go straight to SQL inside the
// caller's transaction: they must be fast for a whole authority, and they
// rebuild the requirements once at the end instead of firing a record hook
// per row. Single edits from the UI or the API go through app.Save.

// insertRow adds a row with a new id and the autodate columns set, and
// returns the id.
func insertRow(app core.App, table string, values dbx.Params) (string, error) {
	now := types.NowDateTime().String()
	row := dbx.Params{"id": core.GenerateDefaultRandomId(), "created": now, "updated": now}
	for k, v := range values {
		row[k] = v
	}

	if _, err := app.DB().Insert(table, row).Execute(); err != nil {
		return "", fmt.Errorf("insert into %s: %w", table, err)
	}
	return row["id"].(string), nil
}

// updateRow changes the given columns of one row and its updated time.
func updateRow(app core.App, table, id string, values dbx.Params) error {
	row := dbx.Params{"updated": types.NowDateTime().String()}
	for k, v := range values {
		row[k] = v
	}

	if _, err := app.DB().Update(table, row, dbx.HashExp{"id": id}).Execute(); err != nil {
		return fmt.Errorf("update %s: %w", table, err)
	}
	return nil
}

// deleteRows removes the rows matching where and returns how many went.
func deleteRows(app core.App, table string, where dbx.Expression) (int, error) {
	res, err := app.DB().Delete(table, where).Execute()
	if err != nil {
		return 0, fmt.Errorf("delete from %s: %w", table, err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// bulkInsert adds rows to one table many to a statement, with new ids and
// autodate columns filled in. The statement for a full batch is prepared
// once and reused: parsing a statement with thousands of parameters costs
// more than running it.
type bulkInsert struct {
	app     core.App
	table   string
	columns []string // with id first, and created and updated last if stamped
	stamps  bool
	rows    [][]any
	full    *dbx.Query // the prepared statement for bulkRows rows
}

const bulkRows = 200

func newBulkInsert(app core.App, table string, stamps bool, columns ...string) *bulkInsert {
	cols := append([]string{"id"}, columns...)
	if stamps {
		cols = append(cols, "created", "updated")
	}
	return &bulkInsert{app: app, table: table, columns: cols, stamps: stamps}
}

// add queues a row whose values follow the columns, and returns its id.
func (b *bulkInsert) add(values ...any) (string, error) {
	id := core.GenerateDefaultRandomId()
	row := append([]any{id}, values...)
	if b.stamps {
		now := types.NowDateTime().String()
		row = append(row, now, now)
	}

	b.rows = append(b.rows, row)
	if len(b.rows) >= bulkRows {
		return id, b.flush()
	}
	return id, nil
}

// flush writes the queued rows.
func (b *bulkInsert) flush() error {
	if len(b.rows) == 0 {
		return nil
	}

	q := b.full
	if len(b.rows) != bulkRows || q == nil {
		q = b.app.DB().NewQuery(b.statement(len(b.rows)))
		if len(b.rows) == bulkRows {
			b.full = q.Prepare()
			q = b.full
		}
	}

	params := make(dbx.Params, len(b.rows)*len(b.columns))
	for i, row := range b.rows {
		for j, v := range row {
			params["p"+strconv.Itoa(i)+"_"+strconv.Itoa(j)] = v
		}
	}

	if _, err := q.Bind(params).Execute(); err != nil {
		return fmt.Errorf("insert into %s: %w", b.table, err)
	}
	b.rows = b.rows[:0]
	return nil
}

// close releases the prepared statement.
func (b *bulkInsert) close() {
	if b.full != nil {
		b.full.Close()
		b.full = nil
	}
}

func (b *bulkInsert) statement(rows int) string {
	var sql strings.Builder
	sql.WriteString("INSERT INTO {{" + b.table + "}} (")
	for i, c := range b.columns {
		if i > 0 {
			sql.WriteByte(',')
		}
		sql.WriteString("[[" + c + "]]")
	}
	sql.WriteString(") VALUES ")

	for i := range rows {
		if i > 0 {
			sql.WriteByte(',')
		}
		sql.WriteByte('(')
		for j := range b.columns {
			if j > 0 {
				sql.WriteByte(',')
			}
			sql.WriteString("{:p" + strconv.Itoa(i) + "_" + strconv.Itoa(j) + "}")
		}
		sql.WriteByte(')')
	}
	return sql.String()
}

// LockForWrite takes SQLite's write lock at the start of a transaction.
// A long import reads before it writes; taken late, the lock can be lost to
// an edit made meanwhile in the web UI, and the import then fails at its
// first write. Taken first, other writers wait for it instead.
func LockForWrite(tx core.App) error {
	// A write statement takes the lock even when it changes no row.
	_, err := tx.DB().NewQuery("DELETE FROM {{" + Imports + "}} WHERE id = ''").Execute()
	if err != nil {
		return fmt.Errorf("lock the database: %w", err)
	}
	return nil
}

// IsBusy reports whether err is SQLite saying another writer holds the
// database, so a person can be told to try again rather than shown the
// driver's words.
func IsBusy(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "SQLITE_BUSY") ||
		strings.Contains(err.Error(), "database is locked"))
}
