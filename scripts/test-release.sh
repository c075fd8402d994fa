#!/usr/bin/env bash
# The release tarball on a "fresh machine": unpacks it, checks its sums, shows that the binary links
# no Swift toolchain library, then hides the toolchain (a private mount namespace with an empty
# directory over it, when run as root) and, in an empty environment, lints, renders and documents a
# YAML model, runs init/generate/check, and reads the man page and a completion script.
#
# Usage: scripts/test-release.sh [TARBALL]     (default: build one with scripts/release.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAIL: %s\n' "$*" >&2; exit 1; }

TARBALL=${1:-$("$ROOT/scripts/release.sh" --out "${TMPDIR:-/tmp}/topograph-dist")}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/topograph-release-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

say "unpacking $(basename "$TARBALL")"
(cd "$(dirname "$TARBALL")" && sha256sum -c "$(basename "$TARBALL").sha256") || fail "tarball sum"
tar -xzf "$TARBALL" -C "$WORK"
PKG=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d -name 'topograph-*')
(cd "$PKG" && sha256sum -c --quiet SHA256SUMS) || fail "SHA256SUMS"
for file in bin/topograph share/man/man1/topograph.1 share/bash-completion/completions/topograph \
  share/zsh/site-functions/_topograph share/fish/vendor_completions.d/topograph.fish; do
  [ -s "$PKG/$file" ] || fail "missing $file"
done

say "linked libraries"
ldd "$PKG/bin/topograph" | tee "$WORK/ldd.txt"
! grep -E 'libswift|libFoundation|libdispatch|lib_FoundationICU|not found' "$WORK/ldd.txt" || fail "links the toolchain"
# The system libraries it links directly, and no other (a new one is a new install step for users:
# docs/ci.md lists the packages).
unexpected=$(readelf -d "$PKG/bin/topograph" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' \
  | grep -vE "^(ld-linux[-a-z0-9_]*|lib(c|m|dl|pthread|rt|util|stdc\\+\\+|gcc_s|z|yaml-0|cmark-gfm|cmark-gfm-extensions|gvc|cgraph|cdt|curl))\\.so" || true)
[ -z "$unexpected" ] || fail "links libraries docs/ci.md does not list: $unexpected"
# SwiftPM sets RUNPATH to $ORIGIN (the binary's own directory); anything else could reach a toolchain.
rpath=$(readelf -d "$PKG/bin/topograph" | sed -n 's/.*(R[UN]*PATH).*\[\(.*\)\]/\1/p' | tr ':' '\n' | grep -vx '$ORIGIN' || true)
[ -z "$rpath" ] || fail "carries a library path into the toolchain: $rpath"
echo "no libswift*, no library path but \$ORIGIN"

# The scenario, run in an empty environment with the toolchain out of reach.
cp "$ROOT/models/secured-and-monitored.yaml" "$WORK/shop.yaml"
cat > "$WORK/scenario.sh" <<'SCENARIO'
set -eu
cd "$WORK"
! command -v swift >/dev/null 2>&1 && ! command -v swiftc >/dev/null 2>&1 || { echo "swift is reachable"; exit 1; }
T="$PKG/bin/topograph"
echo "version: $($T --version)"
status=0; $T lint shop.yaml > lint.txt || status=$?
[ "$status" -le 1 ] || { cat lint.txt; exit 1; }
echo "lint: exit $status, $(tail -1 lint.txt)"
$T lint shop.yaml --format sarif --output shop.sarif >/dev/null 2>&1 || [ $? -eq 1 ]
grep -q '"2.1.0"' shop.sarif
$T render shop.yaml -f svg,png,pdf -o out/overview.svg
$T docs shop.yaml -o out/design.md
$T docs shop.yaml --format html --diagram out/overview.svg -o out/design.html
head -c 8 out/overview.png | od -An -c | grep -q 'P   N   G' || { echo "not a PNG"; exit 1; }
grep -q '<svg' out/overview.svg && grep -q '^# ' out/design.md && grep -q '<html' out/design.html
echo "render/docs: $(ls out | tr '\n' ' ')"
mkdir project && cd project
$T init > /dev/null && $T generate > /dev/null && $T check > check.txt
echo "init/generate/check: $(tail -1 check.txt)"
printf 'name: x\nzones: [{id: a, kind: bogus}]\n' > broken.yaml
status=0; $T lint broken.yaml 2> broken.txt || status=$?
[ "$status" -eq 2 ] && grep -q '^broken.yaml:2:23: error: ' broken.txt || { cat broken.txt; exit 1; }
echo "a broken model: exit 2, $(head -1 broken.txt)"
$T manual | grep -q '^\.SH EXIT STATUS' && $T completions bash | grep -q 'complete'
echo "manual and completions: ok"
# The live preview: its HTTP server is linked statically too (with Foundation's networking and libcurl).
$T serve ../shop.yaml --port 0 > serve.txt 2>&1 & serve=$!
for _ in $(seq 100); do grep -q '^serve: http' serve.txt && break; sleep 0.1; done
url=$(sed -n 's/^serve: \(http[^ ]*\).*/\1/p' serve.txt)
page=$(curl -sf --max-time 10 "$url" || true)
kill -INT "$serve"; wait "$serve" || true
case "$page" in *"<html"*) echo "serve: $url answered with the design page" ;; *) cat serve.txt; exit 1 ;; esac
printf 'import TopographDSL\nlet architecture = Architecture("x") {}\n' > model.swift
status=0; $T lint model.swift 2> swift.txt || status=$?
[ "$status" -eq 2 ] && grep -q 'swiftc' swift.txt || { cat swift.txt; exit 1; }
echo "a Swift model without a toolchain: exit 2, $(head -1 swift.txt)"
SCENARIO

say "the packaged binary with the toolchain out of reach"
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")   # e.g. /opt/swift/usr
hide=""
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && [ -n "$toolchain" ] && [ "$toolchain" != / ] && [ "$toolchain" != /usr ]; then
  hide="mount -t tmpfs -o ro tmpfs $toolchain && "
  echo "hiding $toolchain behind an empty read-only tmpfs"
fi
run=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" WORK="$WORK" PKG="$PKG" LANG=C.UTF-8 sh -c "${hide}sh $WORK/scenario.sh")
if [ -n "$hide" ]; then unshare -m --propagation private "${run[@]}"; else "${run[@]}"; fi || fail "the scenario failed"
say "release: OK"
