package cmd

import (
	"os"

	"github.com/pocketbase/pocketbase"
	pbcmd "github.com/pocketbase/pocketbase/cmd"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
)

// Register adds every command to app's root command: PocketBase's serve,
// superuser and migrate, and OpenPEP's own.
func Register(app *pocketbase.PocketBase) {
	root := app.RootCmd
	root.Use = "openpep"
	root.Short = "OpenPEP: electronic Personal Education Plans for a Virtual School"

	// NOTE: PocketBase's coloured error writer prints to standard output;
	// warnings and errors belong on standard error, apart from reports.
	root.SetErr(os.Stderr)

	root.AddCommand(newServeCommand(app))
	root.AddCommand(pbcmd.NewSuperuserCommand(app))
	migratecmd.MustRegister(app, root, migratecmd.Config{Automigrate: false})
	root.AddCommand(
		newImportCommand(app),
		newCalendarCommand(app),
		newReportCommand(app),
		newBenchCommand(),
	)
}
