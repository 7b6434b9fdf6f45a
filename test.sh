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

# --- build once, run every test project ----------------------------------------------------------
dotnet build Xinfang.slnx -c Release -v quiet -nologo
LOG=$(mktemp /tmp/xinfang-test.XXXXXX)
set +e
dotnet test Xinfang.slnx -c Release --no-build 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}
set -e

passed=$(grep -Eo 'Passed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
rm -f "$LOG"
echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
