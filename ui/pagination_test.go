package ui

import (
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewPagination(t *testing.T) {
	t.Parallel()
	base := url.Values{"q": {"hill"}, "page": {"3"}}
	link := func(n int) PageLink {
		u := "?q=hill"
		if n > 1 {
			u = "?page=" + string(rune('0'+n)) + "&q=hill"
		}
		return PageLink{Number: n, URL: u}
	}
	current := func(n int) PageLink { l := link(n); l.Current = true; return l }
	gap := PageLink{Ellipsis: true}

	scenarios := []struct {
		name        string
		page, total int
		want        Pagination
	}{
		{"one page", 1, 10, Pagination{}},
		{"first of two", 1, 11, Pagination{Next: "?page=2&q=hill", Items: []PageLink{current(1), link(2)}}},
		{"middle of many", 5, 90, Pagination{Prev: "?page=4&q=hill", Next: "?page=6&q=hill",
			Items: []PageLink{link(1), gap, link(4), current(5), link(6), gap, link(9)}}},
		{"last of many", 9, 90, Pagination{Prev: "?page=8&q=hill",
			Items: []PageLink{link(1), gap, link(8), current(9)}}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			got := newPagination(base, s.page, 10, s.total)
			if diff := cmp.Diff(s.want, got); diff != "" {
				t.Errorf("pagination (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewSortColumn(t *testing.T) {
	t.Parallel()
	base := url.Values{"status": {"due"}, "page": {"2"}}
	scenarios := []struct {
		current, aria, url string
	}{
		{"", "none", "?sort=name&status=due"},
		{"name", "ascending", "?sort=-name&status=due"},
		{"-name", "descending", "?sort=name&status=due"},
		{"due", "none", "?sort=name&status=due"},
	}
	for _, s := range scenarios {
		c := newSortColumn(base, s.current, "name", "Child")
		if c.AriaSort != s.aria || c.URL != s.url {
			t.Errorf("sorted by %q: got %s %s, want %s %s", s.current, c.AriaSort, c.URL, s.aria, s.url)
		}
	}
}

func TestNewPastEnd(t *testing.T) {
	t.Parallel()
	base := url.Values{"q": {"hill"}, "page": {"9"}}
	scenarios := []struct {
		name        string
		page, total int
		want        *PastEnd
	}{
		{"a page that exists", 3, 120, nil},
		{"an empty list", 5, 0, nil},
		{"past the end of three pages", 7, 120, &PastEnd{
			Message: "There is no page 7: there are 120 children on 3 pages.",
			LastURL: "?page=3&q=hill",
		}},
		{"just past two full pages", 3, 100, &PastEnd{
			Message: "There is no page 3: there are 100 children on 2 pages.",
			LastURL: "?page=2&q=hill",
		}},
		{"past the end of one child", 2, 1, &PastEnd{
			Message: "There is no page 2: there is 1 child on 1 page.",
			LastURL: "?q=hill",
		}},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			got := newPastEnd(base, s.page, 50, s.total, "child", "children")
			if diff := cmp.Diff(s.want, got); diff != "" {
				t.Errorf("past the end (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPageNumber(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		in   string
		want int
	}{
		{"", 1},
		{"x", 1},
		{"0", 1},
		{"-3", 1},
		{"7", 7},
		{"1000000", 1_000_000},
		{"99999999999", 1_000_000},
		{"99999999999999999999", 1}, // not an int64
	}
	for _, s := range scenarios {
		if got := pageNumber(s.in); got != s.want {
			t.Errorf("pageNumber(%q) = %d, want %d", s.in, got, s.want)
		}
	}
}
