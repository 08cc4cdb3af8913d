package demo

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/openpep/openpep/app/calendar"
)

// The files WriteFiles writes.
const (
	HeaderFile   = "header.csv"   // SSDA903 header table
	EpisodesFile = "episodes.csv" // SSDA903 episodes table
	ReviewsFile  = "reviews.csv"  // SSDA903 reviews table
	ChildrenFile = "children.csv" // names, school, social worker, reported NCY
	SchoolsFile  = "schools.csv"  // GIAS establishments, Windows-1252
	PEPsFile     = "peps.csv"     // PEP meetings and completions
)

// Files lists the files WriteFiles writes, in the order it writes them.
func Files() []string {
	return []string{HeaderFile, EpisodesFile, ReviewsFile, ChildrenFile, SchoolsFile, PEPsFile}
}

// Column headers of the files other than the GIAS one.
var (
	headerColumns   = []string{"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"}
	episodesColumns = []string{
		"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
		"REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN",
	}
	reviewsColumns  = []string{"CHILD", "DOB", "REVIEW", "REVIEW_CODE"}
	childrenColumns = []string{"CHILD", "FORENAME", "SURNAME", "SCHOOL_URN", "SOCIAL_WORKER", "NCY"}
	pepsColumns     = []string{"CHILD", "MEETING_DATE", "COMPLETED_DATE"}
)

// WriteFiles writes every file of the authority into dir, creating dir if
// need be and replacing files of the same names.
func (a *Authority) WriteFiles(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create demo folder: %w", err)
	}
	for _, name := range Files() {
		if err := a.writeFile(filepath.Join(dir, name), name); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	return nil
}

func (a *Authority) writeFile(path, name string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()

	bw := bufio.NewWriterSize(f, 256<<10)
	if err := a.Write(bw, name); err != nil {
		return err
	}
	return bw.Flush()
}

// Write writes the named file (one of Files) to w.
func (a *Authority) Write(w io.Writer, name string) error {
	switch name {
	case SchoolsFile:
		return writeGIAS(w, a.Schools, a.Today)
	case HeaderFile:
		return a.writeTable(w, headerColumns, a.headerRows)
	case EpisodesFile:
		return a.writeTable(w, episodesColumns, a.episodeRows)
	case ReviewsFile:
		return a.writeTable(w, reviewsColumns, a.reviewRows)
	case ChildrenFile:
		return a.writeTable(w, childrenColumns, a.childRows)
	case PEPsFile:
		return a.writeTable(w, pepsColumns, a.pepRows)
	}
	return fmt.Errorf("no demo file called %q", name)
}

// rowFunc passes each row of a table for one child to emit; the record
// slice is reused, so emit must not keep it.
type rowFunc func(c *Child, emit func([]string) error) error

// writeTable writes a header line and the rows rows gives for each child.
func (a *Authority) writeTable(w io.Writer, columns []string, rows rowFunc) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(columns); err != nil {
		return err
	}
	for i := range a.Children {
		if err := rows(&a.Children[i], cw.Write); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func (a *Authority) headerRows(c *Child, emit func([]string) error) error {
	return emit([]string{
		c.ID, strconv.Itoa(c.Sex), ukDate(c.DOB), c.Ethnic, c.UPN, c.Mother, ukDate(c.MotherChildDOB),
	})
}

func (a *Authority) episodeRows(c *Child, emit func([]string) error) error {
	rec := make([]string, len(episodesColumns))
	for _, e := range c.Episodes {
		rec[0], rec[1], rec[2], rec[3], rec[4] = c.ID, ukDate(e.Start), e.RNE, e.LS, e.CIN
		rec[5], rec[6], rec[7], rec[8] = e.Place, e.Provider, ukDate(e.End), e.REC
		rec[9], rec[10] = e.ReasonPlaceChange, e.HomePostcode
		rec[11], rec[12] = e.PlacementPostcode, e.ProviderURN
		if err := emit(rec); err != nil {
			return err
		}
	}
	return nil
}

func (a *Authority) reviewRows(c *Child, emit func([]string) error) error {
	dob := ukDate(c.DOB)
	for _, r := range c.Reviews {
		if err := emit([]string{c.ID, dob, ukDate(r.Date), r.Code}); err != nil {
			return err
		}
	}
	return nil
}

func (a *Authority) childRows(c *Child, emit func([]string) error) error {
	ncy := ""
	if c.NCYReported {
		ncy = CensusNCY(c.NCY)
	}
	return emit([]string{c.ID, c.Forename, c.Surname, c.SchoolURN, c.SocialWorker, ncy})
}

// CensusNCY writes a year group as the school census does and children.csv
// carries it: N2 for Nursery (-1; the year before Reception), R for
// Reception (0), and 1 to 13 for the years.
func CensusNCY(ncy int) string {
	switch ncy {
	case -1:
		return "N2"
	case 0:
		return "R"
	}
	return strconv.Itoa(ncy)
}

func (a *Authority) pepRows(c *Child, emit func([]string) error) error {
	for _, p := range c.PEPs {
		if err := emit([]string{c.ID, ukDate(p.Meeting), ukDate(p.Completed)}); err != nil {
			return err
		}
	}
	return nil
}

// ukDate formats d as DD/MM/YYYY, the SSDA903 form, or "" when unset.
func ukDate(d calendar.Date) string { return formatDate(d, '/') }

// formatDate writes d as DD<sep>MM<sep>YYYY.
func formatDate(d calendar.Date, sep byte) string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Year(), int(d.Month()), d.Day()
	b := [10]byte{
		byte('0' + dd/10), byte('0' + dd%10), sep,
		byte('0' + m/10), byte('0' + m%10), sep,
		byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10),
	}
	return string(b[:])
}
