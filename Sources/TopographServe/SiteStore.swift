import Foundation

/// The published site and its version, shared by every connection; reload requests wait here for
/// a newer version.
final class SiteStore: @unchecked Sendable {
    private let condition = NSCondition()
    private var site: PreviewSite
    private var number = 1
    private var closed = false

    init(_ site: PreviewSite) { self.site = site }

    /// The version and site being served.
    var current: (version: Int, site: PreviewSite) { condition.withLock { (number, site) } }

    /// Publishes `site` as the next version and wakes the waiting reload requests.
    func publish(_ site: PreviewSite) {
        condition.withLock {
            number += 1
            self.site = site.reloading(version: number)
            condition.broadcast()
        }
    }

    /// Ends every wait: the server is closing.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    /// The current version as soon as it differs from `since`, or after `seconds`, or at once when
    /// closing. Blocks the calling connection's thread.
    func version(after since: Int, waiting seconds: Double) -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while number == since && !closed && condition.wait(until: deadline) {}
        return number
    }
}
