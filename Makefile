# ClickNBack developer commands. `make help` lists them.
#
# Every command works with no set-up: development defaults (scripts/db.sh, scripts/migrate.sh
# and the dev-only liberty.defaultVar.* properties in pom.xml) are built in, and environment
# variables (DB_*, OAUTH_*, ...) override them.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

MVN ?= mvn
# The test run gets its own throwaway database, apart from the development one.
TEST_DB_PORT ?= 55433
TEST_ENV := DB_INSTANCE=test DB_HOST=localhost DB_PORT=$(TEST_DB_PORT) DB_NAME=clicknback \
	DB_USER=clicknback DB_PASSWORD=clicknback
MARKDOWN_FILES := $(shell git ls-files '*.md' 2>/dev/null || find . -name '*.md' -not -path './target/*' -not -path './node_modules/*')
MARKDOWNLINT := npx --yes markdownlint-cli2@0.20.0

.PHONY: help
help: ## List the commands
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.PHONY: db-up
db-up: ## Start (or reuse) the development PostgreSQL
	@scripts/db.sh up

.PHONY: db-down
db-down: ## Stop the development PostgreSQL started by db-up
	@scripts/db.sh down

.PHONY: migrate
migrate: db-up ## Apply the Liquibase migrations to the configured database
	@scripts/migrate.sh update

.PHONY: dev
dev: migrate ## Liberty dev mode with hot reload on http://localhost:9080 (migrates first)
	$(MVN) liberty:dev

.PHONY: run
run: migrate ## Build and run the packaged server in the foreground
	$(MVN) -DskipTests package liberty:run

.PHONY: test
test: ## Unit and integration tests with a merged coverage report (own database)
	@$(TEST_ENV) scripts/db.sh up
	@rc=0; \
	{ $(TEST_ENV) scripts/migrate.sh update && $(TEST_ENV) $(MVN) -B verify; } || rc=$$?; \
	$(TEST_ENV) scripts/db.sh destroy; \
	if [ $$rc -eq 0 ]; then \
	  echo "Coverage report: target/site/jacoco/index.html (XML: target/site/jacoco/jacoco.xml, CSV: target/site/jacoco/jacoco.csv)"; \
	fi; \
	exit $$rc

.PHONY: lint
lint: ## Check Java formatting (google-java-format) and the Markdown files
	$(MVN) -q spotless:check
	$(MARKDOWNLINT) $(MARKDOWN_FILES)

.PHONY: format
format: ## Format the Java sources in place
	$(MVN) -q spotless:apply

.PHONY: clean
clean: ## Remove build output (keeps the development database)
	$(MVN) -q clean
