# Code Safety. `make run` opens the app; `make test` runs every check.
# Both install the Debian/Ubuntu packages the build needs when they are
# missing (with sudo when not root). See README.md for other systems.

GO       ?= go
BINARY   := codesafety
APT_DEPS := gcc pkg-config libgl-dev libx11-dev libxcursor-dev libxrandr-dev \
            libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev

.PHONY: all deps build run test vet screenshots clean

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
