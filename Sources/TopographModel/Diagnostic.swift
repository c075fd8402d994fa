/// A mistake in a model as written (duplicate id, unknown reference, wrong type), with where it is.
///
/// Loaders collect diagnostics instead of trapping, the way SwiftPM treats manifest errors.
public struct ModelDiagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?
    /// The element the mistake is about, when there is one.
    public var element: ElementID?
    /// What to do about it, when there is something better to say than the message.
    public var hint: String?

    public init(_ message: String, at location: SourceLocation? = nil, element: ElementID? = nil, hint: String? = nil) {
        self.message = message
        self.location = location
        self.element = element
        self.hint = hint
    }

    /// `file:line:column: error: message`, plus the hint on its own line.
    public var description: String {
        var text = location.map { "\($0): error: " } ?? "error: "
        text += message
        if let element, location == nil { text += " (element '\(element)')" }
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// One or more model diagnostics, thrown by loaders when a model cannot be used.
public struct ModelError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ModelDiagnostic]

    public init(_ diagnostics: [ModelDiagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
