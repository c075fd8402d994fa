import CLibYAML
import Dispatch

/// A big file composed on two cores: `ListSplit` proposes a cut in its biggest top-level list; the
/// items after the cut are composed on another thread while this one composes the rest of the file
/// with those lines taken out, and joins them into the list when it closes. The tree is the one a
/// whole-file composition makes, positions included (lines after the cut are shifted back).
///
/// The cut is used only when both parts confirm it lies between two items: the first part composes
/// without error, no event of it spans the cut (an unclosed quote or `{` would), and the cut list
/// is a value of the root mapping starting where the scan saw it; the second part composes alone
/// as one list with no anchor or alias. Otherwise the caller composes the whole file as before, so
/// every error and its position come from one composition of the whole text.
extension EventComposer {
    enum SplitOutcome {
        /// The file's root, composed in two parts.
        case composed(YAMLNode?)
        /// No cut proposed: nothing was composed, the pipeline is untouched.
        case declined
        /// A part failed or refused the cut: compose the whole file (with a fresh pipeline).
        case failed
    }

    /// No second part below this many bytes: for small files a thread costs more than it saves.
    static let minimumSplitPart = 512 * 1024
    /// The second part's size against the first part's up to the cut (see `ListSplit.find`): as
    /// big, so both parts are composed by the time the first reaches the list's end (0.6 and 0.8
    /// measured no better on the 3,000-server model).
    static let splitBalance = 1.0

    static func composeSplit(
        _ text: String, pipeline: SectionPipeline?,
        cut propose: (UnsafeBufferPointer<UInt8>) -> ListSplit? = {
            ListSplit.find(
                in: $0, sections: ArchitectureDecoder.listSections, minimum: minimumSplitPart, balance: splitBalance)
        }
    ) -> SplitOutcome {
        var text = text
        return text.withUTF8 { bytes in
            guard let cut = propose(bytes) else { return .declined }
            let second = SecondPart(bytes: UnsafeBufferPointer(rebasing: bytes[cut.split..<cut.end]), lines: cut.linesBefore)
            DispatchQueue.global(qos: .userInitiated).async { second.compose() }
            // The second part reads `bytes`: this never returns before it is done.
            defer { _ = second.items() }
            var first: [UInt8] = []
            first.reserveCapacity(bytes.count - (cut.end - cut.split))
            first.append(contentsOf: bytes[..<cut.split])
            first.append(contentsOf: bytes[cut.end...])
            var composer = EventComposer()
            composer.pipeline = pipeline
            composer.shiftFrom = cut.split
            composer.shiftLines = cut.chunkLines
            composer.cutOffset = cut.split
            composer.spliceStart = cut.listStart
            composer.splicedItems = { second.items() }
            let root = first.withUnsafeBufferPointer { buffer in
                Result { () throws(YAMLSyntaxError) in try composer.run(buffer) }
            }
            guard case .success(let node) = root, composer.spliced else { return .failed }
            return .composed(node)
        }
    }

    /// The failure that makes the caller compose the whole file; never shown to a user.
    static var cutFailed: YAMLSyntaxError {
        .malformed(problem: "the cut is not between two list items", at: .init(line: 1, column: 1), context: nil, contextMark: nil)
    }

    /// Refuses an event of the first part that spans the cut (exact positions only: a scalar, an
    /// alias, a flow collection; a block collection's end is marked where the next token starts).
    func checkSpan(_ start: Int, _ end: Int) throws(YAMLSyntaxError) {
        if let cut = cutOffset, start < cut, end > cut { throw Self.cutFailed }
    }

    /// Refuses an anchor or alias in the second part.
    func checkAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?) throws(YAMLSyntaxError) {
        if refusesAnchors, anchor != nil { throw Self.cutFailed }
    }
}

/// The items after the cut, composed on another thread; `items()` waits for them.
private final class SecondPart: @unchecked Sendable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lines: Int
    private var result: [YAMLNode]?
    private let done = DispatchSemaphore(value: 0)
    private var finished = false

    init(bytes: UnsafeBufferPointer<UInt8>, lines: Int) {
        self.bytes = bytes
        self.lines = lines
    }

    func compose() {
        var composer = EventComposer()
        composer.shiftFrom = 0
        composer.shiftLines = lines
        composer.refusesAnchors = true
        if case .sequence(let list)? = try? composer.run(bytes), list.tag == .seq { result = list.items }
        done.signal()
    }

    /// The items, or nil when the part did not compose as one plain list. Called from one thread.
    func items() -> [YAMLNode]? {
        if !finished {
            done.wait()
            finished = true
        }
        return result
    }
}
