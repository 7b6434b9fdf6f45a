#!/usr/bin/env bash
# Benchmark of the case register: fills a fresh database with N generated cases, starts the platform,
# and measures registrations/s over HTTP and p50/p95 of the queue and three-rates queries.
#   bench/run.sh postgres 100000        bench/run.sh sqlite 1000000
# Options after the count are passed to `xinfang bench http` (e.g. --clients 16 --seconds 30).
# With `ui [SAMPLES]` after the count it times the workbench pages in headless Chromium instead
# (queue, case and leader dashboard, from navigation until the data shows and the page is live):
#   bench/run.sh postgres 1000000 ui 10          (`both`: the HTTP figures, then the pages)
# With `intake [--batch 500 --clients 4 --seconds 20]` it measures batch intake by an integration client instead;
# with `outbox [--messages 5000]` it delivers status messages to a receiver on this machine (messages/s);
# with `intake-file ROWS` it imports a generated 12345 export of ROWS rows with `xinfang intake import` (time, peak memory);
# with `hotline-cdr ROWS` it imports a generated year of ROWS exchange call records (Master.csv) with `xinfang hotline import`
# (rows/s, peak memory), then times `xinfang hotline figures` for that year.
# With `analysis [--samples 10]` (cases with the real messages' texts) it times every slice of a year for the district and
# a township, a drill-down page, the day's warning computation and a monthly briefing rendered to PDF (`xinfang bench analysis`).
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
# The scheduled notifications would tell every pressing deadline of the generated register while the bench runs.
export Notifications__IntervalMinutes=0

echo "==> generating $CASES cases on $PROVIDER"
if [ "${1:-}" = search ] || [ "${1:-}" = analysis ]; then
  # Real citizens' messages (the test fixture) as the cases' texts, so that words are as frequent as in real data;
  # then the search index is built over all of them, timed.
  $CLI demo generate --cases "$CASES" --texts tests/data/complaints/labelled.csv.gz
fi
if [ "${1:-}" = search ]; then
  echo "==> building the search index"
  TIMEFORMAT='index build: %R s wall'; time $CLI search reindex 2>/dev/null
  [ "$PROVIDER" = postgres ] && pg_sql -d xinfang -c 'VACUUM (ANALYZE) "CaseSearchTexts"' -c CHECKPOINT >/dev/null
  [ "$PROVIDER" = postgres ] && pg_sql -d xinfang -tA -c "SELECT 'index size: ' || pg_size_pretty(pg_relation_size('\"IX_CaseSearchTexts_Vector\"'))" 2>/dev/null || true
elif [ "${1:-}" != analysis ]; then
  $CLI demo generate --cases "$CASES"
fi
# Write out the bulk load's pages now, so that the timed part does not share the disk and the cores with the
# checkpoint that would otherwise start a few minutes later.
[ "$PROVIDER" = postgres ] && pg_sql -d xinfang -c CHECKPOINT

# The outbox bench delivers by itself: the web app's own delivery runs would share the messages.
[ "${1:-}" = outbox ] && export Outbox__IntervalSeconds=0
PORT=5100
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
$WEB --urls "http://127.0.0.1:$PORT" ${WEB_ARGS:-} >"$WORK/web.log" 2>&1 &
WEB_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done

case "${1:-}" in
  ui) dotnet bench/Xinfang.Bench.Ui/bin/Release/net10.0/Xinfang.Bench.Ui.dll "http://127.0.0.1:$PORT" "${2:-10}" ;;
  search) shift; $CLI bench search --url "http://127.0.0.1:$PORT" "$@" ;;
  analysis) shift; $CLI bench analysis "$@" ;;
  intake) shift; $CLI bench intake --url "http://127.0.0.1:$PORT" "$@" ;;
  outbox) shift; $CLI bench outbox "$@" ;;
  intake-file)
    ROWS=${2:-100000}
    # A 12345 export: every 1000th row has no text (reported and skipped), every 100th an unknown category (待补录).
    awk -v rows="$ROWS" 'BEGIN {
      print "工单编号,来电时间,来电人,来电号码,诉求内容,问题分类,所属乡镇,诉求类别,法定分类";
      for (i = 1; i <= rows; i++) {
        text = (i % 1000 == 0) ? "" : "第" i "号工单：小区道路破损，路灯不亮，请尽快修复。";
        category = (i % 100 == 0) ? "不在本区的分类" : "市政设施";
        printf "GD%08d,2026-12-01 09:%02d:%02d,市民%d,139%08d,%s,%s,仁和镇,投诉,申诉求决类\n", i, (i / 60) % 60, i % 60, i, i, text, category;
      } }' >"$WORK/12345.csv"
    echo "==> importing $ROWS rows ($(du -h "$WORK/12345.csv" | cut -f1))"
    $CLI intake import "$WORK/12345.csv" --channel hotline12345 2>/dev/null | head -3 ;;
  hotline-cdr)
    ROWS=${2:-1000000}
    # A year (2025, not a leap year) of inbound calls spread evenly: 6 % abandoned, 2 % busy, the rest answered on one of
    # five seats; 200 000 distinct callers (so numbers call again); every 3rd answered call with a survey. Plain awk (mawk).
    awk -v rows="$ROWS" '
      function fmt(t,   y, d, s, m) {
        y = 2025; if (t >= 31536000) { t -= 31536000; y = 2026 }
        d = int(t / 86400); s = t - d * 86400; m = 1; while (d >= len[m]) { d -= len[m]; m++ }
        return sprintf("%d-%02d-%02d %02d:%02d:%02d", y, m, d + 1, int(s / 3600), int((s % 3600) / 60), s % 60)
      }
      BEGIN {
        split("31 28 31 30 31 30 31 31 30 31 30 31", len, " "); step = 31536000 / rows;
        for (i = 1; i <= rows; i++) {
          t = int((i - 1) * step); r = i % 50; caller = sprintf("139%08d", i % 200000); seat = i % 5 + 1; wait = i % 37;
          if (r < 3) { disp = "NO ANSWER"; answer = ""; bill = 0; end = fmt(t + wait) }
          else if (r == 3) { disp = "BUSY"; answer = ""; bill = 0; end = fmt(t + 1) }
          else { disp = "ANSWERED"; bill = 60 + i % 540; answer = fmt(t + wait); end = fmt(t + wait + bill) }
          printf "\"\",\"%s\",\"96097\",\"from-pstn\",\"\"\"%s\"\" <%s>\",\"SIP/trunk-%08x\",\"SIP/800%d-%08x\",\"Dial\",\"SIP/800%d,30\",\"%s\",\"%s\",\"%s\",%d,%d,\"%s\",\"DOCUMENTATION\",\"%d.%d\",\"%s\"\n",
            caller, caller, caller, i, seat, i, seat, fmt(t), answer, end, wait + bill, bill, disp, 1735660800 + t, i,
            (disp == "ANSWERED" && i % 3 == 0) ? "survey=" (i % 5 + 1) : "";
        } }' >"$WORK/Master.csv"
    echo "==> importing $ROWS call records ($(du -h "$WORK/Master.csv" | cut -f1))"
    /usr/bin/time -f "import process: %e s, peak %M KB" $CLI hotline import "$WORK/Master.csv" 2>&1 | grep -v "%$" | head -4
    echo "==> figures for the year (each by-grouping once; the query time excludes the process start)"
    for by in shift seat hour day agent; do
      /usr/bin/time -f "  by $by: process %e s, peak %M KB" $CLI hotline figures --from 2025-01-01 --to 2025-12-31 --by $by 2>&1 >/dev/null | sed "s/^查询/  by $by: 查询/"
    done ;;
  both)
    $CLI bench http --url "http://127.0.0.1:$PORT"
    dotnet bench/Xinfang.Bench.Ui/bin/Release/net10.0/Xinfang.Bench.Ui.dll "http://127.0.0.1:$PORT" 10 ;;
  *) $CLI bench http --url "http://127.0.0.1:$PORT" "$@" ;;
esac
