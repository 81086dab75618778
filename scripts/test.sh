#!/usr/bin/env bash
# Runs the whole test suite: Python (unit, sandbox, corpus, API on SQLite and PostgreSQL,
# distributed with Redis, browser end-to-end) and the front end's unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/services.sh
if [ -f web/package.json ]; then
  (cd web && npm run --silent test)
fi
.venv/bin/pytest -p no:cacheprovider "$@"
