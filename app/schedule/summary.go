package schedule

// Summary counts requirements by status, and the overdue ones by band.
// Its maps are nil until the first requirement is counted.
type Summary struct {
	Total    int
	ByStatus map[Status]int
	ByBand   map[string]int // overdue requirements only, keyed as Bands names them
}

// Summarise counts reqs.
func Summarise(reqs []Requirement) Summary {
	var s Summary
	for i := range reqs {
		s.Add(&reqs[i])
	}
	return s
}

// Add counts one more requirement, so a summary can be kept while
// requirements stream past without holding them all.
func (s *Summary) Add(r *Requirement) {
	if s.ByStatus == nil {
		s.ByStatus = make(map[Status]int)
		s.ByBand = make(map[string]int)
	}

	s.Total++
	s.ByStatus[r.Status]++
	if band := r.Band(); band != "" {
		s.ByBand[band]++
	}
}
