"""The same topology drawn by the peers: mingrammer/diagrams (through Graphviz) and D2.

Both read a model as `topograph dump --format json` prints it: zones as clusters, hosts as clusters in
their zone, components as nodes, flows as labelled lines ("https:443 · request", as Topograph words
them, so labels have comparable lengths). A flow to a host or zone attaches to its first component, as
Topograph's does. Each returns a `layout_metrics.Layout`, or None when the peer is not installed.
"""
import os
import shutil
import subprocess

import layout_metrics as metrics


def _places(model):
    """Zone id -> (stand-alone components, {host id: components}), and each component's path."""
    zones = {z["id"]: ([], {}) for z in model.get("zones", [])}
    host_zone = {h["id"]: h.get("zone") for h in model.get("hosts", [])}
    for h in model.get("hosts", []):
        zones.setdefault(h.get("zone"), ([], {}))[1][h["id"]] = []
    path = {}
    for c in model.get("components", []):
        if c.get("host"):
            zone = host_zone.get(c["host"])
            zones[zone][1].setdefault(c["host"], []).append(c["id"])
            path[c["id"]] = [zone, c["host"], c["id"]]
        else:
            zones.setdefault(c.get("zone"), ([], {}))[0].append(c["id"])
            path[c["id"]] = [c.get("zone"), c["id"]]
    # Hosts and zones stand for their first component.
    for zone, (loose, hosts) in zones.items():
        for host, members in hosts.items():
            if members:
                path.setdefault(host, path[members[0]])
        first = loose + [m for ms in hosts.values() for m in ms]
        if first:
            path.setdefault(zone, path[first[0]])
    return zones, path


def _flows(model, path):
    for flow in model.get("flows", []):
        if flow["from"] in path and flow["to"] in path:
            port = f":{flow['port']}" if flow.get("port") else ""
            yield flow["from"], flow["to"], f"{flow['protocol']}{port} · {flow.get('purpose', 'request')}"


def diagrams_layout(model, scratch):
    try:
        from diagrams import Cluster, Diagram, Edge
        from diagrams.generic.compute import Rack
    except ImportError:
        return None
    zones, path = _places(model)
    stem = os.path.join(scratch, "diagrams-peer")
    nodes = {}
    with Diagram(model["name"], filename=stem, outformat="dot", show=False, direction="TB"):
        for zone, (loose, hosts) in zones.items():
            with Cluster(str(zone)):
                for c in loose:
                    nodes[c] = Rack(c)
                for host, members in hosts.items():
                    with Cluster(host):
                        for c in members:
                            nodes[c] = Rack(c)
        for a, b, label in _flows(model, path):
            nodes[path[a][-1]] >> Edge(label=label) >> nodes[path[b][-1]]
    with open(stem + ".dot") as f:
        return metrics.graphviz_layout(f.read())


def _d2_key(parts):
    return ".".join('"' + p.replace('"', "") + '"' for p in parts if p is not None)


def d2_layout(model, scratch):
    if not shutil.which("d2"):
        return None
    zones, path = _places(model)
    lines = ["direction: down"]
    for zone, (loose, hosts) in zones.items():
        for c in loose:
            lines.append(_d2_key([zone, c]))
        for host, members in hosts.items():
            for c in members:
                lines.append(_d2_key([zone, host, c]))
    for a, b, label in _flows(model, path):
        lines.append(f'{_d2_key(path[a])} -> {_d2_key(path[b])}: "{label}"')
    source, svg = os.path.join(scratch, "peer.d2"), os.path.join(scratch, "peer.svg")
    with open(source, "w") as f:
        f.write("\n".join(lines) + "\n")
    subprocess.run(["d2", "--layout", "dagre", "--pad", "0", source, svg], check=True, capture_output=True)
    with open(svg) as f:
        return metrics.d2_layout(f.read())
