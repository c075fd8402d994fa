#!/usr/bin/env python3
"""The Python peer for topograph-bench: mingrammer/diagrams drawing the secured-and-monitored topology.

Usage: diagrams_peer.py SERVERS OUTPUT_STEM [png|svg]
Draws the same zones, servers, components and flows as Topograph's synthetic model with SERVERS servers
(the reference model when SERVERS is 3), writing OUTPUT_STEM.png (or .svg). Install: pip install diagrams.
"""
import sys

from diagrams import Cluster, Diagram, Edge
from diagrams.generic.network import Firewall
from diagrams.onprem.client import User
from diagrams.onprem.database import Mysql
from diagrams.onprem.logging import Fluentbit
from diagrams.onprem.monitoring import Splunk
from diagrams.onprem.network import Bind9, Gunicorn, Haproxy, Nginx


def draw(servers: int, stem: str, fmt: str) -> None:
    with Diagram("secured-and-monitored", filename=stem, outformat=fmt, show=False, direction="LR"):
        with Cluster("internet"):
            user = User("user")
            dns = Bind9("www-dns")
        with Cluster("dmz"):
            edge = Firewall("edge-firewall")
            lb = Haproxy("lb")
        with Cluster("saas"):
            sumo = Splunk("sumo")
        webs, apps, dbs = [], [], []
        with Cluster("private"):
            for n in range(1, servers + 1):
                with Cluster(f"server-{n}"):
                    Firewall(f"fw-{n}")
                    webs.append(Nginx(f"web-{n}"))
                    apps.append(Gunicorn(f"app-{n}"))
                    dbs.append(Mysql(f"db-{n}"))
                    agent = Fluentbit(f"agent-{n}")
                agent >> Edge(label="https 443") >> sumo
        user >> Edge(label="dns 53") >> dns
        user >> Edge(label="https 443") >> edge >> lb
        for n in range(servers):
            lb >> Edge(label="http 80", color="red", style="dashed") >> webs[n]
            webs[n] >> Edge(label="http 8000") >> apps[n]
            apps[n] >> Edge(label="mysql write") >> dbs[0]
            apps[n] >> Edge(label="mysql read") >> dbs[n]
            if n > 0:
                dbs[n] >> Edge(label="replication", style="dotted") >> dbs[0]


if __name__ == "__main__":
    draw(int(sys.argv[1]), sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "png")
