import Testing
import TopographDocs
import TopographModel

/// Designs unlike the reference models: the prose must follow the model, not a template of it.
@Suite struct VariantDocsTests {
    func doc(_ arch: Architecture) -> String {
        DesignDocument.markdown(for: arch, findings: [], catalogue: [], options: DocumentOptions())
    }

    /// Two TLS-re-encrypting load balancers in active-passive, a host firewall that blocks the app's
    /// port, a cache and a generic batch job.
    static func variant() -> Architecture {
        Architecture(
            name: "variant", domain: "shop.example",
            zones: [Zone(id: "net", kind: .internet), Zone(id: "edge", kind: .dmz), Zone(id: "core", kind: .private)],
            hosts: [Host(id: "h1", zone: "core")],
            components: [
                Component(id: "browser", spec: .client, zone: "net"),
                Component(
                    id: "dns", spec: .dnsRecord(DNSRecordSpec(type: .cname, name: "shop.example", targets: ["lb-a"], ttl: 60)), zone: "net"),
                Component(
                    id: "lb-a",
                    spec: .loadBalancer(
                        LoadBalancerSpec(algorithm: .leastConnections, mode: .activePassive, cluster: ["lb-b"], backends: ["web"])),
                    zone: "edge", tls: TLSEndpoint(mode: .reencrypt, certificate: "c")),
                Component(
                    id: "lb-b", spec: .loadBalancer(LoadBalancerSpec(mode: .activePassive, cluster: ["lb-a"], backends: ["web"])),
                    zone: "edge", tls: TLSEndpoint(mode: .passthrough)),
                Component(
                    id: "hfw", spec: .firewall(FirewallSpec(rules: [FirewallRule(action: .allow, peer: "edge", ports: [PortRange(443)])])),
                    host: "h1"),
                Component(id: "web", spec: .webServer, host: "h1", ports: [443]),
                Component(id: "app", spec: .appServer, zone: "core", ports: [9000]),
                Component(id: "cache", spec: .cache(CacheSpec(engine: "redis")), host: "h1"),
                Component(id: "batch", spec: .generic(GenericSpec(role: "nightly export")), host: "h1"),
            ],
            certificates: [Certificate(id: "c", subject: "*.example", installedOn: ["lb-a"])],
            flows: [
                Flow(from: "browser", to: "dns", protocol: "dns", purpose: .dns),
                Flow(from: "browser", to: "lb-a", protocol: "https"),
                Flow(from: "lb-a", to: "web", protocol: "https"),
                Flow(from: "web", to: "cache", protocol: "redis", purpose: .read),
                Flow(from: "app", to: "web", protocol: "http", port: 8080, purpose: .admin),
            ])
    }

    @Test func proseFollowsTheModel() {
        let text = doc(Self.variant())
        #expect(text.contains("`lb-a` decrypts it with certificate `c` (`*.example`) and opens new TLS connections onward."))
        #expect(text.contains("It is active-passive with `lb-b`: a standby takes over when the active member fails."))
        #expect(text.contains("by least connections"))
        #expect(text.contains("`hfw` admits it under rule 1 (allow ingress tcp 443 from zone `edge`)"))
        #expect(text.contains("**It drops `app` → `web`**, which the model says must get through."))
        // The background list says it too, where the admin flow is described (it used to pass it over).
        #expect(
            text.contains(
                "- `app` reaches `web` for admin over http on port 8080, **in plaintext**. But **`hfw` drops `app` → `web`** under its "
                    + "default ingress policy (deny): the model's flow and its firewall disagree."))
        #expect(text.contains("An in-memory redis cache."))
        #expect(text.contains("Its role: nightly export."))
        #expect(text.contains("Publishes `shop.example` as a CNAME record resolving to `lb-a`, TTL 60 s."))
        #expect(text.contains("It covers the site's domain."), "*.example covers shop.example: one label")
        #expect(!text.contains("`db"), "nothing about databases that do not exist")
        #expect(text.contains("no database is modelled."))
        StructureCheck(text).expectRectangularTables()
    }

    @Test func emptyAndClientlessModelsStillMakeADocument() {
        let empty = doc(Architecture(name: "empty"))
        #expect(empty.contains("The model declares no client, so there is no request path to walk."))
        let check = StructureCheck(empty)
        check.expectRectangularTables()
        #expect(check.headings(level: 2).contains("Issues with this infrastructure"))
        #expect(check.rawHTML.isEmpty)
    }
}
