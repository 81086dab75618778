#!/usr/bin/env bash
# Format check, lint, strict types and the architecture's import contracts.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff format --check src tests bench
.venv/bin/ruff check src tests bench
.venv/bin/mypy
.venv/bin/lint-imports
if [ -f web/package.json ] && [ -d web/node_modules ]; then
  (cd web && npm run --silent typecheck && npm run --silent lint)
  web/scripts/gen-api.sh --check
fi
