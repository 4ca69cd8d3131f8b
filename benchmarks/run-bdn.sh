#!/usr/bin/env bash
# Builds and runs the BenchmarkDotNet suite (serialization + one poll over loopback against the simulator in a
# separate process), then copies the GitHub-markdown reports into docs/benchmarks/ with the machine load
# noted. Not part of CI (.ci/run never calls it). Extra arguments go to BenchmarkDotNet, e.g.
#   bash benchmarks/run-bdn.sh --filter '*Poll*'
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project="$here/Seedance.Contracts.Benchmarks/Seedance.Contracts.Benchmarks.csproj"
out="$here/Seedance.Contracts.Benchmarks/bin/Release/net10.0"
dotnet build "$project" -c Release -nologo -v:q
artifacts="${BDN_ARTIFACTS:-$repo/.artifacts/bdn}"
rm -rf "$artifacts"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--filter '*')
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
dotnet "$out/Seedance.Contracts.Benchmarks.dll" --artifacts "$artifacts" "${args[@]}"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
dest="$repo/docs/benchmarks"
mkdir -p "$dest"
shopt -s nullglob
reports=("$artifacts"/results/*-report-github.md)
[ ${#reports[@]} -gt 0 ] || { echo "no markdown report was produced in $artifacts/results"; exit 1; }
for report in "${reports[@]}"; do
  # Seedance.Contracts.Benchmarks.Polling.PollBenchmarks-report-github.md -> PollBenchmarks.md
  name="$(basename "$report" -report-github.md)"
  name="${name##*.}"
  {
    echo "# $name (BenchmarkDotNet)"
    echo
    echo "Run $started with \`bash benchmarks/run-bdn.sh ${args[*]}\`; load average (1/5/15 min) before: $load_before, after: $load_after (2 cores)."
    echo
    # BenchmarkDotNet HTML-escapes the quotes around method descriptions; markdown does not need that.
    sed "s/&#39;/'/g" "$report"
  } > "$dest/$name.md"
  echo "wrote $dest/$name.md"
done
