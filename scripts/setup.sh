#!/usr/bin/env bash
# Installs the system libraries Topograph builds against and the fonts its diagrams pin.
# Idempotent: skips apt when everything is already present. Needs root (or sudo).
set -euo pipefail

packages=(
  libgraphviz-dev graphviz          # libgvc/libcgraph for in-process layout; `dot` for parity tests and benchmarks
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # Markdown -> HTML and marker injection
  zlib1g-dev                        # deflate for Topograph's own PNG encoder
  libyaml-dev                       # libyaml's event parser, read straight into the model loader's nodes
  libcurl4-openssl-dev              # the static release link: FlyingFox (serve) imports Foundation's networking, which calls libcurl
  fonts-dejavu-core                 # the font pinned in every diagram (text metrics -> byte-stable output)
  pkg-config
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Graphviz finds its render plugins through a config file written by `dot -c`; make sure it exists.
if command -v dot >/dev/null && ! dot -Tsvg </dev/null >/dev/null 2>&1 <<<'digraph{}'; then
  ${sudo:-} dot -c
fi

# relibmss: the independent BDD implementation the availability tests compare against.
if command -v python3 >/dev/null && ! python3 -c 'import relibmss' 2>/dev/null; then
  python3 -m pip install --quiet --user relibmss==0.21.1 || python3 -m pip install --quiet --user --break-system-packages relibmss==0.21.1
fi

# jsonschema: the reference validator SARIFSchemaTests cross-checks the SARIF output with (the test
# is skipped, and says so, where it is missing).
if command -v python3 >/dev/null && ! python3 -c 'import jsonschema' 2>/dev/null; then
  python3 -m pip install --quiet --user jsonschema==4.26.0 || python3 -m pip install --quiet --user --break-system-packages jsonschema==4.26.0
fi
