#!/usr/bin/env python3
"""Summarise `cargo bench -p wxpay-examples` as SDK ÷ primitive ratios (one run, one machine).

Reads target/criterion/<group>/<bench>/new/estimates.json (mean point estimates) and prints a
Markdown table. Usage: python3 scripts/bench-ratios.py [target-dir]
"""
import json
import os
import sys

root = os.path.join(sys.argv[1] if len(sys.argv) > 1 else "target", "criterion")


def mean_ns(group, bench):
    path = os.path.join(root, group, bench, "new", "estimates.json")
    with open(path) as f:
        return json.load(f)["mean"]["point_estimate"]


def name(bench):
    return bench.replace("_", " ").replace("__", "::")


rows = []
for group in sorted(os.listdir(root)):
    gdir = os.path.join(root, group)
    if not os.path.isdir(gdir) or group == "report":
        continue
    benches = sorted(b for b in os.listdir(gdir) if os.path.isdir(os.path.join(gdir, b)) and b != "report")
    for b in benches:
        rows.append((group, b, mean_ns(group, b)))

by_group = {}
for g, b, ns in rows:
    by_group.setdefault(g, {})[b] = ns

print("| group | benchmark | mean | ratio to the group's primitive |")
print("| --- | --- | --- | --- |")
for g, benches in by_group.items():
    base = next((ns for b, ns in benches.items() if b.startswith("raw")), None)
    for b, ns in benches.items():
        ratio = f"{ns / base:.3f}" if base else ""
        unit = f"{ns / 1000:.1f} µs" if ns >= 1000 else f"{ns:.0f} ns"
        print(f"| {g} | {b} | {unit} | {ratio} |")
