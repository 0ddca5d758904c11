# shellcheck shell=bash
# What the system checks (.ci/deb-check, .ci/windows-check,
# .ci/windows-a11y-check) share: waiting, processes, the Debian trees they
# run in and the archive those come from. Each script sources it after
# setting `here` and defining its own die; in_tree reads the caller's
# `root` and `display` when it runs.

# running PID: the process has not exited (a zombie has).
running() {
  local s
  s=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [[ $s != Z* ]]
}
exited() { ! running "$1"; }

# wait_for SECONDS COMMAND...: polls COMMAND until it succeeds.
wait_for() {
  local end=$((SECONDS + $1))
  shift
  until "$@"; do
    [ "$SECONDS" -lt "$end" ] || return 1
    sleep 0.2
  done
}

# mounts_under DIR lists what is mounted under DIR, deepest first.
mounts_under() { awk -v d="$1/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r; }

# unmount_tree DIR unmounts everything under DIR (not DIR itself).
unmount_tree() {
  local m
  for m in $(mounts_under "$1"); do umount "$m" 2>/dev/null || umount -l "$m"; done
}

# mount_tree gives the tree its own /proc and a small /dev of its own (not
# the machine's, so nothing done in the tree can reach the machine's).
mount_tree() {
  local t=$1
  mount -t proc proc "$t/proc"
  mount -t tmpfs -o mode=755,size=16m codesafety-dev "$t/dev"
  mknod -m 666 "$t/dev/null" c 1 3
  mknod -m 666 "$t/dev/zero" c 1 5
  mknod -m 666 "$t/dev/full" c 1 7
  mknod -m 666 "$t/dev/random" c 1 8
  mknod -m 666 "$t/dev/urandom" c 1 9
  mknod -m 666 "$t/dev/tty" c 5 0
  mkdir -m 1777 "$t/dev/shm"
  ln -s /proc/self/fd "$t/dev/fd"
  mkdir -p "$t/tmp/xdg" && chmod 700 "$t/tmp/xdg"
}

# remove_tree deletes a tree, never while anything is mounted in it.
remove_tree() {
  [ -d "$1" ] || return 0
  unmount_tree "$1"
  [ -z "$(mounts_under "$1")" ] || die "cannot remove $1: something is still mounted in it"
  rm -rf --one-file-system "$1"
}

# mirror is the Debian archive this machine's apt uses.
mirror() {
  if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
  local m
  m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    grep -v '^ *#' | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n 1 | tr -d ' ' || true)
  echo "${m:-http://deb.debian.org/debian}"
}

# in_tree runs a command in the tree ($root), with the private X server
# ($display).
# shellcheck disable=SC2154 # root and display are the caller's
in_tree() {
  chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root USER=root LANG=en_US.UTF-8 \
    XDG_RUNTIME_DIR=/tmp/xdg DISPLAY=":$display" "$@"
}
