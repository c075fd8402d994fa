/// The duplicate-key check of a mapping, as Yams' composer makes it: keys are equal when their tags
/// and contents are (`1` and `"1"` differ); when several keys repeat, the one reported is the
/// first in sorted order, at its first occurrence.
enum DuplicateKeys {
    /// Below this many keys, comparing every pair is cheaper than hashing them.
    private static let pairwiseLimit = 16

    static func first(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> YAMLNode? {
        var repeated: [YAMLNode] = []
        if pairs.count <= pairwiseLimit {
            // The keys copied out once: comparing pairs in place copied every pair per comparison.
            let keys = pairs.map(\.key)
            for i in keys.indices.dropFirst() {
                guard let j = (0..<i).first(where: { keys[$0] == keys[i] }), !repeated.contains(keys[i]) else { continue }
                repeated.append(keys[j])
            }
        } else {
            var seen: [YAMLNode: YAMLNode] = [:]
            for pair in pairs {
                if let earlier = seen[pair.key] {
                    if !repeated.contains(earlier) { repeated.append(earlier) }
                } else {
                    seen[pair.key] = pair.key
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
