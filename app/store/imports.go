package store

import (
	"encoding/json"
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Counts says what an import did with the rows of one kind.
type Counts struct {
	Added     int `json:"added"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Rejected  int `json:"rejected"`
}

// Changed reports whether c wrote anything.
func (c Counts) Changed() bool { return c.Added+c.Updated > 0 }

// ImportLog is the record an import leaves of itself: what ran, on which
// files, who ran it and what it changed. It holds no personal data.
type ImportLog struct {
	Kind     string            // ssda903, children, gias, peps, terms, demo
	Files    []string          // base names only
	Counts   map[string]Counts // by record kind: children, episodes...
	Problems int
	Strict   bool
	Actor    string // "staff:<id>" or "cli:<os user>"
	StaffID  string
}

// LogImport records an import in the imports collection.
func LogImport(app core.App, l ImportLog) error {
	files, err := json.Marshal(l.Files)
	if err != nil {
		return err
	}
	counts, err := json.Marshal(l.Counts)
	if err != nil {
		return err
	}

	_, err = insertRow(app, Imports, dbx.Params{
		"kind": l.Kind, "files": string(files), "counts": string(counts),
		"problems": l.Problems, "strict": l.Strict, "actor": l.Actor, "staff": l.StaffID,
	})
	if err != nil {
		return fmt.Errorf("log import: %w", err)
	}
	return nil
}

// KnownChildIDs returns the CHILD ids already stored, for checking a batch
// that refers to children without a header table of its own.
func KnownChildIDs(app core.App) (map[string]bool, error) {
	var ids []string
	if err := app.DB().Select("child_id").From(Children).Column(&ids); err != nil {
		return nil, fmt.Errorf("load child ids: %w", err)
	}

	known := make(map[string]bool, len(ids))
	for _, id := range ids {
		known[id] = true
	}
	return known, nil
}
