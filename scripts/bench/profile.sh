#!/usr/bin/env bash
# Counts instructions (repeatable, unlike wall time on a shared machine) for one job of topograph-bench
# under valgrind's callgrind, and prints the inclusive hot spots, demangled.
#   scripts/bench/profile.sh lint 3000      # jobs: build, lint, load, docs, dot, svg, png; N = servers
# valgrind 3.19 cannot read the DWARF 5 the Swift toolchain emits, so a copy without debug info is
# profiled; symbol names still come from the symbol table.
set -euo pipefail
cd "$(dirname "$0")/../.."
job=${1:-lint}
servers=${2:-3000}
swift build -c release --product topograph-bench >&2
out=$(mktemp -d)
cp .build/release/topograph-bench "$out/topograph-bench"
strip --strip-debug "$out/topograph-bench"
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" "$out/topograph-bench" --worker "$job" --servers "$servers" >/dev/null
callgrind_annotate --inclusive=yes "$out/callgrind.out" | swift demangle --simplified | cut -c1-200 | head -${TOP:-60}
echo "raw profile: $out/callgrind.out (callgrind_annotate --tree=caller for callers)" >&2
