# Sourced by test.sh and bench/run.sh: a throwaway PostgreSQL cluster in a temp folder on a free
# loopback port. pg_start sets PG_CONNECTION (an Npgsql connection string to database "postgres").
# shellcheck shell=bash

pg_run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/xinfang-pg.XXXXXX)
  local password port
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  port=54329
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$password" >"$PG_DIR/pwfile"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$PG_DIR"
  pg_run "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_DIR ${PG_EXTRA_OPTIONS:-}" start >/dev/null
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres"
  echo "==> PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

# psql as the cluster's superuser, e.g. pg_sql -d xinfang -c CHECKPOINT
pg_sql() {
  local port
  port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$PG_CONNECTION")
  PGPASSWORD=$(cat "$PG_DIR/pwfile") "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt "$@"
}
