#!/usr/bin/env bash
# Builds the release tarball of topograph for this machine's architecture:
#
#   dist/topograph-<version>-linux-<arch>.tar.gz (+ .sha256), holding topograph-<version>/ with
#     bin/topograph                                   Swift runtime and Foundation linked statically
#     share/man/man1/topograph.1                      `topograph manual`
#     share/bash-completion/completions/topograph     `topograph completions bash`
#     share/zsh/site-functions/_topograph             `topograph completions zsh`
#     share/fish/vendor_completions.d/topograph.fish  `topograph completions fish`
#     README.md, SHA256SUMS                           the sums of every other file
#
# The binary needs no Swift toolchain for YAML/JSON models: only Graphviz (libgvc), cmark-gfm, zlib
# and the DejaVu fonts (scripts/setup.sh, or the apt list in README.md). Swift models need swiftc.
# The version is the binary's own (`topograph --version`, from TopographCommand.version). The
# tarball is reproducible: sorted entries, owner 0, mtimes of the last commit, gzip without a name.
#
# Usage: scripts/release.sh [--out DIR]        (default DIR: dist/)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/dist"
[ "${1:-}" != --out ] || OUT=$(mkdir -p "$2" && cd "$2" && pwd)
cd "$ROOT"

start=$(date +%s)
swift build -c release --static-swift-stdlib --product topograph >&2   # stdout carries only the tarball path
BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/topograph"
echo "release: built in $(( $(date +%s) - start )) s" >&2

VERSION=$("$BIN" --version)
ARCH=$(uname -m)
NAME="topograph-$VERSION"
STAGE=$(mktemp -d "${TMPDIR:-/tmp}/topograph-release.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
DIR="$STAGE/$NAME"
mkdir -p "$DIR/bin" "$DIR/share/man/man1" "$DIR/share/bash-completion/completions" \
  "$DIR/share/zsh/site-functions" "$DIR/share/fish/vendor_completions.d"

install -m 755 "$BIN" "$DIR/bin/topograph"
strip "$DIR/bin/topograph"   # symbols are most of the size; crash reports come from the build directory
"$BIN" manual > "$DIR/share/man/man1/topograph.1"
"$BIN" completions bash > "$DIR/share/bash-completion/completions/topograph"
"$BIN" completions zsh > "$DIR/share/zsh/site-functions/_topograph"
"$BIN" completions fish > "$DIR/share/fish/vendor_completions.d/topograph.fish"
cp README.md "$DIR/README.md"
(cd "$DIR" && find . -type f ! -name SHA256SUMS | LC_ALL=C sort | sed 's|^\./||' | xargs sha256sum > SHA256SUMS)

# Linked against the system, not the toolchain: a libswift* dependency would fail on a user's machine.
if ldd "$DIR/bin/topograph" | grep -E 'libswift|libFoundation|libdispatch|not found'; then
  echo "release: the binary links the Swift toolchain's libraries (above); --static-swift-stdlib failed" >&2
  exit 1
fi

mkdir -p "$OUT"
TARBALL="$OUT/$NAME-linux-$ARCH.tar.gz"
EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" -C "$STAGE" -cf - "$NAME" | gzip -n -9 > "$TARBALL"
(cd "$OUT" && sha256sum "$(basename "$TARBALL")" > "$(basename "$TARBALL").sha256")
echo "release: $TARBALL ($(du -h "$TARBALL" | cut -f1)), binary $(du -h "$DIR/bin/topograph" | cut -f1)" >&2
echo "$TARBALL"
