package hooks

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// registerLogRedaction keeps query strings out of PocketBase's request log.
// An API filter or a search can name a child, and the log is kept at Info
// level and shown in the dashboard; the path alone says what was asked for.
func registerLogRedaction(app core.App) {
	app.OnModelCreate(core.LogsTableName).BindFunc(func(e *core.ModelEvent) error {
		if l, ok := e.Model.(*core.Log); ok {
			redactQuery(l)
		}
		return e.Next()
	})
}

// redactQuery cuts the query string from a log entry's url and referer,
// and drops the details of a failed request, which can quote the filter.
func redactQuery(l *core.Log) {
	if _, ok := l.Data["details"]; ok {
		l.Data["details"] = "[removed]"
	}
	for _, key := range []string{"url", "referer"} {
		u, ok := l.Data[key].(string)
		if !ok {
			continue
		}
		if i := strings.IndexByte(u, '?'); i >= 0 {
			l.Data[key] = u[:i] + "?[removed]"
		}
	}
}
