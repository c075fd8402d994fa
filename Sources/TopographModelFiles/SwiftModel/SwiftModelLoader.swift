import Foundation
import TopographModel

/// Loads a `*.swift` model the way SwiftPM loads `Package.swift`: compile it against the DSL, run
/// it with `TOPOGRAPH_EMIT_PATH` set, read back the JSON it writes at exit.
///
/// The result is cached by a hash of the file, its path, the compiler and the DSL version, so an
/// unchanged model loads without compiling. Every failure is a `ModelError` (exit code 2).
public enum SwiftModelLoader {
    /// Loads and checks the Swift model at `path`.
    public static func load(_ path: String) throws -> Architecture {
        try load(path, environment: ProcessInfo.processInfo.environment)
    }

    static func load(_ path: String, environment: [String: String]) throws -> Architecture {
        do {
            let source = Data(
                try ModelFileReader.read(path, limit: try ModelSizeLimit.explicit(environment: environment) ?? sizeLimit).utf8)
            let cache = ModelCache(environment: environment)
            let compiler = try SwiftCompiler.locate(environment: environment)
            let entry = cache.modelEntry(key: key(path: path, source: source, compiler: compiler))
            let debug = environment["TOPOGRAPH_DEBUG_CACHE"] != nil
            if let cached = FileManager.default.contents(atPath: entry), let architecture = try? decode(cached, path) {
                if debug { note("topograph: model cache hit \(entry)") }
                return try architecture.get()
            }
            if debug { note("topograph: model cache miss \(entry)") }
            let emitted = try ModelRun(path: path, compiler: compiler, cache: cache, environment: environment).emit()
            let architecture = try decode(emitted, path)
            try cache.writeAtomically(emitted, to: entry)
            return try architecture.get()
        } catch let error as SubprocessError {
            throw ModelError([ModelDiagnostic("cannot load the Swift model \(path): \(error.description)", hint: error.hint)])
        }
    }

    /// Models larger than this are refused before compiling: no design needs megabytes of Swift.
    static let sizeLimit = 8 << 20

    /// The path is part of the key because the emitted source locations name it.
    static func key(path: String, source: Data, compiler: SwiftCompiler) -> String {
        var hasher = SHA256()
        let base = path.hasPrefix("/") ? "" : FileManager.default.currentDirectoryPath
        for field in ["swift-model-v1", base, path, compiler.identity, EmbeddedDSLSources.hash] {
            hasher.update(field: field)
        }
        hasher.update(source)
        return hasher.hexDigest()
    }

    /// The architecture, or the diagnostics the model's own checks found.
    private static func decode(_ json: Data, _ path: String) throws -> Result<Architecture, ModelError> {
        let emission: Emission
        do {
            emission = try JSONDecoder().decode(Emission.self, from: json)
        } catch {
            throw ModelError([
                ModelDiagnostic(
                    "the model's program wrote unreadable JSON: \(error)", at: SourceLocation(file: path, line: 1))
            ])
        }
        guard emission.diagnostics.isEmpty, let architecture = emission.architecture else {
            let none = ModelDiagnostic("the model declares no Architecture", at: SourceLocation(file: path, line: 1))
            return .failure(ModelError(emission.diagnostics.isEmpty ? [none] : emission.diagnostics))
        }
        return .success(architecture)
    }

    private static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// What a model's program writes at exit (see TopographDSL's DesignRegistry).
struct Emission: Decodable {
    var architecture: Architecture?
    var diagnostics: [ModelDiagnostic]
}
