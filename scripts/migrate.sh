#!/usr/bin/env bash
# Applies the Liquibase changelogs to the database named by DB_* with Liquibase's own command
# line (no application start-up). Any other Liquibase command can be given instead of the
# default "update", e.g.: scripts/migrate.sh status --verbose, scripts/migrate.sh rollback-count --count=1
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Development defaults (the same as scripts/db.sh and the Liberty dev server); the environment wins.
: "${DB_HOST:=localhost}" "${DB_PORT:=55432}" "${DB_NAME:=clicknback}" "${DB_USER:=clicknback}" "${DB_PASSWORD:=clicknback}"

classpath_file="$root/target/liquibase.classpath"
if [[ ! -s "$classpath_file" || "$root/pom.xml" -nt "$classpath_file" ]]; then
  mkdir -p "$root/target"
  # liquibase-core, picocli and the driver are test-scoped dependencies of the build.
  mvn -q -f "$root/pom.xml" dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
fi

if [[ $# -eq 0 ]]; then
  set -- update
fi

echo "migrate: liquibase $1 on ${DB_HOST}:${DB_PORT}/${DB_NAME}"
# The password travels in the environment, never on the command line.
LIQUIBASE_COMMAND_PASSWORD="$DB_PASSWORD" \
LIQUIBASE_ANALYTICS_ENABLED=false \
  exec java -cp "$(cat "$classpath_file")" liquibase.integration.commandline.LiquibaseCommandLine \
  --show-banner=false \
  --url="jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}" \
  --username="$DB_USER" \
  --search-path="$root/src/main/resources" \
  --changelog-file=db/changelog/db.changelog-master.xml \
  "$@"
