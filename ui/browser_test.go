package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// notFoundPath is a page that does not exist.
const notFoundPath = "/no-such-page"

// axePath is axe-core as npm ci installs it (package.json pins it).
var axePath = filepath.Join("..", "node_modules", "axe-core", "axe.min.js")

// TestBrowser signs in with the keyboard alone in a real browser, visits
// every page and fails on any accessibility problem axe-core finds, any
// script error and any Content-Security-Policy refusal.
//
// It fails when chromium or axe-core is missing, saying how to install
// them, so that `go test ./...` never passes without it having run.
// OPENPEP_SKIP_BROWSER_TESTS=1 skips it instead.
func TestBrowser(t *testing.T) {
	axe := browserPrerequisites(t)

	srv := startServer(t, newTestApp(t))
	b := newBrowser(t, srv.URL)

	// The sign-in form with its errors, before signing in.
	b.visit("/sign-in")
	b.submitForErrors("/sign-in")
	b.check(axe)

	b.signInByKeyboard(adminEmail, testPassword)
	b.check(axe)

	pages := []string{
		"/?" + asOf,
		"/?" + asOf + "&band=over+28&sort=-due",
		"/?as-of-day=31&as-of-month=2&as-of-year=2025",
		"/?" + asOf + "&ks=KS5",
		"/children/" + fixture.children[0] + "?" + asOf,
		"/children/" + fixture.children[2],
		"/?" + asOf + "&page=99999",
		"/?as-of-day=1&as-of-month=1&as-of-year=2010",
		"/children/" + fixture.children[2] + "?as-of-day=1&as-of-month=1&as-of-year=2023",
		"/schools",
		"/schools?q=nowhere",
		"/schools?page=99999",
		"/admin/terms",
		"/admin/terms/new",
		"/admin/terms/2025/autumn",
		notFoundPath,
	}
	for _, p := range pages {
		b.visit(p)
		b.check(axe)
	}

	// Forms shown again with their errors.
	b.visit("/admin/terms/new")
	b.submitForErrors("/admin/terms/new")
	b.check(axe)
	b.visit("/admin/terms")
	b.submitForErrors("/admin/closures")
	b.check(axe)

	b.problems.check(t)
}

// skipBrowserTests names the environment variable that skips the browser
// tests on a machine without chromium or axe-core.
const skipBrowserTests = "OPENPEP_SKIP_BROWSER_TESTS"

// browserPrerequisites returns axe-core's source. It fails the test when
// chromium or axe-core is missing, or skips it when skipBrowserTests is 1.
func browserPrerequisites(t *testing.T) string {
	t.Helper()
	axe, missing := loadBrowserPrerequisites(chromiumPath, axePath)
	if os.Getenv(skipBrowserTests) == "1" {
		t.Skipf("%s=1 skips the browser tests%s", skipBrowserTests, missing)
	}
	if missing != "" {
		t.Fatalf("the browser tests cannot run%s\nor set %s=1 to skip them",
			missing, skipBrowserTests)
	}
	return axe
}

// loadBrowserPrerequisites reads axe-core from axePath and checks that
// chromium is at chromiumPath. missing says what is not installed and how
// to install it, one line each, or is "" when both are there.
func loadBrowserPrerequisites(chromiumPath, axePath string) (axe, missing string) {
	if _, err := os.Stat(chromiumPath); err != nil {
		missing += fmt.Sprintf("\n%s is missing (%v): install it with apt-get install chromium",
			chromiumPath, err)
	}
	b, err := os.ReadFile(axePath)
	if err != nil {
		missing += fmt.Sprintf("\naxe-core is missing (%v): install it with npm ci at the repository root",
			err)
	}
	return string(b), missing
}

func TestLoadBrowserPrerequisites(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	chromium, axe := filepath.Join(dir, "chromium"), filepath.Join(dir, "axe.min.js")
	for _, f := range []string{chromium, axe} {
		if err := os.WriteFile(f, []byte("window.axe = {};"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	absent := filepath.Join(dir, "absent")

	scenarios := []struct {
		name, chromium, axe string
		want, notWant       []string // in the message about what is missing
	}{
		{"both installed", chromium, axe, nil, []string{"missing"}},
		{"no chromium", absent, axe, []string{"apt-get install chromium"}, []string{"npm ci"}},
		{"no axe-core", chromium, absent, []string{"npm ci"}, []string{"apt-get"}},
		{"neither", absent, absent, []string{"apt-get install chromium", "npm ci"}, nil},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			source, missing := loadBrowserPrerequisites(s.chromium, s.axe)
			if s.want == nil && (missing != "" || source != "window.axe = {};") {
				t.Errorf("got axe-core %q, missing %q", source, missing)
			}
			for _, w := range s.want {
				if !strings.Contains(missing, w) {
					t.Errorf("missing %q does not say %q", missing, w)
				}
			}
			for _, w := range s.notWant {
				if strings.Contains(missing, w) {
					t.Errorf("missing %q says %q", missing, w)
				}
			}
		})
	}
}

// browser drives one headless chromium tab against base.
type browser struct {
	t        *testing.T
	ctx      context.Context
	base     string
	problems *pageProblems
	shots    int
}

func newBrowser(t *testing.T, base string) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1024),
	}
	ctx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)

	// The first action starts the browser, and the browser lives as long as
	// that action's context, so it has no timeout; later ones do.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	b := &browser{t: t, ctx: ctx, base: base, problems: &pageProblems{base: base}}
	go b.problems.watch(chromedp.Console(ctx))
	return b
}

// do runs actions, allowing them a minute.
func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", b.problems.current(), err)
	}
}

// eval evaluates a JavaScript expression into a value of type T.
func eval[T any](b *browser, expr string, opts ...chromedp.EvaluateOption) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		b.t.Fatalf("%s: evaluate %.40q: %v", b.problems.current(), expr, err)
	}
	return v
}

// visit loads path and waits for the page to be ready.
func (b *browser) visit(path string) {
	b.t.Helper()
	b.problems.setPage(path)
	b.do(chromedp.Navigate(b.base+path), chromedp.WaitReady(chromedp.CSS("body")))
}

// submitForErrors sends the form at action empty and waits for the error
// summary.
func (b *browser) submitForErrors(action string) {
	b.t.Helper()
	b.problems.mu.Lock()
	b.problems.posted = action
	b.problems.mu.Unlock()
	button := `form[action="` + action + `"] button[type="submit"]`
	b.do(chromedp.Click(chromedp.CSS(button)), chromedp.WaitVisible(chromedp.CSS(".govuk-error-summary")))
}

// signInByKeyboard signs in from the dashboard's redirect using only the
// Tab and Enter keys and typing.
func (b *browser) signInByKeyboard(email, password string) {
	b.t.Helper()
	b.visit("/")
	b.tabTo("email")
	b.do(chromedp.KeyEvent(email))
	b.tabTo("password")
	b.do(chromedp.KeyEvent(password), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/sign-out"]`)))
}

// tabTo presses Tab until the element with id has the focus.
func (b *browser) tabTo(id string) {
	b.t.Helper()
	for range 30 {
		if eval[string](b, `document.activeElement ? document.activeElement.id : ""`) == id {
			return
		}
		b.do(chromedp.KeyEvent(kb.Tab))
	}
	b.t.Fatalf("Tab never reached #%s", id)
}

// check runs axe-core on the current page and records its violations, and
// checks that GOV.UK Frontend's JavaScript may start. With
// OPENPEP_SCREENSHOTS set to a directory, it also saves a picture of the
// page there, for a person to look at.
func (b *browser) check(axe string) {
	b.t.Helper()
	if dir := os.Getenv("OPENPEP_SCREENSHOTS"); dir != "" {
		b.screenshot(dir)
	}
	if !eval[bool](b, `document.body.classList.contains("govuk-frontend-supported")`) {
		b.problems.add("the govuk-frontend-supported class is missing from <body>")
	}

	eval[chromedp.Void](b, axe)
	violations := eval[[]axeViolation](b,
		`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`,
		chromedp.EvalAwaitPromise)
	for _, v := range violations {
		b.problems.add(v.String())
	}
}

func (b *browser) screenshot(dir string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatal(err)
	}
	b.shots++
	name := fmt.Sprintf("%02d%s.png", b.shots,
		strings.NewReplacer("/", "_", "?", "_", "&", "_", "=", "-").Replace(b.problems.current()))
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// axeViolation is the part of an axe-core result the test reports.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []json.RawMessage `json:"target"`
	} `json:"nodes"`
}

func (v axeViolation) String() string {
	var targets []string
	for _, n := range v.Nodes {
		for _, t := range n.Target {
			targets = append(targets, string(t))
		}
	}
	return fmt.Sprintf("axe %s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(targets, ", "))
}

// pageProblems collects what went wrong on each page, so the test lists
// everything at once.
type pageProblems struct {
	mu     sync.Mutex
	base   string // the server's URL
	page   string
	posted string // the action of the form last sent from the page
	list   []string
}

func (p *pageProblems) setPage(page string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.page, p.posted = page, ""
}

// isPage reports whether url is the page being visited.
func (p *pageProblems) isPage(url string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return url == p.base+p.page || (p.posted != "" && url == p.base+p.posted)
}

func (p *pageProblems) current() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.page
}

func (p *pageProblems) add(problem string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.list = append(p.list, p.page+": "+problem)
}

// watch records script errors and browser errors, such as a
// Content-Security-Policy refusal, against the page being visited. The 404
// page's own status is expected.
func (p *pageProblems) watch(messages iter.Seq2[chromedp.ConsoleMessage, error]) {
	for m, err := range messages {
		if err != nil {
			return
		}
		if m.Type != chromedp.ConsoleError && !m.IsException() {
			continue
		}
		// A page's own 4xx status (the 404 page, a form shown again with
		// errors) is logged as an error too; it is expected.
		if strings.HasPrefix(m.Text, "Failed to load resource") && p.isPage(m.URL) {
			continue
		}
		p.add(m.String())
	}
}

func (p *pageProblems) check(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.list) > 0 {
		t.Errorf("%d problems:\n%s", len(p.list), strings.Join(p.list, "\n"))
	}
}
