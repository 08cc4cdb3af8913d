package gias

import (
	"fmt"
	"strings"

	"github.com/openpep/openpep/app/csvfile"
)

// The GIAS columns read, as csvfile normalises them (upper case).
const (
	colURN       = "URN"
	colLACode    = "LA (CODE)"
	colLAName    = "LA (NAME)"
	colEstNumber = "ESTABLISHMENTNUMBER"
	colName      = "ESTABLISHMENTNAME"
	colType      = "TYPEOFESTABLISHMENT (NAME)"
	colPhase     = "PHASEOFEDUCATION (NAME)"
	colStatus    = "ESTABLISHMENTSTATUS (NAME)"
	colOpenDate  = "OPENDATE"
	colCloseDate = "CLOSEDATE"
	colStreet    = "STREET"
	colLocality  = "LOCALITY"
	colAddress3  = "ADDRESS3"
	colTown      = "TOWN"
	colCounty    = "COUNTY (NAME)"
	colPostcode  = "POSTCODE"
)

// required are the columns every GIAS layout since at least 2018 has.
// The others are read when present; GIAS's many further columns are
// ignored without comment.
var (
	required = []string{colURN, colLACode, colLAName, colEstNumber, colName, colType, colStatus,
		colOpenDate, colCloseDate, colPostcode}
	optional = []string{colPhase, colStreet, colLocality, colAddress3, colTown, colCounty}
)

// columns maps each column read to its first field, or names the required
// columns the file lacks.
func columns(t *csvfile.Table) (map[string]int, error) {
	cols := map[string]int{}
	for _, c := range append(required, optional...) {
		if i := t.Index(c); i >= 0 {
			cols[c] = i
		}
	}

	var missing []string
	for _, c := range required {
		if _, ok := cols[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("not a GIAS establishments file: no %s column",
			strings.Join(missing, ", "))
	}
	return cols, nil
}
