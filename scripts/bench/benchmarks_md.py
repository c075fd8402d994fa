"""BENCHMARKS.md sections that a script owns: `<!-- NAME:begin -->` ... `<!-- NAME:end -->`.

`topograph-bench` rewrites the rest of the file and keeps these sections (see its main.swift); each
script rewrites only its own.
"""
import os
import pathlib
import re


def machine():
    """The cores and the load when a measurement ran, for the section's header."""
    return f"{os.cpu_count()} cores, load average {' '.join(open('/proc/loadavg').read().split()[:3])}"


def write_section(path, name, body):
    """Replaces section `name` of the file at `path` with `body` (a heading and text), or appends it."""
    section = f"<!-- {name}:begin -->\n{body.rstrip()}\n<!-- {name}:end -->\n"
    output = pathlib.Path(path)
    text = output.read_text(encoding="utf-8") if output.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"<!-- {re.escape(name)}:begin -->.*?<!-- {re.escape(name)}:end -->\n", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    output.write_text(text, encoding="utf-8")
