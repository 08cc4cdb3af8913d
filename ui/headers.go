package ui

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// contentSecurityPolicy allows the page's own files and nothing else,
// except GOV.UK Frontend's one inline script, by hash.
var contentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' " + supportScriptHash + "; " +
	"style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// setPageHeaders adds the security headers every page carries. Pages hold
// children's personal data, so nothing is cached or framed.
func setPageHeaders(e *core.RequestEvent) {
	h := e.Response.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
}

// pageHeaders applies setPageHeaders to every response from a page route.
func pageHeaders() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "openpepPageHeaders",
		Func: func(e *core.RequestEvent) error {
			setPageHeaders(e)
			return e.Next()
		},
	}
}
