import Foundation
import TopographModel

/// Loads a model file of either form (`*.swift`, `*.yaml`/`*.yml`, `*.json`) into an architecture.
public enum ModelLoader {
    /// Loads and checks the model at `path`; throws `ModelError` with file/line/column diagnostics.
    public static func load(_ path: String) throws -> Architecture {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "yaml", "yml", "json": return try YAMLModelLoader.load(path)
        case "swift": return try SwiftModelLoader.load(path)
        default:
            throw ModelError([
                ModelDiagnostic(
                    "cannot tell the form of model file '\(path)' from its extension",
                    hint: "use .swift for the Swift DSL, or .yaml, .yml or .json for the file form")
            ])
        }
    }
}
