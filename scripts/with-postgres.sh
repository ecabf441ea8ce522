#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster (initdb in a temp folder, 127.0.0.1, a free
# port), with TEST_DATABASE_URL pointing at it; the cluster is stopped and removed afterwards.
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [[ -z "$PGBIN" || ! -x "$PGBIN/initdb" ]]; then
  echo "with-postgres: no PostgreSQL server binaries found (apt-get install -y postgresql)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/mr-pg.XXXXXX)
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
run() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chown postgres "$dir"
cleanup() { run "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
run "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
run "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: throwaway PostgreSQL on 127.0.0.1:$port"
"$@"
