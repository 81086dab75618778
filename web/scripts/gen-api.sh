#!/usr/bin/env bash
# Regenerates the typed API client's types (web/src/api/schema.d.ts) from the platform's OpenAPI
# schema. The schema is taken from the app factory directly (no server, no database needed); the
# dump is kept as web/src/api/openapi.json so reviews show API changes. Commit both files.
set -euo pipefail
web="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(dirname "$web")"
cd "$repo"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ASSAY_DATA_DIR="$tmp" .venv/bin/python - "$web/src/api/openapi.json" <<'PY'
import json
import sys

from pydantic import SecretStr

from assay.api.app import create_app
from assay.config import Settings
from assay.db.engine import Database
from assay.queue.setup import transport_for

settings = Settings(secret_key=SecretStr("schema-dump"), database_url="sqlite+aiosqlite://")
database = Database.from_url(settings.database_url)
app = create_app(settings, transport=transport_for(settings, database, slots=0), database=database)
with open(sys.argv[1], "w") as out:
    json.dump(app.openapi(), out, indent=1, sort_keys=True)
    out.write("\n")
PY
cd "$web"
npx openapi-typescript src/api/openapi.json -o src/api/schema.d.ts --root-types --alphabetize >/dev/null
echo "gen-api: src/api/openapi.json -> src/api/schema.d.ts"
