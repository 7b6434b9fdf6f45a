#!/usr/bin/env bash
# Benchmark of the case register: fills a fresh database with N generated cases, starts the platform,
# and measures registrations/s over HTTP and p50/p95 of the queue and three-rates queries.
#   bench/run.sh postgres 100000        bench/run.sh sqlite 1000000
# Options after the count are passed to `xinfang bench http` (e.g. --clients 16 --seconds 30).
# With `ui [SAMPLES]` after the count it times the workbench pages in headless Chromium instead
# (queue, case and leader dashboard, from navigation until the data shows and the page is live):
#   bench/run.sh postgres 1000000 ui 10          (`both`: the HTTP figures, then the pages)
# With `intake [--batch 500 --clients 4 --seconds 20]` it measures batch intake by an integration client instead.
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-postgres}
CASES=${2:-100000}
shift $(( $# >= 2 ? 2 : $# ))

dotnet build Xinfang.slnx -c Release -v quiet -nologo >/dev/null
CLI="dotnet src/Xinfang.Cli/bin/Release/net10.0/xinfang.dll"
WEB="dotnet src/Xinfang.Web/bin/Release/net10.0/Xinfang.Web.dll"

cleanup() { [ -n "${WEB_PID:-}" ] && kill "$WEB_PID" 2>/dev/null; [ "$PROVIDER" = postgres ] && pg_stop; cp "${WORK:-}/web.log" /tmp/bench-web.log 2>/dev/null; rm -rf "${WORK:-}"; }
trap cleanup EXIT
WORK=$(mktemp -d /tmp/xinfang-bench.XXXXXX)

if [ "$PROVIDER" = postgres ]; then
  # shellcheck source=../scripts/postgres.sh
  . scripts/postgres.sh
  PG_EXTRA_OPTIONS="-c shared_buffers=1GB -c max_connections=200 -c work_mem=32MB ${PG_BENCH_OPTIONS:-}" pg_start
  export Database__Provider=Postgres ConnectionStrings__Xinfang="${PG_CONNECTION/Database=postgres/Database=xinfang}"
else
  export Database__Provider=Sqlite ConnectionStrings__Xinfang="Data Source=$WORK/xinfang.db"
fi
export Security__PersonalDataKey=$(head -c 32 /dev/urandom | base64) Security__TokenKey=$(head -c 32 /dev/urandom | base64)
export Demo__Enabled=true Demo__Cases=0 Logging__LogLevel__Default=Warning

echo "==> generating $CASES cases on $PROVIDER"
$CLI demo generate --cases "$CASES"
# Write out the bulk load's pages now, so that the timed part does not share the disk and the cores with the
# checkpoint that would otherwise start a few minutes later.
[ "$PROVIDER" = postgres ] && pg_sql -d xinfang -c CHECKPOINT

PORT=5100
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
$WEB --urls "http://127.0.0.1:$PORT" ${WEB_ARGS:-} >"$WORK/web.log" 2>&1 &
WEB_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done

case "${1:-}" in
  ui) dotnet bench/Xinfang.Bench.Ui/bin/Release/net10.0/Xinfang.Bench.Ui.dll "http://127.0.0.1:$PORT" "${2:-10}" ;;
  intake) shift; $CLI bench intake --url "http://127.0.0.1:$PORT" "$@" ;;
  both)
    $CLI bench http --url "http://127.0.0.1:$PORT"
    dotnet bench/Xinfang.Bench.Ui/bin/Release/net10.0/Xinfang.Bench.Ui.dll "http://127.0.0.1:$PORT" 10 ;;
  *) $CLI bench http --url "http://127.0.0.1:$PORT" "$@" ;;
esac
