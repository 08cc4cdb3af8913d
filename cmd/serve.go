package cmd

import (
	"github.com/pocketbase/pocketbase"
	pbcmd "github.com/pocketbase/pocketbase/cmd"
	"github.com/spf13/cobra"
)

// newServeCommand is PocketBase's serve command with OpenPEP's flags added.
func newServeCommand(app *pocketbase.PocketBase) *cobra.Command {
	c := pbcmd.NewServeCommand(app, true)
	return c
}
