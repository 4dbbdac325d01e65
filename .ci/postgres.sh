# Sourced by .ci/run: a throw-away PostgreSQL server on loopback for the store tests.
# Installs Debian's postgresql when missing, starts a fresh cluster in a temporary
# folder on a free port, creates role and database "derek", exports DEREK_TEST_PG_URL
# and stops the server when the calling script exits.
derek_pg_start() {
  local bin port dir
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "installing postgresql from Debian packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  dir=$(mktemp -d /tmp/derek-ci-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  for port in 54331 54332 54333 54334 54335; do
    if "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off" start >/dev/null; then
      break
    fi
    port=""
  done
  if [ -z "$port" ]; then echo "could not start PostgreSQL (see $dir/server.log)" >&2; return 1; fi
  "$bin/psql" -qX -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE derek LOGIN CREATEDB" \
    -c "CREATE DATABASE derek OWNER derek TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
  export DEREK_TEST_PG_URL="postgresql://derek@127.0.0.1:$port/derek"
  DEREK_PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop)
  trap 'set +e; "${DEREK_PG_STOP[@]}" >/dev/null 2>&1; rm -rf "'"$dir"'"' EXIT
  echo "PostgreSQL for the tests: $DEREK_TEST_PG_URL" >&2
}
