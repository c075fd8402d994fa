import Foundation
import TopographModel

/// The largest model file Topograph reads: 20 MB, raised (or lowered) by `--max-model-size` or
/// `$TOPOGRAPH_MAX_MODEL_SIZE`. The limit keeps a mistaken path (a disk image, a log) from being
/// parsed; a generated model of tens of thousands of servers is a real design and may pass it.
public enum ModelSizeLimit {
    public static let defaultBytes = 20 << 20
    static let variable = "TOPOGRAPH_MAX_MODEL_SIZE"

    private static let lock = NSLock()
    nonisolated(unsafe) private static var option: Int?

    /// Sets the limit from the command line, which wins over the environment.
    public static func set(_ bytes: Int) { lock.withLock { option = bytes } }

    /// The limit the user set, if any: the option, else the environment variable.
    public static func explicit(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int? {
        if let option = lock.withLock({ option }) { return option }
        guard let text = environment[variable], !text.isEmpty else { return nil }
        guard let bytes = parse(text) else {
            throw ModelError([ModelDiagnostic("\(variable) must be a size such as 64M, 512K or 2G, not '\(text)'")])
        }
        return bytes
    }

    /// The limit in force.
    public static func current() throws -> Int { try explicit() ?? defaultBytes }

    /// `64` or `64M` (megabytes), `512K`, `2G`; nil unless a positive size.
    public static func parse(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = text.trimmingCharacters(in: .whitespaces).uppercased()
        if digits.hasSuffix("B") { digits.removeLast() }
        var unit = 1 << 20
        if let last = digits.last, let factor = units[last] {
            unit = factor
            digits.removeLast()
        }
        guard let value = Double(digits), value > 0, value * Double(unit) < Double(Int.max / 2) else { return nil }
        return Int(value * Double(unit))
    }
}
