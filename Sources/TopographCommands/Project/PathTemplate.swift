import Foundation

/// A path from topograph.yml: `{name}` expanded, any other `{placeholder}` an error, and an output
/// kept inside the project unless the user allows otherwise.
///
/// A typo such as `{nmae}` used to create a directory of that name; a `../` or absolute output
/// wrote wherever it pointed. Both are caught here, at the path's line and column.
struct PathTemplate {
    /// The model's name, the value of `{name}`.
    var name: String
    /// `--allow-outside-project`: outputs may be absolute or climb out with `..`.
    var allowOutside: Bool

    /// The placeholders a path may use.
    static let placeholders = ["{name}"]

    /// A path the tool reads (a baseline): expanded and checked for unknown placeholders.
    func input(_ node: StrictYAML, named what: String) throws -> String {
        let text = try node.string(named: what)
        let expanded = text.replacingOccurrences(of: "{name}", with: name)
        if let unknown = Self.unknownPlaceholder(in: expanded) {
            throw node.error(
                "unknown placeholder \(unknown) in \(what) '\(text)'",
                hint: "the only placeholder is {name} (the model's name)")
        }
        return expanded
    }

    /// A path the tool writes: as `input`, and inside the project unless allowed.
    func output(_ node: StrictYAML, named what: String) throws -> String {
        let path = try input(node, named: what)
        guard !allowOutside, Self.normalized(path) == nil else { return path }
        throw node.error(
            "\(what) '\(path)' lies outside the project (the directory holding the configuration)",
            hint: "use a path inside the project, or pass --allow-outside-project to write there on purpose")
    }

    /// The first `{...}` left after expansion.
    static func unknownPlaceholder(in path: String) -> String? {
        guard let open = path.firstIndex(of: "{"), let close = path[open...].firstIndex(of: "}") else { return nil }
        return String(path[open...close])
    }

    /// `path` with `.` and `..` resolved, relative to the root; nil when absolute or climbing out of it.
    static func normalized(_ path: String) -> String? {
        guard !path.hasPrefix("/") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                guard parts.popLast() != nil else { return nil }
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
