package cmd_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binary is the openpep executable built once for these tests, so that
// they run the real command line with its real exit statuses.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "openpep-cli-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "openpep")

	build := exec.Command("go", "build", "-o", binary, "..")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("build openpep: " + err.Error())
	}

	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
}

// run runs openpep with args against the data directory dir.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	c := exec.Command(binary, append([]string{"--dir", dir}, args...)...)
	var out, errOut bytes.Buffer
	c.Stdout, c.Stderr = &out, &errOut
	err := c.Run()

	r := result{stdout: out.String(), stderr: errOut.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("run openpep %v: %v", args, err)
	}
	return r
}

// mustRun runs openpep and fails the test unless it exits with code.
func mustRun(t *testing.T, dir string, code int, args ...string) result {
	t.Helper()
	r := run(t, dir, args...)
	if r.code != code {
		t.Fatalf("openpep %v exited %d, want %d\nstdout:\n%s\nstderr:\n%s", args, r.code, code, r.stdout, r.stderr)
	}
	return r
}

// shared is the folder of sample data beside the repository.
func shared(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "shared", "data"}, parts...)...)
}

// importJSON is the part of an import's JSON report the tests read.
type importJSON struct {
	Imported bool `json:"imported"`
	Counts   *struct {
		Children, Details, Episodes, Reviews, PEPs counts
	} `json:"counts"`
	Files []struct {
		File     string `json:"file"`
		Kind     string `json:"kind"`
		Rows     int    `json:"rows"`
		Accepted int    `json:"accepted"`
		Failed   bool   `json:"failed"`
	} `json:"files"`
	Rules []struct {
		Rule     string
		Severity string
		Count    int
	} `json:"rules"`
}

type counts struct {
	Added     int `json:"added"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Rejected  int `json:"rejected"`
}

func decodeImport(t *testing.T, r result) importJSON {
	t.Helper()
	var out importJSON
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("decode import report: %v\n%s", err, r.stdout)
	}
	return out
}

// TestBench runs the benchmark command on a small authority, to keep it
// working; its figures are measurements, not assertions.
func TestBench(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	mustRun(t, dir, 0, "calendar", "import-terms", filepath.Join("testdata", "messy", "terms.csv"))
	before := mustRun(t, dir, 0, "calendar", "show").stdout

	r := mustRun(t, dir, 0, "bench", "--children", "100", "--schools", "10", "--years", "2", "--runs", "1")
	for _, want := range []string{"100 children", "raw SQL aggregate", "whole dashboard"} {
		if !bytes.Contains([]byte(r.stdout), []byte(want)) {
			t.Errorf("bench output lacks %q:\n%s", want, r.stdout)
		}
	}

	// It works in a directory of its own, never in --dir.
	if after := mustRun(t, dir, 0, "calendar", "show").stdout; after != before {
		t.Errorf("bench changed the data in --dir")
	}
	report := mustRun(t, dir, 0, "report", "schedule").stdout
	if strings.Count(report, "\n") != 1 {
		t.Errorf("bench left children in --dir:\n%.500s", report)
	}
}
