package cmd

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/schedule"
	"github.com/openpep/openpep/app/store"
)

func newReportCommand(app core.App) *cobra.Command {
	c := newGroup("report", "Write reports from the authority's data")
	c.AddCommand(needsExistingDir(newReportScheduleCommand(app)))
	return c
}

// scheduleHeader is the schedule report's CSV header, fixed by issue #2.
var scheduleHeader = []string{
	"child_id", "kind", "term", "due_date", "status", "completed_date", "days_overdue",
}

func newReportScheduleCommand(app core.App) *cobra.Command {
	var asOf, format, output string
	c := &cobra.Command{
		Use:   "schedule",
		Short: "Write every PEP requirement with its due date and status as CSV or JSON",
		Long: "Works out every child's PEP requirements as known on the as-of date\n" +
			"(default today) and writes them to standard output or --output.",
		Args:         cobra.NoArgs,
		SilenceUsage: true,
	}
	c.RunE = withMigrations(app, func(c *cobra.Command, _ []string) error {
		day, err := parseAsOf(asOf)
		if err != nil {
			return err
		}
		if format != "csv" && format != "json" {
			return fmt.Errorf("--format must be csv or json, not %q", format)
		}

		reqs, problems, err := scheduleAll(app, day)
		if err != nil {
			return err
		}
		for _, p := range problems {
			fmt.Fprintln(c.ErrOrStderr(), "Warning:", p)
		}

		err = writeTo(output, c.OutOrStdout(), func(w io.Writer) error {
			if format == "json" {
				return writeScheduleJSON(w, day, reqs)
			}
			return writeScheduleCSV(w, reqs)
		})
		if err != nil {
			return err
		}

		// Every export of children's records is attributable.
		app.Logger().Info("Schedule report written", "actor", actor(), "asOf", day.String(),
			"requirements", len(reqs), "format", format)
		return nil
	})
	c.Flags().StringVar(&asOf, "as-of", "", "the date to report as at, YYYY-MM-DD or DD/MM/YYYY (default today)")
	c.Flags().StringVar(&format, "format", "csv", "csv or json")
	c.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return c
}

// parseAsOf reads an --as-of flag; blank means today.
func parseAsOf(s string) (calendar.Date, error) {
	if s == "" {
		return store.Today(), nil
	}
	d, _, err := calendar.ParseUK(s)
	if err != nil {
		return calendar.Date{}, fmt.Errorf("--as-of: %w", err)
	}
	return d, nil
}

// scheduleAll computes every child's requirements as known on asOf, and
// lists the date ranges the calendar could not cover, once each.
func scheduleAll(app core.App, asOf calendar.Date) ([]schedule.Requirement, []string, error) {
	engine, cal, err := store.NewEngine(app)
	if err != nil {
		return nil, nil, err
	}

	children, err := store.LoadScheduled(app)
	if err != nil {
		return nil, nil, err
	}

	var reqs []schedule.Requirement
	seen := map[string]bool{}
	var problems []string
	for _, m := range cal.Missing(asOf) {
		problems = append(problems, m.Message())
	}
	for _, c := range children {
		var undetermined []*schedule.UndeterminedError
		reqs, undetermined = engine.Append(reqs, c.Child, c.PEPs, asOf)
		for _, u := range undetermined {
			msg := u.Err.Error()
			if !seen[msg] {
				seen[msg] = true
				problems = append(problems, msg)
			}
		}
	}
	return reqs, problems, nil
}

func writeScheduleCSV(w io.Writer, reqs []schedule.Requirement) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(scheduleHeader); err != nil {
		return err
	}
	for _, r := range reqs {
		err := cw.Write([]string{
			r.ChildID, string(r.Kind), termLabel(r), r.Due.String(), string(r.Status),
			r.Completed.String(), strconv.Itoa(r.DaysOverdue),
		})
		if err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

type scheduleJSON struct {
	ChildID       string `json:"child_id"`
	Kind          string `json:"kind"`
	Term          string `json:"term"`
	DueDate       string `json:"due_date"`
	Status        string `json:"status"`
	CompletedDate string `json:"completed_date"`
	DaysOverdue   int    `json:"days_overdue"`
	Band          string `json:"band,omitempty"`
	PeriodStart   string `json:"period_start"`
	Explanation   string `json:"explanation"`
}

func writeScheduleJSON(w io.Writer, asOf calendar.Date, reqs []schedule.Requirement) error {
	out := struct {
		AsOf         string         `json:"as_of"`
		Requirements []scheduleJSON `json:"requirements"`
	}{AsOf: asOf.String(), Requirements: make([]scheduleJSON, len(reqs))}

	for i, r := range reqs {
		out.Requirements[i] = scheduleJSON{
			ChildID: r.ChildID, Kind: string(r.Kind), Term: termLabel(r),
			DueDate: r.Due.String(), Status: string(r.Status),
			CompletedDate: r.Completed.String(), DaysOverdue: r.DaysOverdue,
			Band: r.Band(), PeriodStart: r.PeriodStart.String(), Explanation: r.Explanation,
		}
	}

	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeTo runs write against the named file, or against stdout when name
// is empty. A file is written whole or not at all.
func writeTo(name string, stdout io.Writer, write func(io.Writer) error) error {
	if name == "" {
		return write(stdout)
	}

	tmp, err := os.CreateTemp(filepath.Dir(name), ".openpep-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", name, errors.Unwrap(err))
	}
	defer os.Remove(tmp.Name())

	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// termLabel is a requirement's term as reports show it: "" for an initial
// requirement.
func termLabel(r schedule.Requirement) string {
	if r.Term == nil {
		return ""
	}
	return r.Term.Label()
}
