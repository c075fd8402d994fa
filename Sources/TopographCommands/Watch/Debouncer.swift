/// Turns bursts of changes into one rebuild. Editors save in several steps (write a temporary file,
/// rename it, touch it again), so a rebuild waits until the files have been quiet for `quiet`
/// seconds; a file that never stops changing still gets a rebuild every `longest` seconds.
/// Times are plain seconds from any monotonic clock, so tests drive it without sleeping.
struct Debouncer: Sendable {
    var quiet: Double = 0.3
    var longest: Double = 2
    /// When the first change of the pending burst was seen; nil when nothing is pending.
    private(set) var firstChange: Double?
    private(set) var lastChange: Double?
    /// The files changed in the pending burst, sorted.
    private(set) var pending: [String] = []

    init(quiet: Double = 0.3, longest: Double = 2) {
        self.quiet = quiet
        self.longest = longest
    }

    /// Records changes seen at `time` (an empty list records nothing).
    mutating func record(_ changed: [String], at time: Double) {
        guard !changed.isEmpty else { return }
        if firstChange == nil { firstChange = time }
        lastChange = time
        pending = Array(Set(pending).union(changed)).sorted()
    }

    /// The burst to rebuild for at `time`, if it is over (or has lasted too long); it is then cleared.
    mutating func due(at time: Double) -> [String]? {
        guard let firstChange, let lastChange else { return nil }
        guard time - lastChange >= quiet || time - firstChange >= longest else { return nil }
        defer {
            self.firstChange = nil
            self.lastChange = nil
            pending = []
        }
        return pending
    }
}
