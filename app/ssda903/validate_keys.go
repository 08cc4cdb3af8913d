package ssda903

// markKeys settles which row counts for each key of a table. Returns are
// given oldest first, so a key's rows in a later file supersede those in
// earlier ones: the file that decides is the last with a row of the key
// not rejected for its own errors, or, when every row of the key was, the
// last with a row of it. Within each file markDuplicates picks the row,
// and a repeat is reported as a duplicate, in an earlier file too.
//
// The row an earlier file would count is marked superseded: it is not
// accepted, and it gets no problem, not even a warning. Where several
// years' returns are imported together, most children and every episode
// open at a year's end are in two files, so a warning on each would bury
// the warnings that need someone to look; and importing the years in
// separate runs, which store the later rows over the earlier ones, says
// nothing either. File.Superseded counts them instead.
//
// A rejected row outside the deciding file is reported for its own
// errors alone and marked shadowed. markKeys must run before the checks
// across rows, so that only a row's own errors decide which row counts.
func markKeys[T any](rows []*staged[T], key func(T) string, report func(s, first *staged[T])) {
	for _, group := range byKey(keyed(rows), key) {
		deciding := decidingFile(group)
		for _, inFile := range byFile(group) {
			markDuplicates(inFile, report)
			if inFile[0].file == deciding {
				continue
			}
			for _, s := range inFile {
				s.superseded = !s.rejected()
				s.shadowed = s.rejected()
			}
		}
	}
}

// byKey groups rows by key, each group in batch order.
func byKey[T any](rows []*staged[T], key func(T) string) [][]*staged[T] {
	index := map[string]int{}
	var groups [][]*staged[T]
	for _, s := range rows {
		k := key(s.val)
		i, ok := index[k]
		if !ok {
			i = len(groups)
			index[k] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], s)
	}
	return groups
}

// byFile splits a key's rows, in batch order, by the file they came from.
func byFile[T any](group []*staged[T]) [][]*staged[T] {
	var out [][]*staged[T]
	for i, s := range group {
		if i == 0 || s.file != group[i-1].file {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
	}
	return out
}

// decidingFile returns the file whose rows decide a key, given the key's
// rows in batch order: the last with a row not rejected so far, or the
// last of all when every row was.
func decidingFile[T any](group []*staged[T]) *File {
	for i := len(group) - 1; i >= 0; i-- {
		if !group[i].rejected() {
			return group[i].file
		}
	}
	return group[len(group)-1].file
}

// markDuplicates settles which of one file's rows with a key counts: the
// first not rejected so far. Every row after it is marked a duplicate and
// reported, with that row. A rejected row before it is marked shadowed, as
// is every rejected row but the first when no row counts, so that one row
// stands for the key.
func markDuplicates[T any](rows []*staged[T], report func(s, first *staged[T])) {
	var first *staged[T]
	var before []*staged[T] // rejected rows before the one that counts
	for _, s := range rows {
		switch {
		case first != nil:
			s.duplicate = true
			report(s, first)
		case s.rejected():
			s.shadowed = len(before) > 0
			before = append(before, s)
		default:
			first = s
			for _, r := range before {
				r.shadowed = true
			}
		}
	}
}

// keyed returns the rows whose identifying fields were readable.
func keyed[T any](rows []*staged[T]) []*staged[T] {
	var out []*staged[T]
	for _, s := range rows {
		if s.keyed {
			out = append(out, s)
		}
	}
	return out
}

// current returns the keyed rows that no later file superseded: those the
// checks across rows judge. Call it after markKeys.
func current[T any](rows []*staged[T]) []*staged[T] {
	var out []*staged[T]
	for _, s := range rows {
		if s.keyed && !s.superseded {
			out = append(out, s)
		}
	}
	return out
}
