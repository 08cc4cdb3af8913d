package store

// Internals shared with the external tests in package store_test, which
// live outside the package so that they can apply the migrations (the
// migrations import this package).
var (
	InsertRow    = insertRow
	StatusSQL    = statusSQL
	DaysSQL      = daysSQL
	ToDB         = toDB
	FromDB       = fromDB
	DBDateSuffix = dbDateSuffix
)
