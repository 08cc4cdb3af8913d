package ui

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

//go:embed static
var staticFiles embed.FS

// staticPrefix is where the embedded static files are served.
const staticPrefix = "/static/"

const (
	cacheForever = "public, max-age=31536000, immutable"
	cacheOneDay  = "public, max-age=86400"
)

// assetSet knows a short content hash for every static file, so that
// pages can link to versioned URLs that browsers may cache for a year.
type assetSet struct {
	fsys   fs.FS
	hashes map[string]string
}

func newAssetSet() (*assetSet, error) {
	sub, err := fs.Sub(staticFiles, "static")
	if err != nil {
		return nil, err
	}

	hashes := map[string]string{}
	err = fs.WalkDir(sub, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		hashes[name] = hex.EncodeToString(sum[:6])
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &assetSet{fsys: sub, hashes: hashes}, nil
}

// URL returns the versioned URL of the static file name, such as
// "/static/app/app.css?v=1a2b3c4d5e6f". It panics on an unknown name, which
// the template tests catch.
func (a *assetSet) URL(name string) string {
	h, ok := a.hashes[name]
	if !ok {
		panic("ui: no static file " + name)
	}
	return staticPrefix + name + "?v=" + h
}

// serveStatic answers GET /static/{path...} from the embedded files.
// Versioned URLs, and GOV.UK Frontend's fonts, whose names carry their own
// hash, may be cached for a year; anything else for a day.
func (s *server) serveStatic(e *core.RequestEvent) error {
	name := e.Request.PathValue("path")
	if _, ok := s.assets.hashes[name]; !ok || name != path.Clean(name) {
		return e.String(http.StatusNotFound, "Not found\n")
	}

	cache := cacheOneDay
	if e.Request.URL.Query().Get("v") == s.assets.hashes[name] ||
		strings.HasPrefix(name, "govuk/assets/fonts/") {
		cache = cacheForever
	}
	e.Response.Header().Set("Cache-Control", cache)
	e.Response.Header().Set("X-Content-Type-Options", "nosniff")
	return e.FileFS(s.assets.fsys, name)
}
