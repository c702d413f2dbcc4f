#!/usr/bin/env bash
# Builds the two base images docker/Dockerfile needs, from Debian packages, because no image registry is reachable
# in CI:
#   flowsim/debian-minbase:local   debootstrap --variant=minbase of the host's Debian suite
#   flowsim/jre-base:local         + openjdk-17-jre-headless              (the runtime stage's base)
#   flowsim/build-base:local       + openjdk-17-jdk-headless maven        (the build stage's base), trusting the
#                                  host's extra certificate authorities (/usr/local/share/ca-certificates)
# The Debian mirror is the one this machine's apt already uses, read at run time from /etc/apt/sources.list*;
# no mirror name is written in the repository. Needs root, debootstrap and a running engine (DOCKER_HOST).
# Images that already exist are kept (delete them to rebuild).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
docker_cli=${DOCKER_CLI:-/usr/bin/docker}
suite=${FLOWSIM_BASE_SUITE:-bookworm}

have_image() { "$docker_cli" image inspect "$1" >/dev/null 2>&1; }

# The first http(s) URI of a "deb" source that serves $suite with the main component: one-line format
# (sources.list) or deb822 format (*.sources).
apt_mirror() {
  local file
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] || continue
    awk -v suite="$suite" '$1 == "deb" {
        i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
        if ($(i+1) == suite) { for (j = i+2; j <= NF; j++) if ($j == "main") { print $i; exit } } }' "$file"
  done
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    # deb822 stanzas are separated by blank lines; RS="" reads one stanza per record.
    awk -v suite="$suite" 'BEGIN { RS = "" } {
        types = ""; uris = ""; suites = ""; comps = ""
        n = split($0, lines, "\n")
        for (k = 1; k <= n; k++) {
          line = lines[k]; if (line ~ /^#/) continue
          if (line ~ /^Types:/) types = " " substr(line, 7) " "
          if (line ~ /^URIs:/) uris = substr(line, 6)
          if (line ~ /^Suites:/) suites = " " substr(line, 8) " "
          if (line ~ /^Components:/) comps = " " substr(line, 12) " "
        }
        gsub(/[ \t]+/, " ", types); gsub(/[ \t]+/, " ", suites); gsub(/[ \t]+/, " ", comps)
        if (types ~ / deb / && suites ~ (" " suite " ") && comps ~ / main /) { split(uris, u, " "); print u[1]; exit }
      }' "$file"
  done
}

mirror=$(apt_mirror | grep -E '^https?://' | head -1 || true)
[ -n "$mirror" ] || { echo "no apt source for Debian '$suite' (main) found in /etc/apt/sources.list*" >&2; exit 1; }

if ! have_image flowsim/debian-minbase:local; then
  rootfs=$(mktemp -d /tmp/flowsim-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  echo "debootstrap $suite (minbase) from the host's apt mirror"
  timeout 900 debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -30 "$rootfs.log"; rm -f "$rootfs.log"; exit 1; }
  rm -f "$rootfs.log"
  # Keep the image small: the package cache and lists are fetched again by the images built on it.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | "$docker_cli" import - flowsim/debian-minbase:local >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
fi

build_on_minbase() { # tag, trust-host-CAs (yes|no), packages...
  local tag="$1" trust="$2" context; shift 2
  have_image "$tag" && return 0
  echo "building $tag ($*)"
  context=$(mktemp -d /tmp/flowsim-base-context.XXXXXX)
  cp "$here/docker-base.Dockerfile" "$context/Dockerfile"
  mkdir "$context/extra-ca"
  # The build stage downloads from Maven Central; where this machine reaches it through an egress proxy with its
  # own certificate authority, the build base must trust the same authorities as the host (the runtime base not).
  if [ "$trust" = yes ]; then
    find /usr/local/share/ca-certificates -maxdepth 1 -name '*.crt' -exec cp {} "$context/extra-ca/" \; 2>/dev/null || true
  fi
  # Host networking: the engine runs with --bridge=none, so a build container has no other network.
  timeout 900 "$docker_cli" build --network host -q -t "$tag" --build-arg "PACKAGES=$*" "$context" >/dev/null \
    || { rm -rf "$context"; return 1; }
  rm -rf "$context"
}

build_on_minbase flowsim/jre-base:local no openjdk-17-jre-headless
build_on_minbase flowsim/build-base:local yes openjdk-17-jdk-headless maven
"$docker_cli" image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep '^flowsim/' | sort
