package store

import (
	"github.com/openpep/openpep/app/calendar"
)

// DashboardQuery selects and orders the dashboard's list of children.
// Zero values mean "no filter"; AsOf zero means today.
type DashboardQuery struct {
	AsOf         calendar.Date
	School       string // schools record id
	SocialWorker string // as written in children.csv
	KeyStage     string // "EYFS", "KS1", "KS2", "KS3", "KS4", "KS5"
	NCY          string // "-1".."13", as NCYLabel numbers them
	Status       string // a schedule status, e.g. "overdue"
	Band         string // "1-7", "8-14", "15-28", "over 28"
	Search       string // child id or part of a name
	Sort         string // "name", "due", "overdue", "school", "status"; prefix "-" for descending
	Page         int    // 1-based
	PerPage      int    // default 50
}

// Dashboard is what the dashboard page shows for one as-of date.
type Dashboard struct {
	AsOf     calendar.Date
	Term     *calendar.Term // the term the as-of date falls in or follows; nil if none loaded
	Counts   map[string]int // requirements by status, over the whole authority
	Bands    map[string]int // overdue requirements by band
	Total    int            // rows matching the filters, before paging
	Rows     []DashboardRow
	Problems []string // e.g. "No term dates are loaded for 2028-07-22 onwards"
}

// DashboardRow is one child's most pressing current requirement.
type DashboardRow struct {
	ChildRecordID string
	ChildID       string
	Name          string // "Forename Surname", or "" when children.csv gave none
	SchoolID      string
	SchoolName    string
	SocialWorker  string
	NCY           int  // from the date of birth: -1 nursery, 0 reception, 1..13
	NCYKnown      bool // false when the date of birth is unknown
	KeyStage      string
	Kind          string // initial or termly
	Term          string
	Due           calendar.Date
	Status        string
	Completed     calendar.Date
	DaysOverdue   int
	Band          string
}
