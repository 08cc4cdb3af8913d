package ui

import (
	"fmt"
	"net/url"
	"strconv"
)

// maxPage is the highest page number a list accepts; a larger one is read
// as this, so working out a page's offset can never overflow.
const maxPage = 1_000_000

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
	last := lastPage(perPage, total)

	var p Pagination
	if page > 1 {
		p.Prev = pageURL(base, page-1)
	}
	if page < last {
		p.Next = pageURL(base, page+1)
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
		p.Items = append(p.Items, PageLink{Number: n, URL: pageURL(base, n), Current: n == page})
	}
	return p
}

// PastEnd tells someone who asked for a page after a list's last one how
// long the list is, in place of the list's empty-state text.
type PastEnd struct {
	Message string // "There is no page 7: there are 120 children on 3 pages."
	LastURL string
}

// newPastEnd returns what to say when page is after the last page of
// total items, each called one or many, or nil when page is not.
func newPastEnd(base url.Values, page, perPage, total int, one, many string) *PastEnd {
	if total == 0 || perPage <= 0 {
		return nil
	}
	last := lastPage(perPage, total)
	if page <= last {
		return nil
	}

	verb := "are"
	if total == 1 {
		verb = "is"
	}
	return &PastEnd{
		Message: fmt.Sprintf("There is no page %d: there %s %s on %s.", page, verb,
			countOf(total, one, many), countOf(last, "page", "pages")),
		LastURL: pageURL(base, last),
	}
}

// lastPage is the number of the last page of total items, perPage to a
// page.
func lastPage(perPage, total int) int {
	return max(1, (total+perPage-1)/perPage)
}

// pageURL links page n of a list with the list's other query parameters.
func pageURL(base url.Values, n int) string {
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

// pageNumber reads a 1-based page number, defaulting to 1 and at most
// maxPage.
func pageNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxPage)
}

// countOf writes n with the noun that fits it: "1 child", "2 children".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
