// Package ui serves OpenPEP's server-rendered staff pages.
package ui

import "github.com/pocketbase/pocketbase/core"

// Register binds the staff UI routes to app.
func Register(app core.App) {
}
