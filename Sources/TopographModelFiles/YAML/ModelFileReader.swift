import Foundation
import TopographModel

/// Reads a model file (YAML, JSON or Swift) as UTF-8 text, refusing what cannot be a model
/// before parsing it: a missing path, a directory or other non-file, an oversized file, bytes that
/// are not UTF-8.
enum ModelFileReader {
    /// Reads `path`; `limit` defaults to `ModelSizeLimit.current()`, checked before reading.
    static func read(_ path: String, limit: Int? = nil) throws -> String {
        let limit = try limit ?? ModelSizeLimit.current()
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw fail("model file '\(path)' does not exist", hint: "check the path")
        }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw fail("'\(path)' is a directory, not a model file") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw fail("'\(path)' is not a regular file") }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw fail(
                "model file '\(path)' is \(megabytes(size)) MB, over the \(megabytes(limit)) MB limit",
                hint:
                    "raise the limit with --max-model-size \(Int(Double(size) / 1_048_576) + 1)M or \(ModelSizeLimit.variable)=\(Int(Double(size) / 1_048_576) + 1)M if the file really is a model"
            )
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fail("cannot read model file '\(path)'", hint: "check its permissions")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ModelError([
                ModelDiagnostic(
                    "model file is not valid UTF-8", at: firstInvalidUTF8(in: data, file: path),
                    hint: "save the file as UTF-8")
            ])
        }
        return text
    }

    private static func fail(_ message: String, hint: String? = nil) -> ModelError {
        ModelError([ModelDiagnostic(message, hint: hint)])
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }

    /// The line and column (in characters) of the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8(in data: Data, file: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            guard length > 0 else {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return SourceLocation(file: file, line: line, column: prefix.unicodeScalars.count + 1)
            }
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return SourceLocation(file: file, line: line, column: 1)
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is malformed.
    private static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard i + length <= b.count else { return 0 }
        let sequence = Array(b[i..<(i + length)])
        return String(validating: sequence, as: UTF8.self) == nil ? 0 : length
    }
}
