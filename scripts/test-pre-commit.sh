#!/usr/bin/env bash
# End-to-end test of this repository's pre-commit hooks (.pre-commit-hooks.yaml) with the real
# pre-commit tool: in a throwaway git repository using the hooks, editing a model stops the commit
# until the regenerated docs are added, and a model whose lint fails cannot be committed at all.
#
# The first commit of a new project shows the other half: generate creates the diagrams, which are
# untracked, and the hook names them instead of letting the commit go through without them.
#
# Usage: scripts/test-pre-commit.sh            (builds topograph unless TOPOGRAPH_BIN is set)
# Needs: git, python3 (pre-commit is installed into a cached virtualenv when it is not on PATH).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAIL: %s\n' "$*" >&2; exit 1; }

# -- topograph on PATH, as the hooks expect ------------------------------------------------------
if [ -z "${TOPOGRAPH_BIN:-}" ]; then
  (cd "$ROOT" && swift build --product topograph >&2)
  TOPOGRAPH_BIN="$ROOT/.build/debug/topograph"
fi
[ -x "$TOPOGRAPH_BIN" ] || fail "no topograph executable at $TOPOGRAPH_BIN"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/topograph-pre-commit.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/bin"
ln -s "$TOPOGRAPH_BIN" "$WORK/bin/topograph"
export PATH="$WORK/bin:$PATH"

# -- the real pre-commit ---------------------------------------------------------------------------
if ! command -v pre-commit >/dev/null 2>&1; then
  VENV="${XDG_CACHE_HOME:-$HOME/.cache}/topograph/pre-commit-venv"
  if [ ! -x "$VENV/bin/pre-commit" ]; then
    say "installing pre-commit into $VENV"
    python3 -m venv "$VENV" && "$VENV/bin/pip" install --quiet pre-commit \
      || { command -v apt-get >/dev/null && apt-get install -y -qq pre-commit >/dev/null; } \
      || fail "cannot install pre-commit (pip or apt)"
  fi
  [ -x "$VENV/bin/pre-commit" ] && export PATH="$VENV/bin:$PATH"
fi
echo "using $(pre-commit --version) and $(command -v topograph)"
export PRE_COMMIT_HOME="$WORK/pre-commit-home"   # isolated: nothing from the user's cache
export CI=true                                    # no progress lines, as in any hook run

# -- a project using the hooks ---------------------------------------------------------------------
PROJECT="$WORK/project"
mkdir -p "$PROJECT" && cd "$PROJECT"
git init -q -b main
git config user.email test@example.com && git config user.name "pre-commit test"
git config commit.gpgsign false
topograph init --format yaml >/dev/null

# The hooks come from this repository: at its HEAD commit when the manifest there is the one in the
# working tree, else (uncommitted work) as `repo: local` hooks copied from the manifest.
if git -C "$ROOT" diff --quiet HEAD -- .pre-commit-hooks.yaml 2>/dev/null \
   && git -C "$ROOT" cat-file -e HEAD:.pre-commit-hooks.yaml 2>/dev/null; then
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: topograph-generate\n      - id: topograph-lint\n' \
    "$ROOT" "$(git -C "$ROOT" rev-parse HEAD)" > .pre-commit-config.yaml
else
  { printf 'repos:\n  - repo: local\n    hooks:\n'; grep -v '^#' "$ROOT/.pre-commit-hooks.yaml" | sed 's/^/      /'; } > .pre-commit-config.yaml
fi
pre-commit install >/dev/null

# -- 0. the first commit: generate creates files, which must not be left out of it ------------------
say "first commit of the model alone: the generated files are new, so the hook names them"
git add .pre-commit-config.yaml .gitignore topograph.yml models/example.yaml
if git commit -qm "Starter model" >"$WORK/commit0.log" 2>&1; then
  cat "$WORK/commit0.log"; fail "the commit went through without the generated files"
fi
grep -q "generated files are not staged for this commit" "$WORK/commit0.log" || { cat "$WORK/commit0.log"; fail "expected the hook to name the files"; }
grep -q "untracked: output/example/overview.svg" "$WORK/commit0.log" || { cat "$WORK/commit0.log"; fail "expected overview.svg to be named"; }
grep -q "hint: git add output/example/" "$WORK/commit0.log" || { cat "$WORK/commit0.log"; fail "expected a git add hint"; }
grep -A3 "not staged" "$WORK/commit0.log" | head -4
git add -A
git commit -qm "Starter model and generated docs" >"$WORK/commit0b.log" 2>&1 || { cat "$WORK/commit0b.log"; fail "the commit with the generated files was refused"; }
echo "committed with the generated files"
pre-commit run --all-files >/dev/null || fail "hooks fail on a fresh, generated project"

# -- 1. a model change: the commit stops until the regenerated docs are added ----------------------
say "editing the model: upgrade nginx on both web servers"
sed -i 's/version: "1.24"/version: "1.26"/' models/example.yaml
git add models/example.yaml
if git commit -qm "Upgrade nginx" >"$WORK/commit1.log" 2>&1; then
  cat "$WORK/commit1.log"; fail "the commit went through with stale docs"
fi
grep -q "files were modified by this hook" "$WORK/commit1.log" || { cat "$WORK/commit1.log"; fail "expected topograph-generate to modify files"; }
git diff --quiet -- output/example/design.md && fail "design.md was not regenerated"
grep -q "nginx 1.26" output/example/design.md || fail "design.md does not mention the new version"
echo "refused, and regenerated: $(git diff --name-only | tr '\n' ' ')"
git add -A
git commit -qm "Upgrade nginx" >"$WORK/commit2.log" 2>&1 || { cat "$WORK/commit2.log"; fail "the commit with regenerated docs was refused"; }
echo "committed with the regenerated docs"
topograph check >/dev/null || fail "topograph check fails after the hook-driven commit"

# -- 2. a lint failure: the commit is refused until the model is fixed -----------------------------
say "weakening TLS to 1.0 on the load balancers (an error finding)"
sed -i 's/minVersion: "1.2"/minVersion: "1.0"/' models/example.yaml
git add models/example.yaml
git commit -qm "Allow TLS 1.0" >"$WORK/commit3.log" 2>&1 && { cat "$WORK/commit3.log"; fail "the commit went through with a failing lint"; }
git add -A   # even with the regenerated docs added, the lint still refuses it
if git commit -qm "Allow TLS 1.0" >"$WORK/commit4.log" 2>&1; then
  cat "$WORK/commit4.log"; fail "the commit went through with a failing lint"
fi
grep -q "topograph lint.*Failed" "$WORK/commit4.log" || { cat "$WORK/commit4.log"; fail "expected topograph-lint to fail"; }
grep -A12 "topograph lint" "$WORK/commit4.log" | grep -E "error:" | head -3
echo "refused by topograph-lint"
sed -i 's/minVersion: "1.0"/minVersion: "1.2"/' models/example.yaml
topograph generate --quiet
git add -A
git diff --cached --quiet || fail "fixing the model should restore the committed artifacts"
echo "fixed: the working tree matches the last commit again"

say "pre-commit flow: OK"
