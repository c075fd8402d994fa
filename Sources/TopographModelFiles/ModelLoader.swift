import Foundation
import TopographModel

/// Loads a model file of either form (`*.swift`, `*.yaml`/`*.yml`, `*.json`) into an architecture.
public enum ModelLoader {
    /// Loads and checks the model at `path`; throws `ModelError` with file/line/column diagnostics.
    public static func load(_ path: String) throws -> Architecture {
        throw ModelError([ModelDiagnostic("model loading is not implemented yet", at: SourceLocation(file: path, line: 1))])
    }
}
