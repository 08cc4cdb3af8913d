package cmd

import (
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
	"github.com/openpep/openpep/app/store"
)

func newCalendarCommand(app core.App) *cobra.Command {
	c := newGroup("calendar", "Load and show term dates, closures and bank holidays")
	c.AddCommand(
		newImportTermsCommand(app),
		newImportClosuresCommand(app),
		newImportBankHolidaysCommand(app),
		needsExistingDir(newCalendarShowCommand(app)),
	)
	return c
}

func newImportTermsCommand(app core.App) *cobra.Command {
	c := &cobra.Command{
		Use:   "import-terms FILE.csv",
		Short: "Load the authority's term dates, replacing the example calendar for those years",
		Long: "Columns: ACADEMIC_YEAR,TERM,START,END,HALF_TERM_START,HALF_TERM_END,PEP_DEADLINE.\n" +
			"Dates are YYYY-MM-DD or DD/MM/YYYY; PEP_DEADLINE may be blank (the last school day).\n" +
			"Every academic year in the file replaces what was held for it, closures included.\n" +
			"Any error refuses the whole file.",
		Args:         cobra.ExactArgs(1),
		SilenceUsage: true,
	}
	c.RunE = withMigrations(app, func(c *cobra.Command, args []string) error {
		res, err := loadCalendarFile(app, c, args[0], termsOnly)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.OutOrStdout(), "Loaded %d terms for %v: %d example terms and %d earlier "+
			"terms replaced, %d closures removed.\n",
			res.TermsAdded, res.Years, res.ExampleRemoved, res.TermsReplaced, res.ClosuresRemoved)
		return nil
	})
	return c
}

func newImportClosuresCommand(app core.App) *cobra.Command {
	c := &cobra.Command{
		Use:          "import-closures FILE.csv",
		Short:        "Load closure days (INSET days and others): columns DATE,REASON and optional END_DATE",
		Args:         cobra.ExactArgs(1),
		SilenceUsage: true,
	}
	c.RunE = withMigrations(app, func(c *cobra.Command, args []string) error {
		res, err := loadCalendarFile(app, c, args[0], closuresOnly)
		if err != nil {
			return err
		}
		if err := warnIdleClosures(app, c.ErrOrStderr(), args[0]); err != nil {
			return err
		}
		fmt.Fprintf(c.OutOrStdout(), "Loaded %d closure days (%d new, %d updated).\n",
			res.ClosuresAdded+res.ClosuresReplaced, res.ClosuresAdded, res.ClosuresReplaced)
		return nil
	})
	return c
}

// calendarParser reads a calendar file into terms and closures.
type calendarParser func(*csvfile.Table) ([]calendar.Term, []calendar.Closure, []csvfile.Problem)

func termsOnly(t *csvfile.Table) ([]calendar.Term, []calendar.Closure, []csvfile.Problem) {
	terms, problems := calendar.ParseTerms(t)
	return terms, nil, problems
}

func closuresOnly(t *csvfile.Table) ([]calendar.Term, []calendar.Closure, []csvfile.Problem) {
	closures, problems := calendar.ParseClosures(t)
	return nil, closures, problems
}

// loadCalendarFile reads a terms or closures file with parse and, if it
// has no errors, stores it and rebuilds every child's requirements in one
// transaction. Problems go to stderr; any error refuses the whole file.
func loadCalendarFile(app core.App, c *cobra.Command, path string, parse calendarParser) (*store.TermsResult, error) {
	table, err := csvfile.ReadFile(path)
	if err != nil {
		return nil, err
	}

	terms, closures, problems := parse(table)
	if reportProblems(c, problems) {
		return nil, ErrReported
	}
	for _, w := range incompleteYears(terms) {
		fmt.Fprintln(c.ErrOrStderr(), "Warning:", w)
	}

	var res *store.TermsResult
	err = app.RunInTransaction(func(tx core.App) error {
		if err := store.LockForWrite(tx); err != nil {
			return err
		}
		res, err = store.ReplaceTerms(tx, terms, closures)
		if err != nil {
			return err
		}
		return store.RebuildRequirements(tx)
	})
	return res, busyMessage(err)
}

func newImportBankHolidaysCommand(app core.App) *cobra.Command {
	c := &cobra.Command{
		Use:   "import-bank-holidays FILE.json",
		Short: "Add England and Wales bank holidays from a file in the gov.uk bank-holidays.json format",
		Long: "England and Wales bank holidays for 2015 to 2028 ship with OpenPEP; use this\n" +
			"for later years or for a one-off holiday announced since.",
		Args:         cobra.ExactArgs(1),
		SilenceUsage: true,
	}
	c.RunE = withMigrations(app, func(c *cobra.Command, args []string) error {
		data, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}

		holidays, err := calendar.ParseBankHolidaysJSON(data)
		if err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(args[0]), err)
		}

		var added int
		err = app.RunInTransaction(func(tx core.App) error {
			added, err = store.SaveHolidays(tx, holidays)
			if err != nil {
				return err
			}
			return store.RebuildRequirements(tx)
		})
		if err != nil {
			return err
		}

		fmt.Fprintf(c.OutOrStdout(), "Read %d England and Wales bank holidays: %d new.\n", len(holidays), added)
		return nil
	})
	return c
}

func newCalendarShowCommand(app core.App) *cobra.Command {
	c := &cobra.Command{
		Use:          "show",
		Short:        "List the loaded terms with their half-terms and PEP deadlines, and closure days",
		Args:         cobra.NoArgs,
		SilenceUsage: true,
	}
	c.RunE = withMigrations(app, func(c *cobra.Command, _ []string) error {
		cal, err := store.LoadCalendar(app)
		if err != nil {
			return err
		}

		w := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "TERM\tSTART\tEND\tHALF-TERM\tPEP DEADLINE\tSOURCE")
		for _, t := range cal.Terms() {
			source := "authority"
			if t.Example {
				source = "example: replace with your own"
			}
			half := ""
			if !t.HalfTermStart.IsZero() {
				half = t.HalfTermStart.String() + " to " + t.HalfTermEnd.String()
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", t.Label(), t.Start, t.End, half, t.PEPDeadline, source)
		}
		if err := w.Flush(); err != nil {
			return err
		}

		_, closures, err := store.LoadTerms(app)
		if err != nil {
			return err
		}
		fmt.Fprintln(w, "\nCLOSURE DAY\tREASON\tSOURCE")
		for _, cl := range closures {
			source := "authority"
			if cl.Example {
				source = "example"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\n", cl.Date, cl.Reason, source)
		}
		fmt.Fprintln(w, "\nBank holidays: England and Wales 2015 to 2028 ship with OpenPEP; "+
			"add later ones with import-bank-holidays.")
		return w.Flush()
	})
	return c
}

// reportProblems prints problems to stderr and reports whether any is an
// error.
func reportProblems(c *cobra.Command, problems []csvfile.Problem) bool {
	failed := false
	for _, p := range problems {
		fmt.Fprintln(c.ErrOrStderr(), p.String())
		if p.Severity == csvfile.Error {
			failed = true
		}
	}
	if failed {
		fmt.Fprintln(c.ErrOrStderr(), "Nothing was loaded: fix the errors above and run the command again.")
	}
	return failed
}

// incompleteYears warns about academic years the file gives fewer than
// three terms for: loading them still replaces the whole year.
func incompleteYears(terms []calendar.Term) []string {
	names := map[int][]string{}
	labels := map[int]string{}
	for _, t := range terms {
		names[t.StartYear] = append(names[t.StartYear], string(t.Name))
		labels[t.StartYear] = t.AcademicYear
	}

	var out []string
	for _, year := range slices.Sorted(maps.Keys(names)) {
		if got := names[year]; len(got) < 3 {
			out = append(out, fmt.Sprintf("the file gives only %s for %s; every term held for that year "+
				"before is replaced, so its other terms are now missing", strings.Join(got, " and "), labels[year]))
		}
	}
	return out
}

// warnIdleClosures points out closure days that change nothing because
// the school would be shut anyway: usually a typing slip in the file.
func warnIdleClosures(app core.App, w io.Writer, file string) error {
	cal, err := store.LoadCalendar(app)
	if err != nil {
		return err
	}
	_, closures, err := store.LoadTerms(app)
	if err != nil {
		return err
	}

	for _, cl := range closures {
		if cl.Example {
			continue
		}
		if why := idleReason(cal, cl.Date); why != "" {
			fmt.Fprintf(w, "Warning: %s: the closure on %s changes nothing: %s\n", file, cl.Date, why)
		}
	}
	return nil
}

func idleReason(cal *calendar.Calendar, d calendar.Date) string {
	t, inTerm := cal.TermOn(d)
	switch {
	case !inTerm:
		return "no loaded term covers it"
	case d.Weekday() == time.Saturday || d.Weekday() == time.Sunday:
		return "it is a weekend"
	case !t.HalfTermStart.IsZero() && !d.Before(t.HalfTermStart) && !d.After(t.HalfTermEnd):
		return "it is in half-term"
	}
	if name, ok := cal.Holiday(d); ok {
		return "it is a bank holiday (" + name + ")"
	}
	return ""
}
