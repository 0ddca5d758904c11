package main

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The tests in this file start the real app in a real X server (Xvfb), so
// they need Xvfb and xdotool, and TestNoNetwork also strace and a network
// namespace of its own. `make system-test` runs them; elsewhere they skip.

const systemEnv = "CODESAFETY_SYSTEM_TESTS"

func requireSystem(t *testing.T, tools ...string) {
	t.Helper()
	if os.Getenv(systemEnv) == "" {
		t.Skip("system test: run with `make system-test`")
	}
	for _, tool := range append([]string{"Xvfb", "xdotool"}, tools...) {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed: %v", tool, err) // asked for, so a missing tool is a failure
		}
	}
}

// xServer is a private X server (Xvfb) for the app's window.
type xServer struct {
	display string
	log     string        // what Xvfb printed goes here
	exited  chan struct{} // closed when Xvfb has stopped
}

// startX starts a private X server. Xvfb picks a free display number
// itself (-displayfd), so sockets and lock files left behind by servers
// that were killed elsewhere do not matter; it is stopped with SIGTERM, so
// it removes its own. -noreset keeps it from resetting each time its last
// client (an app, xdotool) goes, so one app's start never meets the
// server halfway through a reset.
func startX(t *testing.T) *xServer { return startXFor(t, t) }

// startXFor starts an X server for t that lasts as long as owner, t or a
// test that holds it.
func startXFor(t, owner *testing.T) *xServer {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-noreset", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w} // fd 3
	// A file, not a buffer: Xvfb writes to it directly while we read it.
	logFile, err := os.CreateTemp(t.TempDir(), "xvfb-*.log")
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	cmd.Stdout, cmd.Stderr = logFile, logFile
	err = cmd.Start()
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	x := &xServer{log: logFile.Name(), exited: make(chan struct{})}
	go func() {
		cmd.Wait()
		r.Close() // only now: Xvfb may write to the pipe as long as it runs
		close(x.exited)
	}()
	owner.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-x.exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-x.exited
		}
	})
	// Xvfb writes the number once it accepts connections.
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n == "" {
			t.Fatalf("Xvfb did not start:\n%s", readAll(x.log))
		}
		x.display = ":" + n
		return x
	case <-time.After(10 * time.Second):
		t.Fatalf("Xvfb did not say its display within 10 s:\n%s", readAll(x.log))
	}
	return nil
}

// healthy reports whether the X server still runs and answers.
func (x *xServer) healthy() bool {
	select {
	case <-x.exited:
		return false
	default:
	}
	cmd := exec.Command("xdotool", "getdisplaygeometry")
	cmd.Env = append(os.Environ(), "DISPLAY="+x.display)
	return cmd.Run() == nil
}

func readAll(name string) string {
	data, _ := os.ReadFile(name)
	return string(data)
}

// window waits for the app's window to be shown on display and reports
// whether it was, within timeout.
func window(display string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		cmd := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^Code Safety$")
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := cmd.Output(); err == nil && len(bytes.TrimSpace(out)) > 0 {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}

// runWindow starts the app with env and args on display, waits for its
// window, lets it run a moment, and stops it. It returns what the app
// printed and whether the window came up and the app was still running.
func runWindow(t *testing.T, display string, env []string, args ...string) (stderr string, shown, alive bool) {
	t.Helper()
	var errs bytes.Buffer
	env = append(env, "DISPLAY="+display, "-WAYLAND_DISPLAY")
	if !slices.Contains(env, "-CODESAFETY_DEBUG_START") { // the quiet start's test asks for none
		env = append(env, "CODESAFETY_DEBUG_START=1")
	}
	cmd := appCommand(env, args...)
	cmd.Stderr, cmd.Stdout = &errs, &errs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	shown = window(display, 30*time.Second)
	if shown {
		time.Sleep(time.Second)
	}
	select {
	case <-exited:
	default:
		alive = true
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}
	return errs.String(), shown, alive
}

func noPanic(t *testing.T, name, out string) {
	t.Helper()
	for _, bad := range []string{"panic:", "goroutine ", "SIGSEGV"} {
		if strings.Contains(out, bad) {
			t.Errorf("%s: the person would see %q:\n%s", name, bad, out)
		}
	}
}

// A bad environment: odd locales, no home folder or one that cannot be
// written, a data folder that is a file. The window still opens, stays
// open, shows no panic, and writes nothing where it should not.
func TestSystemBadEnvironment(t *testing.T) {
	requireSystem(t)
	x := startX(t)
	whole := t // the cases share one X server
	file := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(file, []byte("not a folder"), 0o600)
	cases := []struct {
		name string
		env  []string
		args []string
	}{
		{"LANG=C", []string{"LANG=C", "-LANGUAGE", "-LC_ALL", "-LC_MESSAGES"}, nil},
		{"LANG empty", []string{"LANG=", "-LANGUAGE", "-LC_ALL", "-LC_MESSAGES"}, nil},
		{"LANGUAGE=::", []string{"LANGUAGE=::", "LANG=C"}, nil},
		{"LANG=xx_YY.UTF-8", []string{"LANG=xx_YY.UTF-8", "-LANGUAGE", "-LC_ALL"}, nil},
		{"garbage LC_ALL", []string{"LC_ALL=\xff\xfe@@!!_..", "LANG=es_ES.UTF-8"}, nil},
		{"HOME unset", []string{"-HOME", "-XDG_CONFIG_HOME", "-XDG_CACHE_HOME", "-XDG_DATA_HOME"}, nil},
		{"HOME unset, XDG_CONFIG_HOME relative", []string{"-HOME", "XDG_CONFIG_HOME=conf", "XDG_CACHE_HOME=cache"}, nil},
		{"HOME unset, XDG_CONFIG_HOME empty", []string{"-HOME", "XDG_CONFIG_HOME=", "-XDG_CACHE_HOME"}, nil},
		{"HOME and XDG_CONFIG_HOME a file", []string{"HOME=" + file, "XDG_CONFIG_HOME=" + file, "-XDG_CACHE_HOME"}, nil},
		// As root, permissions do not stop a write; a home under /proc
		// cannot be written by anyone.
		{"HOME not writable", []string{"HOME=/proc/codesafety-home", "-XDG_CONFIG_HOME", "-XDG_CACHE_HOME"}, nil},
		{"data folder is a file", nil, []string{"--data-dir", file}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cwd := t.TempDir()
			tmp := t.TempDir() // the temporary folder: nothing of the progress goes there
			env := append(slices.Clip(c.env), "TMPDIR="+tmp)
			args := c.args
			if args == nil && !strings.HasPrefix(c.name, "HOME") {
				args = []string{"--data-dir", t.TempDir()}
			}
			// run in an empty folder, to see that nothing lands there
			old, _ := os.Getwd()
			os.Chdir(cwd)
			out, shown, alive := runWindow(t, x.display, env, args...)
			if (!shown || !alive) && !x.healthy() {
				// Not the app: the X server itself went. Say so, start
				// another and try once more; a second failure counts.
				t.Logf("the X server stopped or stopped answering during this case (the app printed %q); Xvfb's log:\n%s",
					out, readAll(x.log))
				x = startXFor(t, whole)
				out, shown, alive = runWindow(t, x.display, env, args...)
			}
			os.Chdir(old)
			if !shown || !alive {
				t.Errorf("window shown %v, still running %v; printed:\n%s", shown, alive, out)
			}
			noPanic(t, c.name, out)
			if left, _ := os.ReadDir(cwd); len(left) > 0 {
				t.Errorf("wrote into the folder it was started from: %v", left)
			}
			filepath.WalkDir(tmp, func(path string, d fs.DirEntry, err error) error {
				if err == nil && (strings.HasPrefix(d.Name(), "state.") || strings.HasPrefix(d.Name(), "codesafety-no-home")) {
					t.Errorf("wrote %s into the temporary folder", path)
				}
				return nil
			})
			if data, _ := os.ReadFile(file); string(data) != "not a folder" {
				t.Error("the file given as data folder was changed")
			}
		})
	}
}

// A normal start, on a desktop with no D-Bus and a new account, prints
// nothing in the terminal.
func TestSystemQuietStart(t *testing.T) {
	requireSystem(t)
	x := startX(t)
	home := t.TempDir()
	out, shown, alive := runWindow(t, x.display, []string{"HOME=" + home, "-XDG_CONFIG_HOME", "-XDG_CACHE_HOME",
		"-DBUS_SESSION_BUS_ADDRESS", "-CODESAFETY_DEBUG_START"})
	if !shown || !alive {
		t.Fatalf("window shown %v, still running %v; printed:\n%s", shown, alive, out)
	}
	if out != "" {
		t.Errorf("a normal start printed:\n%s", out)
	}
}

// TestSystemNoNetwork opens the window in a network namespace with no
// network at all and traces every socket the app creates: only local
// (AF_UNIX, for the X server) sockets are allowed.
func TestSystemNoNetwork(t *testing.T) {
	requireSystem(t, "strace")
	if os.Getenv("CODESAFETY_NO_NETWORK") == "" {
		t.Skip("run inside `unshare -n` with CODESAFETY_NO_NETWORK=1 (make system-test does)")
	}
	// Prove the namespace has no network: only the loopback device.
	devs, err := os.ReadFile("/proc/net/dev")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(devs))
	for sc.Scan() {
		name, _, ok := strings.Cut(strings.TrimSpace(sc.Text()), ":")
		if ok && name != "lo" {
			t.Fatalf("not an empty network namespace: it has %q", name)
		}
	}

	display := startX(t).display
	trace := filepath.Join(t.TempDir(), "trace")
	var errs bytes.Buffer
	// Go's preemption signals would stop the traced app thousands of times.
	app := appCommand([]string{"DISPLAY=" + display, "-WAYLAND_DISPLAY", "GODEBUG=asyncpreemptoff=1"},
		"--data-dir", t.TempDir())
	cmd := exec.Command("strace", append([]string{"-f", "-qq", "-e", "trace=socket,connect", "-e", "signal=none",
		"-o", trace, app.Path}, app.Args[1:]...)...)
	cmd.Env, cmd.Stderr = app.Env, &errs
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	shown := window(display, 60*time.Second)
	if shown {
		time.Sleep(2 * time.Second) // let it settle: anything it would fetch, it would fetch now
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // strace and the app
	cmd.Wait()
	if !shown {
		t.Fatalf("the window did not open without a network:\n%s", errs.String())
	}
	noPanic(t, "no network", errs.String())

	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	var local, other []string
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.Contains(line, "socket(") {
			continue
		}
		if strings.Contains(line, "socket(AF_UNIX") {
			local = append(local, line)
		} else {
			other = append(other, line)
		}
	}
	if len(local) == 0 {
		t.Fatalf("strace saw no socket at all, not even the X connection: is it tracing?\n%s", data)
	}
	if len(other) > 0 {
		t.Errorf("the app created sockets other than local ones:\n%s", strings.Join(other, "\n"))
	}
	t.Logf("no network: window opened; %d local sockets, no other socket", len(local))
}
