# Code Safety. `make run` opens the app; `make test` runs every check.
# Both install the Debian/Ubuntu packages the build needs when they are
# missing (with sudo when not root). See README.md for other systems.

GO       ?= go
BINARY   := codesafety
APT_DEPS := gcc pkg-config libgl-dev libx11-dev libxcursor-dev libxrandr-dev \
            libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev

.PHONY: all deps build run test vet screenshots clean fuzz system-test system-deps

all: build

# Install missing build packages on Debian and Ubuntu; elsewhere, say what
# is needed and go on (the build will tell if something is missing).
deps:
	@if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(APT_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	    echo "Installing build packages:$$missing"; \
	    $$sudo apt-get update -qq && \
	    $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  fi; \
	else \
	  echo "Not Debian/Ubuntu: install a C compiler and the OpenGL, X11 and Wayland headers (see README.md)."; \
	fi

build: deps
	$(GO) build -o $(BINARY) .

run: build
	./$(BINARY)

vet: deps
	$(GO) vet ./...

# The domain and the screens run with the race detector; the main package
# (which links the OpenGL driver) without, as the race build of it is slow
# and it only tests the command line.
test: vet
	$(GO) tool staticcheck ./...
	$(GO) test -race -count=1 ./app/... ./screens/... ./translations/...
	$(GO) test -count=1 .

clean:
	rm -f $(BINARY)

# Fuzz everything that reads outside input (the state file, the command
# line, locale strings), each target for FUZZTIME. Seeds: app/testdata/fuzz.
FUZZTIME     ?= 20s
FUZZ_TARGETS := FuzzStateFile FuzzCommandLine FuzzLocale
fuzz: deps
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzz $$t for $(FUZZTIME)"; \
	  $(GO) test ./app -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) || exit 1; \
	done

# The real app in a real X server (Xvfb): bad environments, and no network
# at all (a network namespace of its own, every socket traced). Needs root
# for `unshare -n`.
SYSTEM_DEPS := xvfb xdotool strace util-linux
system-deps:
	@$(MAKE) --no-print-directory deps APT_DEPS="$(APT_DEPS) $(SYSTEM_DEPS)"

system-test: system-deps
	$(GO) test -c -o $(BINARY).test .
	CODESAFETY_SYSTEM_TESTS=1 ./$(BINARY).test -test.run '^TestSystemBadEnvironment$$' -test.v
	CODESAFETY_SYSTEM_TESTS=1 CODESAFETY_NO_NETWORK=1 unshare -n ./$(BINARY).test -test.run '^TestSystemNoNetwork$$' -test.v
	rm -f $(BINARY).test
