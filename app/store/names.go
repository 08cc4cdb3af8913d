// Package store moves OpenPEP's domain values in and out of PocketBase
// collections: it loads children, episodes, PEPs and the calendar for the
// schedule engine, writes imports in one transaction, and keeps the
// requirements table that the dashboard reads. Collection and field names
// live here and nowhere else.
package store

// Collection names.
const (
	Staff        = "staff"
	Schools      = "schools"
	Children     = "children"
	Episodes     = "episodes"
	CareReviews  = "care_reviews"
	Terms        = "terms"
	Closures     = "closures"
	BankHolidays = "bank_holidays"
	PEPs         = "peps"
	Requirements = "requirements"
	Imports      = "imports"
)

// Staff roles. A later issue replaces this fixed list with configurable
// roles built from capabilities.
const (
	RoleVSH   = "vsh"   // Virtual School Head
	RoleVSO   = "vso"   // Virtual School officer
	RoleDT    = "dt"    // designated teacher
	RoleSW    = "sw"    // social worker
	RoleAdmin = "admin" // LA administrator
)

// Roles lists every staff role, in the order forms show them.
var Roles = []string{RoleVSH, RoleVSO, RoleDT, RoleSW, RoleAdmin}

// RoleLabel names a role for people.
func RoleLabel(role string) string {
	switch role {
	case RoleVSH:
		return "Virtual School Head"
	case RoleVSO:
		return "Virtual School officer"
	case RoleDT:
		return "Designated teacher"
	case RoleSW:
		return "Social worker"
	case RoleAdmin:
		return "LA administrator"
	}
	return role
}

// PEP statuses kept by the minimal PEP record; the PEP authoring issue
// extends the workflow.
const (
	PEPDraft     = "draft"
	PEPCompleted = "completed"
)

// Where a PEP record came from.
const (
	SourceOpenPEP = "openpep" // written in OpenPEP
	SourceImport  = "import"  // brought from a previous system
	SourceDemo    = "demo"    // synthetic demo data
)

// API rules shared by collections.
const (
	// RuleSignedIn lets any active staff member read. Issue #3 narrows it
	// to caseloads.
	RuleSignedIn = `@request.auth.id != "" && @request.auth.collectionName = "staff"`
	// RuleAdmin lets LA administrators write.
	RuleAdmin = `@request.auth.collectionName = "staff" && @request.auth.role = "admin"`
)
