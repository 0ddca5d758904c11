package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// Each licence is named from its words; a text it does not know is not
// named (the build then stops, for a person to look).
func TestClassify(t *testing.T) {
	for want, text := range map[string]string{
		"BSD-3-Clause": "Redistribution and use in source and binary forms, with or without\nmodification, are permitted ... Neither the name of Google Inc. nor the names",
		"BSD-2-Clause": "Redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met:",
		"Expat":        "Permission is hereby granted, free of charge, to any person obtaining a copy",
		"Apache-2.0":   "                                 Apache License\n                           Version 2.0, January 2004",
		"ISC":          "Permission to use, copy, modify, and/or distribute this software for any purpose\nwith or without fee is hereby granted, provided that",
		"Zlib":         "This software is provided 'as-is', without any express or implied warranty. ... Altered source versions must be plainly marked as such",
		"OFL-1.1":      "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007",
		"":             "All rights reserved. You may not copy this.",
	} {
		if got := classify(text); got != want {
			t.Errorf("classify(%.40q) = %q, want %q", text, got, want)
		}
	}
}

func TestHolder(t *testing.T) {
	text := "Copyright (c) 2012, Jan Schlicht <jan@example.org>\n" +
		"   You must retain, in the Source form of any Derivative Works\n" +
		"copyright notice and this permission notice appear in all copies.\n" +
		"Copyright 2019 Yusuke Inuzuka\n"
	if got, want := holder(text, "x"), "2012, Jan Schlicht <jan@example.org>\n 2019 Yusuke Inuzuka"; got != want {
		t.Errorf("holder = %q, want %q", got, want)
	}
	if got := holder("no one", "the authors of m"); got != "the authors of m" {
		t.Errorf("holder of a text naming no one = %q", got)
	}
}

// The file for this very test binary: a DEP-5 file whose every licence
// named in a Files paragraph has its own License paragraph, with Code
// Safety's own licence first and the fonts' OFL.
func TestCopyrightFileIsWhole(t *testing.T) {
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir("../../.."); err != nil { // the repository, where LICENSE is
		t.Fatal(err)
	}
	out, err := copyright(bin)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n") {
		t.Errorf("no Format line: %.80q", out)
	}
	paras := strings.Split(out, "\n\n")
	if !strings.HasPrefix(paras[1], "Files: *\n") || !strings.HasSuffix(paras[1], "License: BSD-3-Clause") {
		t.Errorf("the first Files paragraph is not Code Safety's own:\n%s", paras[1])
	}
	if !strings.Contains(out, "Files: assets/fonts/*\n") {
		t.Error("the fonts are not listed")
	}
	used := regexp.MustCompile(`(?m)^Files: .*\nCopyright: (?:.*\n)(?: .*\n)*License: (\S+)$`).FindAllStringSubmatch(out, -1)
	if len(used) < 3 {
		t.Fatalf("only %d Files paragraphs", len(used))
	}
	for _, u := range used {
		if !strings.Contains(out, "\n\nLicense: "+u[1]+"\n ") {
			t.Errorf("%s is used but has no License paragraph", u[1])
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if l == " " || strings.HasPrefix(l, "\t") {
			t.Errorf("a line DEP-5 cannot hold: %q", l)
		}
	}
}
