package cmd

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/openpep/openpep/app/csvfile"
	"github.com/openpep/openpep/app/ssda903"
	"github.com/openpep/openpep/app/store"
)

// ErrPartial means an import stored what was clean and rejected the rest.
var ErrPartial = errors.New("imported in part")

// errStrict refuses a whole import under --strict; nothing is written.
var errStrict = errors.New("--strict: the import has errors")

func newImportCommand(app core.App) *cobra.Command {
	c := newGroup("import", "Load SSDA903 returns, child details, schools and PEP history")
	c.Long = "Every import validates each row and reports file, line, column, value and rule.\n" +
		"By default the clean rows are stored and the rest reported (exit status 3);\n" +
		"with --strict any error refuses the whole import (exit status 1). Re-running an\n" +
		"import of the same files changes nothing."
	c.AddCommand(
		newImportBatchCommand(app, "ssda903 PATH...",
			"Load SSDA903 tables (header, episodes, reviews; the others are recognised and reported), from files or folders",
			nil),
		newImportBatchCommand(app, "children FILE",
			"Load children.csv: CHILD, FORENAME, SURNAME, SCHOOL_URN and optional columns",
			[]ssda903.Kind{ssda903.KindChildDetails}),
		newImportBatchCommand(app, "peps FILE",
			"Load PEP history from a previous system: CHILD, MEETING_DATE, COMPLETED_DATE",
			[]ssda903.Kind{ssda903.KindPEPHistory}),
		newImportGIASCommand(app),
	)
	return c
}

// importOptions are the flags every import takes.
type importOptions struct {
	strict bool
	format string
}

func (o *importOptions) bind(c *cobra.Command) {
	c.Flags().BoolVar(&o.strict, "strict", false, "refuse the whole import if any row has an error")
	c.Flags().StringVar(&o.format, "format", "text", "report as text or json")
}

func (o *importOptions) check() error {
	if o.format != "text" && o.format != "json" {
		return fmt.Errorf("--format must be text or json, not %q", o.format)
	}
	return nil
}

// newImportBatchCommand builds an import of files read as an SSDA903 batch.
// only, when set, lists the kinds of file the command accepts.
func newImportBatchCommand(app core.App, use, short string, only []ssda903.Kind) *cobra.Command {
	kind := strings.Fields(use)[0]
	var opts importOptions
	c := &cobra.Command{
		Use:          use,
		Short:        short,
		Args:         cobra.MinimumNArgs(1),
		SilenceUsage: true,
	}
	if only != nil {
		c.Args = cobra.ExactArgs(1)
	}
	opts.bind(c)

	c.RunE = withMigrations(app, func(c *cobra.Command, args []string) error {
		if err := opts.check(); err != nil {
			return err
		}

		p := newProgress(c.ErrOrStderr())
		p.say("Reading %d path(s)", len(args))
		batch, err := loadBatch(app, args...)
		if err != nil {
			return err
		}
		p.done()
		if err := restrict(batch, only); err != nil {
			return err
		}

		report, err := importBatch(app, batch, kind, opts, p)
		if report != nil {
			if werr := report.write(c.OutOrStdout(), opts.format); werr != nil {
				return werr
			}
		}
		return exitFor(report, err)
	})
	return c
}

// loadBatch reads and validates files, checking their references against
// the children already stored as well as against each other.
func loadBatch(app core.App, paths ...string) (*ssda903.Batch, error) {
	batch, err := ssda903.Load(paths...)
	if err != nil {
		return nil, err
	}

	batch.Known, err = store.KnownChildIDs(app)
	if err != nil {
		return nil, err
	}
	batch.Today = store.Today()
	batch.Validate()
	return batch, nil
}

// restrict refuses files of a kind the command does not take, so that
// `import children` never quietly loads episodes.
func restrict(b *ssda903.Batch, only []ssda903.Kind) error {
	if only == nil {
		return nil
	}
	for _, f := range b.Files {
		if !f.Failed() && !slices.Contains(only, f.Kind) {
			return fmt.Errorf("%s holds a %s table, not a %s file; nothing was imported",
				filepath.Base(f.Name), kindName(f.Kind), only[0])
		}
	}
	return nil
}

// importBatch stores a validated batch in one transaction and logs it.
func importBatch(app core.App, b *ssda903.Batch, kind string, opts importOptions, p *progress) (*importReport, error) {
	report := &importReport{Strict: opts.strict, batch: b}
	if opts.strict && b.HasErrors() {
		return report, errStrict
	}

	p.say("Storing and rebuilding the schedule")
	err := app.RunInTransaction(func(tx core.App) error {
		if err := store.LockForWrite(tx); err != nil {
			return err
		}
		res, err := store.ImportBatch(tx, b)
		if err != nil {
			return err
		}
		report.Result = res
		if opts.strict && hasError(res.Problems) {
			return errStrict
		}

		return store.LogImport(tx, store.ImportLog{
			Kind: kind, Files: baseNames(b), Counts: res.ByKind(),
			Problems: len(b.Problems()) + len(res.Problems), Strict: opts.strict, Actor: actor(),
		})
	})
	p.done()
	if err != nil {
		report.Result = nil
		return report, busyMessage(err)
	}
	report.Imported = true
	return report, nil
}

// busyMessage explains a database held by another writer.
func busyMessage(err error) error {
	if store.IsBusy(err) {
		return fmt.Errorf("the database is busy with another import or an edit in the web UI, and " +
			"nothing was imported; run the command again in a minute")
	}
	return err
}

// exitFor turns an import's outcome into the command's error, and so its
// exit status: 0 all loaded, 3 loaded in part, 1 nothing loaded.
func exitFor(r *importReport, err error) error {
	switch {
	case errors.Is(err, errStrict):
		return ErrReported
	case err != nil:
		return err
	case r.Result.Stored() == 0:
		return ErrReported
	case r.batch.HasErrors() || hasError(r.Result.Problems):
		return ErrPartial
	}
	return nil
}

func hasError(problems []csvfile.Problem) bool {
	return slices.ContainsFunc(problems, func(p csvfile.Problem) bool {
		return p.Severity == csvfile.Error
	})
}

func baseNames(b *ssda903.Batch) []string {
	names := make([]string, len(b.Files))
	for i, f := range b.Files {
		names[i] = filepath.Base(f.Name)
	}
	return names
}

// actor names who ran a command from the shell, for the import log.
func actor() string {
	u, err := user.Current()
	if err != nil {
		return "cli"
	}
	return "cli:" + u.Username
}

// importReport is what an import tells the person who ran it.
type importReport struct {
	Imported bool                `json:"imported"`
	Strict   bool                `json:"strict"`
	Result   *store.ImportResult `json:"counts,omitempty"`
	batch    *ssda903.Batch
}

type fileJSON struct {
	File       string            `json:"file"`
	Kind       string            `json:"kind"`
	Used       bool              `json:"used"`
	Encoding   string            `json:"encoding,omitempty"`
	Rows       int               `json:"rows"`
	Accepted   int               `json:"accepted"`
	Superseded int               `json:"superseded"`
	Failed     bool              `json:"failed"`
	Problems   []csvfile.Problem `json:"problems"`
}

func (r *importReport) files() []fileJSON {
	out := make([]fileJSON, len(r.batch.Files))
	for i, f := range r.batch.Files {
		out[i] = fileJSON{
			File: f.Name, Kind: string(f.Kind), Used: f.Kind.Used(), Encoding: f.Encoding,
			Rows: f.Rows, Accepted: f.Accepted, Superseded: f.Superseded, Failed: f.Failed(),
			Problems: f.Problems,
		}
		if out[i].Problems == nil {
			out[i].Problems = []csvfile.Problem{}
		}
	}
	return out
}

// ruleCounts tallies the batch's problems and those found while storing
// (overlaps with stored episodes, unknown schools) by rule and severity.
func (r *importReport) ruleCounts() []ssda903.RuleCount {
	counts := r.batch.RuleCounts()
	if r.Result == nil {
		return counts
	}
	for _, p := range r.Result.Problems {
		i := slices.IndexFunc(counts, func(c ssda903.RuleCount) bool {
			return c.Rule == p.Rule && c.Severity == p.Severity
		})
		if i < 0 {
			counts = append(counts, ssda903.RuleCount{Rule: p.Rule, Severity: p.Severity})
			i = len(counts) - 1
		}
		counts[i].Count++
	}
	return counts
}

func (r *importReport) write(w io.Writer, format string) error {
	if format == "json" {
		out := struct {
			*importReport
			Files    []fileJSON          `json:"files"`
			Rules    []ssda903.RuleCount `json:"rules"`
			Problems []csvfile.Problem   `json:"store_problems,omitempty"`
		}{importReport: r, Files: r.files(), Rules: r.ruleCounts()}
		if r.Result != nil {
			out.Problems = r.Result.Problems
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return r.writeText(w)
}

func (r *importReport) writeText(w io.Writer) error {
	for _, p := range r.batch.Problems() {
		fmt.Fprintln(w, p.String())
	}
	if r.Result != nil {
		for _, p := range r.Result.Problems {
			fmt.Fprintln(w, p.String())
		}
	}

	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "\nFILE\tTABLE\tROWS\tACCEPTED\tREPLACED BY A LATER FILE\tERRORS\tWARNINGS\tOUTCOME")
	for _, f := range r.batch.Files {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", filepath.Base(f.Name), kindName(f.Kind),
			f.Rows, f.Accepted, f.Superseded, f.Errors(), f.Warnings(), fileOutcome(f))
	}

	if rules := r.ruleCounts(); len(rules) > 0 {
		fmt.Fprintln(tw, "\nRULE\tSEVERITY\tCOUNT")
		for _, rc := range rules {
			fmt.Fprintf(tw, "%s\t%s\t%d\n", rc.Rule, rc.Severity, rc.Count)
		}
	}

	if r.Result != nil {
		fmt.Fprintln(tw, "\nRECORDS\tADDED\tUPDATED\tUNCHANGED\tREJECTED")
		for _, k := range []string{"children", "details", "episodes", "reviews", "peps"} {
			c := r.Result.ByKind()[k]
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\n", k, c.Added, c.Updated, c.Unchanged, c.Rejected)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	switch {
	case !r.Imported && r.Strict:
		fmt.Fprintln(w, "\nNothing was imported: --strict refuses an import with any error.")
	case !r.Imported:
		fmt.Fprintln(w, "\nNothing was imported.")
	case r.Result.Stored() == 0:
		fmt.Fprintln(w, "\nNothing was imported: no row in these files could be used.")
	case r.batch.HasErrors():
		fmt.Fprintln(w, "\nImported the clean rows; the rows and files listed with errors were not loaded.")
	default:
		fmt.Fprintln(w, "\nImported.")
	}
	return nil
}

func kindName(k ssda903.Kind) string {
	if k == ssda903.KindUnknown {
		return "(not recognised)"
	}
	return string(k)
}

func fileOutcome(f *ssda903.File) string {
	switch {
	case f.Failed():
		return "not loaded"
	case f.Kind != ssda903.KindUnknown && !f.Kind.Used():
		return "recognised, not yet used"
	case f.Errors() > 0 && f.Accepted == 0:
		return "not loaded"
	case f.Errors() > 0:
		return "loaded in part"
	case f.Rows == 0:
		return "no rows"
	}
	return "loaded"
}

// progress tells a person at a terminal what a long command is doing. It
// says nothing when the output is not a terminal, so logs stay clean.
type progress struct {
	w   io.Writer
	tty bool
}

func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	if !ok {
		return &progress{w: w}
	}
	info, err := f.Stat()
	return &progress{w: w, tty: err == nil && info.Mode()&os.ModeCharDevice != 0}
}

func (p *progress) say(format string, args ...any) {
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K"+format+"...", args...)
	}
}

func (p *progress) done() {
	if p.tty {
		fmt.Fprint(p.w, " done\n")
	}
}

func newImportGIASCommand(app core.App) *cobra.Command {
	var opts importOptions
	c := &cobra.Command{
		Use:          "gias FILE",
		Short:        "Load schools from a GIAS establishment download (edubasealldata*.csv)",
		Args:         cobra.ExactArgs(1),
		SilenceUsage: true,
	}
	opts.bind(c)
	c.RunE = withMigrations(app, func(c *cobra.Command, args []string) error {
		if err := opts.check(); err != nil {
			return err
		}
		return importGIAS(app, c, args[0], opts)
	})
	return c
}
