#!/usr/bin/env python3
"""Failure-analysis benchmark (issue 16): `topograph whatif` as users run it, a whole process on a
model file, on the secured-and-monitored design scaled to N servers (topograph-bench's synthetic
model, written as YAML). Every single failure is analysed, identical servers once above 100 hosts
(the default `--group auto`), with the exact availability figures and the best change per figure.

The baseline is `topograph lint` on the same file in the same run (load, facts and 50 rules), so the
ratio holds up on a noisy machine. Rewrites the "Failure analysis" section of BENCHMARKS.md.

Usage: scripts/bench/whatif.py [--servers 30,300,1000,3000] [--repeats 5] [--output BENCHMARKS.md]
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import benchmarks_md

ROOT = pathlib.Path(__file__).resolve().parents[2]
RELEASE = ROOT / ".build" / "release"


def timed(command, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            sys.exit(f"{' '.join(command)} exited {result.returncode}: {result.stderr.decode()[-400:]}")
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--servers", default="30,300,1000,3000")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    options = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "topograph"], cwd=ROOT, check=True, stdout=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "topograph-bench"], cwd=ROOT, check=True, stdout=sys.stderr)
    topograph, bench = str(RELEASE / "topograph"), str(RELEASE / "topograph-bench")
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for servers in [int(s) for s in options.servers.split(",")]:
            path = os.path.join(scratch, f"model-{servers}.yaml")
            with open(path, "w") as handle:
                subprocess.run([bench, "--worker", "yaml", "--servers", str(servers)], stdout=handle, check=True)
            lint = timed([topograph, "lint", path, "--format", "json"], options.repeats)
            whatif = timed([topograph, "whatif", path, "--format", "json"], options.repeats)
            scenarios = subprocess.run([topograph, "whatif", path], capture_output=True).stdout.decode().split("\n", 1)[0]
            rows.append((servers, lint, whatif, scenarios))
            print(f"{servers} servers: lint {lint * 1000:.0f} ms, whatif {whatif * 1000:.0f} ms ({scenarios})", file=sys.stderr)
    table = ["| Servers | `lint` (baseline) | `whatif` | whatif ÷ lint | Under 2 s | What it printed first |", "|---:|---:|---:|---:|---|---|"]
    for servers, lint, whatif, scenarios in rows:
        table.append(
            f"| {servers} | {lint * 1000:.0f} ms | {whatif * 1000:.0f} ms | {whatif / lint:.2f}× | "
            f"{'yes' if whatif < 2 else 'no'} | {scenarios.replace('|', '/')} |")
    body = (
        "## Failure analysis\n\n"
        "Written by `scripts/bench/whatif.py`: `topograph whatif` (every single failure, exact availability of the site,\n"
        "reads and writes, the best change for each; identical servers analysed once above 100 hosts) and, as the\n"
        "baseline measured in the same run, `topograph lint` on the same YAML file, each a whole release-build process,\n"
        f"median of {options.repeats} runs. Goal (issue 16): every single failure of a 3,000-server model, grouped, in under 2 s.\n"
        f"Machine: {benchmarks_md.machine()}.\n\n" + "\n".join(table))
    benchmarks_md.write_section(options.output, "failure-analysis", body)


if __name__ == "__main__":
    main()
