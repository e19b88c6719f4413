#!/usr/bin/env bash
# Grades the total line coverage of a JaCoCo XML report, as `make coverage` and CI do.
#
# Usage: scripts/coverage-grade.sh [REPORT]
#   REPORT  JaCoCo XML report (default: target/site/jacoco/jacoco.xml, the merged report that
#           `make test` writes)
#
# Reads the report-level LINE counter (the <counter type="LINE"/> that is a direct child of
# <report>, not a package's or a class's), prints the percentage and its grade:
#   below 50 %  ❌ Poor        70-79 %  ✅ Approved     90 % and above  🚀 Excellent
#   50-69 %     ⚠️ Low         80-89 %  🌟 High
# The percentage is truncated to two decimals, never rounded up: 69.999 % is 69.99 %, Low.
#
# Exit status: 0 at 70 % or more; 1 below 70 %; 2 when the report is missing, unreadable or
# not a complete JaCoCo XML report, or has no line counter (nothing was measured).
set -euo pipefail

readonly THRESHOLD_BP=7000 # 70.00 %, in hundredths of a percent

usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

die() {
  printf 'coverage-grade: ERROR: %s\n' "$*" >&2
  exit 2
}

case "${1:-}" in
  -h | --help)
    usage
    exit 0
    ;;
esac
(($# <= 1)) || die "expected at most one argument, the report (see --help)"

report="${1:-target/site/jacoco/jacoco.xml}"
[[ -e "$report" ]] || die "no coverage report at $report (run make test first)"
[[ -f "$report" && -r "$report" ]] || die "cannot read the coverage report $report"

# One tag per line, then walk the element tree: only a <counter type="LINE"> whose parent is the
# root <report> counts. The walk also checks that the root is <report> and that it is closed,
# so a truncated or foreign file is an error rather than a number.
if ! counter="$({ grep -o '<[^>]*>' "$report" || [[ $? -eq 1 ]]; } | awk '
  function attr(tag, name,    re) {
    re = name "=\"[0-9]*\""
    if (!match(tag, re)) return ""
    return substr(tag, RSTART + length(name) + 2, RLENGTH - length(name) - 3)
  }
  /^<[?!]/ { next }                                  # XML declaration, DOCTYPE, comments
  /^<\// {                                           # closing tag
    if (depth == 1 && stack[1] == "report") closed = 1
    depth--
    next
  }
  {
    name = substr($0, 2)
    sub(/[ \t\/>].*$/, "", name)
    if (depth == 0) {
      if (name != "report" || seen_root) { bad = 1; exit }
      seen_root = 1
    }
    if (depth == 1 && stack[1] == "report" && name == "counter" && $0 ~ /type="LINE"/) {
      missed = attr($0, "missed"); covered = attr($0, "covered")
      if (missed == "" || covered == "") { bad = 1; exit }
      found = 1
    }
    if ($0 !~ /\/>$/) stack[++depth] = name
  }
  END {
    if (bad || !seen_root || !closed) { print "invalid"; exit }
    if (found) print missed, covered; else print "none"
  }
')"; then
  die "cannot read the coverage report $report"
fi

case "$counter" in
  invalid | "") die "$report is not a complete JaCoCo XML report" ;;
  none) die "$report has no report-level line counter: no classes were measured" ;;
esac

read -r missed covered <<<"$counter"
# Strip leading zeros so bash never reads the numbers as octal.
missed=$((10#$missed)) covered=$((10#$covered))
total=$((missed + covered))
((total > 0)) || die "$report counts no lines"

# Hundredths of a percent, truncated: integer arithmetic keeps 6999 of 10000 below 70 %.
bp=$((covered * 10000 / total))
percent="$((bp / 100)).$(printf '%02d' $((bp % 100)))"

if ((bp < 5000)); then
  grade="❌ Poor"
elif ((bp < 7000)); then
  grade="⚠️ Low"
elif ((bp < 8000)); then
  grade="✅ Approved"
elif ((bp < 9000)); then
  grade="🌟 High"
else
  grade="🚀 Excellent"
fi

printf 'Line coverage: %s %% (%d of %d lines) — %s\n' "$percent" "$covered" "$total" "$grade"

if ((bp < THRESHOLD_BP)); then
  printf 'coverage-grade: FAILED: line coverage %s %% is below the 70 %% minimum\n' "$percent" >&2
  exit 1
fi
