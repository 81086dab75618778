#!/usr/bin/env bash
# Runs the whole test suite: Python (unit, sandbox, corpus, API on SQLite and PostgreSQL,
# distributed with Redis, browser end-to-end) and the front end's unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/services.sh
if [ -f web/package.json ]; then
  (cd web && npm run --silent test)
fi
# Two worker processes (one per core here): the sandbox tests mostly wait on boxes, so this
# halves the wall time; a module stays on one worker (its fixtures are built once).
.venv/bin/pytest -p no:cacheprovider -n auto --dist loadfile "$@"
