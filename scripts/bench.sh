#!/usr/bin/env bash
# Benchmarks Topograph against Graphviz's `dot` and mingrammer/diagrams; rewrites BENCHMARKS.md.
# Release builds only (debug figures mean nothing). Options go to topograph-bench; see --help.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product topograph && swift build -c release --product topograph-bench
exec .build/release/topograph-bench "$@"
