import Dispatch
import Synchronization

/// Decodes the items of a model's top-level lists (`hosts`, `flows`, ...) on another core while the
/// composer is still parsing the rest of the file: each item is handed over as it closes, in
/// document order, and lowered by the same decoder the whole tree would go through, so the model
/// and every diagnostic come out as a sequential decode makes them.
///
/// A sequential decode spends the alias budget section by section; items decoded early spend it
/// in another order. Without aliases a file cannot exhaust the budget (it holds fewer values than
/// bytes), so the order does not matter; a file with aliases is decoded again, sequentially.
final class SectionPipeline: @unchecked Sendable {
    /// The decoder the items go to; read by the caller only after `finish`.
    let decoder: ArchitectureDecoder
    /// False once the composer met an alias: the items' decode is then not used.
    private(set) var usable = true
    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    /// Items not yet handed over: passing them in batches keeps the locking rare.
    private var batch: [(section: String, item: YAMLNode)] = []
    private var finished = false
    private static let batchSize = 64

    private struct State {
        var batches: [[(section: String, item: YAMLNode)]] = []
        var closed = false
    }

    init(decoder: ArchitectureDecoder) {
        self.decoder = decoder
        DispatchQueue.global(qos: .userInitiated).async { self.consume() }
    }

    /// Called by the composer (one thread) for each closed item of a top-level list.
    func send(section: String, item: YAMLNode) {
        batch.append((section, item))
        if batch.count == Self.batchSize { flush(closing: false) }
    }

    /// Called by the composer when it meets an alias.
    func sawAlias() { usable = false }

    /// Hands over the last items and waits until every item is decoded. Safe to call twice.
    func finish() {
        guard !finished else { return }
        finished = true
        flush(closing: true)
        done.wait()
    }

    private func flush(closing: Bool) {
        let items = batch
        batch = []
        state.withLock { state in
            if !items.isEmpty { state.batches.append(items) }
            state.closed = closing
        }
        available.signal()
    }

    private func consume() {
        while true {
            available.wait()
            let (batches, closed) = state.withLock { state in
                defer { state.batches = [] }
                return (state.batches, state.closed)
            }
            for batch in batches {
                for (section, item) in batch {
                    decoder.decodedSections.insert(section)
                    decoder.decodeItem(section: section, item)
                }
            }
            if closed { break }
        }
        done.signal()
    }
}
