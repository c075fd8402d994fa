/// Collapses identical servers into one representative, so a diagram of thousands of servers stays
/// readable and Graphviz's layout stays fast.
///
/// Two hosts are identical when they sit in the same zone and run the same components (kind,
/// configuration, software, TLS, ports) with the same flows to the same outside peers. The first host
/// of each set stays, renamed e.g. `server-2..3000 (x2999)`; the others' components fold into its
/// components, flows are rewritten and deduplicated. Pure, and linear in the size of the model.
public enum ServerGrouping {
    /// Designs with more hosts than this are grouped automatically, by the diagrams and the failure
    /// analysis alike, so a picture and the failure table count the same rows.
    public static let automaticThreshold = 100

    /// One set of identical hosts and the host that now stands for them.
    public struct Group: Hashable, Sendable {
        /// The kept host; the first member in declaration order.
        public var representative: ElementID
        /// Every host of the set, the representative first, in declaration order.
        public var members: [ElementID]
        public var count: Int { members.count }
    }

    /// The collapsed model and what was collapsed.
    public struct Result: Sendable {
        public var architecture: Architecture
        /// Sets of two or more hosts that were folded, in declaration order of their representatives.
        public var groups: [Group]
        /// How many hosts or components of the original model each kept one stands for, for the kept
        /// ones that stand for more than themselves (a load balancer still balances over all of them).
        public var multiplicity: [ElementID: Int] = [:]
        /// Every folded host or component of the original model, to the kept one drawn for it.
        public var representatives: [ElementID: ElementID] = [:]
        /// The element drawn for `id`: its representative when it was folded, else itself.
        public func drawn(_ id: ElementID) -> ElementID { representatives[id] ?? id }

        /// `findings` with their elements moved onto the elements drawn for them, so a finding on a
        /// folded server marks its group's node. Order and count stay, so badge numbers still match
        /// the design document's issue numbers.
        public func drawn(_ findings: [Finding]) -> [Finding] {
            guard !representatives.isEmpty else { return findings }
            return findings.map { finding in
                var moved = finding
                moved.elements = finding.elements.map(drawn).uniqued()
                return moved
            }
        }

        /// How many hosts disappeared into representatives.
        public var hostsRemoved: Int { groups.reduce(0) { $0 + $1.count - 1 } }

        /// One line for the user saying what was folded, e.g. "grouped 2999 identical servers:
        /// server-2..3000 (x2999)"; nil when nothing was.
        public var summary: String? {
            guard !groups.isEmpty else { return nil }
            let count = groups.reduce(0) { $0 + $1.count }
            return "grouped \(count) identical servers: " + groups.map { ServerGrouping.label(for: $0.members) }.joined(separator: ", ")
        }
    }

    /// Collapses every set of at least `minimumGroupSize` identical hosts (sets of one never change).
    public static func collapse(_ architecture: Architecture, minimumGroupSize: Int = 2) -> Result {
        let shapes = HostShapes(architecture)
        var membersBySignature: [HostSignature: [Int]] = [:]
        var order: [HostSignature] = []
        for (index, host) in architecture.hosts.enumerated() {
            let signature = shapes.signature(of: host)
            if membersBySignature[signature] == nil { order.append(signature) }
            membersBySignature[signature, default: []].append(index)
        }
        let groups = order.compactMap { signature -> Group? in
            let members = membersBySignature[signature]!.map { architecture.hosts[$0].id }
            return members.count >= max(2, minimumGroupSize) ? Group(representative: members[0], members: members) : nil
        }
        guard !groups.isEmpty else { return Result(architecture: architecture, groups: []) }
        let rewrite = GroupRewrite(architecture: architecture, shapes: shapes, groups: groups)
        return Result(
            architecture: rewrite.apply(), groups: groups, multiplicity: rewrite.multiplicity, representatives: rewrite.replacement)
    }

    /// A compact label for a set of ids: `server-2..3000 (x2999)`, or `a..z (x5)` without a common stem.
    public static func label(for ids: [ElementID]) -> String {
        guard let first = ids.first, let last = ids.last, ids.count > 1 else { return ids.first?.rawValue ?? "" }
        let (stem, lowNumber) = splitNumber(first.rawValue)
        let (lastStem, highNumber) = splitNumber(last.rawValue)
        let range =
            if let lowNumber, let highNumber, stem == lastStem { "\(stem)\(lowNumber)..\(highNumber)" } else {
                "\(first)..\(last)"
            }
        return "\(range) (x\(ids.count))"
    }

    /// Splits `server-12` into `("server-", 12)`; no number when the id does not end in digits.
    private static func splitNumber(_ id: String) -> (String, Int?) {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 18 else { return (id, nil) }
        return (String(id.dropLast(digits.count)), Int(String(digits.reversed())))
    }
}

/// What makes two hosts the same, with host-local ids replaced by positions.
struct HostSignature: Hashable {
    var zone: ElementID?
    var components: [Component]
    var flows: [FlowShape]
}

/// A flow seen from one host: local endpoints as positions, outside ones by id.
struct FlowShape: Hashable, Comparable {
    var from: String
    var to: String
    var proto: String
    var port: Int
    var encrypted: Bool
    var purpose: String

    static func < (a: FlowShape, b: FlowShape) -> Bool {
        (a.from, a.to, a.proto, a.port, a.purpose, a.encrypted ? 1 : 0)
            < (b.from, b.to, b.proto, b.port, b.purpose, b.encrypted ? 1 : 0)
    }
}
