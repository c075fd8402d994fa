#!/usr/bin/env bash
# Layout-quality benchmark (scripts/bench/layout_quality.py): crossings, detours, labels and empty area
# of every view of the reference, realistic, synthetic and random models, beside mingrammer/diagrams and
# D2 on the same topologies. Rewrites the layout-quality section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product topograph >&2 && swift build -c release --product topograph-bench >&2
python3 scripts/bench/layout_quality.py .build/release/topograph .build/release/topograph-bench --write BENCHMARKS.md "$@"
