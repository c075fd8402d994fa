#!/usr/bin/env python3
"""Independent availability figures for Topograph's failure-analysis tests.

Reads {"cases": [{"expression": "(x0 & (x1 | x2))", "up": {"x0": 0.99, ...}}, ...]} on stdin and
prints one probability per case, one per line, computed by relibmss (PyPI, a Rust BDD package that
shares no code with Topograph). Installed by scripts/setup.sh.
"""
import json
import sys
import warnings

warnings.filterwarnings("ignore")
try:
    import relibmss as ms
except ImportError:
    sys.exit("availability-crosscheck: relibmss is missing; run scripts/setup.sh (pip install relibmss)")

for case in json.load(sys.stdin)["cases"]:
    bss = ms.BSS()
    names = sorted(case["up"], key=lambda name: int(name[1:]))
    scope = {name: bss.defvar(name) for name in names}
    bss.set_varorder(names)
    top = bss.getbdd(eval(case["expression"], {"__builtins__": {}}, scope))
    print(repr(top.prob(case["up"])))
