package cmd_test

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// freeAddr returns a loopback address nothing is listening on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// serveDemo starts `openpep serve --demo` and waits until it listens. It
// returns the base URL, everything the command printed before that, and a
// function that stops the server.
func serveDemo(t *testing.T, dir string) (string, string, func()) {
	t.Helper()
	addr := freeAddr(t)
	c := exec.Command(binary, "--dir", dir, "serve", "--demo", "--http", addr)
	stdout, err := c.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c.Stderr = c.Stdout
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	stop := func() {
		c.Process.Kill()
		c.Wait()
	}
	t.Cleanup(stop)

	var printed strings.Builder
	lines := bufio.NewScanner(stdout)
	deadline := time.AfterFunc(2*time.Minute, func() { c.Process.Kill() })
	defer deadline.Stop()
	for lines.Scan() {
		printed.WriteString(lines.Text() + "\n")
		if strings.Contains(lines.Text(), "Server started") {
			go io.Copy(io.Discard, stdout)
			return "http://" + addr, printed.String(), stop
		}
	}
	t.Fatalf("serve --demo never started:\n%s", printed.String())
	return "", "", nil
}

var csrfField = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)
var childLink = regexp.MustCompile(`href="(/children/[a-z0-9]+)[^"]*"`)

// TestServeDemo runs the README's first command on an empty directory and
// walks it as a person would over HTTP: sign in, the dashboard, a child.
// A second start serves the same demo; a directory holding other data is
// refused.
func TestServeDemo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	base, printed, stop := serveDemo(t, dir)
	for _, want := range []string{"vsh@demo.openpep.invalid", "openpep-demo", base + "/"} {
		if !strings.Contains(printed, want) {
			t.Errorf("serve --demo did not print %q:\n%s", want, printed)
		}
	}

	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	get := func(path string) string {
		t.Helper()
		res, err := client.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d\n%s", path, res.StatusCode, body)
		}
		return string(body)
	}

	signIn := get("/sign-in")
	token := csrfField.FindStringSubmatch(signIn)
	if token == nil {
		t.Fatalf("no CSRF token on the sign-in page:\n%s", signIn)
	}
	res, err := client.PostForm(base+"/sign-in", url.Values{
		"csrf_token": {token[1]}, "email": {"vso@demo.openpep.invalid"}, "password": {"openpep-demo"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), "Dashboard") || strings.Contains(string(body), "Sign in to OpenPEP") {
		t.Fatalf("signing in did not reach the dashboard:\n%s", body)
	}

	dashboard := get("/")
	for _, want := range []string{"Priya Shah", "Overdue", "Completed on time"} {
		if !strings.Contains(dashboard, want) {
			t.Errorf("dashboard lacks %q", want)
		}
	}

	link := childLink.FindStringSubmatch(dashboard)
	if link == nil {
		t.Fatal("the dashboard links to no child")
	}
	child := get(link[1])
	for _, want := range []string{"Periods of care", "Date of birth"} {
		if !strings.Contains(child, want) {
			t.Errorf("child page %s lacks %q", link[1], want)
		}
	}

	stop()
	_, again, _ := serveDemo(t, dir)
	if strings.Contains(again, "Creating") || !strings.Contains(again, "vsh@demo.openpep.invalid") {
		t.Errorf("a second start did not serve the same demo:\n%s", again)
	}
}

// TestServeDemo_refusesData keeps the demo away from an authority's own
// data.
func TestServeDemo_refusesData(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	mustRun(t, dir, 3, "import", "ssda903", shared("import-cases", "batch"))

	r := mustRun(t, dir, 1, "serve", "--demo", "--http", freeAddr(t))
	if !strings.Contains(r.stderr, "already holds data") {
		t.Errorf("refusal not explained:\n%s", r.stderr)
	}
}
