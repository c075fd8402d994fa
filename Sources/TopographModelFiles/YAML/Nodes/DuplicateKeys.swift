/// The duplicate-key check of a mapping, as Yams' composer makes it: keys are equal when their tags
/// and contents are (`1` and `"1"` differ); when several keys repeat, the one reported is the
/// first in sorted order, at its first occurrence.
enum DuplicateKeys {
    /// Below this many keys, comparing every pair is cheaper than hashing them.
    private static let pairwiseLimit = 16

    /// The check for a mapping's children laid out as key, value, key, value, ... (`OpenChildren`):
    /// the common case, a handful of distinct text keys, is answered without copying them.
    static func first(inKeysAndValues children: UnsafeBufferPointer<YAMLNode>) -> YAMLNode? {
        let count = children.count / 2
        guard count > 1 else { return nil }
        if count <= pairwiseLimit, allDistinctScalars(children) { return nil }
        return first(keys: stride(from: 0, to: children.count, by: 2).map { children[$0] })
    }

    /// True when every key is a scalar and no two are equal; false sends the keys to the full check.
    private static func allDistinctScalars(_ children: UnsafeBufferPointer<YAMLNode>) -> Bool {
        for i in stride(from: 2, to: children.count, by: 2) {
            guard case .scalar(let key) = children[i] else { return false }
            for j in stride(from: 0, to: i, by: 2) {
                guard case .scalar(let earlier) = children[j] else { return false }
                if earlier.string == key.string && earlier.tag == key.tag { return false }
            }
        }
        return true
    }

    private static func first(keys: [YAMLNode]) -> YAMLNode? {
        var repeated: [YAMLNode] = []
        if keys.count <= pairwiseLimit {
            for i in keys.indices.dropFirst() {
                guard let j = (0..<i).first(where: { keys[$0] == keys[i] }), !repeated.contains(keys[i]) else { continue }
                repeated.append(keys[j])
            }
        } else {
            var seen: [YAMLNode: YAMLNode] = [:]
            for key in keys {
                if let earlier = seen[key] {
                    if !repeated.contains(earlier) { repeated.append(earlier) }
                } else {
                    seen[key] = key
                }
            }
        }
        return repeated.min(by: sortsBefore)
    }

    /// Yams' order of keys: scalars by their text, collections after them.
    private static func sortsBefore(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        switch (lhs.string, rhs.string) {
        case (let l?, let r?): l < r
        case (.some, nil): true
        case (nil, _): false
        }
    }
}
