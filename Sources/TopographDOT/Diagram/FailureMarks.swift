import TopographModel

/// A failure drawn on a diagram, its blast radius (`render --fail`): the elements that fail in
/// red, everything lost with them greyed out, and what the scenario does under the title. The
/// sets come from the failure analysis (`BlastRadius`), the same facts `whatif` and the design
/// document's Failure modes section read.
public struct FailureMarks: Hashable, Sendable {
    /// Zones, hosts and components that fail.
    public var failed: Set<ElementID>
    /// Zones, hosts and components down or cut off because of them, the failed ones excluded.
    public var lost: Set<ElementID>
    /// The scenario in words, e.g. "if db-1 fails: stops every write until a person promotes db-2".
    public var headline: String

    public init(failed: Set<ElementID>, lost: Set<ElementID>, headline: String) {
        self.failed = failed
        self.lost = lost.subtracting(failed)
        self.headline = headline
    }

    /// How the diagram marks one element.
    enum Mark { case failed, lost }

    func mark(_ id: ElementID) -> Mark? {
        failed.contains(id) ? .failed : lost.contains(id) ? .lost : nil
    }

    /// The words a marked node or cluster carries under its name.
    static func words(_ mark: Mark) -> String {
        switch mark {
        case .failed: "✕ failed"
        case .lost: "lost"
        }
    }
}
