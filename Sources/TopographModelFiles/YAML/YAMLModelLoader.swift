import Foundation
import TopographModel

/// Loads the file form (YAML, and JSON as its subset) strictly: every structural mistake and every
/// duplicate id or dangling reference is collected and thrown together as one `ModelError`.
public enum YAMLModelLoader {
    /// Reads, parses, lowers and checks the model file at `path`.
    public static func load(_ path: String) throws -> Architecture {
        // The text goes once composed: a big model's text need not outlive its tree.
        var (root, size, decoder) = try composed(text: try ModelFileReader.read(path), file: path)
        return try load(root: &root, file: path, size: size, decoder: decoder)
    }

    /// Parses and lowers model text; `file` is the name diagnostics and source locations use.
    public static func load(text: String, file: String) throws -> Architecture {
        var (root, size, decoder) = try composed(text: text, file: file)
        return try load(root: &root, file: file, size: size, decoder: decoder)
    }

    /// The composed tree of `text` (a byte order mark dropped), the text's size in bytes, and the
    /// decoder that lowered the items of its lists while it was parsed (see `SectionPipeline`).
    private static func composed(text: String, file: String) throws -> (YAMLNode?, Int, ArchitectureDecoder?) {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let size = text.utf8.count
        let (root, decoder) = try compose(text, file: file, size: size)
        return (root, size, decoder)
    }

    /// JSON (what `dump` writes) has its own fast path, which hands anything unusual to libyaml.
    private static func compose(_ text: String, file: String, size: Int) throws -> (YAMLNode?, ArchitectureDecoder?) {
        let json = SectionPipeline(decoder: decoder(file: file, size: size))
        let root = JSONComposer.compose(text, pipeline: json)
        json.finish()
        if let root { return (root, json.decoder) }
        var yaml = SectionPipeline(decoder: decoder(file: file, size: size))
        switch EventComposer.composeSplit(text, pipeline: yaml) {
        case .composed(let root):
            yaml.finish()
            return (root, yaml.usable ? yaml.decoder : nil)
        case .failed:
            yaml.finish()
            yaml = SectionPipeline(decoder: decoder(file: file, size: size))
        case .declined:
            break
        }
        defer { yaml.finish() }
        do {
            let root = try EventComposer.compose(text, pipeline: yaml)
            yaml.finish()
            return (root, yaml.usable ? yaml.decoder : nil)
        } catch {
            throw ModelError([YAMLErrorMapping.diagnostic(for: error, file: file, text: text)])
        }
    }

    /// A decoder for the file; `size` (the text's length in bytes) sizes the alias budget.
    private static func decoder(file: String, size: Int) -> ArchitectureDecoder {
        ArchitectureDecoder(reader: NodeReader(file: file, budget: max(100_000, size)))
    }

    /// Lowers and checks a composed tree; `size` (the text's length in bytes) sizes the alias budget.
    /// `decoder`, when given, already lowered the items of the tree's lists.
    /// `root` is set to nil once decoded: the tree is freed (on another core, while the checks
    /// run) before the checks build their index, which lowers a big model's peak memory.
    static func load(
        root: inout YAMLNode?, file: String, size: Int, decoder: ArchitectureDecoder? = nil
    ) throws -> Architecture {
        guard root.map({ !isEmpty($0) }) == true else {
            throw ModelError([
                ModelDiagnostic(
                    "model file is empty", at: SourceLocation(file: file, line: 1),
                    hint: "a model needs at least 'name:'; see models/ for examples")
            ])
        }
        let decoder = decoder ?? Self.decoder(file: file, size: size)
        let reader = decoder.reader
        let decoded = decoder.decode(root!)
        Parallel.release(root.take())
        guard let architecture = decoded, !reader.exhausted else { throw ModelError(reader.diagnostics) }
        var semantic = ModelChecker.check(architecture)
        if semantic.contains(where: isDuplicate) {
            // Grouping every declaration by id costs as much as a check: only for a model that needs it.
            let places = Dictionary(grouping: decoder.declarations, by: \.id).mapValues { $0.map(\.location) }
            semantic = semantic.map { relocateDuplicate($0, places) }
        }
        let diagnostics = (reader.diagnostics + semantic).enumerated().sorted { lhs, rhs in
            let l = lhs.element.location ?? SourceLocation(file: file, line: 0)
            let r = rhs.element.location ?? SourceLocation(file: file, line: 0)
            return (l, lhs.offset) < (r, rhs.offset)
        }.map(\.element)
        guard diagnostics.isEmpty else { throw ModelError(capped(diagnostics)) }
        return architecture
    }

    /// Most diagnostics a run prints; past this, more lines help nobody.
    static let diagnosticLimit = 100

    private static func capped(_ diagnostics: [ModelDiagnostic]) -> [ModelDiagnostic] {
        guard diagnostics.count > diagnosticLimit else { return diagnostics }
        return Array(diagnostics.prefix(diagnosticLimit)) + [
            ModelDiagnostic("\(diagnostics.count - diagnosticLimit) more errors not shown; fix the ones above first")
        ]
    }

    private static func isEmpty(_ root: YAMLNode) -> Bool {
        if case .scalar(let scalar) = root { return scalar.string.isEmpty || scalar.tag == .null }
        return false
    }

    private static func isDuplicate(_ diagnostic: ModelDiagnostic) -> Bool { diagnostic.message.hasPrefix("duplicate id") }

    /// The checker points a duplicate id at the first declaration; the mistake is the second one.
    private static func relocateDuplicate(
        _ diagnostic: ModelDiagnostic, _ declarations: [ElementID: [SourceLocation]]
    ) -> ModelDiagnostic {
        guard let id = diagnostic.element, isDuplicate(diagnostic),
            let places = declarations[id], places.count > 1
        else { return diagnostic }
        var moved = diagnostic
        moved.location = places[1]
        moved.message += " (first declared at \(places[0].line):\(places[0].column))"
        return moved
    }
}
