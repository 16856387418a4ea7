#!/usr/bin/env bash
# Installs what tools/deploy's tests need, only when missing, and prints nothing else but the
# paths (helm=<path> and docker-compose=<path>, one a line):
#   - helm, built from its Go module at a pinned version into .cache/bin (git-ignored), with the
#     version and Kubernetes version stamped as helm's own Makefile does;
#   - docker-compose (Debian's package) to validate docker-compose.yml with `docker-compose config`.
# Concurrent callers wait for one another (flock), so helm is built once.
set -euo pipefail
cd "$(dirname "$0")/../.."

HELM_VERSION=v3.21.4
# helm v3.21.4 is built against k8s.io/client-go v0.36: its default Kubernetes version is 1.36.
K8S_MAJOR=1
K8S_MINOR=36

log() { printf '[ensure-tools] %s\n' "$*" >&2; }
mkdir -p .cache/bin
helm=".cache/bin/helm-${HELM_VERSION}"

exec 9>.cache/ensure-tools.lock
flock 9

if [ ! -x "$helm" ]; then
  go=$(command -v go || echo /usr/local/go/bin/go)
  if [ ! -x "$go" ]; then
    log "Go is needed to build helm ${HELM_VERSION} from the Go module proxy and was not found (install Go 1.24 or later)"
    exit 1
  fi
  log "building helm ${HELM_VERSION} with go install (a few minutes, once)"
  tmp=$(mktemp -d .cache/bin/helm-build.XXXXXX)
  GOBIN="$PWD/$tmp" GOFLAGS=-buildvcs=false CGO_ENABLED=0 "$go" install -trimpath -ldflags "-s -w \
    -X helm.sh/helm/v3/internal/version.version=${HELM_VERSION} \
    -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=${K8S_MAJOR} -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=${K8S_MINOR} \
    -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=${K8S_MAJOR} -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=${K8S_MINOR}" \
    "helm.sh/helm/v3/cmd/helm@${HELM_VERSION}" >&2
  mv "$tmp/helm" "$helm"
  rmdir "$tmp"
fi

compose=$(command -v docker-compose || true)
if [ -z "$compose" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "docker-compose is missing: install it with: sudo apt-get install -y docker-compose"
    exit 1
  fi
  log "installing Debian's docker-compose"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends docker-compose >/dev/null
  compose=$(command -v docker-compose)
fi

echo "helm=$PWD/$helm"
echo "docker-compose=$compose"
