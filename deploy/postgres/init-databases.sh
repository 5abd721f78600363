#!/bin/bash
# First start of the PostgreSQL container only (docker-entrypoint-initdb.d): Rugzak's login role and database, and
# Keycloak's. Rugzak's role owns its database and may create the tenants' roles, and is not a superuser (Rugzak
# refuses to run as one: a superuser passes every permission that keeps municipalities apart).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v rugzak_password="$RUGZAK_DB_PASSWORD" -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE rugzak_app LOGIN CREATEROLE NOSUPERUSER NOCREATEDB PASSWORD :'rugzak_password';
CREATE DATABASE rugzak OWNER rugzak_app;
CREATE ROLE keycloak LOGIN NOSUPERUSER NOCREATEDB PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
