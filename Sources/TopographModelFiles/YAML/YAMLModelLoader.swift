import Foundation
import TopographModel

/// Loads the file form (YAML, and JSON as its subset) strictly: every structural mistake and every
/// duplicate id or dangling reference is collected and thrown together as one `ModelError`.
public enum YAMLModelLoader {
    /// Reads, parses, lowers and checks the model file at `path`.
    public static func load(_ path: String) throws -> Architecture {
        // The text goes once composed: a big model's text need not outlive its tree.
        var (root, size) = try composed(text: try ModelFileReader.read(path), file: path)
        return try load(root: &root, file: path, size: size)
    }

    /// Parses and lowers model text; `file` is the name diagnostics and source locations use.
    public static func load(text: String, file: String) throws -> Architecture {
        var (root, size) = try composed(text: text, file: file)
        return try load(root: &root, file: file, size: size)
    }

    /// The composed tree of `text` (a byte order mark dropped) and the text's size in bytes.
    private static func composed(text: String, file: String) throws -> (YAMLNode?, Int) {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return (try compose(text, file: file), text.utf8.count)
    }

    /// JSON (what `dump` writes) has its own fast path, which hands anything unusual to libyaml.
    private static func compose(_ text: String, file: String) throws -> YAMLNode? {
        if let json = JSONComposer.compose(text) { return json }
        do {
            return try EventComposer.compose(text)
        } catch {
            throw ModelError([YAMLErrorMapping.diagnostic(for: error, file: file, text: text)])
        }
    }

    /// Lowers and checks a composed tree; `size` (the text's length in bytes) sizes the alias budget.
    /// `root` is set to nil once decoded: the tree is freed (on another core, while the checks
    /// run) before the checks build their index, which lowers a big model's peak memory.
    static func load(root: inout YAMLNode?, file: String, size: Int) throws -> Architecture {
        guard root.map({ !isEmpty($0) }) == true else {
            throw ModelError([
                ModelDiagnostic(
                    "model file is empty", at: SourceLocation(file: file, line: 1),
                    hint: "a model needs at least 'name:'; see models/ for examples")
            ])
        }
        let reader = NodeReader(file: file, budget: max(100_000, size))
        let decoder = ArchitectureDecoder(reader: reader)
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
