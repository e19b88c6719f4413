#!/usr/bin/env bash
# Per-package line and branch coverage, and the total, from a JaCoCo CSV report: the
# human-readable part of coverage.txt (`make coverage`). scripts/coverage-grade.sh grades.
#
# Usage: scripts/coverage-summary.sh [CSV]
#   CSV  JaCoCo CSV report (default: target/site/jacoco/jacoco.csv, written by `make test`)
#
# Percentages are truncated to two decimals, like the grade's. Exit status 2 when the report
# is missing or is not a JaCoCo CSV report.
set -euo pipefail

die() {
  printf 'coverage-summary: ERROR: %s\n' "$*" >&2
  exit 2
}

case "${1:-}" in
  -h | --help)
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
    exit 0
    ;;
esac
(($# <= 1)) || die "expected at most one argument, the CSV report (see --help)"

csv="${1:-target/site/jacoco/jacoco.csv}"
[[ -e "$csv" ]] || die "no coverage report at $csv (run make test first)"
[[ -f "$csv" && -r "$csv" ]] || die "cannot read the coverage report $csv"

readonly HEADER='GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,LINE_COVERED'
first="$(head -n 1 "$csv" | tr -d '\r')"
[[ "$first" == "$HEADER"* ]] || die "$csv is not a JaCoCo CSV report (unexpected header)"

# Columns: 2 package, 6/7 branch missed/covered, 8/9 line missed/covered.
LC_ALL=C awk -F, -v source="$csv" '
  function pct(covered, total,    bp) {
    if (total == 0) return "n/a"
    bp = int(covered * 10000 / total)
    return sprintf("%d.%02d %%", int(bp / 100), bp % 100)
  }
  function row(name, lm, lc, bm, bc) {
    printf "%-*s %13s %9s %13s %9s\n", width, name, lc "/" (lm + lc), pct(lc, lm + lc), \
      bc "/" (bm + bc), pct(bc, bm + bc)
  }
  NR == 1 { next }
  NF < 9 { printf "coverage-summary: ERROR: %s line %d has %d columns\n", source, NR, NF > "/dev/stderr"; bad = 1; exit }
  {
    sub(/\r$/, "")
    if (!($2 in lm)) { names[++n] = $2; lm[$2] = lc[$2] = bm[$2] = bc[$2] = 0 }
    bm[$2] += $6; bc[$2] += $7; lm[$2] += $8; lc[$2] += $9
    tbm += $6; tbc += $7; tlm += $8; tlc += $9
  }
  END {
    if (bad) exit 2
    if (n == 0) { printf "coverage-summary: ERROR: %s lists no classes\n", source > "/dev/stderr"; exit 2 }
    # Sort the package names (insertion sort: a few dozen at most).
    for (i = 2; i <= n; i++) {
      key = names[i]
      for (j = i - 1; j >= 1 && names[j] > key; j--) names[j + 1] = names[j]
      names[j + 1] = key
    }
    width = 7
    for (i = 1; i <= n; i++) if (length(names[i]) > width) width = length(names[i])
    print "Coverage by package (unit and integration tests, merged)"
    print ""
    printf "%-*s %13s %9s %13s %9s\n", width, "Package", "Lines", "Line %", "Branches", "Branch %"
    for (i = 1; i <= n; i++) row(names[i], lm[names[i]], lc[names[i]], bm[names[i]], bc[names[i]])
    print ""
    row("Total", tlm, tlc, tbm, tbc)
    print ""
  }
' "$csv"
