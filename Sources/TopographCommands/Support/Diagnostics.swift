import Foundation
import TopographModel

/// How every command prints a problem: `path:line:column: severity: message` for located ones,
/// `error: message` for the rest, the path relative to the working directory, the severity once.
///
/// One format for all commands is what lets editors, `grep` and the GitHub problem matcher
/// (.github/topograph-problem-matcher.json) find the line, whichever command reported it.
public enum Diagnostics {
    /// The lines to print for `error`, each already carrying its severity.
    public static func lines(for error: Error, directory: String = FileManager.default.currentDirectoryPath) -> String {
        switch error {
        case let error as ModelError:
            return error.diagnostics.map { format($0, directory: directory) }.joined(separator: "\n")
        case let diagnostic as ModelDiagnostic:
            return format(diagnostic, directory: directory)
        case let error as ReportedFailures:
            return error.lines.joined(separator: "\n")
        case let error as CLIError:
            return prefixed(error.description)
        default:
            return prefixed(String(describing: error))
        }
    }

    /// One model diagnostic, its file shown relative to `directory` when it lies inside it.
    public static func format(_ diagnostic: ModelDiagnostic, directory: String) -> String {
        var relative = diagnostic
        relative.location?.file = ReportPaths.relative(diagnostic.location?.file ?? "", to: directory)
        return relative.description
    }

    /// `text` with `error: ` in front, unless it already starts with a severity or a location that
    /// carries one (`file:1:2: error: ...`), so no message ever says `error:` twice.
    static func prefixed(_ text: String) -> String {
        let firstLine = text.prefix { $0 != "\n" }
        let severities = ["error: ", "warning: ", "note: "]
        if severities.contains(where: { firstLine.hasPrefix($0) }) { return text }
        if let range = firstLine.range(of: #"^[^\s:][^:]*:\d+(:\d+)?: (error|warning|note)"#, options: .regularExpression),
            !range.isEmpty
        {
            return text
        }
        return "error: " + text
    }
}

/// Problems already formatted as diagnostic lines (one per failed model), printed as they are.
public struct ReportedFailures: Error, CustomStringConvertible {
    public var lines: [String]

    public init(_ lines: [String]) { self.lines = lines }

    public var description: String { lines.joined(separator: "\n") }
}
