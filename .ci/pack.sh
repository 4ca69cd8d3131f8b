#!/usr/bin/env bash
# Packs the shippable packages from the already-built Release outputs (no rebuild, so nothing that a running
# test uses is rewritten) into .artifacts/feed with a version unique to this run: a stale package from an
# earlier run on the same machine (NuGet caches by id+version) can never be picked up.
set -euo pipefail
cd "$(dirname "$0")/.."
feed="${SEEDANCE_FEED:-$PWD/.artifacts/feed}"
version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S).$$"
rm -rf "$feed" && mkdir -p "$feed"
for project in src/Seedance.Contracts/Seedance.Contracts.csproj src/Seedance.Contracts.Pact/Seedance.Contracts.Pact.csproj; do
  dotnet pack "$project" -c Release --no-build -p:PackageVersion="$version" -o "$feed" -v:q -nologo
done
echo "$version" > "$feed/version.txt"
ls -l "$feed"
