#!/usr/bin/env bats
# Tests for scripts/coverage-grade.sh, scripts/coverage-summary.sh and `make coverage-grade`
# (the grading half of `make coverage`), on the fixture reports in fixtures/coverage:
#   line-<percent>.xml      JaCoCo XML reports whose report-level LINE counter gives exactly
#                           that percentage; their package and class LINE counters sit in
#                           another band, so reading the wrong counter changes the grade
#   report-low/, report-approved/   an XML and CSV report pair at 65 % and at 75 %
#   truncated.xml, not-jacoco.xml, no-classes.xml, pretty-70.00.xml   odd inputs

setup_file() {
  export ROOT
  ROOT="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
  export GRADE="$ROOT/scripts/coverage-grade.sh"
  export SUMMARY="$ROOT/scripts/coverage-summary.sh"
  export FIXTURES="$BATS_TEST_DIRNAME/fixtures/coverage"
}

setup() {
  # A `make test` run above this one must not leak its flags into the make calls below.
  unset MAKEFLAGS MFLAGS MAKELEVEL COVERAGE_REPORT COVERAGE_CSV COVERAGE_TXT
}

# assert_grade FIXTURE PERCENT GRADE STATUS
assert_grade() {
  run "$GRADE" "$FIXTURES/$1"
  [ "$status" -eq "$4" ]
  [[ $output == *"Line coverage: $2 %"* ]]
  [[ $output == *"— $3"* ]]
}

@test "0 % is Poor and fails" {
  assert_grade line-0.00.xml 0.00 "❌ Poor" 1
}

@test "49.99 % is Poor and fails" {
  assert_grade line-49.99.xml 49.99 "❌ Poor" 1
}

@test "50 % is Low and fails" {
  assert_grade line-50.00.xml 50.00 "⚠️ Low" 1
}

@test "69.99 % is Low and fails" {
  assert_grade line-69.99.xml 69.99 "⚠️ Low" 1
  [[ $output == *"below the 70 % minimum"* ]]
}

@test "69.995 % is truncated to 69.99, never rounded up to 70: Low and fails" {
  assert_grade line-69.995.xml 69.99 "⚠️ Low" 1
  [[ $output == *"(13999 of 20000 lines)"* ]]
}

@test "70 % is Approved and passes" {
  assert_grade line-70.00.xml 70.00 "✅ Approved" 0
  [[ $output != *"FAILED"* ]]
}

@test "79.99 % is Approved and passes" {
  assert_grade line-79.99.xml 79.99 "✅ Approved" 0
}

@test "80 % is High and passes" {
  assert_grade line-80.00.xml 80.00 "🌟 High" 0
}

@test "89.99 % is High and passes" {
  assert_grade line-89.99.xml 89.99 "🌟 High" 0
}

@test "90 % is Excellent and passes" {
  assert_grade line-90.00.xml 90.00 "🚀 Excellent" 0
}

@test "100 % is Excellent and passes" {
  assert_grade line-100.00.xml 100.00 "🚀 Excellent" 0
}

@test "only the report-level LINE counter counts, not the package or class ones" {
  # The package and class LINE counters of this fixture are 10 of 10 lines covered.
  grep -q '<counter type="LINE" missed="0" covered="10"/><counter type="CLASS" missed="0" covered="1"/></package>' \
    "$FIXTURES/line-69.99.xml"
  assert_grade line-69.99.xml 69.99 "⚠️ Low" 1
  [[ $output == *"(6999 of 10000 lines)"* ]]
}

@test "a pretty-printed report reads the same as JaCoCo's one-line report" {
  assert_grade pretty-70.00.xml 70.00 "✅ Approved" 0
}

@test "the default report is target/site/jacoco/jacoco.xml, relative to the working directory" {
  mkdir -p "$BATS_TEST_TMPDIR/target/site/jacoco"
  cp "$FIXTURES/line-80.00.xml" "$BATS_TEST_TMPDIR/target/site/jacoco/jacoco.xml"
  cd "$BATS_TEST_TMPDIR"
  run "$GRADE"
  [ "$status" -eq 0 ]
  [[ $output == *"80.00 %"*"🌟 High"* ]]
}

@test "a missing report is an error, not a pass" {
  cd "$BATS_TEST_TMPDIR"
  run "$GRADE"
  [ "$status" -eq 2 ]
  [[ $output == *"ERROR: no coverage report at target/site/jacoco/jacoco.xml (run make test first)"* ]]
  run "$GRADE" "$BATS_TEST_TMPDIR/nowhere.xml"
  [ "$status" -eq 2 ]
  [[ $output == *"no coverage report at $BATS_TEST_TMPDIR/nowhere.xml"* ]]
}

@test "a directory or an unreadable file is an error" {
  run "$GRADE" "$BATS_TEST_TMPDIR"
  [ "$status" -eq 2 ]
  [[ $output == *"cannot read the coverage report"* ]]
  if [[ $(id -u) -ne 0 ]]; then
    cp "$FIXTURES/line-90.00.xml" "$BATS_TEST_TMPDIR/secret.xml"
    chmod 000 "$BATS_TEST_TMPDIR/secret.xml"
    run "$GRADE" "$BATS_TEST_TMPDIR/secret.xml"
    [ "$status" -eq 2 ]
    [[ $output == *"cannot read the coverage report"* ]]
  fi
}

@test "an empty, truncated or foreign report is an error" {
  : >"$BATS_TEST_TMPDIR/empty.xml"
  run "$GRADE" "$BATS_TEST_TMPDIR/empty.xml"
  [ "$status" -eq 2 ]
  [[ $output == *"is not a complete JaCoCo XML report"* ]]
  run "$GRADE" "$FIXTURES/truncated.xml"
  [ "$status" -eq 2 ]
  [[ $output == *"is not a complete JaCoCo XML report"* ]]
  run "$GRADE" "$FIXTURES/not-jacoco.xml"
  [ "$status" -eq 2 ]
  [[ $output == *"is not a complete JaCoCo XML report"* ]]
}

@test "a report without a line counter (nothing measured) is an error" {
  run "$GRADE" "$FIXTURES/no-classes.xml"
  [ "$status" -eq 2 ]
  [[ $output == *"has no report-level line counter"* ]]
}

@test "--help describes the scale; extra arguments are refused" {
  run "$GRADE" --help
  [ "$status" -eq 0 ]
  [[ $output == *"Usage: scripts/coverage-grade.sh [REPORT]"* ]]
  [[ $output == *"90 % and above"* ]]
  run "$GRADE" a.xml b.xml
  [ "$status" -eq 2 ]
}

@test "summary: per-package line and branch coverage and the total, from the CSV report" {
  run "$SUMMARY" "$FIXTURES/report-low/jacoco.csv"
  [ "$status" -eq 0 ]
  # (bats leaves the empty lines out of $lines)
  [[ ${lines[1]} =~ ^Package\ +Lines\ +Line\ %\ +Branches\ +Branch\ %$ ]]
  [[ ${lines[2]} =~ ^com\.example\.billing\ +20/30\ +66\.66\ %\ +0/0\ +n/a$ ]]
  [[ ${lines[3]} =~ ^com\.example\.orders\ +45/70\ +64\.28\ %\ +10/16\ +62\.50\ %$ ]]
  [[ ${lines[4]} =~ ^Total\ +65/100\ +65\.00\ %\ +10/16\ +62\.50\ %$ ]]
}

@test "summary: a missing or foreign CSV report is an error" {
  run "$SUMMARY" "$BATS_TEST_TMPDIR/jacoco.csv"
  [ "$status" -eq 2 ]
  [[ $output == *"no coverage report at"* ]]
  run "$SUMMARY" "$FIXTURES/line-70.00.xml"
  [ "$status" -eq 2 ]
  [[ $output == *"is not a JaCoCo CSV report"* ]]
}

@test "make coverage-grade fails under 70 %, printing and keeping the summary and the grade" {
  local txt="$BATS_TEST_TMPDIR/coverage.txt"
  run make -s -C "$ROOT" coverage-grade COVERAGE_REPORT="$FIXTURES/report-low/jacoco.xml" COVERAGE_TXT="$txt"
  [ "$status" -ne 0 ]
  [[ $output == *"Total"*"65/100"*"65.00 %"* ]]
  [[ $output == *"Line coverage: 65.00 % (65 of 100 lines) — ⚠️ Low"* ]]
  [[ $output == *"below the 70 % minimum"* ]]
  grep -q 'com.example.orders' "$txt"
  grep -q 'Line coverage: 65.00 % (65 of 100 lines) — ⚠️ Low' "$txt"
}

@test "make coverage-grade passes at 70 % or more" {
  local txt="$BATS_TEST_TMPDIR/coverage.txt"
  run make -s -C "$ROOT" coverage-grade COVERAGE_REPORT="$FIXTURES/report-approved/jacoco.xml" COVERAGE_TXT="$txt"
  [ "$status" -eq 0 ]
  [[ $output == *"Line coverage: 75.00 % (75 of 100 lines) — ✅ Approved"* ]]
  grep -q 'Approved' "$txt"
}

@test "make coverage-grade fails when there is no report" {
  run make -s -C "$ROOT" coverage-grade COVERAGE_REPORT="$BATS_TEST_TMPDIR/none/jacoco.xml" \
    COVERAGE_TXT="$BATS_TEST_TMPDIR/coverage.txt"
  [ "$status" -ne 0 ]
  [[ $output == *"no coverage report at $BATS_TEST_TMPDIR/none/jacoco.csv"* ]]
}
