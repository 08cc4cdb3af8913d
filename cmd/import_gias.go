package cmd

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/openpep/openpep/app/csvfile"
	"github.com/openpep/openpep/app/gias"
	"github.com/openpep/openpep/app/store"
)

// importGIAS loads one GIAS file into the schools list.
func importGIAS(app core.App, c *cobra.Command, path string, opts importOptions) error {
	res, err := gias.Load(path)
	if err != nil {
		return err
	}

	report := &giasReport{File: filepath.Base(path), Encoding: res.Encoding, Rows: res.Rows,
		Problems: res.Problems, Strict: opts.strict}
	failed := hasError(res.Problems)
	if !(opts.strict && failed) {
		err = app.RunInTransaction(func(tx core.App) error {
			if err := store.LockForWrite(tx); err != nil {
				return err
			}
			counts, err := store.ImportSchools(tx, schoolsOf(res.Schools))
			if err != nil {
				return err
			}
			counts.Rejected = res.Rows - len(res.Schools)
			report.Counts = &counts
			return store.LogImport(tx, store.ImportLog{
				Kind: "gias", Files: []string{report.File}, Counts: map[string]store.Counts{"schools": counts},
				Problems: len(res.Problems), Strict: opts.strict, Actor: actor(),
			})
		})
		if err != nil {
			return busyMessage(err)
		}
		report.Imported = true
	}

	if err := report.write(c.OutOrStdout(), opts.format); err != nil {
		return err
	}
	switch {
	case !report.Imported:
		return ErrReported
	case failed:
		return ErrPartial
	}
	return nil
}

// importSchoolsFile loads a GIAS file with no report, for the demo and the
// benchmark; any problem is an error there.
func importSchoolsFile(app core.App, path string) error {
	res, err := gias.Load(path)
	if err != nil {
		return err
	}
	if hasError(res.Problems) {
		return fmt.Errorf("%s: %s", filepath.Base(path), res.Problems[0])
	}
	_, err = store.ImportSchools(app, schoolsOf(res.Schools))
	return err
}

func schoolsOf(in []gias.School) []store.School {
	out := make([]store.School, len(in))
	for i, s := range in {
		address := []string{}
		for _, part := range []string{s.Street, s.Locality, s.Address3, s.Town, s.County} {
			if part != "" {
				address = append(address, part)
			}
		}
		out[i] = store.School{
			URN: s.URN, LAESTAB: s.LAESTAB, Name: s.Name, Phase: s.Phase, Type: s.Type,
			Status: s.Status, LACode: s.LACode, LAName: s.LAName,
			Address: strings.Join(address, ", "), Postcode: s.Postcode,
			OpenDate: s.OpenDate, CloseDate: s.CloseDate,
		}
	}
	return out
}

type giasReport struct {
	File     string            `json:"file"`
	Encoding string            `json:"encoding"`
	Rows     int               `json:"rows"`
	Imported bool              `json:"imported"`
	Strict   bool              `json:"strict"`
	Counts   *store.Counts     `json:"counts,omitempty"`
	Problems []csvfile.Problem `json:"problems"`
}

func (r *giasReport) write(w io.Writer, format string) error {
	if format == "json" {
		if r.Problems == nil {
			r.Problems = []csvfile.Problem{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}

	for _, p := range r.Problems {
		fmt.Fprintln(w, p.String())
	}
	fmt.Fprintf(w, "%s (%s): %d rows.\n", r.File, r.Encoding, r.Rows)
	if r.Counts == nil {
		fmt.Fprintln(w, "Nothing was imported: --strict refuses a file with any error.")
		return nil
	}
	fmt.Fprintf(w, "Schools: %d added, %d updated, %d unchanged, %d rejected.\n",
		r.Counts.Added, r.Counts.Updated, r.Counts.Unchanged, r.Counts.Rejected)
	return nil
}
