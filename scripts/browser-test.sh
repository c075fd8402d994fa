#!/usr/bin/env bash
# Browser tests in headless Chromium (Debian's chromium, driven by Playwright from PyPI with that
# executable: Playwright's own browser download is not used):
#   - every view of every reference model, and a model whose names are Mermaid/HTML syntax, as
#     Mermaid text rendered by Mermaid itself (the mermaid.js that the PyPI package mermaidx ships);
#   - the design.html viewer of the reference models (output/, kept fresh by `topograph check`):
#     views, full-size links, zoom, pan, and diagram links that land on the document;
#   - the live preview (`topograph serve`): document and views shown, reload on save, a model error
#     shown in place, recovery, Ctrl-C exits 0 and closes the port.
#
# Usage: scripts/browser-test.sh   (builds topograph unless TOPOGRAPH_BIN is set)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

if ! command -v chromium >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "browser-test: installing chromium" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/topograph/browser-venv"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import playwright, importlib.util as u; assert u.find_spec("mermaidx")' 2>/dev/null; then
  echo "browser-test: installing playwright and mermaidx into $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet playwright
  "$VENV/bin/pip" install --quiet --no-deps mermaidx
fi

if [ -z "${TOPOGRAPH_BIN:-}" ]; then
  swift build --product topograph >&2
  TOPOGRAPH_BIN="$ROOT/.build/debug/topograph"
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/topograph-browser.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

charts=()
for model in models/*.yaml Tests/Browser/awkward.yaml; do
  name=$(basename "$model" .yaml)
  mkdir -p "$WORK/$name"
  for view in overview security data monitoring; do
    "$TOPOGRAPH_BIN" render "$model" --view "$view" --format mermaid -o "$WORK/$name/$view.mmd" 2>/dev/null
    charts+=("$WORK/$name/$view.mmd")
  done
done
"$VENV/bin/python" scripts/browser_test.py mermaid "${charts[@]}" | tee "$WORK/mermaid.log" | grep -v "^ok " || true
grep -q " 0 failed$" "$WORK/mermaid.log"
"$VENV/bin/python" scripts/browser_test.py viewer output/*/design.html
# The live preview: `topograph serve` in the browser, reloading on save, until Ctrl-C.
"$VENV/bin/python" scripts/browser_test.py serve "$TOPOGRAPH_BIN" models/secured-and-monitored.yaml
