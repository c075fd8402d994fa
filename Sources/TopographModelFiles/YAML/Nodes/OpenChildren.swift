/// The children of every collection still open while a composer reads, in one buffer: an open
/// collection's children are those from the count when it opened (a mapping's laid out key, value,
/// key, ...). A closing collection takes its children in one exact-size copy: an array of its own,
/// grown item by item, left up to half of it unused, and a big model's tree is most of its peak.
struct OpenChildren {
    private var values: [YAMLNode] = []

    /// Where the children of a collection opening now will start.
    var count: Int { values.count }
    var last: YAMLNode? { values.last }

    mutating func append(_ node: YAMLNode) { values.append(node) }

    mutating func append(contentsOf nodes: [YAMLNode]) { values.append(contentsOf: nodes) }

    /// Closes a list whose children start at `start`.
    mutating func sequence(from start: Int, tag: YAMLTag, mark: YAMLNode.Mark) -> YAMLNode {
        // Read through a pointer: a slice of `values` alive across the removal would copy the
        // whole buffer (every open collection's children).
        let items = values.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[start...])) }
        values.removeSubrange(start...)
        return .sequence(.init(items: items, tag: tag, mark: mark))
    }

    /// Closes a mapping whose children start at `start`; the failure names a repeated key.
    mutating func mapping(from start: Int, tag: YAMLTag, mark: YAMLNode.Mark) -> Result<YAMLNode, YAMLSyntaxError> {
        let built: Result<YAMLNode, YAMLSyntaxError> = values.withUnsafeBufferPointer { all in
            let children = UnsafeBufferPointer(rebasing: all[start...])
            if let duplicate = DuplicateKeys.first(inKeysAndValues: children) {
                return .failure(.duplicateKey(duplicate.string ?? "<uncovertable>", first: duplicate.mark))
            }
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            pairs.reserveCapacity(children.count / 2)
            for index in stride(from: 0, to: children.count, by: 2) {
                pairs.append((children[index], children[index + 1]))
            }
            return .success(.mapping(.init(pairs: pairs, tag: tag, mark: mark)))
        }
        values.removeSubrange(start...)
        return built
    }
}
