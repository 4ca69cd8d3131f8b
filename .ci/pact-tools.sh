#!/usr/bin/env bash
# Sourced by the other pact-*.sh scripts: installs PactFlow's swagger-mock-validator (npm) into a cache
# OUTSIDE the repo (no node_modules here) on first use, then reuses it offline. Sets SMV to its binary.
# Override the cache with SEEDANCE_PACT_TOOLS_DIR.
export PACT_DO_NOT_TRACK=true
SMV_VERSION=14.5.0
PACT_TOOLS_DIR="${SEEDANCE_PACT_TOOLS_DIR:-${HOME:-/tmp}/.cache/seedance-contracts/npm-tools/swagger-mock-validator-$SMV_VERSION}"
SMV="$PACT_TOOLS_DIR/node_modules/.bin/swagger-mock-validator"

if [ ! -x "$SMV" ]; then
  echo "pact-tools: installing @pactflow/swagger-mock-validator@$SMV_VERSION into $PACT_TOOLS_DIR"
  parent="$(dirname "$PACT_TOOLS_DIR")"
  mkdir -p "$parent"
  staging="$(mktemp -d "$parent/.staging-XXXXXX")"
  npm install --no-audit --no-fund --loglevel=error --prefix "$staging" "@pactflow/swagger-mock-validator@$SMV_VERSION" >/dev/null \
    || { rm -rf "$staging"; echo "pact-tools: npm install failed" >&2; return 1 2>/dev/null || exit 1; }
  # Rename into place (atomic); if another run won the race, keep theirs.
  mv -T "$staging" "$PACT_TOOLS_DIR" 2>/dev/null || rm -rf "$staging"
fi
[ -x "$SMV" ] || { echo "pact-tools: $SMV is missing" >&2; return 1 2>/dev/null || exit 1; }
