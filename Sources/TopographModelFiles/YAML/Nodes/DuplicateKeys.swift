/// The duplicate-key check of a mapping, as Yams' composer makes it: keys are equal when their tags
/// and contents are (`1` and `"1"` differ); when several keys repeat, the one reported is the
/// first in sorted order, at its first occurrence.
enum DuplicateKeys {
    /// Below this many keys, comparing every pair is cheaper than hashing them.
    private static let pairwiseLimit = 16

    static func first(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> YAMLNode? {
        // The keys copied out once: comparing pairs in place copied every pair per comparison.
        // (Reading `.key` of the pairs below also made a clean debug build fail with "circular
        // reference" through YAMLNode.Mapping.)
        let keys = pairs.map { $0.key }
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
