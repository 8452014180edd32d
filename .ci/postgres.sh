#!/usr/bin/env bash
# A throwaway PostgreSQL (Debian's package) for the team-server tests and benchmarks: a cluster made with initdb
# in a temporary folder, run by an unprivileged user, password (SCRAM) authentication on loopback only.
#   bash .ci/postgres.sh start   # prints the environment the tests read; `eval "$(bash .ci/postgres.sh start)"`
#   bash .ci/postgres.sh env     # the same environment for a cluster already started
#   bash .ci/postgres.sh stop
set -euo pipefail
cmd=${1:-start}
DIR=${GIZMO_PG_DIR:-/tmp/gizmo-pg}
PORT=${GIZMO_PG_PORT:-55432}
USER_NAME=gizmo
PASSWORD_FILE=$DIR/password
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -n "$PGBIN" ]] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

# PostgreSQL refuses to run as root: the package's own unprivileged user runs it then.
if [[ $(id -u) -eq 0 ]]; then
  RUN_AS=(runuser -u postgres --)
  OWNER=postgres
else
  RUN_AS=()
  OWNER=$(id -un)
fi

case "$cmd" in
  start)
    if [[ -f "$DIR/data/postmaster.pid" ]]; then
      "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$PASSWORD_FILE"
    chown -R "$OWNER" "$DIR"
    chmod 700 "$DIR"
    "${RUN_AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=scram-sha-256 --pwfile="$PASSWORD_FILE" \
      -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null \
      || { cat "$DIR/server.log" >&2; exit 1; }
    PGPASSWORD=$(cat "$PASSWORD_FILE") "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" gizmo_test
    exec bash "${BASH_SOURCE[0]}" env
    ;;
  env)
    [[ -f "$DIR/data/postmaster.pid" ]] || { echo "postgres.sh: no cluster running in $DIR (start it first)" >&2; exit 1; }
    echo "export GIZMO_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PORT/gizmo_test"
    echo "export GIZMO_STORE_USER=$USER_NAME"
    echo "export GIZMO_STORE_PASSWORD_FILE=$PASSWORD_FILE"
    ;;
  stop)
    if [[ -f "$DIR/data/postmaster.pid" ]]; then
      "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$DIR"
    ;;
  *) echo "usage: postgres.sh start|env|stop" >&2; exit 2 ;;
esac
