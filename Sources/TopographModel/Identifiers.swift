/// The id of any element of an architecture (zone, host, component, certificate, flow).
///
/// Ids are chosen by the author and are the stable handle that findings, diagrams and docs use.
public struct ElementID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: ElementID, rhs: ElementID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension ElementID {
    /// The HTML id of the element's entry in the design document, which diagrams link to:
    /// `element-` and the id with ASCII letters, digits, `-` and `.` kept, `_` doubled and anything
    /// else as `_<hex>_` (one-to-one, and safe in a URL fragment and a Graphviz string).
    public var anchor: String {
        var out = "element-"
        for scalar in rawValue.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".": out.unicodeScalars.append(scalar)
            case "_": out += "__"
            default: out += "_\(String(scalar.value, radix: 16))_"
            }
        }
        return out
    }
}
