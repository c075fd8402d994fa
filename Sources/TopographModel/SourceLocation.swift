/// Where an element was declared: a model file, a 1-based line and a 1-based column.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors jump to.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// Source locations of every element, kept beside the model rather than inside it.
///
/// Two models that differ only in where they were written are the same design, so a
/// `SourceMap` never takes part in equality: a Swift model and its YAML twin compare equal.
public struct SourceMap: Sendable, Codable {
    public var locations: [ElementID: SourceLocation]

    public init(_ locations: [ElementID: SourceLocation] = [:]) { self.locations = locations }

    public subscript(id: ElementID) -> SourceLocation? {
        get { locations[id] }
        set { locations[id] = newValue }
    }

    public var isEmpty: Bool { locations.isEmpty }

    /// Where the accepted risk at `index` in `acceptedRisks` was written. Risks have no id, so
    /// their locations are kept under a key no element id can take.
    public subscript(risk index: Int) -> SourceLocation? {
        get { locations[Self.riskKey(index)] }
        set { locations[Self.riskKey(index)] = newValue }
    }

    static func riskKey(_ index: Int) -> ElementID { ElementID("acceptedRisks[\(index)]") }

    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: SourceLocation].self)
        locations = Dictionary(uniqueKeysWithValues: raw.map { (ElementID($0.key), $0.value) })
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: locations.map { ($0.key.rawValue, $0.value) }))
    }
}

extension SourceMap: Hashable {
    public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
