# Code Safety. `make run` opens the app; `make test` runs every check;
# `make package-linux` and `make package-windows` make what people install,
# in dist/. Each target installs the Debian/Ubuntu packages it needs when
# they are missing (with sudo when not root). See README.md for other systems.

GO       ?= go
BINARY   := codesafety
APP_ID   := org.codesafety.app
VERSION  := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
BUILD    := $(shell sed -n 's/^ *Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
ARCH     := $(shell $(GO) env GOARCH 2>/dev/null)
DIST     := dist

# Release builds, defined once (the package targets and any benchmark of the
# shipped binary use these):
# - TRIM_TAGS leave out parts of Fyne the app does not use. no_emoji drops
#   Fyne's 4 MB colour-emoji font: the app shows no emoji (packaging_test.go
#   checks). no_animations is not used: it does not make the binary any
#   smaller, and would take away the ripple that shows a button was pressed.
# - release is Fyne's release mode: the binary never reads a FyneApp.toml
#   lying beside it, and it leaves Fyne's metadata loader out.
# - -trimpath keeps this machine's paths out; -s -w drop symbols and DWARF.
# `fyne package --release` adds release, -trimpath and -s -w by itself.
TRIM_TAGS       := no_emoji
RELEASE_TAGS    := release,$(TRIM_TAGS)
RELEASE_LDFLAGS := -s -w
RELEASE_FLAGS    = -trimpath -tags '$(RELEASE_TAGS)' -ldflags '$(RELEASE_LDFLAGS)'

# The fyne CLI, pinned in go.mod as a tool. Its path is looked up before
# any CC is set, so that it is built for this machine, not with the cross
# compiler (`CC=... go tool fyne` would build fyne itself with MinGW).
FYNE     = $(shell $(GO) tool -n fyne)
WIN_CC   := x86_64-w64-mingw32-gcc

LINUX_TARBALL := $(DIST)/$(BINARY)-$(VERSION)-linux-$(ARCH).tar.xz
WINDOWS_EXE   := $(DIST)/$(BINARY)-$(VERSION)-windows-amd64.exe
WINDOWS_SETUP := $(DIST)/$(BINARY)-$(VERSION)-windows-setup.exe
DEB_ARCH      := $(shell dpkg --print-architecture 2>/dev/null || echo $(ARCH))
DEB           := $(DIST)/$(BINARY)_$(VERSION)_$(DEB_ARCH).deb
ANDROID_APK   := $(DIST)/$(BINARY)-$(VERSION).apk
MACOS_APP     := $(DIST)/Code Safety.app
METAINFO      := assets/linux/$(APP_ID).metainfo.xml

# What the app needs to build and run; what the phone build (-tags mobile)
# needs besides; and what the Linux and the Windows packages need.
APT_DEPS    := gcc pkg-config libgl-dev libx11-dev libxcursor-dev libxrandr-dev \
               libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev
APT_MOBILE  := libegl-dev libgles-dev
APT_LINUX   := appstream desktop-file-utils xz-utils file
APT_WINDOWS := gcc-mingw-w64-x86-64-win32 file
APT_SETUP   := nsis librsvg2-bin
APT_DEB     := dpkg-dev fakeroot help2man librsvg2-bin lintian binutils
# What make test needs besides: Unicode's bidi conformance files
# (BidiTest.txt), and GNU style (diction), which grades how easy the English
# steps are to read.
APT_TEST    := unicode-data diction

# The working tree as git sees it; packaging must leave it as it was.
TREE_STATE = git status --porcelain 2>/dev/null

.PHONY: all deps deps-build build run vet test release mobile \
        fonts package-linux package-deb package-windows package-windows-setup package-android package-darwin icon sizes clean \
        fuzz system-test system-deps bench windows-check windows-a11y-check web-check deb-check

all: build

# apt-install installs the named Debian/Ubuntu packages that are missing;
# elsewhere it says what is needed and goes on (the build will tell).
define apt-install
	@if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	    echo "Installing packages:$$missing"; \
	    $$sudo apt-get update -qq && \
	    $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  fi; \
	else \
	  echo "Not Debian/Ubuntu: make sure these (or your system's equivalents) are installed: $(1)"; \
	fi
endef

# Everything every target here needs.
deps:
	$(call apt-install,$(APT_DEPS) $(APT_MOBILE) $(APT_LINUX) $(APT_WINDOWS) $(APT_SETUP) $(APT_DEB) $(APT_TEST) $(SYSTEM_DEPS))

deps-build:
	$(call apt-install,$(APT_DEPS))

build: deps-build
	$(GO) build -o $(BINARY) .

run: build
	./$(BINARY)

# The Go helpers the packages are made with live under .ci/, which ./...
# leaves out: they are named here.
CI_GO := ./.ci/setup ./.ci/deb/copyright ./.ci/namefonts

vet: deps-build
	$(GO) vet ./... $(CI_GO)

# The domain and the widget kit run with the race detector: the store is where goroutines
# meet (the saver, two windows, two processes), and its view models and
# rules need no window. Of the screens, the tests where the saving
# goroutine, another window or the font loader meet the UI (SCREENS_RACE)
# run with it too; the others, one goroutine driving the window like a
# person, run without (under it the screens took 4 of make test's 5
# minutes). The main package (which links the OpenGL driver) runs without,
# as the race build of it is slow and it only tests the command line and
# the package metadata. Each Go benchmark also runs once, so none can rot
# unseen until make bench.
SCREENS_RACE := ^(TestAnotherWindowBusyIsSaid|TestOneTapIsOneUpdateAndOneSave|TestAFailedSaveIsSaidAndNothingIsLost|TestAnotherWindowsTicksAreShownAndKept|TestAMergeKeepsWhatIsOpenAndWhereThePersonIs|TestFontsLoadWhileTheWindowOpens|TestProblemsWithSavedProgressAreSaid|TestCheckingAStepUpdatesProgressAndIsSaved|TestDeleteProgressAsksFirst|TestQuickExit)$$
test: vet
	$(call apt-install,$(APT_TEST))
	@unformatted=$$(gofmt -l .); [ -z "$$unformatted" ] || { echo "not gofmt-ed: $$unformatted"; exit 1; }
	$(GO) tool staticcheck ./... $(CI_GO)
	$(GO) test -race -count=1 -skip '^TestCrashSafety$$' ./app/... ./translations/... ./screens/widgets
	$(GO) test -race -count=1 -run '$(SCREENS_RACE)' ./screens
	$(GO) test -count=1 -skip '$(SCREENS_RACE)' ./screens
	$(GO) test -count=1 -v -run '^TestCrashSafety$$' ./app/progress
	$(GO) test -count=1 . $(CI_GO)
	cd .ci/bench && $(GO) vet ./... && $(GO) test -count=1 ./...
	$(GO) test -count=1 -run '^$$' -bench . -benchtime 1x ./app/... ./screens/...

# The stripped release binary, as it goes into the Linux package.
release: deps-build
	$(GO) build $(RELEASE_FLAGS) -o $(DIST)/$(BINARY) .

# The app in a simulated phone window (Fyne's mobile driver on the desktop).
mobile: deps-build
	$(call apt-install,$(APT_MOBILE))
	$(GO) build -tags mobile -o $(BINARY)-mobile .

# The .tar.xz that `fyne package -os linux` makes, around the release
# binary, with the AppStream file added; the .desktop and metainfo files are
# also put beside it, and both are validated.
package-linux: release
	$(call apt-install,$(APT_LINUX))
	@$(TREE_STATE) > $(DIST)/.tree-before
	.ci/in-copy "$(LINUX_TARBALL)=*.tar.xz" -- \
	  $(FYNE) package -os linux --release --executable "$(CURDIR)/$(DIST)/$(BINARY)"
	.ci/finish-linux-tarball $(LINUX_TARBALL) $(METAINFO)
	tar -xJOf $(LINUX_TARBALL) --wildcards '*/share/applications/$(APP_ID).desktop' > $(DIST)/$(APP_ID).desktop
	tar -xJOf $(LINUX_TARBALL) --wildcards '*/share/metainfo/$(APP_ID).metainfo.xml' > $(DIST)/$(APP_ID).metainfo.xml
	desktop-file-validate $(DIST)/$(APP_ID).desktop
	appstreamcli validate --no-net $(DIST)/$(APP_ID).metainfo.xml
	@$(TREE_STATE) | diff $(DIST)/.tree-before - || { echo "packaging changed the working tree"; exit 1; }
	@ls -l $(LINUX_TARBALL)

# The Debian package (.ci/make-deb): what package-linux made, laid out as
# Debian and software centres expect, with icons in every hicolor size, a
# manual page from --help, the licences of everything compiled in, and
# Depends computed from the binary; lintian must find no error and no
# warning that assets/linux/lintian-overrides does not explain.
package-deb: package-linux
	$(call apt-install,$(APT_DEB))
	.ci/make-deb $(DIST)/$(BINARY) $(DIST)/$(APP_ID).desktop $(DIST)/$(APP_ID).metainfo.xml $(DEB)
	lintian --fail-on error,warning $(DEB)
	@ls -l $(DEB)

# A GUI .exe (no console window) with the icon and version resources,
# cross-built with MinGW-w64, with screen-reader support (accessibility).
package-windows:
	$(call apt-install,$(APT_WINDOWS))
	@mkdir -p $(DIST) && $(TREE_STATE) > $(DIST)/.tree-before
	.ci/in-copy "$(WINDOWS_EXE)=*.exe" -- \
	  env CC=$(WIN_CC) $(FYNE) package -os windows --release --tags accessibility,$(TRIM_TAGS)
	@$(TREE_STATE) | diff $(DIST)/.tree-before - || { echo "packaging changed the working tree"; exit 1; }
	@ls -l $(WINDOWS_EXE)

# The Windows setup people double-click (assets/windows/setup.nsi, NSIS 3):
# for the current user, no administrator rights; Start menu, an entry in
# Apps, an uninstaller that asks whether to keep the saved progress; in the
# language of Windows (.ci/setup writes its languages and sentences from
# translations/, and its icon). Unsigned (README.md says what SmartScreen shows).
package-windows-setup: package-windows
	$(call apt-install,$(APT_SETUP))
	rm -rf $(DIST)/setup && mkdir -p $(DIST)/setup
	for s in 16 24 32 48 64 256; do rsvg-convert -w $$s -h $$s assets/icon.svg -o $(DIST)/setup/icon-$$s.png || exit 1; done
	$(GO) run ./.ci/setup $(DIST)/setup $(foreach s,16 24 32 48 64 256,$(DIST)/setup/icon-$(s).png)
	makensis -V2 -DVERSION=$(VERSION) -DVERSION4=$(VERSION).$(BUILD) -DEXE='$(CURDIR)/$(WINDOWS_EXE)' \
	  -DOUT='$(CURDIR)/$(WINDOWS_SETUP)' -DGEN='$(CURDIR)/$(DIST)/setup' assets/windows/setup.nsi
	@ls -l $(WINDOWS_SETUP)

# An .apk to install on a phone or an emulator, for every Android CPU, with
# TalkBack support (accessibility). Needs the Android NDK (r19c or newer),
# which cannot be fetched here. For Google Play, see README.md.
package-android:
	@if [ -z "$$ANDROID_NDK_HOME" ] || [ ! -d "$$ANDROID_NDK_HOME/toolchains/llvm" ]; then \
	  echo "package-android needs the Android NDK (r19c or newer):"; \
	  echo "  install it (Android Studio > SDK Manager > NDK, or sdkmanager 'ndk;<version>'),"; \
	  echo "  then: make package-android ANDROID_NDK_HOME=/path/to/android-sdk/ndk/<version>"; \
	  exit 1; \
	fi
	@mkdir -p $(DIST) && $(TREE_STATE) > $(DIST)/.tree-before
	.ci/in-copy "$(ANDROID_APK)=*.apk" -- \
	  $(FYNE) package -os android --app-id $(APP_ID) --tags accessibility,$(RELEASE_TAGS)
	@$(TREE_STATE) | diff $(DIST)/.tree-before - || { echo "packaging changed the working tree"; exit 1; }
	@ls -l $(ANDROID_APK)

# The macOS app bundle, built on a Mac with the Xcode command-line tools
# (xcode-select --install); not signed or notarised.
package-darwin:
	@[ "$$(uname -s)" = Darwin ] || { echo "package-darwin runs on a Mac (it needs Xcode's tools)"; exit 1; }
	@mkdir -p $(DIST) && $(TREE_STATE) > $(DIST)/.tree-before
	.ci/in-copy "$(MACOS_APP)=*.app" -- \
	  $(FYNE) package -os darwin --release --app-id $(APP_ID) --tags accessibility,$(TRIM_TAGS)
	@$(TREE_STATE) | diff $(DIST)/.tree-before - || { echo "packaging changed the working tree"; exit 1; }

# The fonts the app ships for scripts Fyne's Noto Sans lacks
# (assets/fonts/README.md): subsets of Debian's fonts-noto-core, each the
# whole blocks of its script with every layout feature, plus the digits and
# punctuation the others share; no hinting. The same Debian fonts give the
# same files (the Devanagari and Arabic ones were checked to come out byte
# for byte as committed).
NOTO         := /usr/share/fonts/truetype/noto
FONT_COMMON  := U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+00AB,U+00BB,U+00D7,U+200C-200D,U+2010-2011,U+2013-2014,U+2018-2019,U+201C-201D,U+2026,U+20B9,U+25CC
FONT_SUBSETS := NotoSansDevanagari:U+0900-097F,U+1CD0-1CFF,U+A8E0-A8FF \
                NotoSansArabic:U+200E-200F,U+0600-06FF,U+0750-077F,U+FD3E-FD3F \
                NotoNaskhArabic:U+200E-200F,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FD3E-FD3F \
                NotoSansBengali:U+0951-0952,U+0964-0965,U+0980-09FF,U+1CD0-1CFF,U+A8F1 \
                NotoSansTamil:U+0951-0952,U+0964-0965,U+0B80-0BFF \
                NotoSansTelugu:U+0951-0952,U+0964-0965,U+0C00-0C7F
fonts:
	$(call apt-install,fonts-noto-core fonttools)
	@for spec in $(FONT_SUBSETS); do name=$${spec%%:*}; ranges=$${spec#*:}; \
	  for weight in Regular Bold; do \
	    pyftsubset $(NOTO)/$$name-$$weight.ttf --unicodes="$(FONT_COMMON),$$ranges" --layout-features='*' \
	      --no-hinting --name-IDs='*' --output-file=assets/fonts/$$name-$$weight.ttf || exit 1; \
	    ls -l assets/fonts/$$name-$$weight.ttf; \
	  done; done
	$(GO) run ./.ci/namefonts -fyne "$$($(GO) list -m -f '{{.Dir}}' fyne.io/fyne/v2)/theme/font" -out assets/fonts/names

# Renders the PNG icon (used by the packages) from its SVG source.
icon:
	$(call apt-install,librsvg2-bin)
	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png
	rsvg-convert -w 128 -h 128 assets/icon.svg -o assets/icon-128.png

# The sizes the README reports.
sizes:
	@ls -l $(DIST)/$(BINARY) $(LINUX_TARBALL) $(DEB) $(WINDOWS_EXE) $(WINDOWS_SETUP) 2>/dev/null | awk '{ printf "%12d  %s\n", $$5, $$9 }'

# `make -s print-RELEASE_TAGS` prints a variable, for scripts and workflows.
print-%:
	@echo '$($*)'

clean:
	rm -rf $(BINARY) $(BINARY)-mobile $(DIST)

# Fuzz everything that reads outside input (the state file, the command
# line, export of any state file, locale strings), each target for
# FUZZTIME, as package:target. Seeds: testdata/fuzz in each package.
# .ci/fuzz-one lets through Go 1.26's end-of-run race (golang/go#75804),
# never a failing input.
FUZZTIME     ?= 20s
FUZZ_TARGETS := progress:FuzzStateFile cli:FuzzCommandLine cli:FuzzExportStateFile lang:FuzzLocale
fuzz: deps-build
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzz $$t for $(FUZZTIME)"; \
	  GO=$(GO) .ci/fuzz-one $$t $(FUZZTIME) || exit 1; \
	done

# The real app in a real X server (Xvfb): bad environments, and no network
# at all (a network namespace of its own, every socket traced). Needs root
# for `unshare -n`.
SYSTEM_DEPS := xvfb xdotool strace util-linux
system-deps: deps-build
	$(call apt-install,$(SYSTEM_DEPS))

system-test: system-deps
	$(GO) test -c -o $(BINARY).test .
	CODESAFETY_SYSTEM_TESTS=1 ./$(BINARY).test -test.run '^(TestSystemBadEnvironment|TestSystemQuietStart)$$' -test.v
	CODESAFETY_SYSTEM_TESTS=1 CODESAFETY_NO_NETWORK=1 unshare -n ./$(BINARY).test -test.run '^TestSystemNoNetwork$$' -test.v
	rm -f $(BINARY).test

# The Windows .exe run for real in wine 10 (Debian 12's wine 8 cannot start
# Go 1.26 programs): Debian 13's wine, in a Debian 13 tree that debootstrap
# makes once, outside the source, in WINE_ROOT (a few minutes the first
# time; reused after), under a private X server. It checks the command
# line, the window in English, Hindi and Arabic, saving in %APPDATA%, two
# windows on one folder, an unreadable and a held-open state.json, export,
# and the setup: installed silently, the app started from the Start menu
# and used, uninstalled keeping and then deleting the saved progress
# (.ci/windows-check). Needs root, for chroot and mount.
WINE_ROOT ?= /var/cache/codesafety/wine-trixie
windows-check: package-windows-setup release
	$(call apt-install,debootstrap procps)
	WINE_ROOT='$(WINE_ROOT)' GO='$(GO)' .ci/windows-check $(WINDOWS_EXE) $(DIST)/$(BINARY) $(WINDOWS_SETUP)

# The .deb as people meet it (.ci/deb-check), in a clean Debian 12 and a
# clean Debian 13 (trees debootstrap makes once in DEB_TREES and never
# changes; each run works in a throw-away overlay): apt install ./FILE.deb
# pulls in what it needs, --version runs, the menu entry is valid and its
# icon installed, the window opens from its Exec line under Xvfb, and apt
# remove leaves no file behind. Needs root, for chroot and mount.
DEB_TREES ?= /var/cache/codesafety
deb-check: package-deb system-deps
	$(call apt-install,debootstrap procps desktop-file-utils)
	DEB_TREES='$(DEB_TREES)' .ci/deb-check $(DEB)

# What a screen reader finds in the .exe, through Windows UI Automation: in
# windows-check's wine tree (WINE_ROOT, with MinGW-w64 added once), a UIA
# client of our own (.ci/windows-a11y/uia-walk.c) walks home, a question,
# a checklist with a step opened and one ticked, and the question "Start
# over?", in English, Hindi and Arabic, reached with the keyboard; the
# trees go to $(DIST)/windows-a11y and are checked: names in the language
# holding the visible words, reading order, warning first, steps done or
# not, nothing read twice, a question's items first, the focus
# (.ci/windows-a11y/README.md). Needs root, for chroot and mount.
windows-a11y-check: package-windows release
	$(call apt-install,debootstrap procps python3)
	WINE_ROOT='$(WINE_ROOT)' GO='$(GO)' .ci/windows-a11y-check $(WINDOWS_EXE)

# The web pages as people meet them, in Debian's headless Chromium
# (.ci/web-check/README.md): `site`, and the HTML export of three checklists
# in en, hi and ar from the states in .ci/web-check/fixtures, into
# $(DIST)/web; axe-core, no request leaving the page, every relative link,
# page sizes, phone screenshots ($(DIST)/web-shots) and the print, 14 pt with
# no step split across pages ($(DIST)/web-print). Node.js and npm come from
# Debian only where there is no npm (Debian's nodejs has none of its own).
WEB_DIR  := $(DIST)/web
WEB_DEPS  = chromium poppler-utils fonts-noto-core $(if $(shell command -v npm),,nodejs npm)
web-check: release
	$(call apt-install,$(WEB_DEPS))
	cd .ci/web-check && npm ci --no-audit --no-fund --loglevel=error >/dev/null
	rm -rf $(WEB_DIR) && mkdir -p $(WEB_DIR)/export && cp -r .ci/web-check/fixtures $(WEB_DIR)/state
	$(DIST)/$(BINARY) site $(WEB_DIR)/site
	@for l in en hi ar; do for s in asked act-now recover; do \
	  env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 $(DIST)/$(BINARY) export --scenario $$s \
	    --format html --lang $$l --data-dir $(WEB_DIR)/state/$$l > $(WEB_DIR)/export/$$l-$$s.html || exit 1; \
	done; done
	node .ci/web-check/check.mjs $(WEB_DIR) $(DIST)

# Start-up against two baselines built with the same Fyne, default tags and
# the same -trimpath -s -w: a bare Fyne window (one label), and the home
# screen's content built from Fyne's own widgets alone (.ci/bench/same: the
# same words, icons, cards, bar and window size, without Code Safety's
# store, catalog, theme or widgets). First painted frame and peak memory
# from interleaved runs in Xvfb, and the stripped binaries' sizes; then the
# Go benchmarks, built as the app ships (TRIM_TAGS). The figures go in
# README.md ("Performance"). It fails when a ratio is above its limit:
# binary 1.00 of the bare window; first paint 1.05 of the same screen in
# Fyne's widgets (what Code Safety's own layers add), and BENCH_MAX_PAINT
# (1.20) of the bare window (what drawing the screen costs on this
# machine's software OpenGL); peak RSS 1.10 of the bare window (the target
# is 1.05, and medians of 41 runs range 1.01-1.05 with nothing changed: the
# 800x600 window's buffers alone are 4 % of the bare window's memory).
BENCH_RUNS      ?= 41
BENCH_MAX_PAINT ?= 1.20
bench: release system-deps
	cd .ci/bench && $(GO) build -trimpath -ldflags '$(RELEASE_LDFLAGS)' -o $(CURDIR)/$(DIST)/bare ./bare
	cd .ci/bench && $(GO) build -trimpath -ldflags '$(RELEASE_LDFLAGS)' -o $(CURDIR)/$(DIST)/same ./same
	cd .ci/bench && $(GO) build -o $(CURDIR)/$(DIST)/firstpaint ./firstpaint
	@app=$$(stat -c %s $(DIST)/$(BINARY)); bare=$$(stat -c %s $(DIST)/bare); \
	  awk -v a=$$app -v b=$$bare 'BEGIN { printf "binary: app %d bytes, bare %d bytes, ratio %.2f\n", a, b, a/b; \
	    if (a > b) { print "binary: above the limit (1.00)"; exit 1 } }'
	rm -rf $(DIST)/bench-data && mkdir -p $(DIST)/bench-data
	$(DIST)/firstpaint -runs $(BENCH_RUNS) -max-paint same=1.05,bare=$(BENCH_MAX_PAINT) -max-rss bare=1.10 \
	  -- app=$(DIST)/$(BINARY) --data-dir $(CURDIR)/$(DIST)/bench-data \
	  -- same=$(DIST)/same -words translations/active.en.toml -- bare=$(DIST)/bare
	$(GO) test -tags '$(TRIM_TAGS)' -run '^$$' -bench . -benchtime 2s ./app/... ./screens
