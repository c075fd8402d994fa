#!/usr/bin/env bash
# Renders every reference model in every view to output/<model>/<view>.svg and .png, with the
# validator's findings overlaid. Run after changing the diagram code or a model; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${TOPOGRAPH:-.build/debug/topograph}
[ -x "$binary" ] || swift build --product topograph
for model in models/*.yaml; do
  name=$(basename "$model" .yaml)
  for view in overview security data monitoring; do
    "$binary" render "$model" --view "$view" --format svg,png -o "output/$name/$view.svg"
  done
done
echo "rendered $(ls output/*/*.png | wc -l) diagrams into output/"
