// Package ssda903 reads the SSDA903 return (children looked after) as the
// CSV files local authorities export, together with the two files OpenPEP
// takes beside it: children.csv (names, school, social worker) and a PEP
// history. It recognises each file's table by its columns, checks every
// row against the public validator's rules (data-to-insight
// csc-validator-be-903), and returns the rows it accepts with a problem
// for everything it found, located by file, line, column and value.
//
// A batch may hold several years' returns, given oldest first: where a
// later file repeats the key of an earlier file's row (a child's CHILD, an
// episode's CHILD and DECOM, a review's CHILD and REVIEW, a PEP's CHILD
// and MEETING_DATE), the later row supersedes it without a problem, as an
// import of each year in turn would. A key repeated within one file is an
// error.
//
// It is pure Go over bytes and files: the store writes a Batch to the
// database, and the CLI reports it.
//
//	b, err := ssda903.Load("903-returns/2024-25/", "903-returns/2025-26/")
//	for _, f := range b.Files { ... f.Kind, f.Rows, f.Accepted, f.Problems ... }
//	store(b.Children, b.Episodes, b.Reviews)
package ssda903
