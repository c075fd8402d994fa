import TopographModel

/// How available each element is on its own: a documented default per kind, overridden per kind or
/// per element by the model's `availability` settings. Figures are fractions (0.999 = 99.9%).
///
/// The defaults are deliberately round, typical figures for one instance without redundancy, so
/// estimates compare designs rather than promise an SLA: a region or availability zone 99.99%, a
/// rack 99.95%, a network segment (zone) 99.99%, a host
/// 99.9% (hardware and OS, about 8.8 hours down a year), a stand-alone load balancer 99.9%, a network
/// firewall appliance 99.99%, server processes 99.95% (web server, database, cache, generic), an
/// application server 99.9% (deploys and code faults), monitoring agents and platforms 99.9%.
public struct AvailabilityTable: Sendable {
    /// Overrides by kind key (`zone`, `host`, or a component kind such as `loadBalancer`).
    public var kinds: [String: Double]
    /// Overrides by element id.
    public var elements: [ElementID: Double]

    public init(kinds: [String: Double] = [:], elements: [ElementID: Double] = [:]) {
        self.kinds = kinds
        self.elements = elements
    }

    /// The table a model declares: its `availability` overrides (given in percent) over the defaults.
    public init(_ settings: AvailabilitySettings?) {
        self.init(
            kinds: (settings?.kinds ?? [:]).mapValues { $0 / 100 },
            elements: Dictionary(uniqueKeysWithValues: (settings?.elements ?? [:]).map { (ElementID($0.key), $0.value / 100) }))
    }

    /// The documented default for a kind of element.
    public static func defaultAvailability(of kind: FailureElement.Kind) -> Double {
        switch kind {
        // A whole region or availability zone is rarer than a segment; a rack (power, top-of-rack switch) less so.
        case .failureDomain(let level): level == .rack ? 0.9995 : 0.9999
        case .zone: 0.9999
        case .host: 0.999
        case .component(let kind):
            switch kind {
            case .loadBalancer, .appServer, .monitoringAgent, .monitoringPlatform, .bastion, .vpnGateway, .waf: 0.999
            case .cdn: 0.9999
            case .messageQueue, .objectStorage: 0.9995
            case .firewall: 0.9999
            case .webServer, .database, .cache, .generic: 0.9995
            // Never failure units (see FailureUnits); listed so the switch stays exhaustive.
            case .client, .dnsRecord, .virtualIP: 1
            }
        }
    }

    /// Every kind key the model may override, for checking the model's settings.
    public static var kindKeys: [String] { AvailabilitySettings.kindKeys }

    /// The availability of one element: its override, else its kind's override, else the default.
    public func availability(of element: FailureElement) -> Double {
        elements[element.id] ?? kinds[element.kind.key] ?? Self.defaultAvailability(of: element.kind)
    }

    /// One probability per variable of `units`, in variable order.
    public func probabilities(for units: FailureUnits) -> [Double] {
        units.elements.map(availability(of:))
    }
}

extension FailureElement.Kind {
    /// The key a model uses to override this kind's availability.
    public var key: String {
        switch self {
        case .failureDomain(let level): level.rawValue
        case .zone: "zone"
        case .host: "host"
        case .component(let kind): kind.rawValue
        }
    }

    /// A human name, e.g. "host" or "load balancer".
    public var title: String {
        switch self {
        case .failureDomain(let level): level.title
        case .zone: "zone"
        case .host: "host"
        case .component(let kind): kind.title
        }
    }
}
