#!/usr/bin/env python3
"""Browser tests: real Mermaid in headless Chromium (Debian's), driven by Playwright (PyPI).

  browser_test.py mermaid FILE.mmd...   each chart parses and renders with Mermaid itself, with as
                                        many nodes, groups and links as the text declares, and every
                                        label reads back as written (Mermaid decodes our escapes)

Prints one line per check and closes with 'N passed, N failed'; exit 1 on any failure.
"""
import importlib.util
import pathlib
import re
import sys

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
# The PyPI package mermaidx ships the official mermaid.js (11.x): located, not imported, so its
# own dependencies are not needed, and nothing is fetched at test time.
MERMAID_JS = pathlib.Path(importlib.util.find_spec("mermaidx").submodule_search_locations[0]) / "assets" / "mermaid.js"
results = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    results["passed" if ok else "failed"] += 1
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))


def decode(label):
    """What Mermaid shows for one of our labels: tags dropped, <br/> a break, #N; a character."""
    text = label.replace("<br/>", "\n")
    text = re.sub(r"</?b>", "", text)
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), text)


SHAPES = r'(\(\[|\[/|\{\{|\[\[|\[\(|>|\(|\[)"([^"]*)"'


def declared(text):
    nodes, groups, links = {}, {}, 0
    for line in text.splitlines():
        s = line.strip()
        m = re.match(r'^subgraph ([A-Za-z0-9_]+)\["([^"]*)"\]$', s)
        if m:
            groups[m.group(1)] = decode(m.group(2))
            continue
        if re.match(r"^[A-Za-z0-9_]+ (-->|---)", s):
            links += 1
            continue
        m = re.match(r"^([A-Za-z0-9_]+)" + SHAPES, s)
        if m and not s.startswith(("classDef", "style", "linkStyle")):
            nodes[m.group(1)] = decode(m.group(3))
    return nodes, groups, links


RENDER = """async (text) => {
  const m = window.__esbuild_esm_mermaid_nm.mermaid;
  const mermaid = m.default || m;
  mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
  try { await mermaid.parse(text); } catch (e) { return {error: 'parse: ' + e}; }
  const {svg} = await mermaid.render('chart' + (window.__n = (window.__n || 0) + 1), text);
  const out = document.getElementById('out');
  out.innerHTML = svg;
  const texts = (sel) => [...out.querySelectorAll(sel)].map(e => e.textContent.replace(/\\s+/g, ' ').trim());
  return {nodes: texts('g.node'), groups: texts('g.cluster-label, g.cluster .cluster-label'),
          links: out.querySelectorAll('path.flowchart-link').length, scripts: out.querySelectorAll('script').length};
}"""


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def mermaid(files):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1600, "height": 1200})
        page.set_content("<!DOCTYPE html><html><body><div id=out></div></body></html>")
        page.add_script_tag(path=str(MERMAID_JS))
        for path in files:
            text = pathlib.Path(path).read_text(encoding="utf-8")
            nodes, groups, links = declared(text)
            got = page.evaluate(RENDER, text)
            name = pathlib.Path(path).parent.name + "/" + pathlib.Path(path).name
            if "error" in got:
                check(name + " parses", False, got["error"])
                continue
            check(name + " parses and renders", True)
            check(name + f" draws {len(nodes)} nodes", len(got["nodes"]) == len(nodes), f"drew {len(got['nodes'])}")
            check(name + f" draws {links} links", got["links"] == links, f"drew {got['links']}")
            shown = " | ".join(got["nodes"] + got["groups"])
            lines = [line for v in list(nodes.values()) + list(groups.values()) for line in v.split("\n")]
            missing = [line for line in lines if squash(line) not in shown]
            check(name + " shows every label as written", not missing, f"missing {missing[:3]} in {shown[:300]}")
            check(name + " runs no script from a label", got["scripts"] == 0)
        browser.close()


def main(argv):
    if len(argv) < 2 or argv[0] not in ("mermaid",):
        print(__doc__)
        return 2
    mermaid(argv[1:])
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
