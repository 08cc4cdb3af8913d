package ui

import (
	"net/url"
	"strings"
)

// SortColumn is the view model of a sortable table column's header.
type SortColumn struct {
	Label    string
	URL      string // sorts by this column, or reverses it if already sorted
	AriaSort string // "ascending", "descending" or "none"
	Class    string
}

// newSortColumn builds the header for key given the current sort, which
// is a key with "-" in front for descending order.
func newSortColumn(base url.Values, current, key, label string) SortColumn {
	col := SortColumn{Label: label, AriaSort: "none"}
	next := key
	switch current {
	case key:
		col.AriaSort = "ascending"
		next = "-" + key
	case "-" + key:
		col.AriaSort = "descending"
	}

	q := url.Values{}
	for k, v := range base {
		q[k] = v
	}
	q.Del("page")
	q.Set("sort", next)
	col.URL = "?" + q.Encode()
	return col
}

// sortKey accepts s when its key, less any leading "-", is one of keys.
func sortKey(s string, keys ...string) string {
	for _, k := range keys {
		if strings.TrimPrefix(s, "-") == k {
			return s
		}
	}
	return ""
}
