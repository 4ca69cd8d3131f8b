#!/usr/bin/env bash
# Consumer figures (issue 5): sizes of the packed packages, the NativeAOT binary size and start-to-first-request
# time of a small consumer, and the build-time cost of the package's generator + analyzers. Consumers are fresh
# console projects in a temporary folder outside the repo, installing Seedance.Contracts from a local feed.
# Not part of CI. Knobs: BUILD_RUNS (default 5), START_RUNS (default 20), KEEP_WORK=1 keeps the temp folder.
# Writes .artifacts/consumer-measure/figures.json and prints a summary.
set -euo pipefail
# Everything runs inside main so bash has read the whole script before it starts (safe to edit while it runs).
main() {
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 PACT_DO_NOT_TRACK=true
build_runs="${BUILD_RUNS:-5}"
start_runs="${START_RUNS:-20}"
results="$repo/.artifacts/consumer-measure"
mkdir -p "$results"
log() { echo "[measure $(date -u +%H:%M:%S)] $*" >&2; }

# 1. Release outputs the pack needs: build only what is missing.
need() {
  local output="$1" project="$2"
  if [ ! -f "$output" ]; then
    log "building $project (missing $output)"
    dotnet build "$project" -c Release -nologo -v:q
  fi
}
need generators/Seedance.Contracts.Generators/bin/Release/netstandard2.0/Seedance.Contracts.Generators.dll generators/Seedance.Contracts.Generators/Seedance.Contracts.Generators.csproj
need analyzers/Seedance.Contracts.Analyzers/bin/Release/netstandard2.0/Seedance.Contracts.Analyzers.dll analyzers/Seedance.Contracts.Analyzers/Seedance.Contracts.Analyzers.csproj
need analyzers/Seedance.Contracts.CodeFixes/bin/Release/netstandard2.0/Seedance.Contracts.CodeFixes.dll analyzers/Seedance.Contracts.CodeFixes/Seedance.Contracts.CodeFixes.csproj
for tfm in net8.0 net10.0; do
  need "src/Seedance.Contracts/bin/Release/$tfm/Seedance.Contracts.dll" src/Seedance.Contracts/Seedance.Contracts.csproj
  need "src/Seedance.Contracts.Pact/bin/Release/$tfm/Seedance.Contracts.Pact.dll" src/Seedance.Contracts.Pact/Seedance.Contracts.Pact.csproj
done
simulator="src/Seedance.Contracts.Simulator/bin/Release/net10.0/Seedance.Contracts.Simulator.dll"
need "$simulator" src/Seedance.Contracts.Simulator/Seedance.Contracts.Simulator.csproj
simulator="$repo/$simulator"

# 2. Pack into a feed of our own (.ci/pack.sh, unique version), so the end-to-end tests' feed is left alone.
feed="$repo/.artifacts/bench-feed"
log "packing into $feed"
SEEDANCE_FEED="$feed" bash .ci/pack.sh > "$results/pack.log" 2>&1 || { tail -20 "$results/pack.log" >&2; echo "pack failed" >&2; exit 1; }
version="$(cat "$feed/version.txt")"
# The build-time figure is meaningless if the package does not carry its Roslyn components: refuse to measure.
components="$(unzip -l "$feed/Seedance.Contracts.$version.nupkg" | grep -c -E 'analyzers/dotnet/cs/Seedance\.Contracts\.(Generators|Analyzers)\.dll' || true)"
if [ "$components" -ne 2 ]; then
  echo "Seedance.Contracts.$version.nupkg lacks analyzers/dotnet/cs/Seedance.Contracts.Generators.dll or .Analyzers.dll (is Seedance.Contracts.Packaging.targets imported?)" >&2
  [ "${ALLOW_INCOMPLETE_PACKAGE:-}" = "1" ] || exit 1
fi
python3 - "$feed" > "$results/packages.json" <<'PY'
import json, os, sys, zipfile
feed = sys.argv[1]
out = []
for name in sorted(os.listdir(feed)):
    if not name.endswith((".nupkg", ".snupkg")):
        continue
    path = os.path.join(feed, name)
    folders = {}
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            parts = info.filename.split("/")
            key = "/".join(parts[:3]) if parts[0] == "analyzers" else "/".join(parts[:2]) if len(parts) > 1 else "(root)"
            folders[key] = folders.get(key, 0) + info.file_size
    out.append({"file": name, "bytes": os.path.getsize(path), "uncompressed_by_folder": folders})
print(json.dumps(out, indent=1))
PY

# 3. Fresh consumer projects outside the repo.
work="$(mktemp -d /tmp/seedance-consumer.XXXXXX)"
[ "${KEEP_WORK:-}" = "1" ] || trap 'rm -rf "$work"' EXIT
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="seedance-local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
new_console() { # name source-file
  (cd "$work" && dotnet new console -n "$1" -o "$1" --no-restore >/dev/null)
  rm -f "$work/$1/Program.cs"
  cp "$2" "$work/$1/Program.cs"
}
add_package() { (cd "$work/$1" && dotnet add package Seedance.Contracts --version "$version" >/dev/null); }

# 3a. NativeAOT: the AotWatcher consumer (size) and the 404 probe (size, start-to-first-request).
aot_publish() { # name
  log "publishing $1 with NativeAOT"
  (cd "$work/$1" && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o out -nologo > "$results/$1.publish.log" 2>&1) \
    || { tail -30 "$results/$1.publish.log"; exit 1; }
}
new_console Consumer.Aot tests/Seedance.Contracts.EndToEnd.Tests/Consumer/AotWatcher.cs
add_package Consumer.Aot
aot_publish Consumer.Aot
new_console Consumer.Probe "$here/NotFoundProbe.cs"
add_package Consumer.Probe
aot_publish Consumer.Probe
log "timing start-to-first-request ($start_runs runs each)"
python3 "$here/time_first_request.py" --simulator "$simulator" --binary "$work/Consumer.Probe/out/Consumer.Probe" \
  --runs "$start_runs" --expect 404 > "$results/probe-timing.json"
python3 "$here/time_first_request.py" --simulator "$simulator" --binary "$work/Consumer.Aot/out/Consumer.Aot" \
  --runs "$start_runs" --expect "outcome COMPLETED" > "$results/watcher-timing.json"

# 3b. Build time: identical user code (NoPackage.cs) without the package, with it, and with it plus a spec of
# the consumer's own (the seed page under namespace Consumer.Api, so the generator has a spec to turn into code).
new_console Build.Without "$here/NoPackage.cs"
new_console Build.With "$here/NoPackage.cs"
add_package Build.With
new_console Build.WithSpec "$here/NoPackage.cs"
add_package Build.WithSpec
mkdir -p "$work/Build.WithSpec/specs"
cp specs/seedance-2-mini-get-task.md "$work/Build.WithSpec/specs/seed.md"
sed -i 's#</Project>#  <ItemGroup>\n    <SeedanceSpec Include="specs/seed.md" Namespace="Consumer.Api" />\n  </ItemGroup>\n</Project>#' "$work/Build.WithSpec/Build.WithSpec.csproj"
variants=(Build.Without Build.With Build.WithSpec)
for v in "${variants[@]}"; do
  (cd "$work/$v" && dotnet restore -v:q >/dev/null)
  # Warm-up build (not timed): starts the compiler server and fills the disk cache for every variant alike.
  (cd "$work/$v" && dotnet build -c Release --no-restore -nologo -v:q > "$results/$v.warmup.log" 2>&1) || { tail -30 "$results/$v.warmup.log"; exit 1; }
done
log "timing builds ($build_runs rounds, variants interleaved)"
: > "$results/build-times.tsv"
for i in $(seq 1 "$build_runs"); do
  for v in "${variants[@]}"; do
    start=$(date +%s.%N)
    (cd "$work/$v" && dotnet build -c Release --no-incremental --no-restore -nologo -v:q > "$results/$v.build.log" 2>&1) || { tail -30 "$results/$v.build.log"; exit 1; }
    end=$(date +%s.%N)
    echo -e "$v\t$i\t$(echo "$end - $start" | bc)" >> "$results/build-times.tsv"
  done
done

python3 - "$results" "$work" "$version" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, os, re, statistics, sys
results, work, version, load = sys.argv[1:5]
def size(p): return os.path.getsize(p)
times = {}
for line in open(os.path.join(results, "build-times.tsv")):
    v, _, t = line.split("\t")
    times.setdefault(v, []).append(float(t))
med = {v: statistics.median(ts) for v, ts in times.items()}
il = {n: len(re.findall(r"warning IL\d{4}", open(os.path.join(results, n + ".publish.log")).read())) for n in ("Consumer.Aot", "Consumer.Probe")}
figures = {
    "package_version": version,
    "load_average_at_end": load,
    "packages": json.load(open(os.path.join(results, "packages.json"))),
    "aot": {
        "Consumer.Aot_binary_bytes": size(os.path.join(work, "Consumer.Aot/out/Consumer.Aot")),
        "Consumer.Probe_binary_bytes": size(os.path.join(work, "Consumer.Probe/out/Consumer.Probe")),
        "IL_warnings": il,
        "probe_timing": json.load(open(os.path.join(results, "probe-timing.json"))),
        "watcher_timing": json.load(open(os.path.join(results, "watcher-timing.json"))),
    },
    "build_seconds": {v: {"runs": [round(t, 2) for t in ts], "median": round(med[v], 2)} for v, ts in times.items()},
    # Same-round differences (the variants of one round run back to back, so under the same load).
    "build_overhead_per_round_median_seconds": {
        "with_package_minus_without": round(statistics.median(w - o for w, o in zip(times["Build.With"], times["Build.Without"])), 2),
        "with_package_and_spec_minus_without": round(statistics.median(w - o for w, o in zip(times["Build.WithSpec"], times["Build.Without"])), 2),
    },
    "build_overhead_seconds": {
        "with_package_minus_without": round(med["Build.With"] - med["Build.Without"], 2),
        "with_package_and_spec_minus_without": round(med["Build.WithSpec"] - med["Build.Without"], 2),
    },
}
json.dump(figures, open(os.path.join(results, "figures.json"), "w"), indent=1)
print(json.dumps(figures, indent=1))
PY
}

main "$@"
