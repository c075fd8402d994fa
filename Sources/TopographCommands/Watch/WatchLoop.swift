import Foundation
import TopographModelFiles

/// The loop of `watch` and `serve`: poll the files, wait out each burst of saves, rebuild, repeat
/// until a stop signal (or `shouldStop`) ends it.
struct WatchLoop {
    var detector: ChangeDetector
    var debouncer = Debouncer()
    /// Seconds between polls: short enough to feel immediate, long enough to cost nothing.
    var interval: Double = 0.25
    var shouldStop: () -> Bool = { StopSignals.requested }

    init(watching paths: [String]) { detector = ChangeDetector(paths: paths) }

    /// Calls `rebuild` with each burst's changed files; it returns the files to watch from then on.
    mutating func run(rebuild: ([String]) -> [String]) {
        while !shouldStop() {
            usleep(useconds_t(interval * 1_000_000))
            let now = Self.monotonicSeconds()
            debouncer.record(detector.poll(), at: now)
            guard let changed = debouncer.due(at: now), !shouldStop() else { continue }
            detector.watch(rebuild(changed))
            // Saves made while rebuilding are seen by the next poll, against the stamps from before.
        }
    }

    static func monotonicSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
