/// Something that runs or exists in the design: a DNS record, a firewall, a load balancer, a server
/// process, a database, a monitoring agent or platform, a user's client, or a generic component.
///
/// A component runs on a `host` or stands alone in a `zone` (an appliance, a SaaS platform).
///
/// A value type whose fields live in one shared, copy-on-write box: the index and the facts copy
/// every component of a model into their tables, and copying a box costs one reference count where
/// copying the fields cost one per text, list and configuration (a tenth of a big model's lint).
public struct Component: Hashable, Sendable, Identifiable {
    /// The declared fields, compared and hashed as the component is.
    struct Fields: Hashable, Sendable {
        var id: ElementID
        var name: String?
        var spec: ComponentSpec
        var host: ElementID?
        var zone: ElementID?
        var software: Software?
        var tls: TLSEndpoint?
        var ports: [Int]
        var description: String?
    }

    /// Mutated only through `update`, which copies it first unless this value is its only owner.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box
    /// What it is, kept beside the box: the most read field, a byte to copy.
    public private(set) var kind: ComponentKind

    public init(
        id: ElementID, name: String? = nil, spec: ComponentSpec, host: ElementID? = nil, zone: ElementID? = nil,
        software: Software? = nil, tls: TLSEndpoint? = nil, ports: [Int] = [], description: String? = nil
    ) {
        box = Box(
            Fields(
                id: id, name: name, spec: spec, host: host, zone: zone, software: software, tls: tls, ports: ports,
                description: description))
        kind = spec.kind
    }

    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    public var id: ElementID {
        get { box.fields.id }
        set { update { $0.id = newValue } }
    }
    public var name: String? {
        get { box.fields.name }
        set { update { $0.name = newValue } }
    }
    /// What it is, with the configuration specific to that kind.
    public var spec: ComponentSpec {
        get { box.fields.spec }
        set {
            kind = newValue.kind
            update { $0.spec = newValue }
        }
    }
    /// The host it runs on; nil for stand-alone components.
    public var host: ElementID? {
        get { box.fields.host }
        set { update { $0.host = newValue } }
    }
    /// The zone of a stand-alone component. Components on a host are in the host's zone.
    public var zone: ElementID? {
        get { box.fields.zone }
        set { update { $0.zone = newValue } }
    }
    public var software: Software? {
        get { box.fields.software }
        set { update { $0.software = newValue } }
    }
    /// How the component handles TLS for the traffic it receives, when it is a TLS endpoint.
    public var tls: TLSEndpoint? {
        get { box.fields.tls }
        set { update { $0.tls = newValue } }
    }
    /// TCP/UDP ports it listens on; empty means not declared (not "none").
    public var ports: [Int] {
        get { box.fields.ports }
        set { update { $0.ports = newValue } }
    }
    public var description: String? {
        get { box.fields.description }
        set { update { $0.description = newValue } }
    }

    public var displayName: String { name ?? id.rawValue }

    /// Equal when every field is: two boxes with the same fields are the same component.
    public static func == (lhs: Component, rhs: Component) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }
}

/// The kinds of component Topograph understands.
public enum ComponentKind: String, Hashable, Sendable, Codable, CaseIterable {
    case client, dnsRecord, firewall, loadBalancer, webServer, appServer, database, cache
    case monitoringAgent, monitoringPlatform, generic
    case bastion, vpnGateway, virtualIP, cdn, waf, messageQueue, objectStorage

    /// Whether it holds or moves data and answers no web request: a database, cache, queue or
    /// object store. The data view draws these; a balancer that routes requests to one misroutes them.
    public var isDataStore: Bool { [.database, .cache, .messageQueue, .objectStorage].contains(self) }

    /// A human name for the kind, e.g. "load balancer".
    public var title: String {
        switch self {
        case .client: "client"
        case .dnsRecord: "DNS record"
        case .firewall: "firewall"
        case .loadBalancer: "load balancer"
        case .webServer: "web server"
        case .appServer: "application server"
        case .database: "database"
        case .cache: "cache"
        case .monitoringAgent: "monitoring agent"
        case .monitoringPlatform: "monitoring platform"
        case .generic: "component"
        case .bastion: "bastion host"
        case .vpnGateway: "VPN gateway"
        case .virtualIP: "virtual IP"
        case .cdn: "CDN"
        case .waf: "web application firewall"
        case .messageQueue: "message queue"
        case .objectStorage: "object storage"
        }
    }
}

extension ComponentKind {
    /// One sentence for the model reference (`docs/model.md`): what the kind stands for.
    public var summary: String {
        switch self {
        case .client: "A user's or operator's client (a browser, an admin laptop): where traffic starts."
        case .dnsRecord: "A DNS record users resolve; several targets mean DNS round robin."
        case .firewall: "A host firewall (on a server) or a network firewall (in a zone, in front of what it protects), with ordered rules."
        case .loadBalancer: "Spreads requests over its backends; may run in a cluster and split reads from writes (a database proxy)."
        case .webServer: "A web server such as nginx."
        case .appServer: "An application server running the code base."
        case .database: "A database node and its place in replication; a provider makes it a managed database."
        case .cache: "An in-memory cache such as Redis or Memcached; a provider makes it a managed cache."
        case .monitoringAgent: "Collects telemetry on a host and ships it to a platform (push) or is scraped by it (pull)."
        case .monitoringPlatform: "Stores and alerts on telemetry; self-hosted (Prometheus) or SaaS (Sumo Logic)."
        case .generic: "Anything without a dedicated kind; its role says what it does."
        case .bastion: "A jump host: operators reach the other hosts only through it."
        case .vpnGateway: "Operators tunnel in through it and appear inside with an address from its client network."
        case .virtualIP:
            "A floating or virtual address served by its members (keepalived/VRRP, a cloud load balancer's front end, a failover endpoint)."
        case .cdn: "A content delivery network serving cached content in front of its origins."
        case .waf: "A web application firewall filtering HTTP requests, blocking or only detecting."
        case .messageQueue: "A message queue or log such as RabbitMQ, Kafka or SQS."
        case .objectStorage: "Object storage such as S3, GCS or MinIO."
        }
    }
}

/// A component's kind together with the configuration only that kind has.
public enum ComponentSpec: Hashable, Sendable {
    case client
    case dnsRecord(DNSRecordSpec)
    case firewall(FirewallSpec)
    case loadBalancer(LoadBalancerSpec)
    case webServer
    case appServer
    case database(DatabaseSpec)
    case cache(CacheSpec)
    case monitoringAgent(MonitoringAgentSpec)
    case monitoringPlatform(MonitoringPlatformSpec)
    case generic(GenericSpec)
    case bastion
    case vpnGateway(VPNGatewaySpec)
    case virtualIP(VirtualIPSpec)
    case cdn(CDNSpec)
    case waf(WAFSpec)
    case messageQueue(MessageQueueSpec)
    case objectStorage(ObjectStorageSpec)

    public var kind: ComponentKind {
        switch self {
        case .client: .client
        case .dnsRecord: .dnsRecord
        case .firewall: .firewall
        case .loadBalancer: .loadBalancer
        case .webServer: .webServer
        case .appServer: .appServer
        case .database: .database
        case .cache: .cache
        case .monitoringAgent: .monitoringAgent
        case .monitoringPlatform: .monitoringPlatform
        case .generic: .generic
        case .bastion: .bastion
        case .vpnGateway: .vpnGateway
        case .virtualIP: .virtualIP
        case .cdn: .cdn
        case .waf: .waf
        case .messageQueue: .messageQueue
        case .objectStorage: .objectStorage
        }
    }

    public var dnsRecord: DNSRecordSpec? { if case .dnsRecord(let s) = self { s } else { nil } }
    public var firewall: FirewallSpec? { if case .firewall(let s) = self { s } else { nil } }
    public var loadBalancer: LoadBalancerSpec? { if case .loadBalancer(let s) = self { s } else { nil } }
    public var database: DatabaseSpec? { if case .database(let s) = self { s } else { nil } }
    public var cache: CacheSpec? { if case .cache(let s) = self { s } else { nil } }
    public var monitoringAgent: MonitoringAgentSpec? { if case .monitoringAgent(let s) = self { s } else { nil } }
    public var monitoringPlatform: MonitoringPlatformSpec? {
        if case .monitoringPlatform(let s) = self { s } else { nil }
    }
    public var generic: GenericSpec? { if case .generic(let s) = self { s } else { nil } }
    public var vpnGateway: VPNGatewaySpec? { if case .vpnGateway(let s) = self { s } else { nil } }
    public var virtualIP: VirtualIPSpec? { if case .virtualIP(let s) = self { s } else { nil } }
    public var cdn: CDNSpec? { if case .cdn(let s) = self { s } else { nil } }
    public var waf: WAFSpec? { if case .waf(let s) = self { s } else { nil } }
    public var messageQueue: MessageQueueSpec? { if case .messageQueue(let s) = self { s } else { nil } }
    public var objectStorage: ObjectStorageSpec? { if case .objectStorage(let s) = self { s } else { nil } }
}
