/// What Topograph knows about an application protocol: its well-known port, whether it is
/// encrypted on the wire, and which transport carries it.
public struct ProtocolInfo: Hashable, Sendable {
    /// The name flows use, lowercase, e.g. `postgresql+tls`.
    public let name: String
    /// The port a flow gets when its author gives none; nil when the protocol has no well-known port.
    public let port: Int?
    public let encrypted: Bool
    public let transport: Transport
    /// Other spellings that mean the same protocol, e.g. `postgres`.
    public let aliases: [String]
    /// Local access on one machine (a file, a Unix socket): no network, so no port.
    public let local: Bool
    /// One line for the model reference.
    public let summary: String

    init(
        _ name: String, _ port: Int?, encrypted: Bool = false, over transport: Transport = .tcp, aliases: [String] = [],
        local: Bool = false, _ summary: String
    ) {
        self.name = name
        self.port = port
        self.encrypted = encrypted
        self.transport = transport
        self.aliases = aliases
        self.local = local
        self.summary = summary
    }
}

/// The one protocol table: flows derive their port and encryption from it, firewall rules their
/// transport, and `docs/model.md` lists it. A protocol not in it needs an explicit `port`.
public enum ProtocolTable {
    /// Every known protocol, grouped by purpose.
    public static let all: [ProtocolInfo] = web + data + messaging + access + mail + infrastructure + local

    static let web: [ProtocolInfo] = [
        ProtocolInfo("http", 80, "HTTP"),
        ProtocolInfo("https", 443, encrypted: true, "HTTP over TLS"),
        ProtocolInfo("h2", 443, encrypted: true, "HTTP/2 over TLS"),
        ProtocolInfo("quic", 443, encrypted: true, over: .udp, aliases: ["http3", "h3"], "HTTP/3 over QUIC"),
        ProtocolInfo("ws", 80, "WebSocket"),
        ProtocolInfo("wss", 443, encrypted: true, "WebSocket over TLS"),
        ProtocolInfo("grpc", nil, "gRPC over HTTP/2 without TLS (no well-known port: give one)"),
        ProtocolInfo("grpcs", nil, encrypted: true, "gRPC over TLS (no well-known port: give one)"),
        ProtocolInfo("fastcgi", 9000, "FastCGI, e.g. nginx to PHP-FPM"),
    ]

    static let data: [ProtocolInfo] = [
        ProtocolInfo("mysql", 3306, "MySQL / MariaDB client protocol"),
        ProtocolInfo("mysql+tls", 3306, encrypted: true, aliases: ["mysqls"], "MySQL with TLS"),
        ProtocolInfo("postgresql", 5432, aliases: ["postgres"], "PostgreSQL client protocol"),
        ProtocolInfo("postgresql+tls", 5432, encrypted: true, aliases: ["postgres+tls"], "PostgreSQL with TLS"),
        ProtocolInfo("redis", 6379, "Redis (RESP)"),
        ProtocolInfo("redis+tls", 6379, encrypted: true, aliases: ["rediss"], "Redis with TLS (Redis' own examples use one port)"),
        ProtocolInfo("memcached", 11211, "Memcached"),
        ProtocolInfo("mongodb", 27017, "MongoDB"),
        ProtocolInfo("cassandra", 9042, "Cassandra native protocol (CQL)"),
        ProtocolInfo("elasticsearch", 9200, "Elasticsearch / OpenSearch REST"),
        ProtocolInfo("s3", 443, encrypted: true, "S3-compatible object storage API over HTTPS"),
        ProtocolInfo("nfs", 2049, "NFS file sharing"),
    ]

    static let messaging: [ProtocolInfo] = [
        ProtocolInfo("amqp", 5672, "AMQP, e.g. RabbitMQ"),
        ProtocolInfo("amqps", 5671, encrypted: true, "AMQP over TLS"),
        ProtocolInfo("kafka", 9092, "Kafka"),
        ProtocolInfo("kafka+tls", 9093, encrypted: true, "Kafka with TLS (the conventional SSL listener)"),
        ProtocolInfo("mqtt", 1883, "MQTT"),
        ProtocolInfo("mqtts", 8883, encrypted: true, "MQTT over TLS"),
        ProtocolInfo("nats", 4222, "NATS"),
    ]

    static let access: [ProtocolInfo] = [
        ProtocolInfo("ssh", 22, encrypted: true, aliases: ["sftp", "scp"], "SSH (and SFTP, SCP)"),
        ProtocolInfo("rdp", 3389, encrypted: true, "Remote Desktop (TLS with network-level authentication)"),
        ProtocolInfo("vnc", 5900, "VNC remote desktop"),
        ProtocolInfo("wireguard", 51820, encrypted: true, over: .udp, "WireGuard VPN"),
        ProtocolInfo("openvpn", 1194, encrypted: true, over: .udp, "OpenVPN"),
        ProtocolInfo("ipsec", 500, encrypted: true, over: .udp, aliases: ["ike"], "IPsec VPN (IKE)"),
        ProtocolInfo("ldap", 389, "LDAP"),
        ProtocolInfo("ldaps", 636, encrypted: true, "LDAP over TLS"),
        ProtocolInfo("kerberos", 88, over: .any, "Kerberos"),
    ]

    static let mail: [ProtocolInfo] = [
        ProtocolInfo("smtp", 25, "SMTP between mail servers"),
        ProtocolInfo("submission", 587, "SMTP submission (STARTTLS is not assumed)"),
        ProtocolInfo("smtps", 465, encrypted: true, "SMTP submission over TLS"),
        ProtocolInfo("imap", 143, "IMAP"),
        ProtocolInfo("imaps", 993, encrypted: true, "IMAP over TLS"),
    ]

    static let infrastructure: [ProtocolInfo] = [
        ProtocolInfo("dns", 53, over: .any, "DNS (UDP, and TCP for large answers)"),
        ProtocolInfo("dot", 853, encrypted: true, "DNS over TLS"),
        ProtocolInfo("doh", 443, encrypted: true, "DNS over HTTPS"),
        ProtocolInfo("ntp", 123, over: .udp, "NTP time"),
        ProtocolInfo("snmp", 161, over: .udp, "SNMP"),
        ProtocolInfo("syslog", 514, over: .udp, "syslog"),
        ProtocolInfo("syslog+tls", 6514, encrypted: true, "syslog over TLS"),
        ProtocolInfo("statsd", 8125, over: .udp, "StatsD metrics"),
        ProtocolInfo("prometheus", 9090, "Prometheus server HTTP API (exporters listen on their own ports)"),
        ProtocolInfo("otlp", 4317, "OpenTelemetry over gRPC"),
        ProtocolInfo("etcd", 2379, "etcd client API"),
        ProtocolInfo("zookeeper", 2181, "ZooKeeper"),
        ProtocolInfo("tls", nil, encrypted: true, "any protocol inside TLS (give the port)"),
        ProtocolInfo("tcp", nil, "raw TCP (give the port)"),
        ProtocolInfo("udp", nil, over: .udp, "raw UDP (give the port)"),
    ]

    static let local: [ProtocolInfo] = [
        ProtocolInfo("file", nil, over: .any, local: true, "reading or writing files on the same machine"),
        ProtocolInfo("unix", nil, over: .any, local: true, "a Unix domain socket on the same machine"),
    ]

    private static let byName: [String: ProtocolInfo] = {
        var table: [String: ProtocolInfo] = [:]
        for info in all {
            for name in [info.name] + info.aliases { table[name] = info }
        }
        return table
    }()

    /// Whether a protocol carries web requests (HTTP in any version, WebSocket, gRPC, FastCGI).
    public static func isWeb(_ name: String) -> Bool { info(name).map { webNames.contains($0.name) } ?? false }

    private static let webNames = Set(web.map(\.name))

    /// The entry for a protocol name or alias, case-insensitively. `X+tls` not in the table is
    /// `X` (its port and transport) with encryption.
    public static func info(_ name: String) -> ProtocolInfo? {
        let key = name.lowercased()
        if let info = byName[key] { return info }
        guard key.hasSuffix("+tls"), let base = byName[String(key.dropLast(4))] else { return nil }
        return ProtocolInfo(
            key, base.port, encrypted: true, over: base.transport, local: base.local, "\(base.name) with TLS")
    }
}
