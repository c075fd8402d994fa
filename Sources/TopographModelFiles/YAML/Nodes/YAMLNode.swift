import Yams

/// The node the decoders read. In this module `Node` means this type, not `Yams.Node`: the decoders
/// were written against Yams' tree and read this one unchanged; only the writers (`ModelDump`,
/// `YAMLWriter`) build Yams nodes, and they say `Yams.Node`.
typealias Node = YAMLNode

/// A composed YAML value with its resolved tag and position: what `EventComposer` (libyaml's events)
/// and `JSONComposer` build. Lighter than `Yams.Node` on purpose: tags are resolved once while
/// composing (no regular expressions, no shared mutable tag objects), positions are two integers.
enum YAMLNode {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// Where a node starts: line and column from 1, columns counted in Unicode scalars (as libyaml).
    struct Mark: Hashable {
        var line: Int
        var column: Int
    }

    /// How a scalar was written; only `plain` scalars are resolved to numbers, booleans and null.
    enum Style: UInt8 {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// A scalar: its text as written (escapes applied), its tag and where it starts.
    struct Scalar {
        let string: String
        let tag: YAMLTag
        let style: Style
        let mark: Mark
    }

    /// A mapping's entries in document order.
    struct Mapping: RandomAccessCollection {
        let pairs: [(key: YAMLNode, value: YAMLNode)]
        let tag: YAMLTag
        let mark: Mark

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[position] }
        var keys: [YAMLNode] { pairs.map(\.key) }
    }

    /// A list's items in document order.
    struct Sequence: RandomAccessCollection {
        let items: [YAMLNode]
        let tag: YAMLTag
        let mark: Mark

        var startIndex: Int { items.startIndex }
        var endIndex: Int { items.endIndex }
        subscript(position: Int) -> YAMLNode { items[position] }
    }

    /// The resolved tag.
    var tag: YAMLTag {
        switch self {
        case .scalar(let scalar): scalar.tag
        case .mapping(let mapping): mapping.tag
        case .sequence(let sequence): sequence.tag
        }
    }

    /// Where the node starts.
    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        }
    }

    /// The text of a scalar (whatever its tag), nil for collections.
    var string: String? {
        guard case .scalar(let scalar) = self else { return nil }
        return scalar.string
    }

    /// The integer an `int`-tagged scalar stands for, read as Yams reads it (`0x1F`, `0o17`, `1_000`, `1:30`).
    var int: Int? {
        guard case .scalar(let scalar) = self, scalar.tag == .int else { return nil }
        return Int.construct(from: Yams.Node.Scalar(scalar.string, Tag(.int)))
    }

    /// The boolean a `bool`-tagged scalar stands for (`true`, `yes`, `on`, ... as YAML 1.1 reads them).
    var bool: Bool? {
        guard case .scalar(let scalar) = self, scalar.tag == .bool else { return nil }
        return Bool.construct(from: Yams.Node.Scalar(scalar.string, Tag(.bool)))
    }
}

/// Nodes compare as YAML does for duplicate keys: by tag and content, ignoring style and position.
extension YAMLNode: Hashable {
    static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let l), .scalar(let r)): l.tag == r.tag && l.string == r.string
        case (.mapping(let l), .mapping(let r)):
            l.tag == r.tag && l.pairs.count == r.pairs.count
                && zip(l.pairs, r.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.sequence(let l), .sequence(let r)): l.tag == r.tag && l.items == r.items
        case (.scalar, _), (.mapping, _), (.sequence, _): false
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(tag)
        switch self {
        case .scalar(let scalar): hasher.combine(scalar.string)
        case .mapping(let mapping):
            for pair in mapping.pairs {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
        case .sequence(let sequence): hasher.combine(sequence.items)
        }
    }
}

/// A node's resolved tag: the YAML 1.1 types Yams' default resolver knows, or any other tag as written.
enum YAMLTag: Hashable {
    case str, int, float, bool, null, merge, timestamp, value, map, seq
    case other(String)

    /// The full tag as Yams spells it (`tag:yaml.org,2002:int`), so `node.tag.description` reads as before.
    var description: String {
        switch self {
        case .str: Tag.Name.str.rawValue
        case .int: Tag.Name.int.rawValue
        case .float: Tag.Name.float.rawValue
        case .bool: Tag.Name.bool.rawValue
        case .null: Tag.Name.null.rawValue
        case .merge: Tag.Name.merge.rawValue
        case .timestamp: Tag.Name.timestamp.rawValue
        case .value: Tag.Name.value.rawValue
        case .map: Tag.Name.map.rawValue
        case .seq: Tag.Name.seq.rawValue
        case .other(let name): name
        }
    }

    /// The tag named by an explicit `!tag` (libyaml expands `!!int` to `tag:yaml.org,2002:int`).
    init(explicit name: String) {
        let known: [YAMLTag] = [.str, .int, .float, .bool, .null, .merge, .timestamp, .value, .map, .seq]
        self = known.first { $0.description == name } ?? .other(name)
    }
}
