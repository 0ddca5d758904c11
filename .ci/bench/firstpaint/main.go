// Command firstpaint measures how long programs take from process start to
// their first painted frame, and their peak memory, in a private X server
// (Xvfb). Runs are interleaved, so both programs see the same machine.
//
//	firstpaint -runs 10 [-max-paint LIMITS] [-max-rss LIMITS] -- NAME=COMMAND [ARGS...] -- NAME=COMMAND [ARGS...] ...
//
// It prints the ratios of the first program to each of the others (the
// baselines), and exits 1 when one is above its limit. LIMITS is one
// number for every baseline ("1.10") or one for each, by name
// ("same=1.05,bare=1.20"); a baseline without one has no limit.
//
// A frame counts as painted when the pixel at (4, 4) of the screen, where
// the window is placed (there is no window manager), is no longer the
// empty screen's colour. The pixel is read over the X11 protocol itself,
// every millisecond or so.
package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type program struct {
	name string
	argv []string
}

type result struct {
	paint time.Duration
	rss   int64 // KiB
}

func main() {
	runs := flag.Int("runs", 10, "runs of each program")
	display := flag.Int("display", -1, "X display number to use (-1: the first free one)")
	settle := flag.Duration("settle", time.Second, "how long a program runs after its first frame, for its memory")
	maxPaint := flag.String("max-paint", "", "fail when the first program's first paint is more than this times a baseline's: a number, or NAME=NUMBER,... (none: no limit)")
	maxRSS := flag.String("max-rss", "", "fail when the first program's peak RSS is more than this times a baseline's: a number, or NAME=NUMBER,... (none: no limit)")
	flag.Parse()
	var progs []program
	for _, part := range splitArgs(flag.Args()) {
		name, cmd, ok := strings.Cut(part[0], "=")
		if !ok {
			fail(fmt.Errorf("want NAME=COMMAND, got %q", part[0]))
		}
		progs = append(progs, program{name, append([]string{cmd}, part[1:]...)})
	}
	if len(progs) == 0 {
		fail(errors.New("no programs"))
	}

	if err := startX(display); err != nil {
		fail(err)
	}
	defer stopX()
	conn, root, err := connectX(*display)
	if err != nil {
		fail(err)
	}
	empty, err := pixel(conn, root)
	if err != nil {
		fail(err)
	}

	results := make([][]result, len(progs))
	for r := 0; r < *runs; r++ {
		for i, p := range progs {
			res, err := runOnce(p, *display, conn, root, empty, *settle)
			if err != nil {
				fail(fmt.Errorf("%s: %w", p.name, err))
			}
			results[i] = append(results[i], res)
			time.Sleep(300 * time.Millisecond) // let the screen clear
		}
	}
	fmt.Printf("%-12s %8s %8s %8s %10s\n", "program", "paint", "min", "max", "peak RSS")
	med := make([]result, len(progs))
	for i, p := range progs {
		med[i] = median(results[i])
		lo, hi := spread(results[i])
		fmt.Printf("%-12s %6.0fms %6.0fms %6.0fms %8.1fMiB\n", p.name, ms(med[i].paint), ms(lo), ms(hi), float64(med[i].rss)/1024)
	}
	var failed []error
	for i := 1; i < len(progs); i++ {
		base := progs[i].name
		paint := float64(med[0].paint) / float64(med[i].paint)
		rss := float64(med[0].rss) / float64(med[i].rss)
		fmt.Printf("ratio %s/%s: first paint %.2f, peak RSS %.2f (medians of %d interleaved runs)\n",
			progs[0].name, base, paint, rss, *runs)
		// Rounded as printed, so what is shown is what is judged.
		if lim := limitFor(*maxPaint, base); over(paint, lim) {
			failed = append(failed, fmt.Errorf("first paint ratio to %s %.2f is above its limit %.2f", base, paint, lim))
		}
		if lim := limitFor(*maxRSS, base); over(rss, lim) {
			failed = append(failed, fmt.Errorf("peak RSS ratio to %s %.2f is above its limit %.2f", base, rss, lim))
		}
	}
	if len(failed) > 0 {
		fail(errors.Join(failed...))
	}
}

// limitFor is a baseline's limit in LIMITS ("1.10", or
// "same=1.05,bare=1.20"); 0: none.
func limitFor(limits, name string) float64 {
	for _, part := range strings.Split(limits, ",") {
		n, v, named := strings.Cut(part, "=")
		if !named {
			v = n
		} else if n != name {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			if strings.TrimSpace(part) != "" {
				fail(fmt.Errorf("bad limit %q", part))
			}
			continue
		}
		return f
	}
	return 0
}

// over says whether ratio, to two decimals, is above limit (0: none).
func over(ratio, limit float64) bool {
	return limit > 0 && math.Round(ratio*100) > math.Round(limit*100)
}

func splitArgs(args []string) [][]string {
	var out [][]string
	var cur []string
	for _, a := range args {
		if a == "--" {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, a)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func runOnce(p program, display int, conn net.Conn, root uint32, empty uint32, settle time.Duration) (result, error) {
	cmd := exec.Command(p.argv[0], p.argv[1:]...)
	cmd.Env = append(os.Environ(), fmt.Sprintf("DISPLAY=:%d", display), "WAYLAND_DISPLAY=")
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return result{}, err
	}
	var paint time.Duration
	for {
		px, err := pixel(conn, root)
		if err != nil {
			cmd.Process.Kill()
			cmd.Wait()
			return result{}, err
		}
		if px != empty {
			paint = time.Since(start)
			break
		}
		if time.Since(start) > 60*time.Second {
			cmd.Process.Kill()
			cmd.Wait()
			return result{}, errors.New("no frame in 60 s")
		}
		time.Sleep(500 * time.Microsecond)
	}
	time.Sleep(settle)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss // KiB on Linux
	}
	return result{paint, rss}, nil
}

// connectX opens an X11 connection (no authorisation: a private Xvfb) and
// returns the root window of the first screen.
func connectX(display int) (net.Conn, uint32, error) {
	var conn net.Conn
	var err error
	for range 100 {
		conn, err = net.Dial("unix", fmt.Sprintf("/tmp/.X11-unix/X%d", display))
		if err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		return nil, 0, err
	}
	// byte order 'l', protocol 11.0, no authorisation
	if _, err := conn.Write([]byte{'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0}); err != nil {
		return nil, 0, err
	}
	head := make([]byte, 8)
	if _, err := io.ReadFull(conn, head); err != nil {
		return nil, 0, err
	}
	if head[0] != 1 {
		return nil, 0, errors.New("the X server refused the connection")
	}
	body := make([]byte, 4*int(binary.LittleEndian.Uint16(head[6:])))
	if _, err := io.ReadFull(conn, body); err != nil {
		return nil, 0, err
	}
	vendorLen := int(binary.LittleEndian.Uint16(body[16:]))
	formats := int(body[21])
	off := 32 + (vendorLen+3)/4*4 + 8*formats
	return conn, binary.LittleEndian.Uint32(body[off:]), nil
}

// pixel reads the screen's pixel at (4, 4) with GetImage.
func pixel(conn net.Conn, root uint32) (uint32, error) {
	req := make([]byte, 20)
	req[0], req[1] = 73, 2 // GetImage, ZPixmap
	binary.LittleEndian.PutUint16(req[2:], 5)
	binary.LittleEndian.PutUint32(req[4:], root)
	binary.LittleEndian.PutUint16(req[8:], 4)  // x
	binary.LittleEndian.PutUint16(req[10:], 4) // y
	binary.LittleEndian.PutUint16(req[12:], 1) // width
	binary.LittleEndian.PutUint16(req[14:], 1) // height
	binary.LittleEndian.PutUint32(req[16:], 0xffffffff)
	if _, err := conn.Write(req); err != nil {
		return 0, err
	}
	head := make([]byte, 32)
	if _, err := io.ReadFull(conn, head); err != nil {
		return 0, err
	}
	if head[0] != 1 {
		return 0, fmt.Errorf("the X server answered with error %d", head[1])
	}
	data := make([]byte, 4*int(binary.LittleEndian.Uint32(head[4:])))
	if _, err := io.ReadFull(conn, data); err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(data) & 0xffffff, nil
}

func median(rs []result) result {
	p := slices.Clone(rs)
	slices.SortFunc(p, func(a, b result) int { return int(a.paint - b.paint) })
	r := slices.Clone(rs)
	slices.SortFunc(r, func(a, b result) int { return int(a.rss - b.rss) })
	return result{p[len(p)/2].paint, r[len(r)/2].rss}
}

func spread(rs []result) (lo, hi time.Duration) {
	lo, hi = rs[0].paint, rs[0].paint
	for _, r := range rs {
		lo, hi = min(lo, r.paint), max(hi, r.paint)
	}
	return lo, hi
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func fail(err error) {
	fmt.Fprintln(os.Stderr, "firstpaint:", err)
	stopX()
	os.Exit(1)
}

// stopX stops the X server startX started, if any.
var stopX = func() {}

// startX starts a private Xvfb. With *display below 0, Xvfb picks a free
// number itself (-displayfd) and startX stores it in *display, so stale
// sockets and lock files left by killed servers do not get in the way. The
// server is stopped with SIGTERM so that it removes its own.
func startX(display *int) error {
	r, w, err := os.Pipe()
	if err != nil {
		return err
	}
	args := []string{"-displayfd", "3"}
	if *display >= 0 {
		args = []string{fmt.Sprintf(":%d", *display)}
	}
	x := exec.Command("Xvfb", append(args, "-noreset", "-screen", "0", "1280x800x24", "-nolisten", "tcp")...)
	x.ExtraFiles = []*os.File{w} // fd 3
	x.Stderr = os.Stderr
	err = x.Start()
	w.Close()
	if err != nil {
		r.Close()
		return err
	}
	stopX = func() {
		x.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { x.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			x.Process.Kill()
			<-done
		}
		r.Close() // only now: Xvfb may write to the pipe as long as it runs
		stopX = func() {}
	}
	if *display >= 0 {
		return nil // connectX waits for the socket
	}
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if *display, err = strconv.Atoi(n); err != nil {
			return fmt.Errorf("the X server (Xvfb) did not start (it said %q)", n)
		}
		return nil
	case <-time.After(10 * time.Second):
		return errors.New("the X server (Xvfb) did not say its display within 10 s")
	}
}
