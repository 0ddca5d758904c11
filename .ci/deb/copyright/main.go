// Command copyright writes the Debian copyright file (DEP-5) of the
// codesafety package: `go run ./.ci/deb/copyright BINARY` prints it.
//
// What it lists is computed, not typed: the modules compiled into BINARY
// (its build information), each with every licence file found in the
// module (LICENSE*, COPYING*, also in sub-folders, as go-gl/glfw carries
// GLFW's zlib licence and go-text/typesetting HarfBuzz's); the Go standard
// library; and the fonts Code Safety ships (assets/fonts/OFL.txt). Each
// licence text is named (BSD-3-Clause, MIT, Apache-2.0, ...) from its words;
// a text it cannot name makes it fail, so that a new dependency with an
// unusual licence is looked at by a person before it ships.
package main

import (
	"bytes"
	"debug/buildinfo"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: copyright BINARY")
		os.Exit(2)
	}
	out, err := copyright(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "copyright:", err)
		os.Exit(1)
	}
	os.Stdout.WriteString(out)
}

// A paragraph is one Files paragraph: what it covers, who holds the
// copyright, and the licence's short name.
type paragraph struct {
	files, copyright, license string
}

func copyright(binary string) (string, error) {
	info, err := buildinfo.ReadFile(binary)
	if err != nil {
		return "", err
	}
	modcache, goroot := goEnv("GOMODCACHE"), goEnv("GOROOT")
	texts := map[string]string{} // short name -> the licence's text
	var paras []paragraph

	app, err := os.ReadFile("LICENSE")
	if err != nil {
		return "", err
	}
	paras = append(paras, paragraph{"*", holder(string(app), "the Code Safety authors"), "BSD-3-Clause"})
	texts["BSD-3-Clause"] = string(app)

	ofl, err := os.ReadFile("assets/fonts/OFL.txt")
	if err != nil {
		return "", err
	}
	paras = append(paras, paragraph{"assets/fonts/*", holder(string(ofl), "The Noto Project Authors"), "OFL-1.1"})
	texts["OFL-1.1"] = string(ofl)

	// The Go standard library and runtime, compiled in.
	golic, err := os.ReadFile(filepath.Join(goroot, "LICENSE"))
	if err != nil {
		return "", err
	}
	paras = append(paras, paragraph{"go/* (the Go standard library, " + info.GoVersion + ")", holder(string(golic), "The Go Authors"), "BSD-3-Clause"})

	for _, dep := range info.Deps {
		m := dep
		if m.Replace != nil {
			m = m.Replace
		}
		dir := filepath.Join(modcache, escape(m.Path)+"@"+m.Version)
		files, err := licenceFiles(dir)
		if err != nil {
			return "", fmt.Errorf("%s %s: %v (run go mod download)", m.Path, m.Version, err)
		}
		if len(files) == 0 {
			return "", fmt.Errorf("%s %s has no licence file", m.Path, m.Version)
		}
		var root []byte
		for _, f := range files {
			b, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				return "", err
			}
			if filepath.Dir(f) != "." && bytes.Equal(b, root) {
				continue // a sub-folder under the module's own licence
			}
			if filepath.Dir(f) == "." {
				root = b
			}
			name := classify(string(b))
			if name == "" {
				return "", fmt.Errorf("%s %s: cannot tell which licence %s is; look at it and teach classify", m.Path, m.Version, f)
			}
			where := m.Path + "/*"
			if d := filepath.Dir(f); d != "." {
				where = m.Path + "/" + filepath.ToSlash(d) + "/*"
			}
			paras = append(paras, paragraph{where + " (" + m.Version + ")", holder(string(b), "the authors of "+m.Path), name})
			if _, ok := texts[name]; !ok {
				texts[name] = string(b)
			}
		}
	}

	var w strings.Builder
	w.WriteString("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")
	w.WriteString("Upstream-Name: Code Safety\n")
	w.WriteString("Source: https://codesafety.org\n")
	w.WriteString("Comment: Code Safety is one program built with Go. Besides its own code it holds\n")
	w.WriteString(" the fonts it ships for Hindi and Arabic, the Go standard library, and the\n")
	w.WriteString(" Go modules listed below, each under its own licence.\n")
	for _, p := range paras {
		fmt.Fprintf(&w, "\nFiles: %s\nCopyright: %s\nLicense: %s\n", p.files, p.copyright, p.license)
	}
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if common, ok := commonLicenses[n]; ok {
			fmt.Fprintf(&w, "\nLicense: %s\n On Debian systems, the full text of %s\n can be found in /usr/share/common-licenses/%s.\n", n, common, n)
			continue
		}
		fmt.Fprintf(&w, "\nLicense: %s\n%s", n, indent(texts[n]))
	}
	return w.String(), nil
}

// commonLicenses are the licences every Debian system holds in
// /usr/share/common-licenses, which the copyright file points to (Debian
// policy 12.5) instead of repeating them.
var commonLicenses = map[string]string{
	"Apache-2.0": "the Apache License, Version 2.0,",
	"MPL-2.0":    "the Mozilla Public License, Version 2.0,",
}

func goEnv(name string) string {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "copyright: go env:", err)
		os.Exit(1)
	}
	return strings.TrimSpace(string(out))
}

// escape is the module cache's spelling of a path: capitals as !lower.
func escape(path string) string {
	var b strings.Builder
	for _, r := range path {
		if unicode.IsUpper(r) {
			b.WriteByte('!')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

var licenceName = regexp.MustCompile(`(?i)^(licen[cs]e|copying|unlicense)(\.(md|txt))?$`)

// licenceFiles lists a module's licence files, relative to dir, leaving out
// test data.
func licenceFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "_examples") {
			return filepath.SkipDir
		}
		if !d.IsDir() && licenceName.MatchString(d.Name()) {
			rel, _ := filepath.Rel(dir, path)
			files = append(files, rel)
		}
		return nil
	})
	return files, err
}

// classify names a licence from its words, or says "".
func classify(text string) string {
	t := strings.Join(strings.Fields(text), " ")
	has := func(s string) bool { return strings.Contains(t, s) }
	switch {
	case has("Apache License") && has("Version 2.0"):
		return "Apache-2.0"
	case has("SIL OPEN FONT LICENSE") && has("Version 1.1"):
		return "OFL-1.1"
	case has("Redistribution and use in source and binary forms") && has("Neither the name"),
		has("Redistribution and use in source and binary forms") && has("may not be used to endorse or promote"):
		return "BSD-3-Clause"
	case has("Redistribution and use in source and binary forms"):
		return "BSD-2-Clause"
	case has("Permission is hereby granted, free of charge"):
		return "Expat"
	case has("provided 'as-is', without any express or implied warranty") && has("Altered source versions must be plainly marked"):
		return "Zlib"
	case has("Permission is hereby granted, without written agreement and without license or royalty fees"):
		return "MIT-old-style"
	case has("Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted"):
		return "ISC"
	case has("Mozilla Public License Version 2.0"):
		return "MPL-2.0"
	case has("This is free and unencumbered software released into the public domain"):
		return "Unlicense"
	}
	return ""
}

var copyrightLine = regexp.MustCompile(`(?i)^\s*(copyright\s*(\(c\)|©)?|\(c\)|©)\s*(.+)$`)

// notHolders begin the lines of a licence that say "copyright" without
// naming who holds it ("copyright notice", "copyright holders", "you must
// retain …").
var notHolders = []string{"notice", "holder", "owner", "and ", "law", "license", "statement", "you "}

// holder gives the copyright lines of a licence text, joined for DEP-5, or
// names the authors when the text has none.
func holder(text, authors string) string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		m := copyrightLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		h := strings.TrimSpace(m[3])
		low := strings.ToLower(h)
		// Not a holder: the licence's own words about "copyright".
		if h == "" || slices.ContainsFunc(notHolders, func(p string) bool { return strings.HasPrefix(low, p) }) ||
			strings.Contains(low, "[yyyy]") || strings.Contains(low, "{yyyy}") {
			continue
		}
		if !slices.Contains(lines, h) {
			lines = append(lines, h)
		}
	}
	if len(lines) == 0 {
		return authors
	}
	return strings.Join(lines, "\n ")
}

// indent writes a text as the continuation lines of a DEP-5 field: one
// space before each line, and " ." for an empty one.
func indent(text string) string {
	var b bytes.Buffer
	for _, l := range strings.Split(strings.Trim(text, "\r\n"), "\n") {
		l = strings.TrimRight(l, " \t\r")
		if l == "" {
			b.WriteString(" .\n")
			continue
		}
		b.WriteString(" " + l + "\n")
	}
	return b.String()
}
