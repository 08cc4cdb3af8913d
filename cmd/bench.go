package cmd

import (
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/openpep/openpep/app/demo"
	"github.com/openpep/openpep/app/ssda903"
	"github.com/openpep/openpep/app/store"
)

func newBenchCommand() *cobra.Command {
	var opts demo.Options
	var runs int
	var profile string
	c := &cobra.Command{
		Use:   "bench",
		Short: "Measure import and dashboard speed on a generated synthetic authority",
		Long: "Generates a synthetic authority in a temporary data directory, imports it, then\n" +
			"times the dashboard and the same aggregate as raw SQL, and prints the ratios.\n" +
			"It never touches --dir.",
		Args:         cobra.NoArgs,
		SilenceUsage: true,
		Annotations:  map[string]string{"bootstrap": "no"},
	}
	c.RunE = func(c *cobra.Command, _ []string) error {
		opts.Today = store.Today()
		if profile != "" {
			f, err := os.Create(profile)
			if err != nil {
				return err
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return err
			}
			defer pprof.StopCPUProfile()
		}
		return runBench(c.OutOrStdout(), opts, runs)
	}
	c.Flags().IntVar(&opts.Children, "children", 20000, "children in the authority")
	c.Flags().IntVar(&opts.Schools, "schools", 400, "schools in the authority")
	c.Flags().IntVar(&opts.Years, "years", 5, "years of PEP history")
	c.Flags().Int64Var(&opts.Seed, "seed", 1, "random seed")
	c.Flags().StringVar(&profile, "cpuprofile", "", "write a CPU profile to this file")
	c.Flags().IntVar(&runs, "runs", 20, "timed runs of each dashboard query (the median is reported)")
	return c
}

// benchTimes are the measurements a bench run prints.
type benchTimes struct {
	generate, read, store, dashboard, counts, rawSQL time.Duration
	requirements                                     int
}

func runBench(out io.Writer, opts demo.Options, runs int) error {
	dir, err := os.MkdirTemp("", "openpep-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	// NOTE: a core app, not pocketbase.New: that one reads --dir from the
	// command line itself and would put the benchmark in the user's data.
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: filepath.Join(dir, "pb_data")})
	if err := app.Bootstrap(); err != nil {
		return err
	}
	defer app.ResetBootstrapState()
	if err := app.RunAllMigrations(); err != nil {
		return err
	}

	var t benchTimes
	if err := benchImport(app, opts, filepath.Join(dir, "files"), &t); err != nil {
		return err
	}
	if err := benchDashboard(app, runs, &t); err != nil {
		return err
	}

	printBench(out, opts, t)
	return nil
}

func benchImport(app core.App, opts demo.Options, files string, t *benchTimes) error {
	start := time.Now()
	authority, err := demo.Generate(opts)
	if err != nil {
		return err
	}
	if err := authority.WriteFiles(files); err != nil {
		return err
	}
	t.generate = time.Since(start)

	start = time.Now()
	batch, err := ssda903.Load(demoBatchFiles(files)...)
	if err != nil {
		return err
	}
	t.read = time.Since(start)

	start = time.Now()
	err = app.RunInTransaction(func(tx core.App) error {
		if err := importSchoolsFile(tx, filepath.Join(files, "schools.csv")); err != nil {
			return err
		}
		_, err := store.ImportBatch(tx, batch)
		return err
	})
	t.store = time.Since(start)
	if err != nil {
		return err
	}

	return app.DB().Select("COUNT(*)").From(store.Requirements).Row(&t.requirements)
}

// benchDashboard times the dashboard as the page loads it, its counts
// alone, and the same counting query run as raw SQL on a plain
// database/sql connection to the same file, bypassing PocketBase.
func benchDashboard(app core.App, runs int, t *benchTimes) error {
	q := store.DashboardQuery{AsOf: store.Today()}
	var err error
	t.dashboard, err = median(runs, func() error {
		_, err := store.LoadDashboard(app, q)
		return err
	})
	if err != nil {
		return err
	}

	t.counts, err = median(runs, func() error {
		_, err := store.DashboardCounts(app, q)
		return err
	})
	if err != nil {
		return err
	}

	query, args, err := store.DashboardCountsSQL(app, q)
	if err != nil {
		return err
	}
	db, err := sql.Open("sqlite", filepath.Join(app.DataDir(), "data.db")+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()

	t.rawSQL, err = median(runs, func() error {
		rows, err := db.Query(query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
		}
		return rows.Err()
	})
	return err
}

func median(runs int, f func() error) (time.Duration, error) {
	times := make([]time.Duration, runs)
	for i := range times {
		start := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		times[i] = time.Since(start)
	}
	slices.Sort(times)
	return times[len(times)/2], nil
}

func printBench(out io.Writer, opts demo.Options, t benchTimes) {
	fmt.Fprintf(out, "Synthetic authority: %d children, %d schools, %d years of PEP history; %d requirements.\n\n",
		opts.Children, opts.Schools, opts.Years, t.requirements)

	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "step\ttime\tratio\t")
	fmt.Fprintf(w, "generate files\t%s\t\t\n", ms(t.generate))
	fmt.Fprintf(w, "read and validate\t%s\t\t\n", ms(t.read))
	fmt.Fprintf(w, "store and build schedule\t%s\t\t\n", ms(t.store))
	fmt.Fprintf(w, "raw SQL aggregate (database/sql)\t%s\t1.00\t\n", ms(t.rawSQL))
	fmt.Fprintf(w, "dashboard counts (PocketBase)\t%s\t%.2f\t\n", ms(t.counts), ratio(t.counts, t.rawSQL))
	fmt.Fprintf(w, "whole dashboard (counts and first page)\t%s\t%.2f\t\n", ms(t.dashboard), ratio(t.dashboard, t.rawSQL))
	w.Flush()
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
