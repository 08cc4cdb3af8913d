package ui

import (
	"encoding/base64"

	"github.com/pocketbase/pocketbase/core"
)

// setFlash keeps message for the next page the browser loads, the one a
// POST redirects to.
func (s *server) setFlash(e *core.RequestEvent, message string) {
	s.setCookie(e, flashCookie, base64.RawURLEncoding.EncodeToString([]byte(message)))
}

// takeFlash returns the message set by the previous request, once.
func (s *server) takeFlash(e *core.RequestEvent) string {
	c, err := e.Request.Cookie(flashCookie)
	if err != nil {
		return ""
	}
	s.clearCookie(e, flashCookie)

	b, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil || len(b) > 500 {
		return ""
	}
	return string(b)
}
