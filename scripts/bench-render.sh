#!/usr/bin/env bash
# Benchmark (not a test): Topograph's in-process libgvc render against the `dot` command on the
# same DOT text, for the reference model and synthetic models of 30, 300 (and, with --large, 3000)
# servers. Uses the release binary (built if missing). Prints a table; nothing is asserted.
#
# Columns, per model and format (minimum of RUNS alternating runs, milliseconds):
#   dot-process   `dot -T<fmt> x.dot -o out` wall time
#   dot-work      dot-process minus `dot -V` (process start): Graphviz's own time for the graph
#   topo-process  `topograph render x.dot -f <fmt> -o out` wall time
#   topo-render   in-process read+layout+render time reported by topograph (--timings)
#   topo-warm     the same render as the second one in a process (libgvc, fonts, plugins loaded):
#                 what a long-lived caller, such as the docs generator, pays per diagram
#   work ratio    topo-render / dot-work (1.00 = same as Graphviz's own time)
#   e2e ratio     topo-process / dot-process (< 1: faster end to end)
# Minimums of alternating runs keep the machine's other load out of the comparison as far as possible.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
sizes=(30 300)
[ "${1:-}" = "--large" ] && sizes+=(3000)
binary=.build/release/topograph
[ -x "$binary" ] || swift build -c release --product topograph >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%N | awk '{ printf "%.3f", $1 / 1e6 }'; }

minimum() { sort -n | head -1; }

# Runs dot and topograph alternately RUNS times on the same DOT, so both see the same load, and
# prints the minimum of each series (the least disturbed run): dot-process topo-process topo-render topo-warm.
measure() {
  local dot=$1 format=$2 start mid end render warm
  : >"$work/dot.ms"; : >"$work/topo.ms"; : >"$work/render.ms"; : >"$work/warm.ms"
  for _ in $(seq "$RUNS"); do
    start=$(now_ms)
    dot -T"$format" "$dot" -o "$work/d.$format"
    mid=$(now_ms)
    render=$("$binary" render "$dot" -f "$format" -o "$work/t.$format" --timings 2>&1 >/dev/null | awk '/^timing:/ { print $3 }')
    end=$(now_ms)
    awk -v a="$start" -v b="$mid" 'BEGIN { print b - a }' >>"$work/dot.ms"
    awk -v a="$mid" -v b="$end" 'BEGIN { print b - a }' >>"$work/topo.ms"
    echo "$render" >>"$work/render.ms"
    warm=$("$binary" render "$dot" -f "dot-layout,$format" -o "$work/w" --timings 2>&1 >/dev/null | awk -v f="$format" '$2 == f { print $3 }')
    echo "$warm" >>"$work/warm.ms"
  done
  echo "$(minimum <"$work/dot.ms") $(minimum <"$work/topo.ms") $(minimum <"$work/render.ms") $(minimum <"$work/warm.ms")"
}

# Process start of dot alone (`dot -V`), minimum of RUNS.
dot_start() {
  local start end
  for _ in $(seq "$RUNS"); do
    start=$(now_ms); dot -V 2>/dev/null; end=$(now_ms)
    awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
  done | minimum
}

# A secured-and-monitored-like model with N servers behind one load balancer.
synthetic() {
  local n=$1
  echo "name: synthetic-$n"
  echo "zones: [{id: internet, kind: internet}, {id: dmz, kind: dmz}, {id: private, kind: private}, {id: saas, kind: external}]"
  echo "components:"
  echo "  - {id: user, kind: client, zone: internet}"
  echo "  - {id: lb, kind: loadBalancer, zone: dmz, software: {product: HAProxy, version: '2.8'}}"
  echo "  - {id: sumo, kind: monitoringPlatform, zone: saas, monitoringPlatform: {saas: true}}"
  echo "hosts:"
  for i in $(seq "$n"); do
    local role="{role: replica, replicatesFrom: db-1}"
    [ "$i" = 1 ] && role="{role: primary}"
    echo "  - id: server-$i"
    echo "    zone: private"
    echo "    components:"
    echo "      - {id: web-$i, kind: webServer, software: {product: nginx, version: '1.24'}}"
    echo "      - {id: app-$i, kind: appServer, software: {product: Gunicorn, version: '21.2'}}"
    echo "      - {id: db-$i, kind: database, database: $role}"
    echo "      - {id: agent-$i, kind: monitoringAgent, monitoringAgent: {shipsTo: sumo}}"
  done
  echo "flows:"
  echo "  - {from: user, to: lb, protocol: https, port: 443}"
  for i in $(seq "$n"); do
    echo "  - {from: lb, to: web-$i, protocol: http, port: 80}"
    echo "  - {from: web-$i, to: app-$i, protocol: http, port: 8000}"
    echo "  - {from: app-$i, to: db-1, protocol: mysql, port: 3306, purpose: write}"
    [ "$i" = 1 ] || echo "  - {from: db-$i, to: db-1, protocol: mysql, port: 3306, purpose: replication}"
    echo "  - {from: agent-$i, to: sumo, protocol: https, port: 443, purpose: metrics}"
  done
}

models=("models/secured-and-monitored.yaml")
for n in "${sizes[@]}"; do
  synthetic "$n" >"$work/synthetic-$n.yaml"
  models+=("$work/synthetic-$n.yaml")
done

printf '%-24s %-4s %11s %9s %12s %11s %9s %10s %9s\n' model fmt dot-process dot-work topo-process topo-render topo-warm work-ratio e2e-ratio
for model in "${models[@]}"; do
  name=$(basename "$model" .yaml)
  dot="$work/$name.dot"
  "$binary" render "$model" -f dot -o "$dot"
  for format in svg png; do
    read -r dot_process topo_process topo_render topo_warm < <(measure "$dot" "$format" 2>/dev/null)
    dot_empty=$(dot_start)
    awk -v m="$name" -v f="$format" -v dp="$dot_process" -v de="$dot_empty" -v tp="$topo_process" -v tr="$topo_render" \
      -v tw="$topo_warm" 'BEGIN {
      dw = dp - de; if (dw < 0.001) dw = 0.001
      printf "%-24s %-4s %11.1f %9.1f %12.1f %11.1f %9.1f %10.2f %9.2f\n", m, f, dp, dw, tp, tr, tw, tr / dw, tp / dp
    }'
  done
done
