import CLibYAML

/// Composes libyaml's parse events into one `YAMLNode` tree in a single pass: each scalar's tag is
/// resolved as it arrives (`TagResolution`), duplicate keys are checked as each mapping closes, an
/// alias shares the node of its anchor. The document structure and every error follow Yams'
/// composer (`Yams.compose`), which this replaces for speed; `ComposerDifferentialTests` holds the
/// two side by side.
///
/// Nesting is kept on an explicit stack, so a deeply nested file cannot overflow the call stack.
struct EventComposer {
    /// The root of the single document in `text`, or nil when the stream holds no document. Each
    /// item of a top-level list goes to `pipeline` as it closes.
    static func compose(_ text: String, pipeline: SectionPipeline? = nil) throws(YAMLSyntaxError) -> YAMLNode? {
        var text = text
        let result = text.withUTF8 { bytes in
            var composer = EventComposer()
            composer.pipeline = pipeline
            return Result { () throws(YAMLSyntaxError) in try composer.run(bytes) }
        }
        return try result.get()
    }

    /// A collection still open; its children so far are those of `children` from `start` on.
    private struct Frame {
        var isMapping: Bool
        var start: Int
        var tag: YAMLTag
        var mark: YAMLNode.Mark
        var anchor: String?
        /// For a top-level list (`hosts`, ...) whose items go to the pipeline: its name.
        var section: String? = nil
        /// A flow collection (`{...}`, `[...]`): its end event's position is exact, unlike a block's.
        var isFlow = false
        /// Byte offset of its start event.
        var startIndex = 0
        /// The list whose second part another composer composed (`composeSplit`).
        var isSpliced = false
    }

    private var stack: [Frame] = []
    private var children = OpenChildren()
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    var pipeline: SectionPipeline?

    // Composing one part of a file cut by `ListSplit` (set by `composeSplit`).
    /// Positions at or after this byte offset are `shiftLines` further down the file.
    var shiftFrom = Int.max
    var shiftLines = 0
    /// The first part: where the second part was cut out, which no event may span.
    var cutOffset: Int?
    /// The first part: where the cut list starts, and the second part's items, waited for.
    var spliceStart: Int?
    var splicedItems: (() -> [YAMLNode]?)?
    private(set) var spliced = false
    /// The second part: anchors and aliases are refused (a name may mean another node in the whole file).
    var refusesAnchors = false

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLSyntaxError) -> YAMLNode? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw .malformed(problem: "out of memory", at: .init(line: 1, column: 1), context: nil, contextMark: nil)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        var event = yaml_event_t()
        // STREAM-START, then DOCUMENT-START or STREAM-END (no document: an empty file).
        try next(parser, &event)
        guard try next(parser, &event) != YAML_STREAM_END_EVENT else { return nil }
        while root == nil {
            try next(parser, &event)
            try handle(&event)
        }
        if spliceStart != nil && !spliced { throw Self.cutFailed }
        try next(parser, &event)  // DOCUMENT-END
        let after = try next(parser, &event)
        guard after == YAML_STREAM_END_EVENT else {
            throw .malformed(
                problem: "but found another document", at: Self.mark(event.start_mark),
                context: "expected a single document in the stream", contextMark: .init(line: 1, column: 1))
        }
        return root
    }

    /// Parses the next event into `event` (freeing the previous one) and returns its type.
    @discardableResult
    private func next(_ parser: UnsafeMutablePointer<yaml_parser_t>, _ event: inout yaml_event_t) throws(YAMLSyntaxError)
        -> yaml_event_type_t
    {
        yaml_event_delete(&event)
        guard yaml_parser_parse(parser, &event) == 1 else { throw Self.error(parser.pointee) }
        return event.type
    }

    private mutating func handle(_ event: inout yaml_event_t) throws(YAMLSyntaxError) {
        let mark = position(event.start_mark)
        switch event.type {
        case YAML_SCALAR_EVENT:
            try checkSpan(event.start_mark.index, event.end_mark.index)
            try checkAnchor(event.data.scalar.anchor)
            let node = Self.scalar(event, mark)
            register(Self.string(event.data.scalar.anchor), node)
            attach(node)
        case YAML_ALIAS_EVENT:
            try checkSpan(event.start_mark.index, event.end_mark.index)
            try checkAnchor(event.data.alias.anchor)
            guard let name = Self.string(event.data.alias.anchor), let node = anchors[name] else {
                throw .malformed(problem: "found undefined alias", at: mark, context: nil, contextMark: nil)
            }
            pipeline?.sawAlias()
            attach(node)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            try checkAnchor(start.anchor)
            let tag = start.implicit != 0 ? nil : Self.string(start.tag)
            let spliced = event.start_mark.index == spliceStart && stack.count == 1 && stack[0].isMapping
            stack.append(
                Frame(
                    isMapping: false, start: children.count, tag: tag.map(Self.collectionTag(seq: true)) ?? .seq,
                    mark: mark, anchor: Self.string(start.anchor), section: pipelineSection(),
                    isFlow: start.style == YAML_FLOW_SEQUENCE_STYLE, startIndex: event.start_mark.index,
                    isSpliced: spliced))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            try checkAnchor(start.anchor)
            let tag = start.implicit != 0 ? nil : Self.string(start.tag)
            stack.append(
                Frame(
                    isMapping: true, start: children.count, tag: tag.map(Self.collectionTag(seq: false)) ?? .map,
                    mark: mark, anchor: Self.string(start.anchor), isFlow: start.style == YAML_FLOW_MAPPING_STYLE,
                    startIndex: event.start_mark.index))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try close(endIndex: event.end_mark.index)
        default:
            break  // stream and document events are handled by `run`
        }
    }

    private mutating func close(endIndex: Int) throws(YAMLSyntaxError) {
        let frame = stack.removeLast()
        if frame.isFlow { try checkSpan(frame.startIndex, endIndex) }
        if frame.isSpliced {
            guard let items = splicedItems?() else { throw Self.cutFailed }
            spliced = true
            children.append(contentsOf: items)
            if let section = frame.section { items.forEach { pipeline?.send(section: section, item: $0) } }
        }
        let node =
            frame.isMapping
            ? try children.mapping(from: frame.start, tag: frame.tag, mark: frame.mark).get()
            : children.sequence(from: frame.start, tag: frame.tag, mark: frame.mark)
        register(frame.anchor, node)
        attach(node)
    }

    private mutating func register(_ anchor: String?, _ node: YAMLNode) {
        if let anchor { anchors[anchor] = node }
    }

    /// Adds a finished node to the collection being built, or makes it the root.
    private mutating func attach(_ node: YAMLNode) {
        guard let top = stack.last else {
            root = node
            return
        }
        children.append(node)
        if let section = top.section { pipeline?.send(section: section, item: node) }
    }

    /// The section a list opening now is, when it is a value of the root mapping (the root's last
    /// child is then its key) and a pipeline takes the items of such lists.
    private func pipelineSection() -> String? {
        guard pipeline != nil, stack.count == 1, stack[0].isMapping, (children.count - stack[0].start) % 2 == 1,
            case .scalar(let key) = children.last,
            key.tag != .null, ArchitectureDecoder.listSections.contains(key.string)
        else { return nil }
        return key.string
    }

    // MARK: Reading libyaml's structures

    private static func scalar(_ event: yaml_event_t, _ mark: YAMLNode.Mark) -> YAMLNode {
        let data = event.data.scalar
        let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        let style = YAMLNode.Style(libyaml: data.style)
        let tag: YAMLTag
        if data.quoted_implicit == 1 {
            tag = .str
        } else if let explicit = string(data.tag) {
            tag = explicit == "!" ? .str : YAMLTag(explicit: explicit)
        } else {
            tag = TagResolution.resolve(bytes: bytes)
        }
        return .scalar(.init(string: String(decoding: bytes, as: UTF8.self), tag: tag, style: style, mark: mark))
    }

    /// An explicit collection tag; the non-specific `!` means the plain `seq` or `map`.
    private static func collectionTag(seq: Bool) -> (String) -> YAMLTag {
        { $0 == "!" ? (seq ? .seq : .map) : YAMLTag(explicit: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    static func mark(_ mark: yaml_mark_t) -> YAMLNode.Mark {
        YAMLNode.Mark(line: mark.line + 1, column: mark.column + 1)
    }

    /// A node's position in the whole file, when this composes a part of it.
    private func position(_ mark: yaml_mark_t) -> YAMLNode.Mark {
        YAMLNode.Mark(line: mark.line + 1 + (mark.index >= shiftFrom ? shiftLines : 0), column: mark.column + 1)
    }

    private static func error(_ parser: yaml_parser_t) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_READER_ERROR:
            return .unreadable(problem: problem, byteOffset: parser.problem_offset)
        default:
            return .malformed(
                problem: problem, at: mark(parser.problem_mark), context: parser.context.map { String(cString: $0) },
                contextMark: parser.context.map { _ in mark(parser.context_mark) })
        }
    }
}

extension YAMLNode.Style {
    fileprivate init(libyaml style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}
