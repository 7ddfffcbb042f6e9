#!/usr/bin/env bash
# Every test: lint + format, module boundaries, typecheck, unit and contract tests, build, Playwright e2e.
set -euo pipefail
cd "$(dirname "$0")/.."

chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chrome" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "› Chromium not found at $chrome: installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    chrome=/usr/bin/chromium
  else
    echo "Chromium is needed for the browser tests: run 'sudo apt-get install -y chromium' or set CHROME_PATH." >&2
    exit 1
  fi
fi
export CHROME_PATH="$chrome"

step() { printf '\n› %s\n' "$*"; }

step "lint and format (biome)"
npx biome check .
step "module boundaries (dependency-cruiser)"
npm run --silent boundaries
step "unit, simulator and contract tests (vitest)"
npx vitest run
step "build (next build)"
# Built with the e2e secrets in its environment: auth-oidc.spec.ts scans the bundle for them.
eval "$(node -e 'for (const [k, v] of Object.entries(require("./e2e/test-secrets.json"))) console.log(`export ${k}=${JSON.stringify(v)}`)')"
npx next build
step "typecheck (tsc)"
npx tsc --noEmit
step "end-to-end (playwright, chromium)"
npx playwright test
