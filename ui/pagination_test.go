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
