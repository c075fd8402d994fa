import Foundation

/// TopographModel and TopographDSL compiled from the embedded sources into the cache, once per
/// compiler and DSL version: modules (`-I`) and static libraries (`-L`, `-l`) for model files.
struct CompiledDSL {
    /// Bumped when the way the libraries are built changes, to invalidate old builds.
    static let recipeVersion = "4"

    let modules: String
    let libraries: String
    /// The process supervisor every compile and run of a model goes through (see `Supervisor`).
    let supervisor: String

    /// Returns the cached build, building it first if needed (about a second, once).
    static func ensure(
        compiler: SwiftCompiler, cache: ModelCache, environment: [String: String]
    ) throws -> CompiledDSL {
        var hasher = SHA256()
        [recipeVersion, compiler.identity, EmbeddedDSLSources.hash, Supervisor.source].forEach { hasher.update(field: $0) }
        let directory = cache.dslDirectory(key: String(hasher.hexDigest().prefix(32)))
        let built = CompiledDSL(
            modules: "\(directory)/modules", libraries: "\(directory)/lib", supervisor: "\(directory)/bin/topograph-supervisor")
        if FileManager.default.fileExists(atPath: directory) {
            guard let problem = CacheIntegrity.problem(in: directory) else { return built }
            // Said once, whatever the terminal: the rebuild explains the pause and the next run is quiet.
            FileHandle.standardError.write(Data("topograph: the compiled DSL in \(directory) is damaged: \(problem); rebuilding it\n".utf8))
            cache.discard(directory)
        }
        // Build beside the final place, then rename: a concurrent loader either sees nothing or all.
        let staging = "\(directory).tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        defer { try? FileManager.default.removeItem(atPath: staging) }
        // The one slow step a new user meets (about 10 s on two cores): say what is happening.
        let start = Date()
        TerminalProgress.note("topograph: compiling the model DSL for this Swift compiler (once; about 10 s)...")
        do {
            try build(into: staging, compiler: compiler, cache: cache, environment: environment)
        } catch let error as SubprocessError {
            throw SubprocessError(error.description, hint: "if this persists, clear the model cache (rm -rf \(cache.root)) and run again")
        }
        TerminalProgress.note("topograph: DSL compiled in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        if rename(staging, directory) != 0 && CacheIntegrity.problem(in: directory) != nil {
            throw SubprocessError(
                "cannot move the compiled DSL into \(directory): \(String(cString: strerror(errno)))",
                hint: "clear the model cache (rm -rf \(cache.root)) and run again")
        }
        return built
    }

    private static func build(
        into staging: String, compiler: SwiftCompiler, cache: ModelCache, environment: [String: String]
    ) throws {
        for directory in ["modules", "lib", "src", "bin"] { try cache.createDirectory("\(staging)/\(directory)") }
        let supervisor = "\(staging)/bin/topograph-supervisor"
        try Supervisor.build(to: supervisor, compiler: compiler, cache: cache, environment: environment)
        for module in EmbeddedDSLSources.modules {
            var files: [String] = []
            for file in module.files {
                let path = "\(staging)/src/\(module.name)/\(file.path)"
                try cache.createDirectory((path as NSString).deletingLastPathComponent)
                try cache.writeAtomically(Data(file.contents.utf8), to: path)
                files.append(path)
            }
            let arguments = [
                "-swift-version", "6", "-parse-as-library", "-Onone", "-wmo", "-module-name", module.name,
                "-I", "\(staging)/modules", "-emit-module", "-emit-module-path",
                "\(staging)/modules/\(module.name).swiftmodule", "-emit-library", "-static",
                "-o", "\(staging)/lib/lib\(module.name).a", "-module-cache-path", cache.clangModuleCache,
            ]
            let log = "\(staging)/\(module.name).log"
            let termination = try Subprocess.run(
                compiler.path, arguments + files, environment: environment, outputPath: log, timeLimit: 600,
                supervisor: .init(path: supervisor))
            guard termination == .exited(0) else {
                let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                throw SubprocessError(
                    "compiling the embedded \(module.name) sources with \(compiler.path) failed "
                        + "(\(termination)):\n\(output)")
            }
        }
        try CacheIntegrity.seal(staging, cache: cache)
    }
}
