public import TopographModel

/// A whole design, written as Swift: `let architecture = Architecture("shop") { Zone(...) { ... } }`.
///
/// Like SwiftPM's `Package`, creating one lowers it to a model value and, when a loader runs the
/// model file, registers it so it is written out when the program exits.
public struct Architecture {
    /// The lowered model, with the source location of every element.
    public let model: TopographModel.Architecture
    /// Mistakes found while lowering and checking (duplicate ids, unknown references...), by line.
    public let diagnostics: [ModelDiagnostic]
    /// Where the architecture was declared.
    public let location: SourceLocation

    /// Declares the design `name`; the body lists its zones, servers, certificates, flows and risks.
    public init(
        _ name: String, description: String? = nil, domain: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @ArchitectureBuilder _ content: () -> [any ArchitectureContent]
    ) {
        location = SourceLocation(file, line, column)
        var design = Lowering(TopographModel.Architecture(name: name, description: description, domain: domain))
        design.nested(content())
        model = design.architecture
        let found = design.diagnostics + ModelChecker.check(design.architecture)
        diagnostics = design.locate(found).sorted(by: Self.byLocation)
        DesignRegistry.register(self)
    }

    /// The model, or a `ModelError` carrying every diagnostic when the design has mistakes.
    public func lower() throws(ModelError) -> TopographModel.Architecture {
        guard diagnostics.isEmpty else { throw ModelError(diagnostics) }
        return model
    }

    static func byLocation(_ lhs: ModelDiagnostic, _ rhs: ModelDiagnostic) -> Bool {
        let l = lhs.location ?? SourceLocation(file: "", line: 0)
        let r = rhs.location ?? SourceLocation(file: "", line: 0)
        return (l, lhs.message) < (r, rhs.message)
    }
}
