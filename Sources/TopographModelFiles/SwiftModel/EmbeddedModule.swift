/// One module whose sources the CLI carries (see the EmbedDSLSources plugin).
struct EmbeddedModule: Sendable {
    var name: String
    var files: [EmbeddedFile]
}

/// A source file: its path inside the module's directory and its text.
struct EmbeddedFile: Sendable {
    var path: String
    var contents: String
}
