import Foundation

/// The published site and its version, shared by every connection; reload requests wait here for
/// a newer version.
final class SiteStore: @unchecked Sendable {
    private let lock = NSLock()
    private var site: PreviewSite
    private var number = 1
    private var closed = false

    init(_ site: PreviewSite) { self.site = site }

    /// The version and site being served.
    var current: (version: Int, site: PreviewSite) { lock.withLock { (number, site) } }

    /// Publishes `site` as the next version.
    func publish(_ site: PreviewSite) {
        lock.withLock {
            number += 1
            self.site = site.reloading(version: number)
        }
    }

    /// Stops every wait: the server is closing.
    func close() { lock.withLock { closed = true } }

    /// The current version as soon as it differs from `since`, or after `seconds`, or at once when
    /// closing. Polls every 50 ms: simpler than a continuation per waiting page, and fast enough.
    func version(after since: Int, waiting seconds: Double) async -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let (version, closing) = lock.withLock { (number, closed) }
            if version != since || closing || Date() >= deadline { return version }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
    }
}
