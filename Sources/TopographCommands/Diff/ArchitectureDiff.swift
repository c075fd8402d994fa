import Foundation
import TopographModel

/// What changed between two versions of a design: elements added, removed and changed (field by
/// field), and findings introduced and resolved (matched by fingerprint).
struct ArchitectureDiff: Sendable {
    /// The kinds of element a diff reports, in the order they are reported.
    enum Category: String, CaseIterable, Sendable {
        case design, zone, host, component, certificate, flow, acceptedRisk

        var plural: String {
            switch self {
            case .design: "Design"
            case .zone: "Zones"
            case .host: "Hosts"
            case .component: "Components"
            case .certificate: "Certificates"
            case .flow: "Flows"
            case .acceptedRisk: "Accepted risks"
            }
        }
    }

    enum Status: String, Sendable { case added, removed, changed }

    /// One field whose value differs; nil on a side where the field is absent.
    struct FieldChange: Hashable, Sendable {
        var field: String
        var old: String?
        var new: String?

        /// "field: old → new", "(none)" for an absent side: the words every form of the diff uses.
        /// `limit` shortens long values (a diagram label) with an ellipsis.
        func text(arrow: String = "->", limit: Int? = nil) -> String {
            func value(_ value: String?) -> String {
                guard let value else { return "(none)" }
                guard let limit, value.count > limit else { return value }
                return value.prefix(limit - 1) + "…"
            }
            return "\(field): \(value(old)) \(arrow) \(value(new))"
        }

        /// The change in few words: for two lists that share items, the items added and removed
        /// ("loadBalancer.backends: + app-5"), else `text(arrow:limit:)`. For labels, where a
        /// five-item list twice over would make the element five times as wide.
        func shortText(arrow: String = "->", limit: Int? = nil) -> String {
            guard let before = Self.items(old), let after = Self.items(new), !Set(before).isDisjoint(with: after) else {
                return text(arrow: arrow, limit: limit)
            }
            let added = after.filter { !before.contains($0) }
            let removed = before.filter { !after.contains($0) }
            let parts = [
                removed.isEmpty ? nil : "− " + removed.joined(separator: ", "), added.isEmpty ? nil : "+ " + added.joined(separator: ", "),
            ]
            let changes = parts.compactMap { $0 }.joined(separator: " ")
            // Same items in another order: the order is the change.
            return changes.isEmpty ? text(arrow: arrow, limit: limit) : "\(field): \(changes)"
        }

        /// The items of a flattened list (`FieldFlattener` writes "[a, b]"); nil for other values.
        private static func items(_ value: String?) -> [String]? {
            guard let value, value.hasPrefix("["), value.hasSuffix("]") else { return nil }
            let inner = value.dropFirst().dropLast()
            return inner.isEmpty ? [] : inner.components(separatedBy: ", ")
        }
    }

    struct ElementChange: Sendable {
        var category: Category
        var id: String
        var status: Status
        /// A one-line description of the element (the new version, or the old one when removed).
        var summary: String
        var fields: [FieldChange]
    }

    var oldName: String
    var newName: String
    var changes: [ElementChange]
    var introduced: [Finding]
    var resolved: [Finding]
    /// The same rule on the same primary element, with other elements or wording: neither new nor gone.
    var changedFindings: [(old: Finding, new: Finding)] = []

    func changes(in category: Category, _ status: Status? = nil) -> [ElementChange] {
        changes.filter { $0.category == category && (status == nil || $0.status == status) }
    }

    var isEmpty: Bool { changes.isEmpty && introduced.isEmpty && resolved.isEmpty && changedFindings.isEmpty }

    /// Compares two designs and their findings.
    static func compute(old: Architecture, new: Architecture, oldFindings: [Finding], newFindings: [Finding]) -> ArchitectureDiff {
        var changes: [ElementChange] = []
        let designFields = FieldFlattener.diff(DesignHeader(old), DesignHeader(new))
        if !designFields.isEmpty {
            changes.append(ElementChange(category: .design, id: new.name, status: .changed, summary: "the design", fields: designFields))
        }
        changes += compare(.zone, old.zones, new.zones, id: \.id.rawValue, summary: ElementSummary.zone)
        changes += compare(.host, old.hosts, new.hosts, id: \.id.rawValue, summary: ElementSummary.host)
        changes += compare(.component, old.components, new.components, id: \.id.rawValue, summary: ElementSummary.component)
        changes += compare(.certificate, old.certificates, new.certificates, id: \.id.rawValue, summary: ElementSummary.certificate)
        changes += compare(.flow, old.flows, new.flows, id: \.id.rawValue, summary: ElementSummary.flow)
        changes += compare(.acceptedRisk, old.acceptedRisks, new.acceptedRisks, id: ElementSummary.riskID, summary: ElementSummary.risk)
        let oldPrints = Set(oldFindings.map(\.fingerprint))
        let newPrints = Set(newFindings.map(\.fingerprint))
        var diff = ArchitectureDiff(
            oldName: old.name, newName: new.name, changes: changes,
            introduced: newFindings.filter { !oldPrints.contains($0.fingerprint) },
            resolved: oldFindings.filter { !newPrints.contains($0.fingerprint) })
        diff.pairChangedFindings()
        return diff
    }

    /// A fingerprint names every element, so adding a third server turns "server-1 and server-2 are
    /// identical" into a different fingerprint. Unmatched findings of one rule on the same primary
    /// element are the same problem, changed: report them as such rather than as resolved + introduced.
    private mutating func pairChangedFindings() {
        var stillIntroduced: [Finding] = []
        for finding in introduced {
            if let index = resolved.firstIndex(where: { $0.ruleID == finding.ruleID && $0.elements.first == finding.elements.first }) {
                changedFindings.append((resolved.remove(at: index), finding))
            } else {
                stillIntroduced.append(finding)
            }
        }
        introduced = stillIntroduced
    }

    /// Elements matched by id: the new version's order, then removed ones in the old version's order.
    private static func compare<T: Hashable & Encodable>(
        _ category: Category, _ old: [T], _ new: [T], id: (T) -> String, summary: (T) -> String
    ) -> [ElementChange] {
        let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(id))
        var result: [ElementChange] = []
        for element in new {
            guard let previous = oldByID[id(element)] else {
                result.append(ElementChange(category: category, id: id(element), status: .added, summary: summary(element), fields: []))
                continue
            }
            guard previous != element else { continue }
            let fields = FieldFlattener.diff(previous, element)
            if !fields.isEmpty {
                result.append(
                    ElementChange(category: category, id: id(element), status: .changed, summary: summary(element), fields: fields))
            }
        }
        for element in old where !newIDs.contains(id(element)) {
            result.append(ElementChange(category: category, id: id(element), status: .removed, summary: summary(element), fields: []))
        }
        return result
    }
}

/// The design-level fields (everything that is not an element list).
private struct DesignHeader: Encodable {
    var name: String
    var description: String?
    var domain: String?

    init(_ architecture: Architecture) {
        name = architecture.name
        description = architecture.description
        domain = architecture.domain
    }
}
