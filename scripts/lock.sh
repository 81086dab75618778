#!/usr/bin/env bash
# Refreshes the Python lock files from pyproject.toml: the newest versions its ranges allow, every
# package pinned with its hashes. Resolves against PyPI alone (no local wheel folders or mirrors).
# Usage: scripts/lock.sh [--upgrade-package NAME ...]   (no argument: upgrade everything)
set -euo pipefail
cd "$(dirname "$0")/.."
tools=var/lock-venv
if [ ! -x "$tools/bin/pip-compile" ]; then
  python3 -m venv "$tools"
  "$tools/bin/pip" install -q pip-tools==7.6.2
fi
upgrade=(--upgrade)
[ $# -gt 0 ] && upgrade=("$@")
compile() {  # output file, then extra pip-compile arguments
  local out=$1; shift
  env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null "$tools/bin/pip-compile" -q --generate-hashes \
    --allow-unsafe --strip-extras "${upgrade[@]}" "$@" --output-file "$out" \
    pyproject.toml requirements/tooling.in
}
compile requirements/main.txt
compile requirements/dev.txt --extra dev
echo "lock: requirements/main.txt and requirements/dev.txt refreshed; run make test before committing them"
