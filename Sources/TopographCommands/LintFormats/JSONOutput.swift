import Foundation

/// The one JSON encoder of the command layer: pretty, sorted keys, unescaped slashes, final newline,
/// so the same value always gives the same bytes.
enum JSONOutput {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail; a failure would be a programming error.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
