#!/usr/bin/env bash
# Installs what the tests need (when missing), starts a throwaway PostgreSQL server on a free loopback
# port, runs every test project against SQLite and PostgreSQL, stops the server, and fails on any failure.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use: PostgreSQL server; Chromium and CJK fonts for browser tests and charts;
# LXGW WenKai (one .ttf with CJK and digits) for PDFs; poppler-utils to read generated PDFs back.
PACKAGES=(postgresql chromium fonts-noto-cjk fonts-lxgw-wenkai poppler-utils)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Node.js runs the OpenAPI linter (redocly); Debian 12's own nodejs (18) is enough when none is installed.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- a throwaway PostgreSQL cluster -------------------------------------------------------------
# shellcheck source=scripts/postgres.sh
. scripts/postgres.sh
trap pg_stop EXIT
PG_EXTRA_OPTIONS="-c fsync=off -c synchronous_commit=off -c max_connections=200" pg_start
export XINFANG_TEST_POSTGRES="$PG_CONNECTION"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- the OpenAPI linter (pinned in tools/openapi-lint/package-lock.json) ----------------------------
npm ci --prefix tools/openapi-lint --no-audit --no-fund --loglevel=error >/dev/null
OPENAPI_DOC=$(mktemp /tmp/xinfang-openapi.XXXXXX.json)
export XINFANG_OPENAPI_OUT="$OPENAPI_DOC"

# --- build once, run every test project ----------------------------------------------------------
dotnet build Xinfang.slnx -c Release -v quiet -nologo
LOG=$(mktemp /tmp/xinfang-test.XXXXXX)
set +e
# One project at a time: the browser suite shares 2 cores with nothing else (run beside the contract suite, a
# Blazor round trip has taken over a minute and failed a journey that passes alone).
status=0
for project in tests/Xinfang.UnitTests tests/Xinfang.IntegrationTests tests/Xinfang.E2ETests; do
  dotnet test "$project" -c Release --no-build 2>&1 | tee -a "$LOG"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
set -e

passed=$(grep -Eo 'Passed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
rm -f "$LOG"
echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi

# The document the app served to the contract suite (OpenApiContract), linted with redocly's recommended rules:
# integration clients generate their code from it. Any error or warning fails the run.
echo "==> redocly lint /openapi/v1.json"
[ -s "$OPENAPI_DOC" ] || { echo "the contract suite wrote no OpenAPI document" >&2; exit 1; }
tools/openapi-lint/node_modules/.bin/redocly lint "$OPENAPI_DOC" --format=summary --max-problems=1000
if tools/openapi-lint/node_modules/.bin/redocly lint "$OPENAPI_DOC" --format=stylish 2>&1 | grep -qE "^\s+[0-9]+:[0-9]+\s+(error|warning)"; then
  echo "the OpenAPI document has lint problems (above)" >&2
  exit 1
fi
rm -f "$OPENAPI_DOC"
