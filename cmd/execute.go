// Package cmd holds OpenPEP's command-line interface: one file per command,
// hung off PocketBase's root command next to its own serve, superuser and
// migrate commands.
package cmd

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"
)

// ErrReported means a command has already told the user what went wrong and
// only the exit status remains to be set.
var ErrReported = errors.New("failed")

// Execute runs the command line and returns the process exit status.
//
// NOTE: PocketBase's own Execute ignores the error a command returns and
// so exits 0 on failure. This does the same work (bootstrap, signal
// handling, terminate hooks) but keeps the error.
func Execute(app *pocketbase.PocketBase) int {
	root := app.RootCmd
	root.SilenceErrors = true

	target, _, err := root.Find(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "Error:", err)
		return 2
	}

	if target.Annotations["existing-dir"] == "yes" && !askedForHelp() {
		if err := checkDataDir(app.DataDir()); err != nil {
			fmt.Fprintln(os.Stderr, "Error:", err)
			return 1
		}
	}

	if needsBootstrap(target) {
		if err := app.Bootstrap(); err != nil {
			fmt.Fprintln(os.Stderr, "Error: cannot open the data directory:", err)
			return 1
		}
	}

	done := make(chan error, 1)
	go func() { done <- root.Execute() }()

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)

	select {
	case err = <-done:
	case <-sig:
	}

	event := &core.TerminateEvent{App: app}
	termErr := app.OnTerminate().Trigger(event, func(e *core.TerminateEvent) error {
		return e.App.ResetBootstrapState()
	})

	switch {
	case errors.Is(err, ErrPartial):
		return 3
	case errors.Is(err, ErrReported):
		return 1
	case err != nil:
		fmt.Fprintln(os.Stderr, "Error:", err)
		return 1
	case termErr != nil:
		fmt.Fprintln(os.Stderr, "Error:", termErr)
		return 1
	}
	return 0
}

// needsBootstrap reports whether a command touches the data directory, so
// that help and version output never create one.
func needsBootstrap(c *cobra.Command) bool {
	return c != c.Root() && c.Annotations["bootstrap"] != "no" && !askedForHelp()
}

// askedForHelp reports whether the command line asks for help.
func askedForHelp() bool {
	for _, arg := range os.Args[1:] {
		if arg == "-h" || arg == "--help" {
			return true
		}
	}
	return false
}

// withMigrations wraps a command body so that it first applies OpenPEP's
// migrations: PocketBase applies them itself only under serve and migrate.
func withMigrations(app core.App, run func(*cobra.Command, []string) error) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, args []string) error {
		if err := app.RunAllMigrations(); err != nil {
			return fmt.Errorf("apply migrations: %w", err)
		}
		return run(c, args)
	}
}

// newGroup returns a command that only holds subcommands. Cobra would
// print its help and exit 0 for a mistyped subcommand ("import ssda930");
// this says what was wrong and fails instead.
func newGroup(use, short string) *cobra.Command {
	return &cobra.Command{
		Use:          use,
		Short:        short,
		SilenceUsage: true,
		Annotations:  map[string]string{"bootstrap": "no"},
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return c.Help()
			}
			return fmt.Errorf("unknown command %q for %q; see %s --help", args[0], c.CommandPath(), c.CommandPath())
		},
	}
}

// needsExistingDir marks a command that only reads: it refuses a data
// directory that does not exist rather than create an empty one.
func needsExistingDir(c *cobra.Command) *cobra.Command {
	if c.Annotations == nil {
		c.Annotations = map[string]string{}
	}
	c.Annotations["existing-dir"] = "yes"
	return c
}

// checkDataDir fails unless dir holds an OpenPEP database.
func checkDataDir(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "data.db")); err != nil {
		return fmt.Errorf("no OpenPEP data in %s: check --dir (or OPENPEP_DIR)", dir)
	}
	return nil
}
