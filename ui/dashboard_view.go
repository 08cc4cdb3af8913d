package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// dashboardView shows the dashboard.
func (s *server) dashboardView(e *core.RequestEvent) error {
	view := s.newPage(e, "Dashboard", navDashboard)
	return s.render(e, http.StatusOK, "dashboard", view)
}
