#!/usr/bin/env bash
# SonarQube Cloud analysis behind `make sonar`: SonarScanner CLI from its container image (no
# local install) with Podman or Docker, on the project and the outputs of the last `make test`
# (target/classes, target/test-classes and the merged coverage report). Settings come from
# sonar-project.properties; sonar.qualitygate.wait=true makes a failed quality gate fail here.
#
# Usage: scripts/sonar.sh [extra scanner arguments, e.g. -Dsonar.verbose=true]
#
# Environment:
#   SONAR_TOKEN          required; an analysis token (SonarQube Cloud: My Account > Security).
#                        Handed to the container by name (-e SONAR_TOKEN), never printed and
#                        never put on a command line.
#   SONAR_HOST_URL       default https://sonarcloud.io
#   SONAR_SCANNER_IMAGE  default docker.io/sonarsource/sonar-scanner-cli:12.2.0.4256_8.1.0
#   CONTAINER_ENGINE     podman or docker (default: podman when installed, else docker)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

readonly DEFAULT_IMAGE=docker.io/sonarsource/sonar-scanner-cli:12.2.0.4256_8.1.0
image="${SONAR_SCANNER_IMAGE:-$DEFAULT_IMAGE}"
host_url="${SONAR_HOST_URL:-https://sonarcloud.io}"

die() {
  printf 'sonar: ERROR: %s\n' "$*" >&2
  exit 1
}

case "${1:-}" in
  -h | --help)
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
    exit 0
    ;;
esac

if [[ -z "${SONAR_TOKEN:-}" ]]; then
  die "SONAR_TOKEN is not set. Create a token in SonarQube Cloud (My Account > Security), then
  read -rs SONAR_TOKEN && export SONAR_TOKEN && make sonar"
fi

properties=sonar-project.properties
[[ -f "$properties" ]] || die "$properties is missing"
if grep -Eq '^sonar\.(organization|projectKey)=change-me' "$properties"; then
  die "sonar.organization and sonar.projectKey in $properties are still placeholders: fill them
  in from SonarQube Cloud (see docs/quality-gates.md)"
fi

[[ -d target/classes ]] || die "no compiled classes in target/classes: run make test (or make coverage) first"
[[ -f target/site/jacoco/jacoco.xml ]] ||
  die "no coverage report at target/site/jacoco/jacoco.xml: run make test (or make coverage) first"

engine="${CONTAINER_ENGINE:-}"
if [[ -z "$engine" ]]; then
  if command -v podman >/dev/null; then
    engine=podman
  elif command -v docker >/dev/null; then
    engine=docker
  else
    die "neither podman nor docker is installed (the scanner runs from a container image)"
  fi
fi
command -v "$engine" >/dev/null || die "container engine '$engine' not found"

# The scanner writes its work files (target/sonar) and cache (.local/sonar) as the calling user,
# so that they stay removable: rootless Podman maps that user in with keep-id.
user_args=(--user "$(id -u):$(id -g)")
if [[ "$engine" == *podman* ]] && [[ "$("$engine" info --format '{{.Host.Security.Rootless}}' 2>/dev/null)" == true ]]; then
  user_args=(--userns=keep-id)
fi
mkdir -p .local/sonar

# The image's own entrypoint would turn SONAR_TOKEN into -Dsonar.token=... on the scanner's command
# line, visible in the host's process list; the scanner reads SONAR_TOKEN itself.
printf 'sonar: analysing with %s (%s) against %s\n' "$image" "$engine" "$host_url" >&2
exec "$engine" run --rm \
  --entrypoint sonar-scanner \
  "${user_args[@]}" \
  -e SONAR_TOKEN \
  -e SONAR_HOST_URL="$host_url" \
  -e SONAR_USER_HOME=/usr/src/.local/sonar \
  -v "$root:/usr/src:z" \
  -w /usr/src \
  "$image" "$@"
