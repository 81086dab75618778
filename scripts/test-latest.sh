#!/usr/bin/env bash
# Drift check (outside CI): installs the NEWEST versions pyproject.toml allows, ignoring the lock, into a
# scratch venv and runs the unit, queue and distributed tests with them, so that a new release of a
# dependency that breaks Assay is seen here before `make lock` lets it reach a user.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/services.sh
venv=var/latest-venv
rm -rf "$venv"
python3 -m venv "$venv"
env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null "$venv/bin/pip" install -q --upgrade pip
env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null "$venv/bin/pip" install -q --upgrade -e '.[dev]'
echo "test-latest: versions that differ from requirements/dev.txt:"
"$venv/bin/pip" freeze --exclude-editable | tr 'A-Z_' 'a-z-' | sort >"$venv/freeze.txt"
grep -E '^[a-z0-9]' requirements/dev.txt | sed 's/ \\$//' | sort | comm -13 - "$venv/freeze.txt" || true
"$venv/bin/pytest" -p no:cacheprovider -q tests/queue tests/distributed tests/db tests/languages \
  tests/problems/test_problem_loader.py tests/judge/test_default_validator.py "$@"
