// Package gias reads school records from a GIAS (Get Information About
// Schools) establishment download, edubasealldataYYYYMMDD.csv: one quoted
// row per establishment, some 140 columns, dates DD-MM-YYYY, usually in
// Windows-1252. It keeps the columns OpenPEP's school list needs and
// reports every row it cannot use. It is pure Go; the store writes the
// schools.
package gias

import (
	"fmt"
	"os"

	"github.com/openpep/openpep/app/calendar"
	"github.com/openpep/openpep/app/csvfile"
)

// School is one establishment from GIAS.
type School struct {
	URN                 string // unique reference number, six digits
	LACode              string // LA (code), three digits
	LAName              string // LA (name)
	EstablishmentNumber string // four digits within the LA; "" for some kinds of establishment
	LAESTAB             string // LACode and EstablishmentNumber, as in 2073402; "" without both
	Name                string // EstablishmentName
	Type                string // TypeOfEstablishment (name), as in "Academy converter"
	Phase               string // PhaseOfEducation (name); "" when the file lacks it
	Status              string // EstablishmentStatus (name), as in "Open" or "Closed"
	OpenDate            calendar.Date
	CloseDate           calendar.Date // zero while the school is open
	Street              string
	Locality            string
	Address3            string
	Town                string
	County              string // County (name)
	Postcode            string
	Line                int // the row's line in the file
}

// Result is what reading one GIAS file came to: the schools accepted, and
// a problem for each row left out or read with a caveat.
type Result struct {
	File     string
	Encoding string // as csvfile decoded it, such as "Windows-1252"
	Rows     int    // data rows read; blank rows are not counted
	Schools  []School
	Problems []csvfile.Problem
}

// Load reads the GIAS file at path; see Parse.
func Load(path string) (*Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read GIAS %s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse reads a GIAS file's contents. Bytes that are valid UTF-8 (or carry
// a byte-order mark) are read as UTF-8, anything else as Windows-1252, so
// names such as "Émile" and "St Brigid’s" come through either way. A file
// that is empty or lacks a required column is an error; a row that cannot
// be used is a problem in the Result, and the rest are read.
func Parse(name string, data []byte) (*Result, error) {
	t, err := csvfile.Parse(name, data)
	if err != nil {
		return nil, fmt.Errorf("read GIAS: %w", err)
	}

	cols, err := columns(t)
	if err != nil {
		return nil, fmt.Errorf("read GIAS %s: %w", name, err)
	}

	res := &Result{File: name, Encoding: t.Encoding, Rows: len(t.Rows)}
	seen := map[string]int{}
	for _, row := range t.Rows {
		r := &record{file: name, row: row, cols: cols}
		s, ok := r.school()
		if ok {
			ok = r.unique(s.URN, seen)
		}
		res.Problems = append(res.Problems, r.problems...)
		if ok {
			res.Schools = append(res.Schools, s)
		}
	}
	return res, nil
}
