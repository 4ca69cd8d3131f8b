#!/usr/bin/env python3
"""Reads the per-analyzer execution times that -p:ReportAnalyzer=true prints in detailed build logs.

  parse_report.py same LOG...                      both sides in each build: medians, per-run ratios, per analyzer
  parse_report.py alone --ours LOG... --theirs LOG... --none LOG...
                                                   one side per build: medians, the ratio of medians, and the
                                                   Csc task time of each side's builds over the builds with neither
"""
import re
import statistics
import sys

ROW = re.compile(r"^\s*(?P<secs><?\s*[\d.]+)\s+(?P<pct><?\s*\d+)\s+(?P<name>\S.*?)\s*$")
OURS_PREFIX = "Seedance.Contracts.Analyzers."
THEIRS_MARK = "PopulateSwitch"
CSC_TASK = re.compile(r"^\s*(?P<ms>\d+) ms\s+Csc\s+\d+ calls")

def seconds(text: str) -> float:
    return float(text.replace("<", "").strip())

def rows(path: str):
    """Per-analyzer rows (the type name with its ids in parentheses), not the per-assembly rows."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = ROW.match(line)
            if m and "(" in m.group("name"):
                yield m.group("name"), seconds(m.group("secs"))

def side(path: str, predicate):
    found = [(name, secs) for name, secs in rows(path) if predicate(name)]
    return sum(secs for _, secs in found), found

def is_ours(name: str) -> bool:
    return name.startswith(OURS_PREFIX)

def is_theirs(name: str) -> bool:
    return THEIRS_MARK in name

def short(name: str) -> str:
    return name.split(" (")[0].rsplit(".", 1)[-1]

def same(paths):
    results = []
    per_analyzer = {}
    for p in paths:
        o, orows = side(p, is_ours)
        t, trows = side(p, is_theirs)
        if not orows or not trows:
            sys.exit(f"{p}: analyzer table not found (ours rows {len(orows)}, PopulateSwitch rows {len(trows)})")
        results.append((o, t))
        for name, secs in orows + trows:
            per_analyzer.setdefault(short(name), []).append(secs)
    ours = statistics.median(r[0] for r in results)
    theirs = statistics.median(r[1] for r in results)
    print(f"same build, runs: {len(results)}")
    print(f"ours (all three analyzers) per run: {[round(r[0], 3) for r in results]}")
    print(f"IDE0010+IDE0072 (PopulateSwitch) per run: {[round(r[1], 3) for r in results]}")
    print(f"median ours: {ours:.3f} s, median IDE0010+IDE0072: {theirs:.3f} s, ratio of medians ours/theirs: {ours / theirs:.2f}")
    # Both figures of one run come from the same build (same load at the same moment): the per-run ratio is the fairer one.
    ratios = [o / t for o, t in results]
    print(f"per-run ratio ours/theirs: {[round(x, 2) for x in ratios]}, median per-run ratio: {statistics.median(ratios):.2f}")
    for name, values in per_analyzer.items():
        print(f"  {name}: median {statistics.median(values):.3f} s, runs {[round(v, 3) for v in values]}")

def csc_seconds(path: str) -> float:
    """The Csc task's time from MSBuild's performance summary (-clp:PerformanceSummary)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = CSC_TASK.match(line)
            if m:
                return int(m.group("ms")) / 1000.0
    sys.exit(f"{path}: no Csc line in the task performance summary")

def alone(ours_paths, theirs_paths, none_paths):
    ours = []
    theirs = []
    for p in ours_paths:
        total, found = side(p, is_ours)
        if not found or side(p, is_theirs)[1]:
            sys.exit(f"{p}: expected only our analyzers in this build")
        ours.append(total)
    for p in theirs_paths:
        total, found = side(p, is_theirs)
        if not found or side(p, is_ours)[1]:
            sys.exit(f"{p}: expected only PopulateSwitch in this build")
        theirs.append(total)
    mo, mt = statistics.median(ours), statistics.median(theirs)
    print(f"standalone builds, runs: {len(ours)} + {len(theirs)}")
    print(f"ours alone per run: {[round(x, 3) for x in ours]}, median {mo:.3f} s")
    print(f"IDE0010+IDE0072 alone per run: {[round(x, 3) for x in theirs]}, median {mt:.3f} s")
    print(f"ratio of medians ours/theirs (standalone): {mo / mt:.2f}")
    csc = {name: [csc_seconds(p) for p in paths] for name, paths in (("ours", ours_paths), ("theirs", theirs_paths), ("none", none_paths))}
    medians = {name: statistics.median(values) for name, values in csc.items()}
    for name, values in csc.items():
        print(f"Csc task, {name} alone per run: {[round(v, 2) for v in values]}, median {medians[name]:.2f} s")
    added_ours = medians["ours"] - medians["none"]
    added_theirs = medians["theirs"] - medians["none"]
    print(f"added to the compile over the build with neither (medians): ours {added_ours:+.2f} s, IDE0010+IDE0072 {added_theirs:+.2f} s")

def main(argv):
    if len(argv) >= 2 and argv[0] == "same":
        same(argv[1:])
    elif len(argv) >= 7 and argv[0] == "alone" and argv[1] == "--ours" and "--theirs" in argv and "--none" in argv:
        theirs_at, none_at = argv.index("--theirs"), argv.index("--none")
        alone(argv[2:theirs_at], argv[theirs_at + 1:none_at], argv[none_at + 1:])
    else:
        sys.exit(__doc__)

if __name__ == "__main__":
    main(sys.argv[1:])
