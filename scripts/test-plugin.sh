#!/usr/bin/env bash
# The SwiftPM command plugins on this package itself: read-only commands run without any permission
# flag and print nothing but topograph's own output (plus SwiftPM's one exit-code line on failure);
# writing commands are refused by `topograph` with the exact command that runs them via
# `topograph-write`, which does run them with the flag.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAIL: %s\n' "$*" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/topograph-plugin-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# SwiftPM's own build lines ([1/4] Compiling ..., Build of product ...) are not the plugin's words.
errors() { grep -v -E '^\[[0-9]+/[0-9]+\]|^Building for|^Build of product|^Build complete' "$1" || true; }

say "swift package topograph --version (no permission flag)"
swift package topograph --version > "$WORK/out" 2> "$WORK/err" || { cat "$WORK/err"; fail "--version failed"; }
[ "$(cat "$WORK/out")" = "$(.build/debug/topograph --version)" ] || fail "version: $(cat "$WORK/out")"
[ -z "$(errors "$WORK/err")" ] || { errors "$WORK/err"; fail "spurious output on stderr"; }
echo "$(cat "$WORK/out"), nothing else"

say "read-only commands: rules, dump, lint, check --lint-only"
swift package topograph rules --format json > "$WORK/rules.json" 2>/dev/null || fail "rules"
grep -q '"rules"' "$WORK/rules.json" || fail "rules output"
swift package topograph dump models/distributed.yaml > /dev/null 2>&1 || fail "dump"
swift package topograph check --lint-only > /dev/null 2>&1 || fail "check --lint-only"
# SwiftPM passes the plugin's standard error on through its own standard output: read both.
status=0; swift package topograph lint nowhere.yaml > "$WORK/all" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "a failing lint must fail the plugin"
errors "$WORK/all" > "$WORK/lines"
[ "$(grep -c 'error:' "$WORK/lines")" -eq 2 ] && grep -q "^error: model file 'nowhere.yaml' does not exist" "$WORK/lines" \
  && grep -q '^error: Plugin ended with exit code 2$' "$WORK/lines" || { cat "$WORK/lines"; fail "expected topograph's error and SwiftPM's one line"; }
echo "a failing lint: topograph's message, then only SwiftPM's exit-code line"

say "writing commands go through topograph-write"
status=0; swift package topograph generate > "$WORK/err" 2>&1 || status=$?
[ "$status" -ne 0 ] && grep -q 'run: swift package --allow-writing-to-package-directory topograph-write generate$' "$WORK/err" \
  || { cat "$WORK/err"; fail "generate should be refused with the command to use"; }
status=0; swift package topograph docs models/distributed.yaml --inject README.md --check > "$WORK/err" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "README.md has no markers, so --check fails"
! grep -q 'topograph-write' "$WORK/err" || fail "docs --inject --check only reads"
swift package --allow-writing-to-package-directory topograph-write check > /dev/null 2>&1 || fail "topograph-write check"
echo "refused with the exact command; topograph-write runs it"
say "plugins: OK"
