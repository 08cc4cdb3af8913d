// Package hooks connects PocketBase's record events and jobs to OpenPEP's
// domain packages.
package hooks

import "github.com/pocketbase/pocketbase/core"

// Register binds OpenPEP's hooks to app.
func Register(app core.App) {
}
