// Package ssda903 reads the SSDA903 return (children looked after) as the
// CSV files local authorities export, together with the two files OpenPEP
// takes beside it: children.csv (names, school, social worker) and a PEP
// history. It recognises each file's table by its columns, checks every
// row against the public validator's rules (data-to-insight
// csc-validator-be-903), and returns the rows it accepts with a problem
// for everything it found, located by file, line, column and value.
//
// It is pure Go over bytes and files: the store writes a Batch to the
// database, and the CLI reports it.
//
//	b, err := ssda903.Load("exports/903/")
//	for _, f := range b.Files { ... f.Kind, f.Rows, f.Accepted, f.Problems ... }
//	store(b.Children, b.Episodes, b.Reviews)
package ssda903
