import Foundation

/// Paths as reports show them: relative to the working directory when inside it, `/`-separated.
public enum ReportPaths {
    /// `path` relative to `directory` when it lies inside it; otherwise unchanged (minus a `./`).
    public static func relative(_ path: String, to directory: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        if path.hasPrefix("/"), path.hasPrefix(base), path.count > base.count {
            return String(path.dropFirst(base.count))
        }
        return path
    }

    /// A URI reference for a report path: percent-encoded; `file://` for absolute paths.
    public static func uri(_ path: String) -> String {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: uriPathAllowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// Unreserved characters, sub-delimiters that are harmless in a path, and `/`.
    private static let uriPathAllowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=@")
}

/// Who produced a report, as the machine-readable formats name it.
public enum ToolInfo {
    public static let name = "topograph"
    public static var version: String { TopographCommand.version }
    public static let informationURI = "https://github.com/topograph/topograph"
}
