#!/usr/bin/env bash
# Builds the front end into web/dist. Installs npm packages with `npm ci` only when node_modules is
# missing or package-lock.json changed, and rebuilds only when the sources changed (content stamps).
set -euo pipefail
cd "$(dirname "$0")/../web"

tree_hash() { # a hash of the named files and directories' contents (names included)
  find "$@" -type f ! -name '*.test.ts' ! -name '*.test.tsx' -print0 2>/dev/null \
    | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
install_stamp=node_modules/.assay-lock-sha256
if [ ! -f "$install_stamp" ] || [ "$(cat "$install_stamp")" != "$lock_hash" ]; then
  echo "build-web: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" >"$install_stamp"
fi

# The API's Swagger page (/api/docs) loads these from here, not from a CDN: it works offline.
copy_swagger() {
  mkdir -p dist/swagger
  cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
    dist/swagger/
}

src_hash=$(tree_hash src public index.html package-lock.json vite.config.ts tsconfig.json)
build_stamp=dist/.assay-build-sha256
if [ "${1:-}" != "--force" ] && [ -f "$build_stamp" ] && [ "$(cat "$build_stamp")" = "$src_hash" ]; then
  echo "build-web: web/dist is up to date"
  copy_swagger
  exit 0
fi
echo "build-web: npm run build"
npm run --silent build -- --logLevel warn
copy_swagger
echo "$src_hash" >"$build_stamp"
