package ui

import (
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// registerRoutes binds every staff UI route and middleware to r.
func (s *server) registerRoutes(r *router.Router[*core.RequestEvent]) {
	r.Bind(s.sessionLoader())
	r.GET(staticPrefix+"{path...}", s.serveStatic)

	// A route for "/" that matches any method stands in for PocketBase's
	// own catch-all, so unknown pages get a page and the API keeps JSON.
	// Its "Page not found" answers keep query strings out of the request
	// log as the pages below do; unknown API routes are failures, logged.
	r.Any("/", s.notFound).Bind(apis.SkipSuccessActivityLog())

	// Page query strings can hold personal data (a child's name typed into
	// the dashboard search), so successful page requests stay out of
	// PocketBase's request log; failures are still logged.
	pages := r.Group("")
	pages.Bind(apis.SkipSuccessActivityLog(), pageHeaders(), s.errorPages(), s.csrfCheck())
	pages.GET("/sign-in", s.signInShow)
	pages.POST("/sign-in", s.signInCheck)
	pages.POST("/sign-out", s.signOut)

	staff := pages.Group("")
	staff.Bind(s.requireStaff())
	staff.GET("/{$}", s.dashboardView)
	staff.GET("/children/{id}", s.childView)
	staff.GET("/schools", s.schoolList)

	admin := staff.Group("/admin")
	admin.Bind(s.requireAdmin())
	admin.GET("/terms", s.termList)
	admin.GET("/terms/new", s.termEdit)
	admin.POST("/terms/new", s.termSave)
	admin.GET("/terms/{year}/{term}", s.termEdit)
	admin.POST("/terms/{year}/{term}", s.termSave)
	admin.POST("/closures", s.closureAdd)
	admin.POST("/closures/{date}/delete", s.closureDelete)
}
