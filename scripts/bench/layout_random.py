"""Seeded random heterogeneous models for the layout benchmark: a DMZ with an entry (one load balancer,
or a pair behind a floating IP, sometimes a firewall or a bastion), one to three private zones with two
to seven hosts of mixed roles (web, app, database primary and replicas, cache, queue), flows between
tiers, and sometimes a monitoring platform that agents ship to. Same seed, same model.
"""


def model(rng, name):
    lines = [f"name: {name}", "zones:", "  - {id: internet, kind: internet}", "  - {id: dmz, kind: dmz}"]
    zones = [f"zone-{i}" for i in range(1, rng.randint(2, 4))]
    lines += [f"  - {{id: {z}, kind: private}}" for z in zones]
    comps, hosts, flows = ["  - {id: user, kind: client, zone: internet}"], [], []
    web, app, data, agents = [], [], [], []
    n = 0
    for zone in zones:
        for _ in range(rng.randint(2, 5)):
            n += 1
            host = f"host-{n}"
            members = []
            for role in rng.sample(["web", "app", "db", "cache", "queue"], rng.randint(1, 2)):
                cid = f"{role}-{n}"
                line, source = _component(role, cid, data, rng)
                members.append(line)
                {"web": web, "app": app}.get(role, data).append(cid)
                if source:
                    flows.append(f"  - {{from: {cid}, to: {source}, protocol: tcp, port: 5432, purpose: replication}}")
            if rng.random() < 0.6:
                members.append(f"      - {{id: agent-{n}, kind: monitoringAgent, monitoringAgent: {{collects: [metrics], shipsTo: mon}}}}")
                agents.append(f"agent-{n}")
            hosts.append(f"  - id: {host}\n    zone: {zone}\n    components:\n" + "\n".join(members))
    front = web or app or [d for d in data]
    pair = rng.random() < 0.5
    lbs = ["lb-1", "lb-2"] if pair else ["lb"]
    for lb in lbs:
        peers = [p for p in lbs if p != lb]
        mode = f"mode: activePassive, cluster: [{', '.join(peers)}], " if pair else ""
        comps.append(f"  - {{id: {lb}, kind: loadBalancer, zone: dmz, ports: [443], loadBalancer: {{{mode}backends: [{', '.join(front)}]}}}}")
    entry = "lb"
    if pair:
        comps.append("  - {id: vip, kind: virtualIP, zone: dmz, virtualIP: {members: [lb-1, lb-2], mode: activePassive}}")
        entry = "vip"
    if rng.random() < 0.5:
        comps.append(f"  - {{id: fw, kind: firewall, zone: dmz, firewall: {{scope: network, protects: [{entry}], defaultIngress: deny, "
                     "rules: [{action: allow, direction: ingress, peer: internet, transport: tcp, ports: [443]}]}}")
    flows.append(f"  - {{from: user, to: {entry}, protocol: https, port: 443}}")
    for lb in lbs:
        flows += [f"  - {{from: {lb}, to: {b}, protocol: http, port: 80}}" for b in front]
    for w in web:
        for a in rng.sample(app, min(len(app), rng.randint(1, 2))) if app else []:
            flows.append(f"  - {{from: {w}, to: {a}, protocol: http, port: 8000}}")
    for a in app or web:
        for d in rng.sample(data, min(len(data), rng.randint(1, 3))):
            flows.append(f"  - {{from: {a}, to: {d}, protocol: tcp, port: 5432, purpose: {rng.choice(['read', 'write'])}}}")
    if rng.random() < 0.5 and hosts:
        comps.append("  - {id: bastion, kind: bastion, zone: dmz}")
        for i in rng.sample(range(1, n + 1), min(n, 3)):
            flows.append(f"  - {{from: bastion, to: host-{i}, protocol: ssh, port: 22, purpose: admin}}")
    if agents:
        comps.append(f"  - {{id: mon, kind: monitoringPlatform, zone: {zones[-1]}}}")
        flows += [f"  - {{from: {a}, to: mon, protocol: https, port: 443, purpose: metrics}}" for a in agents]
    return "\n".join(lines + ["components:"] + comps + ["hosts:"] + hosts + ["flows:"] + flows) + "\n"


def _component(role, cid, data, rng):
    if role == "db":
        primary = next((d for d in data if d.startswith("db-")), None)
        if primary and rng.random() < 0.7:
            return f"      - {{id: {cid}, kind: database, database: {{role: replica, replicatesFrom: {primary}}}}}", primary
        return f"      - {{id: {cid}, kind: database, database: {{role: primary}}}}", None
    kind = {"web": "webServer", "app": "appServer", "cache": "cache", "queue": "messageQueue"}[role]
    return f"      - {{id: {cid}, kind: {kind}}}", None
