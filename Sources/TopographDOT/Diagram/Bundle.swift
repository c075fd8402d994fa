import TopographModel

/// Parallel flows that say the same thing, drawn once: four app servers reading one cache over
/// `redis:6379` become four short lines meeting at a junction and one labelled line into the
/// cache, instead of four lines each with its own copy of the words.
///
/// A bundle is a set of sources that all reach the same set of targets with the same words and
/// line style (a complete bipartite group), so no line in the drawing claims a flow that does
/// not exist.
struct Bundle {
    /// In order of first appearance among the segments.
    var sources: [ElementID]
    var targets: [ElementID]
    /// The segments drawn by the bundle, in their original order (the label's flows and badges).
    var segments: [Segment]

    /// The segments of one labelled line, merged: every flow of the bundle.
    var flows: [Flow] { segments.flatMap(\.flows) }

    /// Splits `segments` into bundles of two or more segments and the segments drawn alone (in
    /// their original order). `words` is the label a segment would carry on its own.
    static func find(in segments: [Segment], words: (Segment) -> String) -> (bundles: [Bundle], single: [Segment]) {
        var groups: [String: [Int]] = [:]
        var keys: [String] = []
        for (position, segment) in segments.enumerated() where bundles(segment) {
            let key = "\(segment.edgeClass.rawValue)|\(segment.encrypted)|\(words(segment))|\(segment.diffKey)"
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(position)
        }
        var bundled = Set<Int>()
        var result: [Bundle] = []
        for key in keys {
            for bundle in Self.bicliques(groups[key]!, segments) where bundle.count > 1 {
                bundled.formUnion(bundle)
                let members = bundle.sorted().map { segments[$0] }
                result.append(
                    Bundle(
                        sources: members.map(\.from).uniqued(), targets: members.map(\.to).uniqued(), segments: members))
            }
        }
        let single = segments.enumerated().filter { !bundled.contains($0.offset) }.map(\.element)
        return (result, single)
    }

    /// Lines that only say "also connected" (replication, DNS resolution, a virtual IP's
    /// members) and the unlabelled pieces after a firewall keep their own lines.
    private static func bundles(_ segment: Segment) -> Bool {
        guard segment.labelled else { return false }
        switch segment.edgeClass {
        case .secureData, .plaintextData, .telemetry, .dns, .control, .local: return true
        case .replication, .resolves, .heldBy: return false
        }
    }

    /// Sources grouped by the exact set of targets they reach: each group with its targets is
    /// complete (every source reaches every target). Returns segment positions per group.
    private static func bicliques(_ positions: [Int], _ segments: [Segment]) -> [[Int]] {
        var targetsOf: [ElementID: [ElementID]] = [:]
        var sourceOrder: [ElementID] = []
        for position in positions {
            let segment = segments[position]
            if targetsOf[segment.from] == nil { sourceOrder.append(segment.from) }
            targetsOf[segment.from, default: []].append(segment.to)
        }
        var groupOf: [String: Int] = [:]
        var groups: [[Int]] = []
        for source in sourceOrder {
            let signature = Set(targetsOf[source]!).map(\.rawValue).sorted().joined(separator: "\u{1}")
            let slot = groupOf[signature] ?? groups.count
            if slot == groups.count {
                groupOf[signature] = slot
                groups.append([])
            }
            groups[slot] += positions.filter { segments[$0].from == source }
        }
        return groups
    }
}
