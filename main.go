// Command openpep is the OpenPEP server and command-line tool: an
// electronic Personal Education Plan system for a Virtual School.
package main

import (
	"os"
	_ "time/tzdata"

	"github.com/pocketbase/pocketbase"

	"github.com/openpep/openpep/cmd"
	"github.com/openpep/openpep/hooks"
	_ "github.com/openpep/openpep/pb_migrations"
	"github.com/openpep/openpep/ui"
)

func main() {
	app := pocketbase.NewWithConfig(pocketbase.Config{
		DefaultDataDir: defaultDataDir(),
	})

	hooks.Register(app)
	ui.Register(app)
	cmd.Register(app)

	os.Exit(cmd.Execute(app))
}

// defaultDataDir is where data lives when --dir is not given: the
// OPENPEP_DIR environment variable, else pb_data in the working directory.
func defaultDataDir() string {
	if dir := os.Getenv("OPENPEP_DIR"); dir != "" {
		return dir
	}
	return "pb_data"
}
