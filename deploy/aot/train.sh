#!/bin/sh
# Records Rugzak's JDK AOT cache (JDK 25, JEP 483/514/515) for one application folder: a training run starts the
# application in production mode against a throw-away PostgreSQL and stops once its context is refreshed
# (spring.context.exit=onRefresh); the JVM then writes the classes it loaded and linked, and the method profiles, to
# the cache. A start with -XX:AOTCache=<cache> on the same JVM and the same class path starts markedly faster.
#
# Used by the Dockerfile at build time (the PostgreSQL binaries are bind-mounted for that one step and never land in
# the image) and by the startup benchmark on the same layout (OperationsStartupBenchmark).
#
# Usage: train.sh <app folder holding rugzak.jar and lib/> <PostgreSQL folder holding bin/initdb> <cache file>
# Run it as an unprivileged user (initdb refuses root), with the java that will run the application.
set -eu
app=$1
pg=$2
cache=$3
port=${RUGZAK_TRAINING_PG_PORT:-25432}
work=$(mktemp -d "${TMPDIR:-/tmp}/rugzak-aot.XXXXXX")
cleanup() {
    "$pg/bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$pg/bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log"; exit 1; }
# The application's role as in production: owner of its database and CREATEROLE, not a superuser (Rugzak refuses
# one). The binaries have no psql: single-user mode takes the statements on stdin.
"$pg/bin/postgres" --single -D "$work/data" postgres >"$work/single.log" 2>&1 <<'SQL' || { cat "$work/single.log"; exit 1; }
CREATE ROLE rugzak_app LOGIN CREATEROLE NOSUPERUSER NOCREATEDB
CREATE DATABASE rugzak OWNER rugzak_app
SQL
"$pg/bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -t 60 \
    -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { cat "$work/postgres.log"; exit 1; }

# Keycloak is not needed to refresh the context (realms converge in the background, after startup); the address
# only has to be well-formed. The secrets key is random: nothing of this run is kept but the cache.
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$port/rugzak" \
SPRING_DATASOURCE_USERNAME=rugzak_app \
SPRING_DATASOURCE_PASSWORD= \
KEYCLOAK_URL=http://127.0.0.1:9 \
KEYCLOAK_ADMIN_USERNAME=training \
KEYCLOAK_ADMIN_PASSWORD=training \
RUGZAK_SECRETS_KEY=$(head -c 32 /dev/urandom | base64) \
RUGZAK_MODE=production \
RUGZAK_DATA_DIR="$work/app-data" \
java -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh -jar "$app/rugzak.jar" \
    --server.port=0 --management.server.port=0 >"$work/training.log" 2>&1 \
    || { tail -n 60 "$work/training.log"; exit 1; }
test -s "$cache" || { echo "No AOT cache was written to $cache"; tail -n 60 "$work/training.log"; exit 1; }
echo "AOT cache recorded: $cache ($(du -h "$cache" | cut -f1))"
