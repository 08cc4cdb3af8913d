package ui

import "github.com/pocketbase/pocketbase/core"

// seedFixture adds the records page tests read to the fixture.
func seedFixture(app core.App) error {
	return nil
}
