/// An attribute value in DOT. Text from a model only ever travels as `.html`, built with `HTMLText`:
/// HTML-like labels have one escaping rule set (XML entities) and none of the backslash quirks of
/// quoted DOT strings.
public enum DOTValue: Hashable, Sendable {
    /// A quoted string: colours, shapes, numbers, styles. Topograph's own constants.
    case string(String)
    /// An HTML-like label, already escaped markup (see `HTMLText`); written between `<` and `>`.
    case html(String)
}

/// Attributes of a graph, node or edge. Written sorted by name, so output never depends on the
/// order code happened to set them in.
public struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// Values by attribute name.
    public private(set) var values: [String: DOTValue] = [:]

    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        for (name, value) in elements { values[name] = value }
    }

    public init(_ values: [String: DOTValue] = [:]) { self.values = values }

    /// The value of one attribute; assigning nil removes it.
    public subscript(name: String) -> DOTValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Sets a plain string attribute.
    public mutating func set(_ name: String, _ value: String) { values[name] = .string(value) }

    /// Later attributes win.
    public func merging(_ other: DOTAttributes) -> DOTAttributes {
        DOTAttributes(values.merging(other.values) { _, new in new })
    }

    /// True when no attribute is set.
    public var isEmpty: Bool { values.isEmpty }
    /// Name-value pairs in name order.
    public var sorted: [(name: String, value: DOTValue)] { values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
}

/// A node statement.
public struct DOTNode: Hashable, Sendable {
    /// The node's DOT id (see `DOTEncoder.identifier`); written quoted.
    public var id: String
    public var attributes: DOTAttributes

    public init(_ id: String, _ attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge statement between two node ids.
public struct DOTEdge: Hashable, Sendable {
    /// Node ids of the tail and head.
    public var from: String
    public var to: String
    public var attributes: DOTAttributes

    public init(_ from: String, _ to: String, _ attributes: DOTAttributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A subgraph; a name starting with `cluster` makes Graphviz draw it as a box.
public struct DOTSubgraph: Hashable, Sendable {
    /// The subgraph's DOT id; `cluster_...` for a drawn box.
    public var id: String
    public var attributes: DOTAttributes
    public var statements: [DOTStatement]

    public init(_ id: String, _ attributes: DOTAttributes = [:], _ statements: [DOTStatement] = []) {
        self.id = id
        self.attributes = attributes
        self.statements = statements
    }
}

/// One statement in a graph or subgraph body, kept in the order it was added.
public indirect enum DOTStatement: Hashable, Sendable {
    case node(DOTNode)
    case edge(DOTEdge)
    case subgraph(DOTSubgraph)
}

/// A whole directed graph: defaults for graph, nodes and edges, then statements in order.
public struct DOTGraph: Hashable, Sendable {
    /// The graph's DOT id (Graphviz shows it as the SVG title).
    public var id: String
    public var graphAttributes: DOTAttributes
    public var nodeDefaults: DOTAttributes
    public var edgeDefaults: DOTAttributes
    public var statements: [DOTStatement]

    public init(
        _ id: String, graph: DOTAttributes = [:], node: DOTAttributes = [:], edge: DOTAttributes = [:],
        _ statements: [DOTStatement] = []
    ) {
        self.id = id
        self.graphAttributes = graph
        self.nodeDefaults = node
        self.edgeDefaults = edge
        self.statements = statements
    }
}
