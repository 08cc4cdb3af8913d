package cmd

import (
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
