#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for the storage tests and prints the
# connection string; `pg-test-server.sh stop DIR` stops and deletes it. Uses Debian's
# postgresql binaries (installed by .ci/run). Prints nothing and exits 1 when they are absent.
set -euo pipefail

pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-start}" = stop ]; then
  dir="$2"
  [ -d "$dir/data" ] && as_pg "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

[ -x "$pgbin/initdb" ] || exit 1
dir="$(mktemp -d /tmp/sitrep-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
as_pg "$pgbin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
for attempt in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 20000))
  # fsync off: a test cluster, thrown away after the run.
  if as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" start >/dev/null 2>&1; then
    echo "$dir Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    exit 0
  fi
done
cat "$dir/server.log" >&2
exit 1
