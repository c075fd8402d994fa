/// What the model means beyond its fields: the rules every analysis applies to it.
enum ModelSemantics {
    static let markdown = """
        ## What the model means

        **Ids.** Every zone, host, component, certificate and flow has an id unique across all of them.
        References name ids; a reference to an undeclared element is a model error at the referring line.

        **Flows** go from the element that opens the connection to the one that accepts it. An omitted
        `id` is `from->to` (plus `:purpose` unless a request); omitted `port` and `encrypted` come from the
        protocol table below; a flow over `dns` without a purpose is a DNS lookup (`purpose: dns`). Every
        flow travels on a port: a flow whose port can be neither given nor
        derived is a model error with its file and line. Only local access on one machine (`file`,
        `unix`) has no port. Scraping runs from the platform to the exporter: a `metrics` flow from a
        monitoring platform to an agent whose `scrapedBy` names it.

        **Firewalls** evaluate their rules in order; the first rule whose direction, peer, ports and
        transport match decides, else the default policy. A host firewall filters everything to and
        from its host. A network firewall filters what it `protects` (elements, hosts, zones): traffic
        from outside into a protected element crosses it, and so does traffic between two zones it
        protects; traffic inside one protected zone does not. A rule's `peer` is `any` (or
        `0.0.0.0/0`), an element, host or zone id, or a CIDR block. A CIDR matches an element whose
        known addresses lie in it: its host's `addresses`, a virtual IP's `address`, a VPN gateway's
        `clientNetwork`, else its zone's `networks`; an element whose addresses the model does not
        know is assumed to match.

        **Addresses** must parse; one address may not belong to two machines; a host's address lies in
        its zone's networks when the zone declares any.

        **Virtual IPs** stand in a zone, never on a host, and have members. Traffic to a virtual IP is
        served by its members: in `activePassive` mode by one holder with the others standing by, in
        `activeActive` mode by all of them. Every analysis follows such traffic on to the members: they
        are reached, terminate TLS and are filtered by their firewalls; the address itself is no machine
        (it needs no firewall and is no single point of failure), and a DNS record naming one address
        with two or more members is redundant.

        **Failure domains** nest: region > availability zone > rack. A host's levels left open come from
        its zone's domain; a host may not name a region or availability zone other than its zone's.

        **Read/write routing** on a load balancer or proxy sends writes to `routing.writes` and reads to
        `routing.reads`; without it every backend receives everything.

        **Managed services**: a database or cache with a `provider` is run by that provider (its
        failover and patching are the provider's, as declared by `failover`).

        **Superseded forms still load.** A bastion, VPN gateway, virtual IP, CDN, WAF, queue or bucket
        written as a generic component (its role or name says so) keeps working; the note
        `hygiene.superseded-form` suggests the kind that says it.

        **Known networks are not the internet.** A client in a zone that is not the internet and
        declares its `networks` (an office, a VPN range) is not treated as an arbitrary internet
        host: firewall rules naming its block admit it, and nobody else.
        """
}
