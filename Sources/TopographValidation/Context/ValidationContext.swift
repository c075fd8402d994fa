import Synchronization
import TopographAnalysis
import TopographFailure
import TopographModel

/// What a rule sees: the model's facts (computed once, shared with the document and the diagram)
/// and the date the run is evaluated on, plus the wording helpers findings share.
///
/// A rule reads exactly what the design document and the diagram read. The facts are stored
/// here once (not forwarded through key paths), so rules that consult them per flow read them in
/// place instead of copying a fact's tables on every access.
///
/// Rules run concurrently over one context (`Validator`), so everything here is immutable except
/// the failure analysis, which is computed once under a lock by whichever rule asks first.
final class ValidationContext: Sendable {
    let facts: ArchitectureFacts
    /// `YYYY-MM-DD` the run is evaluated on: acceptances and certificates expire against it.
    let today: String
    let architecture: Architecture
    let index: ArchitectureIndex
    let isInternetSource: Set<ElementID>
    let reach: InternetReach
    let tls: TLSFacts
    let firewalls: FirewallFacts
    let exposure: ExposureFacts
    let replication: ReplicationFacts
    let tiers: TierFacts
    let monitoring: MonitoringFacts
    let sharedFate: SharedFateFacts
    let failure: FailureFacts
    let certificates: CertificateFacts
    /// The failure analysis, computed on first use: only designs with availability targets or
    /// capabilities that must survive pay for it. Grouped as the design doc's Failure modes
    /// section is, so the rule and the doc read the same rows.
    var failureAnalysis: FailureAnalysis {
        lazyFailureAnalysis.withLock { analysis in
            if let analysis { return analysis }
            let computed = FailureAnalysis(facts: facts, groups: FailureAnalysis.automaticGroups(architecture))
            analysis = computed
            return computed
        }
    }
    private let lazyFailureAnalysis = Mutex<FailureAnalysis?>(nil)

    init(_ facts: ArchitectureFacts, today: String) {
        self.facts = facts
        self.today = today
        architecture = facts.architecture
        index = facts.index
        isInternetSource = facts.isInternetSource
        reach = facts.reach
        tls = facts.tls
        firewalls = facts.firewalls
        exposure = facts.exposure
        replication = facts.replication
        tiers = facts.tiers
        monitoring = facts.monitoring
        sharedFate = facts.sharedFate
        failure = facts.failure
        certificates = facts.certificates
    }

    convenience init(_ architecture: Architecture, today: String) {
        self.init(ArchitectureFacts(architecture), today: today)
    }

    // MARK: Element helpers

    /// The failure unit of an element: its host for a hosted component, else itself.
    func unit(of id: ElementID) -> ElementID { facts.unit(of: id) }

    func zoneKind(of id: ElementID) -> ZoneKind? { facts.zoneKind(of: id) }

    /// True when both ends run on different machines, i.e. the bytes travel on a network.
    func crossesHosts(_ flow: Flow) -> Bool { !facts.staysOnHost(flow) }

    func component(_ id: ElementID) -> Component? { facts.component(id) }

    /// The components on a host, in declaration order.
    func components(on host: ElementID) -> [Component] { facts.components(on: host) }

    // MARK: Wording

    /// A short description of a flow for evidence lines, e.g. `lb -> web-1: http 80 (unencrypted)`.
    func describe(_ flow: Flow) -> String {
        let port = flow.port.map { " \($0)" } ?? ""
        let purpose = flow.purpose == .request ? "" : ", \(flow.purpose.rawValue)"
        return "\(flow.from) -> \(flow.to): \(flow.protocol)\(port) (\(flow.encrypted ? "encrypted" : "unencrypted")\(purpose))"
    }

    /// `a, b and c` for messages.
    static func list<S: Sequence>(_ items: S) -> String where S.Element: CustomStringConvertible {
        let names = items.map(\.description)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// A short software label: `nginx 1.24`, or the kind when no software is declared.
    func label(_ c: Component) -> String { c.software?.description ?? c.kind.title }

    /// `web 80, app 8000`: what listens on a machine.
    func listening(on unit: ElementID) -> String {
        let components = index.hosts[unit] != nil ? components(on: unit) : component(unit).map { [$0] } ?? []
        let items = components.filter { !$0.ports.isEmpty }.map { "\($0.id) \($0.ports.map(String.init).joined(separator: ","))" }
        return items.isEmpty ? "no ports declared" : items.joined(separator: ", ")
    }

    /// `allow ingress from lb tcp 80`.
    static func describe(_ rule: FirewallRule) -> String {
        let peer = rule.peer ?? "any"
        let ports = rule.ports.isEmpty ? "all ports" : rule.ports.map(\.description).joined(separator: ",")
        let word = rule.direction == .ingress ? "from" : "to"
        return "\(rule.action.rawValue) \(rule.direction.rawValue) \(word) \(peer) \(rule.transport.rawValue) \(ports)"
    }

    /// `fw-1 ingress rule 2: deny ingress from any tcp all ports`, or the default policy.
    static func describe(_ crossing: FirewallCrossing) -> String {
        let fw = crossing.firewall.id
        let direction = crossing.direction.rawValue
        guard let number = crossing.ruleNumber, let rule = crossing.rule else {
            return "\(fw) default \(direction) policy: \(crossing.allowed ? "allow" : "deny") (no rule matches)"
        }
        return "\(fw) \(direction) rule \(number): \(describe(rule))"
    }
}
