#!/usr/bin/env bash
# The GitHub Action and the CI examples, tested without GitHub:
#  1. action.yml and every workflow in README.md and docs/ci.md validate against the official schemas
#     (check-jsonschema's vendored SchemaStore copies: works offline, proven below with no network);
#     the GitLab example against GitLab's schema, the .pre-commit-config.yaml examples with pre-commit;
#  2. no `|| true` anywhere in them, and every step after lint in action.yml runs when lint failed;
#  3. the action's steps (scripts/ci/topograph-action.sh) on real projects: lint writes SARIF and exits
#     1 on findings, 2 on a broken model; the diff comment compares with the base branch.
#
# Usage: scripts/test-action.sh        (builds topograph unless TOPOGRAPH_BIN is set)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAIL: %s\n' "$*" >&2; exit 1; }

if [ -z "${TOPOGRAPH_BIN:-}" ]; then
  (cd "$ROOT" && swift build --product topograph >&2)
  TOPOGRAPH_BIN="$ROOT/.build/debug/topograph"
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/topograph-action-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/bin" && ln -s "$TOPOGRAPH_BIN" "$WORK/bin/topograph"
export PATH="$WORK/bin:$PATH"

# -- check-jsonschema (and pre-commit) from PyPI, in a cached virtualenv ---------------------------
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/topograph/ci-venv"
if [ ! -x "$VENV/bin/check-jsonschema" ] || [ ! -x "$VENV/bin/pre-commit" ]; then
  say "installing check-jsonschema and pre-commit into $VENV"
  python3 -m venv "$VENV" && "$VENV/bin/pip" install --quiet check-jsonschema pre-commit || fail "pip install"
fi
CJS="$VENV/bin/check-jsonschema"
PY="$VENV/bin/python"
echo "using check-jsonschema $("$CJS" --version | awk '{print $NF}')"

# -- 1. schemas ---------------------------------------------------------------------------------------
say "extracting the YAML examples from README.md and docs/ci.md"
mkdir -p "$WORK/examples"
"$PY" - "$ROOT" "$WORK/examples" <<'PY'
import pathlib, re, sys
root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for doc in ["README.md", "docs/ci.md"]:
    text = (root / doc).read_text()
    for n, block in enumerate(re.findall(r"^```yaml\n(.*?)^```", text, re.S | re.M)):
        first = block.splitlines()[0] if block else ""
        kind = ("workflow" if re.search(r"^jobs:", block, re.M) else
                "gitlab" if ".gitlab-ci.yml" in first else
                "pre-commit" if ".pre-commit-config.yaml" in first else None)
        if kind:
            name = f"{kind}-{doc.replace('/', '_')}-{n}.yaml"
            (out / name).write_text(block)
            print(name)
PY
ls "$WORK/examples" | grep -q '^workflow-docs_ci.md' || fail "docs/ci.md has no workflow example"
ls "$WORK/examples" | grep -q '^gitlab-' || fail "docs/ci.md has no GitLab example"
ls "$WORK/examples" | grep -q '^pre-commit-README' || fail "README.md has no .pre-commit-config.yaml example"

validate() {   # schema, files...: offline when this machine can take the network away (root)
  local schema=$1; shift
  if [ "$(id -u)" -eq 0 ] && unshare -n true 2>/dev/null; then
    unshare -n "$CJS" --builtin-schema "$schema" "$@"
  else
    "$CJS" --builtin-schema "$schema" "$@"
  fi
}
say "validating (offline: $([ "$(id -u)" -eq 0 ] && unshare -n true 2>/dev/null && echo yes || echo no))"
validate vendor.github-actions "$ROOT/action.yml"
validate vendor.github-workflows "$WORK"/examples/workflow-*.yaml
validate vendor.gitlab-ci "$WORK"/examples/gitlab-*.yaml
for config in "$WORK"/examples/pre-commit-*.yaml; do "$VENV/bin/pre-commit" validate-config "$config"; done
echo "pre-commit configs: ok"
"$PY" -m json.tool "$ROOT/.github/topograph-problem-matcher.json" >/dev/null || fail "problem matcher is not JSON"

say "the validators reject a broken workflow and a broken action"
printf 'on: push\njobs:\n  a:\n    steps:\n      - run: true\n' > "$WORK/broken-workflow.yaml"        # no runs-on
! validate vendor.github-workflows "$WORK/broken-workflow.yaml" >/dev/null 2>&1 || fail "a workflow without runs-on passed"
sed 's/using: composite/using: compost/' "$ROOT/action.yml" > "$WORK/broken-action.yml"
! validate vendor.github-actions "$WORK/broken-action.yml" >/dev/null 2>&1 || fail "an action with runs.using: compost passed"
echo "both rejected"

# -- 2. failures are never hidden, reporting runs after a failed lint -------------------------------
say "no '|| true'; every step after lint runs when lint failed"
! grep -n '|| true' "$ROOT/action.yml" "$ROOT/scripts/ci/topograph-action.sh" "$WORK"/examples/*.yaml || fail "'|| true' hides exit 2"
"$PY" - "$ROOT/action.yml" <<'PY'
import sys
from ruamel.yaml import YAML
steps = YAML(typ="safe").load(open(sys.argv[1]))["runs"]["steps"]
names = [s.get("id") for s in steps]
after = steps[names.index("lint") + 1:]
bad = [s["name"] for s in after if "!cancelled()" not in str(s.get("if", "")) and "always()" not in str(s.get("if", ""))]
assert not bad, f"steps that would be skipped when lint fails: {bad}"
print(f"{len(after)} steps after lint, all with !cancelled()")
PY

# -- 3. the action's steps on real projects ---------------------------------------------------------
ACTION="$ROOT/scripts/ci/topograph-action.sh"
export RUNNER_TEMP="$WORK/runner-temp" GITHUB_OUTPUT="$WORK/github-output" GITHUB_ACTION_PATH="$ROOT"
mkdir -p "$RUNNER_TEMP"

say "lint: findings fail with exit 1 and leave the SARIF for the upload step"
PROJECT="$WORK/project" && mkdir -p "$PROJECT/models" && cd "$PROJECT"
cp "$ROOT/models/simple-web-stack.yaml" "$ROOT/models/distributed.swift" models/
: > "$GITHUB_OUTPUT"; status=0
MODELS="models/*.yaml models/*.swift" "$ACTION" lint > lint.log 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat lint.log; fail "lint exited $status, expected 1"; }
grep -q "^sarif=$RUNNER_TEMP/topograph.sarif$" "$GITHUB_OUTPUT" || fail "no sarif output"
grep -q '"version" : "2.1.0"' "$RUNNER_TEMP/topograph.sarif" || grep -q '"version":"2.1.0"' "$RUNNER_TEMP/topograph.sarif" || fail "not SARIF 2.1.0"
grep -q 'models/distributed.swift:' lint.log && grep -q 'models/simple-web-stack.yaml:' lint.log || { cat lint.log; fail "both the Swift and the YAML model are linted"; }
echo "exit 1, SARIF written, Swift and YAML models linted"

say "lint: a broken model is exit 2 (not hidden), and no SARIF is offered for upload"
printf 'name: x\nzones: [{id: a, kind: bogus}]\n' > models/broken.yaml
: > "$GITHUB_OUTPUT"; status=0
MODELS="models/*.yaml" "$ACTION" lint > broken.log 2>&1 || status=$?
[ "$status" -eq 2 ] || { cat broken.log; fail "lint exited $status, expected 2"; }
grep -q '^models/broken.yaml:2:23: error: ' broken.log || { cat broken.log; fail "the error line"; }
! grep -q '^sarif=' "$GITHUB_OUTPUT" || fail "SARIF offered after a model error"
rm models/broken.yaml
status=0; MODELS="nothing/*.yaml" "$ACTION" lint > none.log 2>&1 || status=$?
[ "$status" -eq 2 ] && grep -q "no model file matches" none.log || fail "no matching model should be exit 2"
echo "exit 2 with the located error; exit 2 when no model matches"

say "diff comment: the pull request's models against the base branch"
git init -q -b main && git add models && git -c user.name=t -c user.email=t@e -c commit.gpgsign=false commit -qm base
git update-ref refs/remotes/origin/main HEAD
sed -i 's/version: "1.24"/version: "1.26"/' models/simple-web-stack.yaml
cp "$ROOT/models/scale-up.yaml" models/
: > "$GITHUB_OUTPUT"
MODELS="models/*.yaml" BASE_REF=main DRY_RUN=1 "$ACTION" diff-comment || fail "diff-comment failed"
body=$(sed -n 's/^body=//p' "$GITHUB_OUTPUT")
head -1 "$body" | grep -qx '<!-- topograph-architecture-diff -->' || fail "no marker line"
grep -q '1.24' "$body" && grep -q '1.26' "$body" || { cat "$body"; fail "the version change is not in the comment"; }
grep -q '\*\*models/scale-up.yaml\*\* is new in this pull request' "$body" || { cat "$body"; fail "new model"; }
echo "comment body: $(wc -l < "$body") lines, the change and the new model"

say "action: OK"
