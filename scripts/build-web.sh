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

src_hash=$(tree_hash src public index.html package-lock.json vite.config.ts tsconfig.json)
build_stamp=dist/.assay-build-sha256
if [ "${1:-}" != "--force" ] && [ -f "$build_stamp" ] && [ "$(cat "$build_stamp")" = "$src_hash" ]; then
  echo "build-web: web/dist is up to date"
  exit 0
fi
echo "build-web: npm run build"
npm run --silent build -- --logLevel warn
echo "$src_hash" >"$build_stamp"
