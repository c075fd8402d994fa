#!/usr/bin/env python3
"""Browser tests: real Mermaid in headless Chromium (Debian's), driven by Playwright (PyPI).

  browser_test.py mermaid FILE.mmd...   each chart parses and renders with Mermaid itself, with as
                                        many nodes, groups and links as the text declares, and every
                                        label reads back as written (Mermaid decodes our escapes)
  browser_test.py viewer PAGE.html      the design page's viewer: every view inline with a full-size
                                        link, no network request, zoom (buttons, wheel) and pan change
                                        the view, every diagram link lands on an entry of the
                                        document, and clicking an element or a badge goes there
  browser_test.py serve TOPOGRAPH MODEL.yaml [SCREENSHOT.png]
                                        `topograph serve --port 0` on a copy of the model: the page
                                        shows the document and every view, reloads by itself after a
                                        save, shows a broken model's positioned, escaped error, recovers,
                                        writes no file, and Ctrl-C exits 0 and closes the port

Prints one line per check and closes with 'N passed, N failed'; exit 1 on any failure.
"""
import importlib.util
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from playwright.sync_api import TimeoutError as PlaywrightTimeout, sync_playwright

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


SHAPES = r'(\(\(|\(\[|\[/|\[\\|\{\{|\[\[|\[\(|>|\(|\[)"([^"]*)"'


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


def view_box(page, figure):
    return page.evaluate("(id) => document.querySelector('#' + id + ' svg').getAttribute('viewBox')", figure)


def viewer(path, views=5, screenshot=None):
    page_path = pathlib.Path(path).resolve()
    name = page_path.parent.name + "/" + page_path.name
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        remote = []
        page.on("request", lambda r: remote.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
        page.goto(page_path.as_uri())
        figures = page.evaluate("() => [...document.querySelectorAll('figure.diagram')].map(f => f.id)")
        check(name + f" shows {views} views", len(figures) == views, f"{figures}")
        links = page.evaluate("() => [...document.querySelectorAll('figure.diagram a.full')].map(a => a.getAttribute('href'))")
        missing = [l for l in links if not (page_path.parent / l).exists()]
        check(name + " links every view to its full-size file", len(links) == views and not missing, f"{links}")
        check(name + " makes no network request", not remote, f"{remote[:3]}")
        first = figures[0]
        # Each view's box is as tall as its diagram at the page's width (within 240 px and 70% of the
        # window), so a wide design leaves no empty band above and below it.
        heights = page.evaluate("""() => [...document.querySelectorAll('figure.diagram')].map(f => {
            const port = f.querySelector('.viewport'), box = f.querySelector('svg').viewBox.baseVal;
            const wanted = Math.max(240, Math.min(port.clientWidth * box.height / box.width, innerHeight * 0.7));
            return [port.getBoundingClientRect().height, wanted]; })""")
        off = [h for h in heights if abs(h[0] - h[1]) > 2]
        check(name + " sizes each view's box to its diagram", not off, f"{off[:3]}")
        before = view_box(page, first)
        page.click(f"#{first} button[data-zoom=in]")
        zoomed = view_box(page, first)
        check(name + " zooms in with the + button", zoomed != before, f"{before} -> {zoomed}")
        box = page.locator(f"#{first} .viewport").bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, -300)
        wheeled = view_box(page, first)
        check(name + " zooms with the wheel", wheeled != zoomed, f"{zoomed} -> {wheeled}")
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 2 + 120, box["y"] + box["height"] / 2 + 40, steps=5)
        page.mouse.up()
        panned = view_box(page, first)
        a, b = [float(v) for v in wheeled.split()], [float(v) for v in panned.split()]
        same_size = all(abs(x - y) < 1e-3 * max(1, abs(x)) for x, y in zip(a[2:], b[2:]))
        check(name + " pans on drag (same zoom, new origin)", a[:2] != b[:2] and same_size, f"{wheeled} -> {panned}")
        check(name + " a drag does not follow a link", page.evaluate("() => location.hash") == "")
        page.click(f"#{first} button[data-zoom=fit]")
        hrefs = page.evaluate("""() => [...document.querySelectorAll('figure.diagram svg a')]
            .map(a => a.getAttribute('xlink:href') || a.getAttribute('href'))""")
        dangling = sorted({h for h in hrefs if not page.evaluate("(id) => !!document.getElementById(id)", h[1:])})
        check(name + f" lands every one of {len(hrefs)} diagram links on the document", hrefs and not dangling, f"{dangling[:5]}")
        for prefix, what in (("#element-", "element"), ("#issue-", "finding badge")):
            # The first link whose target a pointer can reach (an edge label may lie over a node).
            target = None
            for href in (h for h in hrefs if h.startswith(prefix)):
                try:
                    page.locator(f'#{first} svg a[*|href="{href}"]').first.click(timeout=2000)
                    target = href
                    break
                except PlaywrightTimeout:
                    continue
            if target is None:
                check(name + f" has a clickable {what} link", False, "none")
                continue
            page.wait_for_timeout(100)
            landed = page.evaluate("() => [location.hash, !!document.querySelector(':target'), window.scrollY]")
            check(name + f" clicking a {what} goes to {target}", landed[0] == target and landed[1] and landed[2] > 0, f"{landed}")
        if screenshot:
            page.goto(page_path.as_uri())
            page.locator(f"#{first}").screenshot(path=screenshot)
        browser.close()


def start_serve(binary, model, cwd):
    """Starts `topograph serve --port 0` and returns the process and the URL it prints."""
    process = subprocess.Popen([binary, "serve", model, "--port", "0"], cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    # "[hh:mm:ss] rendered shop.yaml (…)", then the URL once the page is there.
    line = ""
    for _ in range(5):
        line = process.stdout.readline()
        if line.startswith("serve:") or not line:
            break
    match = re.match(r"serve: (http://127\.0\.0\.1:(\d+)/) \(Ctrl-C to stop\)$", line.strip())
    if not match:
        process.kill()
        raise SystemExit(f"serve printed {line!r}, not its URL: {process.stderr.read()[-500:]}")
    return process, match.group(1), int(match.group(2))


def port_open(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def save(path, text):
    """Saves the way editors do: a temporary file renamed over the model."""
    temporary = path + ".swp"
    with open(temporary, "w") as handle:
        handle.write(text)
    os.replace(temporary, path)


def serve(binary, model, screenshot=None):
    work = tempfile.mkdtemp(prefix="topograph-serve-")
    path = os.path.join(work, "shop.yaml")
    shutil.copy(model, path)
    original = open(path).read()
    try:
        process, url, port = start_serve(os.path.abspath(binary), "shop.yaml", work)
        try:
            serve_checks(process, url, path, original, screenshot)
        finally:
            # Stopped (and killed if it will not stop) even when a check raised.
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        check("serve exits 0 on Ctrl-C", process.returncode == 0, f"exit {process.returncode}: {process.stderr.read()[-300:]}")
        check("serve closes its port", not port_open(port), f"port {port} still open")
        check("serve writes no file", sorted(os.listdir(work)) == ["shop.yaml"], f"{sorted(os.listdir(work))}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def serve_checks(process, url, path, original, screenshot):
    with urllib.request.urlopen(url + "views/overview.svg") as response:
        check("serve serves each view's SVG", response.headers["Content-Type"] == "image/svg+xml"
              and b"<svg" in response.read())
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        remote = []
        page.on("request", lambda r: remote.append(r.url) if not r.url.startswith(url) else None)
        page.goto(url)
        page.wait_for_selector("figure.diagram svg", timeout=30000)
        figures = page.evaluate("() => document.querySelectorAll('figure.diagram').length")
        check("serve shows every view", figures == 5, f"{figures} figures")
        check("serve shows the document", page.locator("h1").first.inner_text().strip() != ""
              and page.locator("#element-user").count() == 1)
        check("serve shows the diagram's labels", "User's browser" in page.inner_text("#view-overview"))
        check("serve makes no request outside the preview", not remote, f"{remote[:3]}")
        if screenshot:
            page.screenshot(path=screenshot)

        # A save: the page reloads by itself (the marker set in this page is gone) and shows the new label.
        page.evaluate("() => { window.beforeSave = true; }")
        save(path, original.replace("User's browser", "Visitor's laptop"))
        try:
            page.wait_for_function("() => !window.beforeSave && document.querySelector('#view-overview')"
                                   " && document.querySelector('#view-overview').textContent.includes(\"Visitor's laptop\")",
                                   timeout=20000)
            check("serve reloads the page after a save and shows the new label", True)
        except PlaywrightTimeout:
            check("serve reloads the page after a save and shows the new label", False, page.content()[:300])

        # A broken save: the error, positioned and escaped, instead of the stale picture.
        save(path, original.replace("kind: loadBalancer", "kind: <b>balancer</b>"))
        try:
            page.wait_for_selector("#model-error", timeout=20000)
            error = page.inner_text("#diagnostics")
            check("serve shows a model error with its position", re.search(r"shop\.yaml:\d+:\d+: error:", error) is not None, error)
            check("serve escapes the error", "<b>balancer</b>" in error and page.locator("pre b").count() == 0, error)
            source = page.inner_text("#source") if page.locator("#source").count() else ""
            check("serve shows the offending line with a caret", "kind: <b>balancer</b>" in source and "^" in source, source)
            check("serve hides the stale picture on error", page.locator("figure.diagram").count() == 0)
        except PlaywrightTimeout:
            check("serve shows a model error", False, page.content()[:300])

        # The next good save recovers.
        save(path, original)
        try:
            page.wait_for_selector("figure.diagram svg", timeout=20000)
            check("serve recovers on the next good save", "User's browser" in page.inner_text("#view-overview"))
        except PlaywrightTimeout:
            check("serve recovers on the next good save", False, page.content()[:300])
        check("serve is still running", process.poll() is None)
        browser.close()


def main(argv):
    if len(argv) < 2 or argv[0] not in ("mermaid", "viewer", "serve"):
        print(__doc__)
        return 2
    if argv[0] == "mermaid":
        mermaid(argv[1:])
    elif argv[0] == "serve":
        serve(argv[1], argv[2], argv[3] if len(argv) > 3 else None)
    else:
        for page in argv[1:]:
            viewer(page)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
