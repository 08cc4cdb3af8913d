package ssda903

// Rule codes of the public SSDA903 validator (data-to-insight
// csc-validator-be-903), used in problems so that data officers recognise
// them. Each names the check this package makes under that code;
// docs/import-rules.md describes every code an import reports.
const (
	RuleSex             = "101"  // SEX is not a valid code
	RuleDOB             = "102"  // DOB is not a valid date
	RuleEthnic          = "103"  // ETHNIC is not a valid code, or blank
	RuleDECOM           = "141"  // DECOM is not a valid date, or blank
	RuleOpenBeforeNext  = "142"  // an episode other than the child's last has no DEC or REC
	RuleRNE             = "143"  // RNE is not a valid code
	RuleLS              = "144"  // LS is not a valid code
	RuleCIN             = "145"  // CIN is not a valid code
	RulePlace           = "146"  // PLACE is not valid in the DECOM's collection year
	RuleDEC             = "147"  // DEC is not a valid date
	RuleREC             = "149"  // REC is not a valid code
	RuleReviewDate      = "166"  // REVIEW is not a valid date, or blank
	RuleReviewCode      = "167"  // REVIEW_CODE is not a valid code, or blank
	RuleUPN             = "168"  // UPN malformed, or its check letter wrong (both warnings)
	RuleBeforeBirth     = "302"  // an episode starts before the child's DOB
	RuleEndsBeforeStart = "356"  // DEC is before DECOM
	RuleFirstNotS       = "357"  // a child's first episode does not have RNE S
	RuleOverlap         = "501"  // an episode starts before the previous one ended
	RuleReasonChange    = "1009" // REASON_PLACE_CHANGE is not a valid code
	// RuleEpisodeNoChild is INT01 as issue #2 and the import cases specify;
	// NOTE: the public validator numbers this check INT03, and the message
	// says so.
	RuleEpisodeNoChild  = "INT01" // the episode's child is not in the header table
	RuleReviewNoChild   = "INT08" // the review's child is not in the header table
	RuleReviewDOB       = "INT17" // the review's DOB differs from the header's
	RuleHeaderDuplicate = "INT32" // the child is in the header table more than once
)

// Rule codes of OpenPEP's own, for findings the validator has no number
// for. They are words, so they cannot be mistaken for validator codes.
const (
	RuleFile          = "file"           // the file as a whole: empty, unreadable, unrecognised, unused
	RuleColumn        = "column"         // a missing, extra or repeated column
	RuleRow           = "row"            // a row with more fields than the file has columns
	RuleChildID       = "child-id"       // CHILD blank, spaced, too long, or repaired
	RuleDateFormat    = "date-format"    // a date read in a lenient form, such as D/M/YYYY
	RuleDuplicate     = "duplicate"      // a key repeated within one file: the later row
	RuleChildRejected = "child-rejected" // the child's own row was rejected, so this one is too
	RuleChildMissing  = "child-missing"  // the child is in none of the batch's child tables
	RuleValue         = "value"          // a children.csv or PEP history value is not valid
	RulePEPDates      = "pep-dates"      // completed before the meeting, or after Batch.Today
	RuleFutureDate    = "future-date"    // an episode begins after Batch.Today
)
