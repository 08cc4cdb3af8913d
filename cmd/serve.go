package cmd

import (
	"fmt"

	"github.com/pocketbase/pocketbase"
	pbcmd "github.com/pocketbase/pocketbase/cmd"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"
)

// newServeCommand is PocketBase's serve command with OpenPEP's --demo flag.
func newServeCommand(app *pocketbase.PocketBase) *cobra.Command {
	c := pbcmd.NewServeCommand(app, true)
	c.Long = "Starts the web server. With --demo on an empty data directory it first\n" +
		"creates a synthetic demo authority and prints how to sign in."

	var demo bool
	c.Flags().BoolVar(&demo, "demo", false, "create a synthetic demo authority in an empty data directory, then serve it")

	serve := c.RunE
	c.RunE = func(c *cobra.Command, args []string) error {
		if demo {
			if err := app.RunAllMigrations(); err != nil {
				return fmt.Errorf("apply migrations: %w", err)
			}
			if err := prepareDemo(app, c.OutOrStdout(), listenURL(c, args)); err != nil {
				return err
			}
		}
		return serve(c, args)
	}
	return c
}

// noInstaller stops PocketBase from opening its first-run installer page:
// the demo creates its own superuser.
func noInstaller(app core.App) {
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		e.InstallerFunc = nil
		return e.Next()
	})
}

// listenURL is where serve will answer, for the demo's sign-in message.
func listenURL(c *cobra.Command, domains []string) string {
	if len(domains) > 0 {
		return "https://" + domains[0] + "/"
	}
	addr := "127.0.0.1:8090"
	if f := c.Flags().Lookup("http"); f != nil && f.Value.String() != "" {
		addr = f.Value.String()
	}
	return "http://" + addr + "/"
}
