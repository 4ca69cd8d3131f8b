#!/usr/bin/env python3
"""Reads the per-analyzer execution times that -p:ReportAnalyzer=true prints in detailed build logs and prints
the median of our analyzers' total against Roslyn's PopulateSwitch analyzers (IDE0010 + IDE0072)."""
import re
import statistics
import sys

ROW = re.compile(r"^\s*(?P<secs><?\s*[\d.]+)\s+(?P<pct><?\s*\d+)\s+(?P<name>\S.*?)\s*$")

def seconds(text: str) -> float:
    text = text.replace("<", "").strip()
    return float(text)

def parse(path: str):
    ours = theirs = 0.0
    ours_rows = theirs_rows = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = ROW.match(line)
            if not m:
                continue
            name = m.group("name")
            # Per-analyzer rows (not assembly rows): the type name with its ids in parentheses.
            if "(" not in name:
                continue
            if name.startswith("Seedance.Contracts.Analyzers."):
                ours += seconds(m.group("secs")); ours_rows += 1
            elif "PopulateSwitch" in name:
                theirs += seconds(m.group("secs")); theirs_rows += 1
    return ours, theirs, ours_rows, theirs_rows

def main(paths):
    results = [parse(p) for p in paths]
    for p, (o, t, orows, trows) in zip(paths, results):
        if orows == 0 or trows == 0:
            sys.exit(f"{p}: analyzer table not found (ours rows {orows}, PopulateSwitch rows {trows})")
    ours = statistics.median(r[0] for r in results)
    theirs = statistics.median(r[1] for r in results)
    print(f"runs: {len(results)}")
    print(f"ours (Seedance.Contracts.Analyzers, all rules) per run: {[round(r[0], 3) for r in results]}")
    print(f"IDE0010+IDE0072 (PopulateSwitch) per run: {[round(r[1], 3) for r in results]}")
    print(f"median ours: {ours:.3f} s, median IDE0010+IDE0072: {theirs:.3f} s, ratio of medians ours/theirs: {ours / theirs if theirs else float('nan'):.2f}")
    # Both figures of one run come from the same build (same load at the same moment): the per-run ratio is the fairer one.
    ratios = [r[0] / r[1] for r in results if r[1]]
    print(f"per-run ratio ours/theirs: {[round(x, 2) for x in ratios]}, median per-run ratio: {statistics.median(ratios):.2f}")

if __name__ == "__main__":
    main(sys.argv[1:])
