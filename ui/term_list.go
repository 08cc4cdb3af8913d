package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// termList shows the authority's term dates by academic year.
func (s *server) termList(e *core.RequestEvent) error {
	view := s.newPage(e, "Term dates", navTerms)
	return s.render(e, http.StatusOK, "term_list", view)
}
