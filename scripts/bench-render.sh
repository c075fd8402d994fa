#!/usr/bin/env bash
# Benchmark (not a test): Topograph's in-process libgvc render against the `dot` command on the
# same DOT text, for the reference model and synthetic models of 30, 300 (and, with --large, 3000)
# servers. Uses the release binary (built if missing). Prints a table; nothing is asserted.
#
# Columns, per model and format (median of RUNS runs, milliseconds):
#   dot-process   `dot -T<fmt> x.dot -o out` wall time
#   dot-work      dot-process minus `dot -V` (process start): Graphviz's own time for the graph
#   topo-process  `topograph render x.dot -f <fmt> -o out` wall time
#   topo-render   in-process read+layout+render time reported by topograph (--timings)
#   work ratio    topo-render / dot-work (1.00 = same as Graphviz's own time)
#   e2e ratio     topo-process / dot-process (< 1: faster end to end)
# The machine's other load shows up as noise; compare ratios across a few runs.
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

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# median wall time in ms of running "$@" RUNS times
median_ms() {
  local start end
  for _ in $(seq "$RUNS"); do
    start=$(now_ms); "$@" >/dev/null 2>&1 || true; end=$(now_ms)
    awk -v s="$start" -v e="$end" 'BEGIN { print e - s }'
  done | median
}

# median in-process time reported by --timings
median_render_ms() {
  local dot=$1 format=$2
  for _ in $(seq "$RUNS"); do
    "$binary" render "$dot" -f "$format" -o "$work/t.$format" --timings 2>&1 >/dev/null | awk '/^timing:/ { print $3 }'
  done | median
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

printf '%-26s %-4s %12s %10s %13s %12s %11s %10s\n' model fmt dot-process dot-work topo-process topo-render work-ratio e2e-ratio
for model in "${models[@]}"; do
  name=$(basename "$model" .yaml)
  dot="$work/$name.dot"
  "$binary" render "$model" -f dot -o "$dot"
  for format in svg png; do
    dot_process=$(median_ms dot -T"$format" "$dot" -o "$work/d.$format")
    dot_empty=$(median_ms dot -V)
    topo_process=$(median_ms "$binary" render "$dot" -f "$format" -o "$work/t.$format")
    topo_render=$(median_render_ms "$dot" "$format")
    awk -v m="$name" -v f="$format" -v dp="$dot_process" -v de="$dot_empty" -v tp="$topo_process" -v tr="$topo_render" 'BEGIN {
      dw = dp - de; if (dw < 0.001) dw = 0.001
      printf "%-26s %-4s %12.1f %10.1f %13.1f %12.1f %11.2f %10.2f\n", m, f, dp, dw, tp, tr, tr / dw, tp / dp
    }'
  done
done
