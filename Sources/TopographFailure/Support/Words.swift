import TopographModel

/// Plain-word helpers for impact sentences.
enum Words {
    /// `a`, `a and b`, `a, b and c`; past `limit` names, `a, b, c and 997 more`.
    static func list<S: Sequence>(_ items: S, limit: Int = .max) -> String where S.Element: CustomStringConvertible {
        let names = items.map(\.description)
        if names.count > limit { return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more" }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// `a or b`, `a, b or c`.
    static func alternatives<S: Sequence>(_ items: S) -> String where S.Element: CustomStringConvertible {
        let names = items.map(\.description)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The ids without repeats, first occurrence kept.
    static func unique(_ ids: [ElementID]) -> [ElementID] {
        var seen = Set<ElementID>()
        return ids.filter { seen.insert($0).inserted }
    }
}
