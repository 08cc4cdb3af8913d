package ui

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// csrfField is the hidden form field that carries the CSRF token.
const csrfField = "csrf_token"

// csrfKeyFile holds the server's CSRF key, in the data directory.
const csrfKeyFile = "openpep_csrf.key"

// preSessionKey caches, on a request event, the pre-session value chosen
// for a visitor who has none yet.
const preSessionKey = "openpepPreSession"

// loadCSRFKey reads the CSRF key from dir, making one on first use.
//
// NOTE: the key lives in a file rather than the database, so a restore
// from a replica (which carries only the database) makes a new key; the
// only effect is that forms open at that moment must be sent again.
func loadCSRFKey(dir string) ([]byte, error) {
	name := filepath.Join(dir, csrfKeyFile)
	b, err := os.ReadFile(name)
	if err == nil {
		key, err := hex.DecodeString(strings.TrimSpace(string(b)))
		if err != nil || len(key) < 32 {
			return nil, fmt.Errorf("read CSRF key %s: not 32 or more hex-encoded bytes", name)
		}
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read CSRF key: %w", err)
	}

	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("write CSRF key: %w", err)
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return loadCSRFKey(dir) // another process made it first
	}
	if err != nil {
		return nil, fmt.Errorf("write CSRF key: %w", err)
	}
	defer f.Close()
	if _, err := f.WriteString(hex.EncodeToString(key) + "\n"); err != nil {
		return nil, fmt.Errorf("write CSRF key: %w", err)
	}
	return key, f.Close()
}

// csrfBinding returns the value the request's CSRF token is bound to: the
// session token when someone is signed in, else the visitor's pre-session
// value (so the sign-in form is protected too). When create is set and the
// visitor has neither, a new pre-session value is issued.
func (s *server) csrfBinding(e *core.RequestEvent, create bool) string {
	if e.Auth != nil {
		if c, err := e.Request.Cookie(sessionCookie); err == nil {
			return "session:" + c.Value
		}
	}
	if v, ok := e.Get(preSessionKey).(string); ok {
		return "pre:" + v
	}
	if c, err := e.Request.Cookie(preSessionCookie); err == nil && c.Value != "" {
		return "pre:" + c.Value
	}
	if !create {
		return ""
	}

	v := randomToken()
	e.Set(preSessionKey, v)
	s.setCookie(e, preSessionCookie, v)
	return "pre:" + v
}

// csrfToken returns the token forms on this request's page must carry.
func (s *server) csrfToken(e *core.RequestEvent) string {
	return s.csrfFor(s.csrfBinding(e, true))
}

func (s *server) csrfFor(binding string) string {
	mac := hmac.New(sha256.New, s.csrfKey)
	mac.Write([]byte("openpep csrf\x00" + binding))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// csrfCheck refuses any unsafe page request whose form does not carry the
// token bound to the requester's session.
//
// NOTE: PocketBase has no CSRF protection of its own for cookie sessions;
// SameSite=Lax cookies stop most cross-site posts, and this stops the rest.
func (s *server) csrfCheck() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "openpepCSRF",
		Func: func(e *core.RequestEvent) error {
			switch e.Request.Method {
			case http.MethodGet, http.MethodHead, http.MethodOptions:
				return e.Next()
			}

			binding := s.csrfBinding(e, false)
			sent := e.Request.PostFormValue(csrfField)
			if binding == "" || sent == "" ||
				!hmac.Equal([]byte(sent), []byte(s.csrfFor(binding))) {
				return errCSRF
			}
			return e.Next()
		},
	}
}

// randomToken returns 32 random bytes, base64url-encoded.
func randomToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
