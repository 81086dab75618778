#!/usr/bin/env bash
# Regenerates the typed API client's types (web/src/api/schema.d.ts) from the platform's OpenAPI
# schema. The schema is taken from the app factory directly (no server, no database needed); the
# dump is kept as web/src/api/openapi.json so reviews show API changes. Commit both files.
# `--check` writes nothing and fails when the committed files are not what the code generates.
set -euo pipefail
check=0
[ "${1:-}" = "--check" ] && check=1
web="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(dirname "$web")"
cd "$repo"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$web/src/api"
[ "$check" = 1 ] && out="$tmp/api" && mkdir -p "$out"
ASSAY_DATA_DIR="$tmp" .venv/bin/python - "$out/openapi.json" <<'PY'
import json
import sys

from pydantic import SecretStr

from assay.api.app import create_app
from assay.config import Settings
from assay.db.engine import Database
from assay.modes.setup import transport_for

settings = Settings(secret_key=SecretStr("schema-dump"), database_url="sqlite+aiosqlite://")
database = Database.from_url(settings.database_url)
app = create_app(settings, transport=transport_for(settings, database, slots=0), database=database)
with open(sys.argv[1], "w") as out:
    json.dump(app.openapi(), out, indent=1, sort_keys=True)
    out.write("\n")
PY
cd "$web"
npx openapi-typescript "$out/openapi.json" -o "$out/schema.d.ts" --root-types --alphabetize >/dev/null
if [ "$check" = 1 ]; then
  for name in openapi.json schema.d.ts; do
    if ! cmp -s "$out/$name" "src/api/$name"; then
      echo "gen-api: web/src/api/$name is not what the API generates; run: cd web && npm run gen-api" >&2
      exit 1
    fi
  done
  echo "gen-api: web/src/api matches the API's schema"
  exit 0
fi
echo "gen-api: src/api/openapi.json -> src/api/schema.d.ts"
