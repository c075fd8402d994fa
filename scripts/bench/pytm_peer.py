#!/usr/bin/env python3
"""The threat-model peer for topograph-bench: OWASP pytm finding threats in the secured-and-monitored topology.

Usage: pytm_peer.py SERVERS
Builds the same zones, servers, components and flows as Topograph's synthetic model with SERVERS servers
and prints how many findings pytm's rule engine produces. Install: pip install pytm.
"""
import sys

from pytm import TM, Actor, Boundary, Dataflow, Datastore, Process, Server


def model(servers: int) -> TM:
    tm = TM("secured-and-monitored")
    tm.description = f"{servers}-server web infrastructure, secured by firewalls, served over HTTPS, and monitored."
    internet, dmz, private, saas = (Boundary(name) for name in ("internet", "dmz", "private", "saas"))
    user = Actor("user", inBoundary=internet)
    dns = Server("www-dns", inBoundary=internet)
    edge = Process("edge-firewall", inBoundary=dmz)
    lb = Server("lb", inBoundary=dmz)
    sumo = Server("sumo", inBoundary=saas)
    Dataflow(user, dns, "dns 53", protocol="DNS", dstPort=53)
    Dataflow(user, edge, "https 443", protocol="HTTPS", dstPort=443, isEncrypted=True)
    Dataflow(edge, lb, "https 443", protocol="HTTPS", dstPort=443, isEncrypted=True)
    dbs = []
    for n in range(1, servers + 1):
        host = Boundary(f"server-{n}", inBoundary=private)
        Process(f"fw-{n}", inBoundary=host)
        web = Server(f"web-{n}", inBoundary=host)
        app = Process(f"app-{n}", inBoundary=host)
        db = Datastore(f"db-{n}", inBoundary=host)
        agent = Process(f"agent-{n}", inBoundary=host)
        dbs.append(db)
        Dataflow(lb, web, "http 80", protocol="HTTP", dstPort=80, isEncrypted=False)
        Dataflow(web, app, "http 8000", protocol="HTTP", dstPort=8000)
        Dataflow(app, dbs[0], "mysql write", protocol="MySQL", dstPort=3306)
        Dataflow(app, db, "mysql read", protocol="MySQL", dstPort=3306)
        if n > 1:
            Dataflow(db, dbs[0], "replication", protocol="MySQL", dstPort=3306)
        Dataflow(agent, sumo, "https 443 metrics", protocol="HTTPS", dstPort=443, isEncrypted=True)
    return tm


if __name__ == "__main__":
    threat_model = model(int(sys.argv[1]))
    threat_model.resolve()
    print(len(threat_model.findings))
