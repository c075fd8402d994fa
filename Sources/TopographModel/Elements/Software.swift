/// The product and version a component runs, e.g. nginx 1.24. Used to detect shared fate.
public struct Software: Hashable, Sendable, Codable, CustomStringConvertible {
    public var product: String
    public var version: String?

    public init(product: String, version: String? = nil) {
        self.product = product
        self.version = version
    }

    public var description: String { version.map { "\(product) \($0)" } ?? product }
}
