import Foundation

/// Number formats for the report: short, fixed, locale-free.
enum Format {
    static func seconds(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        if value < 0.001 { return String(format: "%.0f µs", value * 1e6) }
        if value < 1 { return String(format: "%.1f ms", value * 1e3) }
        return String(format: "%.2f s", value)
    }

    static func seconds(_ sample: Sample?) -> String { sample.map { seconds($0.median) } ?? "-" }

    static func ratio(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return value >= 10 ? String(format: "%.0f×", value) : String(format: "%.2f×", value)
    }

    static func megabytes(kilobytes: Int?) -> String {
        guard let kilobytes else { return "-" }
        return String(format: "%.0f MB", Double(kilobytes) / 1024)
    }

    static func bytes(_ count: Int) -> String {
        if count < 10_000 { return "\(count) B" }
        if count < 10_000_000 { return String(format: "%.0f kB", Double(count) / 1e3) }
        return String(format: "%.1f MB", Double(count) / 1e6)
    }

    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return out
    }

    static func yesNo(_ met: Bool?) -> String { met.map { $0 ? "yes" : "**no**" } ?? "-" }
}

/// A Markdown table.
struct Table {
    var headers: [String]
    var alignRight: [Bool]
    var rows: [[String]] = []

    init(_ headers: [String], right: [Bool]? = nil) {
        self.headers = headers
        alignRight = right ?? headers.indices.map { _ in true }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    var markdown: String {
        guard !rows.isEmpty else { return "_No measurements._\n" }
        var out = "| " + headers.joined(separator: " | ") + " |\n"
        out += "|" + alignRight.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }
}
