package ui

import (
	"net/url"
	"strconv"
)

// Pagination is the view model of the GOV.UK pagination component.
type Pagination struct {
	Prev, Next string // URLs; blank on the first or last page
	Items      []PageLink
}

// PageLink is one numbered page, or a gap in the numbers.
type PageLink struct {
	Number   int
	URL      string
	Current  bool
	Ellipsis bool
}

// newPagination links the pages of total items, perPage to a page, with
// the list's other query parameters kept. One page needs no links.
func newPagination(base url.Values, page, perPage, total int) Pagination {
	if perPage <= 0 || total <= perPage {
		return Pagination{}
	}
	last := (total + perPage - 1) / perPage
	link := func(n int) string {
		q := url.Values{}
		for k, v := range base {
			q[k] = v
		}
		q.Del("page")
		if n > 1 {
			q.Set("page", strconv.Itoa(n))
		}
		return "?" + q.Encode()
	}

	var p Pagination
	if page > 1 {
		p.Prev = link(page - 1)
	}
	if page < last {
		p.Next = link(page + 1)
	}
	gap := false
	for n := 1; n <= last; n++ {
		// First, last, and the pages either side of the current one.
		if n != 1 && n != last && (n < page-1 || n > page+1) {
			if !gap {
				p.Items = append(p.Items, PageLink{Ellipsis: true})
				gap = true
			}
			continue
		}
		gap = false
		p.Items = append(p.Items, PageLink{Number: n, URL: link(n), Current: n == page})
	}
	return p
}

// pageNumber reads a 1-based page number, defaulting to 1.
func pageNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return n
}
