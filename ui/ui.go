// Package ui serves OpenPEP's server-rendered staff pages: GOV.UK Frontend
// markup from html/template files embedded in the binary and parsed at
// start-up, one file per page action, a typed view model per page.
//
// Staff sign in with their email address and password; the session is a
// PocketBase auth token for the staff collection kept in an HttpOnly
// cookie. Pages trust only that cookie and the API trusts only the
// Authorization header, so a cookie can never carry a cross-site request
// into /api/. Every unsafe page request carries a session-bound CSRF token.
//
// GOV.UK Frontend's built files live in static/govuk, copied there from
// node_modules by copy_assets.mjs (npm run copy-assets) and committed, so
// building the binary never needs npm.
package ui

import (
	"fmt"
	"sync/atomic"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// Options tunes the staff UI. The zero value suits most deployments.
type Options struct {
	// SecureCookies marks cookies Secure even for requests that reached
	// OpenPEP over plain HTTP, as they do behind a proxy that terminates
	// TLS. Cookies on HTTPS requests are always Secure.
	SecureCookies bool
}

// Register binds the staff UI routes to app with the default options.
func Register(app core.App) {
	RegisterWithOptions(app, Options{})
}

// RegisterWithOptions binds the staff UI routes to app. The templates are
// parsed and the CSRF key loaded when the server starts, so a broken
// template stops start-up rather than a request.
func RegisterWithOptions(app core.App, opts Options) {
	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Id: "openpepUI",
		Func: func(se *core.ServeEvent) error {
			s, err := newServer(se.App, opts)
			if err != nil {
				return fmt.Errorf("start staff UI: %w", err)
			}
			s.registerRoutes(se.Router)
			return se.Next()
		},
	})
}

// server holds what every page handler shares.
type server struct {
	app     core.App
	opts    Options
	pages   pageSet
	assets  *assetSet
	csrfKey []byte
	decoy   decoyPassword

	// failedSignIns counts failed sign-ins since the server started.
	failedSignIns atomic.Int64
}

func newServer(app core.App, opts Options) (*server, error) {
	assets, err := newAssetSet()
	if err != nil {
		return nil, err
	}

	pages, err := parsePages(assets)
	if err != nil {
		return nil, err
	}

	key, err := loadCSRFKey(app.DataDir())
	if err != nil {
		return nil, err
	}

	return &server{app: app, opts: opts, pages: pages, assets: assets, csrfKey: key}, nil
}
