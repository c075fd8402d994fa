#!/usr/bin/env bash
# The steps of the GitHub Action (action.yml), kept in one script so CI can run them outside GitHub
# (scripts/test-action.sh does). Each subcommand is one step; exit codes are topograph's own:
# 1 findings, 2 a usage or model error; no step swallows a failing exit status.
#
#   key             cache key for the built binary (version, Swift, Package.resolved, sources)
#   build           release build with the Swift runtime linked statically, into $TOPOGRAPH_BIN_DIR
#   install-release unpack a release tarball (path or https URL), verify its SHA-256 sums
#   lint            lint $MODELS: SARIF to a file (step output `sarif`), then the text report
#   diff-comment    the architecture diff of every model against the pull request's base, posted
#                   as one comment that later runs edit (with DRY_RUN=1: only written to a file)
set -euo pipefail

ACTION_PATH=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}
BIN_DIR=${TOPOGRAPH_BIN_DIR:-$HOME/.cache/topograph-action/bin}
OUTPUT=${GITHUB_OUTPUT:-/dev/null}
TEMP=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
MARKER='<!-- topograph-architecture-diff -->'

fail() { echo "::error::$*" >&2; exit 2; }

# The version in Sources/TopographCommands/TopographCommand.swift, the one version source.
source_version() {
  sed -n 's/.*public static let version = "\(.*\)".*/\1/p' "$ACTION_PATH/Sources/TopographCommands/TopographCommand.swift"
}

need_swift() {
  command -v swift >/dev/null || fail "building topograph needs Swift 6.1 or later: add a Swift setup step \
(or run the job in the swift:6.1-noble container), or pass release-tarball"
}

key() {
  need_swift
  swift package resolve --package-path "$ACTION_PATH" >&2
  local swift_version sources
  swift_version=$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([0-9.]*\).*/\1/p' | head -1)
  sources=$(cd "$ACTION_PATH" && find Package.swift Package.resolved Sources Plugins -type f | LC_ALL=C sort \
    | xargs sha256sum | sha256sum | cut -c1-16)
  echo "key=topograph-$(uname -s)-$(uname -m)-v$(source_version)-swift$swift_version-$sources" >> "$OUTPUT"
}

build() {
  need_swift
  swift build -c release --static-swift-stdlib --product topograph \
    --package-path "$ACTION_PATH" --scratch-path "$TEMP/topograph-build"
  mkdir -p "$BIN_DIR"
  cp "$TEMP/topograph-build/release/topograph" "$BIN_DIR/topograph"
}

install_release() {
  local tarball=${RELEASE_TARBALL:?set release-tarball} work
  work=$(mktemp -d "$TEMP/topograph-release.XXXXXX")
  case "$tarball" in
    https://*) curl -fsSL --retry 3 -o "$work/release.tar.gz" "$tarball" ;;
    *) cp "$tarball" "$work/release.tar.gz" ;;
  esac
  if [ -n "${RELEASE_SHA256:-}" ]; then
    echo "$RELEASE_SHA256  $work/release.tar.gz" | sha256sum -c --quiet || fail "release tarball: SHA-256 mismatch"
  fi
  tar -xzf "$work/release.tar.gz" -C "$work"
  local root
  root=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)
  (cd "$root" && sha256sum -c --quiet SHA256SUMS) || fail "release tarball: a file does not match SHA256SUMS"
  mkdir -p "$BIN_DIR"
  cp "$root/bin/topograph" "$BIN_DIR/topograph"
}

# Expands $MODELS (space-separated globs) into the array `models`; no match is an error.
expand_models() {
  shopt -s nullglob
  local pattern file
  models=()
  for pattern in ${MODELS:?set models}; do
    for file in $pattern; do models+=("$file"); done
  done
  shopt -u nullglob
  [ ${#models[@]} -gt 0 ] || fail "no model file matches '$MODELS' in $(pwd)"
}

lint() {
  expand_models
  local options=(--severity-threshold "${THRESHOLD:-warning}") sarif="$TEMP/topograph.sarif" status=0
  [ -z "${BASELINE:-}" ] || options+=(--baseline "$BASELINE")
  topograph lint "${models[@]}" "${options[@]}" --format sarif --output "$sarif" || status=$?
  [ "$status" -le 1 ] || exit "$status"   # a model that does not load: the message above says where
  echo "sarif=$sarif" >> "$OUTPUT"
  # The same findings as text: the log, annotated on the lines by the problem matcher. Its exit
  # status (1 with findings at or above the threshold) fails the step.
  topograph lint "${models[@]}" "${options[@]}" --color never
}

diff_comment() {
  expand_models
  local base_ref=${BASE_REF:?set BASE_REF (the pull request base branch)} body="$TEMP/architecture-diff.md"
  local base="origin/$base_ref" status model
  git rev-parse -q --verify "$base^{commit}" >/dev/null \
    || git fetch --no-tags --depth=1 origin "+refs/heads/$base_ref:refs/remotes/origin/$base_ref"
  {
    echo "$MARKER"
    for model in "${models[@]}"; do
      if git cat-file -e "$base:$(git rev-parse --show-prefix)${model#./}" 2>/dev/null; then
        status=0
        topograph diff --git "$base" "$model" --format markdown --severity-threshold "${THRESHOLD:-warning}" || status=$?
        [ "$status" -le 1 ] || exit "$status"
      else
        printf '**%s** is new in this pull request; there is nothing to compare it with.\n\n' "$model"
      fi
    done
  } > "$body"
  echo "body=$body" >> "$OUTPUT"
  [ "${DRY_RUN:-0}" = 1 ] && return 0
  local repository=${GITHUB_REPOSITORY:?} number=${PR_NUMBER:?} existing
  existing=$(gh api "repos/$repository/issues/$number/comments" --paginate \
    --jq ".[] | select(.body | startswith(\"$MARKER\")) | .id" | tail -1)
  if [ -n "$existing" ]; then
    gh api -X PATCH "repos/$repository/issues/comments/$existing" -F "body=@$body" >/dev/null
  else
    gh pr comment "$number" --repo "$repository" --body-file "$body"
  fi
}

case "${1:-}" in
  key) key ;;
  build) build ;;
  install-release) install_release ;;
  lint) lint ;;
  diff-comment) diff_comment ;;
  *) echo "usage: $0 key|build|install-release|lint|diff-comment" >&2; exit 2 ;;
esac
