// Command openpep is the OpenPEP server and command-line tool: an
// electronic Personal Education Plan system for a Virtual School.
package main

import (
	"os"
	_ "time/tzdata" // Europe/London wherever the binary runs

	"github.com/pocketbase/pocketbase"

	"github.com/openpep/openpep/cmd"
	"github.com/openpep/openpep/hooks"
	_ "github.com/openpep/openpep/pb_migrations"
	"github.com/openpep/openpep/ui"
)

func main() {
	cfg := readConfig()
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDataDir: cfg.dataDir})

	hooks.Register(app)
	ui.RegisterWithOptions(app, ui.Options{SecureCookies: cfg.secureCookies})
	cmd.Register(app)

	os.Exit(cmd.Execute(app))
}

// config is the boot configuration read from the environment; flags such
// as --dir and --http override it where PocketBase defines them.
type config struct {
	dataDir       string // OPENPEP_DIR; default pb_data in the working directory
	secureCookies bool   // OPENPEP_SECURE_COOKIES=true behind a TLS-terminating proxy
}

func readConfig() config {
	c := config{dataDir: "pb_data"}
	if dir := os.Getenv("OPENPEP_DIR"); dir != "" {
		c.dataDir = dir
	}
	c.secureCookies = os.Getenv("OPENPEP_SECURE_COOKIES") == "true"
	return c
}
