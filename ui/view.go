package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/openpep/openpep/app/store"
)

// Navigation items a page can mark as current.
const (
	navDashboard = "dashboard"
	navSchools   = "schools"
	navTerms     = "terms"
)

// Page is what the layout needs from every page's view model; each view
// model embeds it.
type Page struct {
	Title  string  // the page's own title; the layout adds the service name
	Nav    string  // the current navigation item, if any
	User   *Viewer // nil when nobody is signed in
	CSRF   string  // the token every form on the page must send back
	Flash  string  // a success message carried over a redirect
	Errors Errors  // form errors, summarised at the top of the page
}

// Viewer is the signed-in staff member as the header shows them.
type Viewer struct {
	Name      string
	RoleLabel string
	Admin     bool
}

// NavItem is one link in the service navigation.
type NavItem struct {
	Href    string
	Text    string
	Current bool
}

// NavItems lists the service navigation links the viewer may follow.
func (p Page) NavItems() []NavItem {
	if p.User == nil {
		return nil
	}
	items := []NavItem{
		{Href: "/", Text: "Dashboard", Current: p.Nav == navDashboard},
		{Href: "/schools", Text: "Schools", Current: p.Nav == navSchools},
	}
	if p.User.Admin {
		items = append(items, NavItem{Href: "/admin/terms", Text: "Term dates",
			Current: p.Nav == navTerms})
	}
	return items
}

// FieldError is a message about one form field. Field is the id of the
// input the error summary links to.
type FieldError struct {
	Field   string
	Message string
}

// Errors lists a form's errors in the order the fields appear.
type Errors []FieldError

// Add records message against field, keeping only the first per field.
func (es *Errors) Add(field, message string) {
	if es.Get(field) == nil {
		*es = append(*es, FieldError{Field: field, Message: message})
	}
}

// Get returns the error for field, or nil.
func (es Errors) Get(field string) *FieldError {
	for i := range es {
		if es[i].Field == field {
			return &es[i]
		}
	}
	return nil
}

// newPage starts the view model of a page for the request's viewer.
func (s *server) newPage(e *core.RequestEvent, title, nav string) Page {
	p := Page{Title: title, Nav: nav, CSRF: s.csrfToken(e), Flash: s.takeFlash(e)}
	if e.Auth != nil {
		role := e.Auth.GetString(staffRole)
		p.User = &Viewer{
			Name:      e.Auth.GetString(staffName),
			RoleLabel: store.RoleLabel(role),
			Admin:     role == store.RoleAdmin,
		}
	}
	return p
}
