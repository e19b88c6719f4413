#!/usr/bin/env bats
# Tests for scripts/sonar.sh (`make sonar`) without a network or a real scanner: a copy of the
# script runs in a scratch project, with a stub container engine that records its arguments.

setup() {
  local root
  root="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
  export PROJECT="$BATS_TEST_TMPDIR/project"
  mkdir -p "$PROJECT/scripts" "$PROJECT/target/classes" "$PROJECT/target/site/jacoco"
  cp "$root/scripts/sonar.sh" "$PROJECT/scripts/"
  sed -e 's/^sonar.organization=.*/sonar.organization=acme/' \
    -e 's/^sonar.projectKey=.*/sonar.projectKey=acme_clicknback/' \
    "$root/sonar-project.properties" >"$PROJECT/sonar-project.properties"
  cp "$BATS_TEST_DIRNAME/fixtures/coverage/line-80.00.xml" "$PROJECT/target/site/jacoco/jacoco.xml"

  # The stub engine: records its arguments one per line and the token it received.
  export STUB_LOG="$BATS_TEST_TMPDIR/engine.log"
  export ENGINE_STUB="$BATS_TEST_TMPDIR/engine"
  cat >"$ENGINE_STUB" <<'STUB'
#!/usr/bin/env bash
if [[ $1 == info ]]; then echo false; exit 0; fi
printf '%s\n' "$@" >"$STUB_LOG"
printf 'token-in-environment=%s\n' "${SONAR_TOKEN:+yes}" >>"$STUB_LOG"
STUB
  chmod +x "$ENGINE_STUB"
  export SONAR_TOKEN_VALUE="sq-bats-$$-do-not-print"
  unset SONAR_TOKEN SONAR_HOST_URL SONAR_SCANNER_IMAGE
}

@test "fails clearly when SONAR_TOKEN is not set" {
  CONTAINER_ENGINE="$ENGINE_STUB" run "$PROJECT/scripts/sonar.sh"
  [ "$status" -eq 1 ]
  [[ $output == *"SONAR_TOKEN is not set"* ]]
  [ ! -e "$STUB_LOG" ]
}

@test "fails while the organization and project key are placeholders" {
  sed -i 's/^sonar.organization=.*/sonar.organization=change-me/' "$PROJECT/sonar-project.properties"
  SONAR_TOKEN="$SONAR_TOKEN_VALUE" CONTAINER_ENGINE="$ENGINE_STUB" run "$PROJECT/scripts/sonar.sh"
  [ "$status" -eq 1 ]
  [[ $output == *"still placeholders"* ]]
  [[ $output != *"$SONAR_TOKEN_VALUE"* ]]
}

@test "fails without the test run's classes or coverage report" {
  rm "$PROJECT/target/site/jacoco/jacoco.xml"
  SONAR_TOKEN="$SONAR_TOKEN_VALUE" CONTAINER_ENGINE="$ENGINE_STUB" run "$PROJECT/scripts/sonar.sh"
  [ "$status" -eq 1 ]
  [[ $output == *"no coverage report"*"run make test"* ]]
  rm -r "$PROJECT/target/classes"
  SONAR_TOKEN="$SONAR_TOKEN_VALUE" CONTAINER_ENGINE="$ENGINE_STUB" run "$PROJECT/scripts/sonar.sh"
  [ "$status" -eq 1 ]
  [[ $output == *"no compiled classes"* ]]
}

@test "runs the pinned scanner image on the project, passing the token by name only" {
  SONAR_TOKEN="$SONAR_TOKEN_VALUE" CONTAINER_ENGINE="$ENGINE_STUB" run "$PROJECT/scripts/sonar.sh" -Dsonar.verbose=true
  [ "$status" -eq 0 ]
  [[ $output != *"$SONAR_TOKEN_VALUE"* ]]
  run cat "$STUB_LOG"
  [[ $output != *"$SONAR_TOKEN_VALUE"* ]]
  grep -qx 'token-in-environment=yes' "$STUB_LOG"
  grep -qx -- '-e' "$STUB_LOG"
  grep -qx 'SONAR_TOKEN' "$STUB_LOG"
  grep -qx 'SONAR_HOST_URL=https://sonarcloud.io' "$STUB_LOG"
  grep -qx "$PROJECT:/usr/src:z" "$STUB_LOG"
  grep -qx 'sonar-scanner' "$STUB_LOG"
  grep -Eqx 'docker\.io/sonarsource/sonar-scanner-cli:[0-9][0-9._]*' "$STUB_LOG"
  [ "$(tail -n 2 "$STUB_LOG" | head -n 1)" = "-Dsonar.verbose=true" ]
}
