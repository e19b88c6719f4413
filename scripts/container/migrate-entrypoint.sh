#!/bin/sh
# Entrypoint of the migration job image (Containerfile, target "migrate"): runs Liquibase's own
# command line against the database named by DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD,
# as scripts/migrate.sh does for `make migrate`. Runs `update` unless another Liquibase command
# is given (e.g. `status --verbose`). Exits 0 on success, non-zero on any failure.
set -eu

missing=""
require() { # require NAME VALUE: remembers NAME when VALUE is empty
  if [ -z "$2" ]; then
    missing="$missing $1"
  fi
}
require DB_HOST "${DB_HOST:-}"
require DB_PORT "${DB_PORT:-}"
require DB_NAME "${DB_NAME:-}"
require DB_USER "${DB_USER:-}"
require DB_PASSWORD "${DB_PASSWORD:-}"
if [ -n "$missing" ]; then
  echo "migrate: missing required environment variable(s):$missing" >&2
  exit 2
fi

if [ "$#" -eq 0 ]; then
  set -- update
fi

echo "migrate: liquibase $1 on ${DB_HOST}:${DB_PORT}/${DB_NAME} as ${DB_USER}"
# The password travels in the environment, never on the command line.
LIQUIBASE_COMMAND_PASSWORD="$DB_PASSWORD"
LIQUIBASE_ANALYTICS_ENABLED=false
export LIQUIBASE_COMMAND_PASSWORD LIQUIBASE_ANALYTICS_ENABLED
exec java -cp '/opt/migrate/lib/*' liquibase.integration.commandline.LiquibaseCommandLine \
  --show-banner=false \
  --url="jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}" \
  --username="$DB_USER" \
  --search-path=/opt/migrate/changelog \
  --changelog-file=db/changelog/db.changelog-master.xml \
  "$@"
