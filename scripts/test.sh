#!/usr/bin/env bash
# Runs the whole test suite: Python (unit, sandbox, corpus, API, distributed) then the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/services.sh
.venv/bin/pytest -p no:cacheprovider "$@"
