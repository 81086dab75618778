#!/usr/bin/env bash
# Installs everything Assay needs on a fresh Debian machine; idempotent and quick the second time.
set -euo pipefail
cd "$(dirname "$0")/.."

# command -> Debian package providing it (a command already on PATH, from any source, is enough)
declare -A NEEDED=(
  [bwrap]=bubblewrap [gcc]=gcc [g++]=g++ [make]=make [go]=golang-go [javac]=openjdk-17-jdk-headless
  [node]=nodejs [npm]=npm [pypy3]=pypy3 [setpriv]=util-linux [pg_isready]=postgresql-client [redis-cli]=redis-tools
)
[ "${ASSAY_WITH_BROWSER:-0}" = 1 ] && NEEDED[chromium]=chromium

# The languages run their toolchains by absolute path (src/assay/languages/entries): a compiler
# elsewhere on PATH (/usr/local/go, a user's node) is not the one the sandbox runs.
declare -A TOOLCHAINS=(
  [/usr/bin/gcc]=gcc [/usr/bin/g++]=g++ [/usr/bin/go]=golang-go [/usr/bin/node]=nodejs
  [/usr/bin/pypy3]=pypy3 [/usr/lib/jvm/java-17-openjdk-amd64/bin/javac]=openjdk-17-jdk-headless
)

missing=()
for cmd in "${!NEEDED[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEEDED[$cmd]}")
done
for path in "${!TOOLCHAINS[@]}"; do
  [ -x "$path" ] || missing+=("${TOOLCHAINS[$path]}")
done
# Debian's python3 has no venv module until python3-venv is installed.
if [ -z "${PYTHON:-}" ] && ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
  missing+=(python3-venv)
fi
# The sandbox user cannot see a toolchain under /root (rustup's): Rust comes from Debian.
[ -x /usr/bin/rustc ] || missing+=(rustc)
[ -e /usr/lib/x86_64-linux-gnu/libseccomp.so.2 ] || ls /usr/lib/*/libseccomp.so.2 >/dev/null 2>&1 || missing+=(libseccomp2)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# Every Python package, direct and transitive, at the version and hash in the lock (docs/dependencies.md;
# `make lock` refreshes it). The project itself goes in last, editable, without resolving anything.
LOCK=${ASSAY_LOCK:-requirements/dev.txt}
stamp=.venv/.assay-installed
if [ ! -f "$stamp" ] || [ "$LOCK" -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --require-hashes --no-deps -r "$LOCK"
  .venv/bin/python -m pip install -q --no-deps --no-build-isolation -e .
  .venv/bin/python -m pip check >/dev/null
  touch "$stamp"
fi

# The unprivileged user that runs every sandboxed program.
if ! id assay-run >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin assay-run
fi

if [ -f web/package.json ] && [ "${ASSAY_SKIP_WEB:-0}" != 1 ]; then
  scripts/build-web.sh
fi

# Faster cgroup migrations (docs/benchmarks.md "Per-test cost"): a box joins its cgroups on every
# run, and without `favordynmods` each join waits for an RCU grace period (ms, with a long tail).
# The option is a property of the host's cgroup v2 mount and also speeds up v1 hierarchies beside
# it (the lock it changes is shared). A host setting, skipped where it cannot be set.
if [ "$(id -u)" = 0 ]; then
  while read -r _ mountpoint fstype options _; do
    if [ "$fstype" = cgroup2 ] && [[ ",$options," != *,favordynmods,* ]]; then
      if mount -o remount,favordynmods "$mountpoint" 2>/dev/null; then
        echo "setup: remounted $mountpoint with favordynmods"
      else
        echo "setup: $mountpoint cannot take favordynmods (kernel < 6.1?); boxes start a little slower"
      fi
    fi
  done < /proc/mounts
fi
