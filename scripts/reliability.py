#!/usr/bin/env python3
"""The reliability suite (issue 15): hostile input and interrupted runs against the built binary.

Each part asserts exit codes, positions, and that nothing outside the run's targets changed:
  fuzz      mutated reference models (fixed seed): exit 0/1/2 only, every error positioned, no crash
  kill      kill -9 of generate at random moments: no stray temporary file, the next run heals
  orphan    kill -9 of a Swift model run: no model process survives
  stop      Ctrl-C and SIGTERM to `watch` and `serve` while a Swift model runs: exit 0, no process survives
  paths     outputs outside the project, through symlinks, onto inputs: exit 2, nothing written
  inject    control characters and forged CI commands in model strings: escaped in every output

Usage: scripts/reliability.py [--all] [--only PART ...]   (TOPOGRAPH_BIN, default .build/debug/topograph)
--all runs every fuzz case (3,000) instead of the 300 that CI runs.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(os.environ.get("TOPOGRAPH_BIN", os.path.join(ROOT, ".build/debug/topograph")))
MODELS = sorted(os.path.join(ROOT, "models", m) for m in os.listdir(os.path.join(ROOT, "models")) if m.endswith(".yaml"))
failures = []


def fail(part, message):
    failures.append(f"{part}: {message}")
    print(f"FAIL {part}: {message}", file=sys.stderr)


def run(args, cwd, timeout=60, env=None):
    merged = dict(os.environ, TOPOGRAPH_TODAY="2026-01-01", **(env or {}))
    return subprocess.run([BIN] + args, cwd=cwd, capture_output=True, timeout=timeout, env=merged)


def snapshot(directory):
    """Every file under `directory` (cache excluded) with its hash and whether it is a symlink."""
    files = {}
    for base, dirs, names in os.walk(directory):
        dirs[:] = [d for d in dirs if d != ".topograph-cache"]
        for name in names:
            path = os.path.join(base, name)
            rel = os.path.relpath(path, directory)
            if os.path.islink(path):
                files[rel] = "link:" + os.readlink(path)
            else:
                with open(path, "rb") as handle:
                    files[rel] = hashlib.sha256(handle.read()).hexdigest()
    return files


# A diagnostic line: `file:line:column: error: ...`, or a file-level `error: ...` / `file: error`.
POSITIONED = re.compile(r"^(mutant\.yaml:\d+:\d+: error: |error: model file |mutant\.yaml:\d+:\d+: warning: )")


def mutate(text, rng):
    lines = text.split("\n")
    kind = rng.randrange(8)
    i = rng.randrange(len(lines))
    if kind == 0:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[rng.randrange(len(lines))])
    elif kind == 2:
        lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    elif kind == 3:
        tokens = ["{", "}", "[", "]", ":", "- ", "&a", "*a", "!!str ", '"', "'", "\t", "\\", "0x1F", "~", "null", "true",
                  "-1", "99999999999999999999", "é", "\u202e", "{id: x, kind: webServer}", "id: db", "kind: firewall"]
        at = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:at] + rng.choice(tokens) + lines[i][at:]
    elif kind == 4:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 5:
        lines[i] = "  " + lines[i] if rng.random() < 0.5 else lines[i].lstrip()
    elif kind == 6:
        words = re.findall(r"[A-Za-z0-9_-]+", text)
        if words and lines[i]:
            lines[i] = re.sub(re.escape(rng.choice(words)), rng.choice(words), lines[i], count=1)
    else:
        return text[: rng.randrange(len(text))]
    return "\n".join(lines)


def fuzz(cases):
    rng = random.Random(15)
    sources = [open(m, encoding="utf-8").read() for m in MODELS]
    counts = {0: 0, 1: 0, 2: 0}
    with tempfile.TemporaryDirectory() as work:
        for case in range(cases):
            text = rng.choice(sources)
            for _ in range(rng.randrange(1, 4)):
                text = mutate(text, rng)
            path = os.path.join(work, "mutant.yaml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            before = snapshot(work)
            try:
                result = run(["lint", "mutant.yaml"], work, timeout=30)
            except subprocess.TimeoutExpired:
                fail("fuzz", f"case {case} hung")
                continue
            if result.returncode not in counts:
                fail("fuzz", f"case {case} exited {result.returncode}: {result.stderr[-300:]!r}")
                continue
            counts[result.returncode] += 1
            stderr = result.stderr.decode("utf-8", "replace")
            if result.returncode == 2:
                first = stderr.split("\n", 1)[0]
                if not POSITIONED.match(first):
                    fail("fuzz", f"case {case}: unpositioned error {first!r}")
                if "bug" in stderr or "yaml_" in stderr or "NSCocoaErrorDomain" in stderr:
                    fail("fuzz", f"case {case}: internal words in {first!r}")
                if result.stdout:
                    fail("fuzz", f"case {case}: output despite exit 2")
            if snapshot(work) != before:
                fail("fuzz", f"case {case}: lint changed files")
    print(f"fuzz: {cases} mutants, exit 0/1/2 = {counts[0]}/{counts[1]}/{counts[2]}")


def project(work, model=MODELS[0], config=None):
    os.makedirs(os.path.join(work, "models"), exist_ok=True)
    shutil.copy(model, os.path.join(work, "models", "m.yaml"))
    config = config or "models:\n  - path: models/m.yaml\n    diagrams: {formats: [svg, png, dot]}\n    docs: true\n"
    with open(os.path.join(work, "topograph.yml"), "w") as handle:
        handle.write(config)


def strays(work):
    found = []
    for base, dirs, names in os.walk(work):
        dirs[:] = [d for d in dirs if d != ".topograph-cache"]
        found += [os.path.join(base, n) for n in names if ".tmp-" in n]
    return found


def kill_during_generate(rounds=12):
    rng = random.Random(9)
    with tempfile.TemporaryDirectory() as work:
        project(work)
        for round in range(rounds):
            # A new date makes every artifact due, so each run has writes to interrupt.
            env = dict(os.environ, TOPOGRAPH_TODAY=f"2026-01-{round + 1:02d}")
            process = subprocess.Popen([BIN, "generate", "--force", "-q"], cwd=work, env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, 1.5))
            process.send_signal(signal.SIGKILL)
            process.wait()
            if strays(work):
                fail("kill", f"round {round}: temporary files beside the artifacts: {strays(work)}")
        healed = run(["generate", "-q"], work)
        if healed.returncode != 0:
            fail("kill", f"generate after the kills exited {healed.returncode}: {healed.stderr[-300:]!r}")
        leftovers = os.listdir(os.path.join(work, ".topograph-cache", "tmp"))
        if leftovers:
            fail("kill", f"run directories not swept: {leftovers}")
        check = run(["check"], work)
        if check.returncode not in (0, 1) or b"stale" in check.stdout or b"stray" in check.stdout:
            fail("kill", f"check after healing: {check.stdout[-300:]!r}")
    print(f"kill: {rounds} kill -9 during generate, healed")


def spinning_model(work, name):
    """A Swift model that never finishes; the pid and time in a comment make it new to the cache,
    so each run compiles it too."""
    path = os.path.join(work, name)
    with open(path, "w") as handle:
        handle.write(f'import TopographDSL\n// {os.getpid()} {time.time()}\nwhile true {{}}\nlet architecture = Architecture("x") {{}}\n')
    return path


def running_model(process, part):
    """Waits until the model program itself runs under `process` (the compile may take a while on a
    cold cache); returns every process below it then."""
    deadline = time.time() + 240
    while time.time() < deadline and not model_running(process.pid):
        time.sleep(0.5)
    children = descendants(process.pid)
    if not model_running(process.pid):
        fail(part, f"the model never started (processes under topograph: {children})")
    return children


def orphan():
    with tempfile.TemporaryDirectory() as work:
        path = spinning_model(work, "orphan.swift")
        process = subprocess.Popen([BIN, "dump", path], cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        children = running_model(process, "orphan")
        process.send_signal(signal.SIGKILL)
        process.wait()
        time.sleep(2)
        left = [pid for pid in children if alive(pid)]
        if left:
            fail("orphan", f"processes outlived topograph: {left}")
            for pid in left:
                os.kill(pid, signal.SIGKILL)
    print("orphan: a killed topograph leaves no model process")


def stop():
    """`watch` and `serve` run until stopped: a stop signal during a Swift model's run ends the model
    and its children too, and the command exits 0 (being stopped is how it is meant to end)."""
    cases = [("watch", signal.SIGINT), ("serve", signal.SIGTERM), ("serve", signal.SIGINT)]
    for command, sig in cases:
        with tempfile.TemporaryDirectory() as work:
            spinning_model(work, "m.swift")
            with open(os.path.join(work, "topograph.yml"), "w") as handle:
                handle.write("models:\n  - path: m.swift\n    diagrams: {formats: [svg]}\n")
            args = ["watch"] if command == "watch" else ["serve", "m.swift", "--port", "0"]
            process = subprocess.Popen([BIN] + args, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            children = running_model(process, "stop")
            process.send_signal(sig)
            try:
                out, err = process.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                out, err = process.communicate()
                fail("stop", f"{command}: still running 20 s after {sig.name}")
            if process.returncode != 0:
                fail("stop", f"{command}: exit {process.returncode} after {sig.name}, want 0: {err[-300:]!r}")
            if not out.endswith(f"{command}: stopped\n".encode()):
                fail("stop", f"{command}: no 'stopped' line after {sig.name}: {out[-300:]!r}")
            time.sleep(1)
            left = [pid for pid in children if alive(pid)]
            if left:
                fail("stop", f"{command}: processes outlived {sig.name}: {left}")
                for pid in left:
                    os.kill(pid, signal.SIGKILL)
    print(f"stop: {len(cases)} stops of watch/serve during a Swift model run: exit 0, no process left")


def parent_of(pid):
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return int(handle.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def descendants(root):
    """Every process below `root`, found through /proc's parent links."""
    children = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        parent = parent_of(pid)
        if parent is not None:
            children.setdefault(parent, []).append(int(pid))
    found, queue = [], [root]
    while queue:
        for child in children.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def model_running(root):
    """Whether the compiled model program (an executable called `model`) runs under `root`."""
    for pid in descendants(root):
        try:
            if os.path.basename(os.readlink(f"/proc/{pid}/exe")) == "model":
                return True
        except OSError:
            continue
    return False


def alive(pid):
    """Running, and not a zombie waiting for its parent."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def paths():
    cases = [
        ("docs: {markdown: ../outside.md}", "lies outside the project"),
        ("docs: {markdown: /tmp/topograph-reliability-absolute.md}", "lies outside the project"),
        ('docs: {markdown: "models/{name}.yaml"}', "which is the model file"),
        ("docs: {html: topograph.yml}", "which is the configuration file"),
        ('diagrams: {dir: "out/{nmae}"}', "unknown placeholder {nmae}"),
    ]
    for entry, message in cases:
        with tempfile.TemporaryDirectory() as parent:
            work = os.path.join(parent, "project")
            project(work, config=f"models:\n  - path: models/m.yaml\n    name: m\n    {entry}\n")
            before = snapshot(parent)
            result = run(["generate"], work)
            stderr = result.stderr.decode()
            if result.returncode != 2 or message not in stderr or "topograph.yml:" not in stderr:
                fail("paths", f"{entry}: exit {result.returncode}, {stderr[:200]!r}")
            if snapshot(parent) != before or os.path.exists("/tmp/topograph-reliability-absolute.md"):
                fail("paths", f"{entry}: files changed")
    with tempfile.TemporaryDirectory() as parent:
        work, outside = os.path.join(parent, "project"), os.path.join(parent, "outside")
        os.makedirs(outside)
        project(work)
        os.symlink(outside, os.path.join(work, "output"))
        result = run(["generate"], work)
        if result.returncode != 2 or b"outside the project" not in result.stderr or os.listdir(outside):
            fail("paths", f"symlinked output directory: exit {result.returncode}, {os.listdir(outside)}")
        os.unlink(os.path.join(work, "output"))
        # A symlinked artifact is written through and stays a symlink.
        os.makedirs(os.path.join(work, "output", "m"))
        os.makedirs(os.path.join(work, "docs"))
        open(os.path.join(work, "docs", "design.md"), "w").close()
        os.symlink("../../docs/design.md", os.path.join(work, "output", "m", "design.md"))
        result = run(["generate", "-q"], work)
        link = os.path.join(work, "output", "m", "design.md")
        if result.returncode != 0 or not os.path.islink(link) or os.path.getsize(os.path.join(work, "docs", "design.md")) == 0:
            fail("paths", f"symlinked artifact: exit {result.returncode}, link kept: {os.path.islink(link)}")
        # A hand edit is kept without --force.
        with open(os.path.join(work, "output", "m", "design.html"), "a") as handle:
            handle.write("<!-- my note -->")
        with open(os.path.join(work, "models", "m.yaml"), "a") as handle:
            handle.write("\n# changed\n")
        before = snapshot(work)
        result = run(["generate"], work)
        if result.returncode != 2 or b"edited since the last generate" not in result.stderr or snapshot(work) != before:
            fail("paths", f"hand edit: exit {result.returncode}, {result.stderr[:200]!r}")
    print(f"paths: {len(cases) + 3} cases refused or handled, nothing outside the targets changed")


INJECTION = """name: "evil\\e[31m\\a\\0"
description: "line one\\n::warning file=x::forged\\n##vso[task.complete result=Failed]"
zones:
  - {id: z, kind: dmz, name: "<script>alert(1)</script>\\e]0;title\\a"}
hosts:
  - id: h
    zone: z
    description: "\\r\\n::error::forged from a host"
    components:
      - {id: web, kind: webServer, name: "web\\n::warning::forged\\u0007", ports: [80]}
      - {id: db, kind: database, ports: [3306], database: {role: standalone}, name: "x]]></x><y>&amp;\\x1b[2J"}
flows:
  - {from: web, to: db, protocol: mysql, description: "\\u0000nul\\u001bE"}
"""


def inject():
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "evil.yaml"), "w") as handle:
            handle.write(INJECTION)
        outputs = {}
        for name, args in [("text", ["lint", "evil.yaml", "--format", "text"]),
                           ("github", ["lint", "evil.yaml", "--format", "github"]),
                           ("sarif", ["lint", "evil.yaml", "--format", "sarif"]),
                           ("junit", ["lint", "evil.yaml", "--format", "junit"]),
                           ("markdown", ["docs", "evil.yaml"]),
                           ("html", ["docs", "evil.yaml", "--format", "html"]),
                           ("dot", ["render", "evil.yaml", "--format", "dot"]),
                           ("svg", ["render", "evil.yaml", "--format", "svg"])]:
            result = run(args, work)
            if result.returncode not in (0, 1):
                fail("inject", f"{name}: exit {result.returncode}: {result.stderr[:300]!r}")
            outputs[name] = result.stdout
        for name, data in outputs.items():
            bad = [b for b in data if b < 0x20 and b not in (0x09, 0x0A, 0x0D) or b == 0x7F]
            if bad:
                fail("inject", f"{name}: raw control bytes {sorted(set(bad))}")
        for line in outputs["text"].decode().split("\n"):
            if line.lstrip().startswith(("::", "##")):
                fail("inject", f"text: a line passes for a CI command: {line!r}")
        commands = [l for l in outputs["github"].decode().split("\n") if l.lstrip().startswith("::")]
        if not all(l.startswith("::") and l.count("\n") == 0 for l in commands) or any(
                "forged" in l.split("::")[1] for l in commands if l.count("::") > 1 and l.startswith("::warning file=x")):
            fail("inject", "github: a forged command")
        html = outputs["html"].decode()
        if "<script>alert" in html or re.search(r"<title>[^<]*[\x00-\x1f]", html):
            fail("inject", "html: markup or control characters reached the page")
    print(f"inject: {len(outputs)} outputs free of raw control characters and forged report lines")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="every fuzz case (3,000)")
    parser.add_argument("--only", nargs="*", choices=["fuzz", "kill", "orphan", "stop", "paths", "inject"])
    options = parser.parse_args()
    parts = options.only or ["fuzz", "kill", "orphan", "stop", "paths", "inject"]
    start = time.time()
    for part in parts:
        began = time.time()
        {"fuzz": lambda: fuzz(3000 if options.all else 300), "kill": kill_during_generate, "orphan": orphan, "stop": stop,
         "paths": paths, "inject": inject}[part]()
        print(f"  ({part}: {time.time() - began:.1f} s)")
    print(f"reliability: {len(parts)} parts in {time.time() - start:.1f} s, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
