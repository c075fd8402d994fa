import Foundation
import TopographModel

/// The SwiftPM manifest pattern: when a loader runs a model file it sets `TOPOGRAPH_EMIT_PATH`,
/// each `Architecture` registers itself, and at exit the design is written there as JSON.
/// Without the variable nothing is registered or written.
enum DesignRegistry {
    static let emitPathVariable = "TOPOGRAPH_EMIT_PATH"

    private static let lock = NSLock()
    // Guarded by `lock`; a model file is top-level code, but nothing stops it from using threads.
    nonisolated(unsafe) private static var designs: [Architecture] = []

    static func register(_ design: Architecture) {
        guard getenv(emitPathVariable) != nil else { return }
        lock.lock()
        defer { lock.unlock() }
        if designs.isEmpty { atexit { DesignRegistry.emit() } }
        designs.append(design)
    }

    /// What a loader reads back: the one architecture and every diagnostic.
    struct Emission: Codable {
        var formatVersion = TopographModel.Architecture.formatVersion
        var architecture: TopographModel.Architecture?
        var diagnostics: [ModelDiagnostic]
    }

    static func emission(of designs: [Architecture]) -> Emission {
        guard let first = designs.first else {
            return Emission(diagnostics: [ModelDiagnostic("the model file declares no Architecture")])
        }
        var diagnostics = first.diagnostics
        for extra in designs.dropFirst() {
            diagnostics.append(
                ModelDiagnostic(
                    "a model file declares exactly one Architecture; this is another one", at: extra.location,
                    hint: "the first is at \(first.location)"))
        }
        return Emission(architecture: first.model, diagnostics: diagnostics)
    }

    private static func emit() {
        guard let path = getenv(emitPathVariable).map({ String(cString: $0) }) else { return }
        lock.lock()
        let emission = emission(of: designs)
        lock.unlock()
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(emission).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("error: cannot write the model to \(path): \(error)\n".utf8))
            _exit(70)
        }
    }
}
