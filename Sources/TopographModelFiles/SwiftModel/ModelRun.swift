import Foundation
import TopographModel

/// One cache miss: compile the model file in place against the compiled DSL, run it with a time
/// limit, and return the JSON it emitted. Intermediate files live in a private work directory.
struct ModelRun {
    let path: String
    let compiler: SwiftCompiler
    let cache: ModelCache
    let environment: [String: String]

    /// The module the model file compiles into.
    static let moduleName = "TopographModelFile"

    /// Seconds a model's program may run: `$TOPOGRAPH_MODEL_TIMEOUT`, default 60.
    var timeLimit: Double {
        environment["TOPOGRAPH_MODEL_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 60
    }

    /// The model program's address-space limit: `$TOPOGRAPH_MODEL_MEMORY` megabytes (0 for none),
    /// default 8192. Generous on purpose: it stops a runaway loop filling memory, not a big design.
    var memoryLimit: UInt64 {
        let megabytes = environment["TOPOGRAPH_MODEL_MEMORY"].flatMap { UInt64($0) } ?? 8192
        return megabytes << 20
    }

    func emit() throws -> Data {
        cache.sweep()
        let dsl = try CompiledDSL.ensure(compiler: compiler, cache: cache, environment: environment)
        let work = try cache.makeWorkDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let executable = "\(work)/model"
        try compile(to: executable, against: dsl, log: "\(work)/compile.log")
        let emitPath = "\(work)/model.json"
        try run(executable, supervisor: dsl.supervisor, emittingTo: emitPath, log: "\(work)/run.log")
        guard let emitted = FileManager.default.contents(atPath: emitPath) else {
            throw ModelError([
                ModelDiagnostic(
                    "the model declares no Architecture", at: SourceLocation(file: path, line: 1),
                    hint: "declare one at the top level: let architecture = Architecture(\"name\") { ... }")
            ])
        }
        return emitted
    }

    /// Compiles with the path as given, so compiler errors name the model file and its lines.
    private func compile(to executable: String, against dsl: CompiledDSL, log: String) throws {
        let arguments = [
            "-swift-version", "5", "-module-name", Self.moduleName, "-diagnostic-style", "llvm", "-g",
            "-I", dsl.modules, "-L", dsl.libraries, "-lTopographDSL", "-lTopographModel",
            "-module-cache-path", cache.clangModuleCache, path, "-o", executable,
        ]
        let termination = try Subprocess.run(
            compiler.path, arguments, environment: environment, outputPath: log, timeLimit: max(timeLimit, 300),
            supervisor: .init(path: dsl.supervisor))
        guard termination != .exited(0) else { return }
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        throw ModelError(RunDiagnostics.compilerErrors(output, path: path, termination: termination))
    }

    private func run(_ executable: String, supervisor: String, emittingTo emitPath: String, log: String) throws {
        var environment = environment
        environment["TOPOGRAPH_EMIT_PATH"] = emitPath
        // A short backtrace of the crashed thread names the model's line (tens of milliseconds).
        environment["SWIFT_BACKTRACE"] =
            "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,sanitize=no,limit=32"
        let termination = try Subprocess.run(
            executable, [], environment: environment, outputPath: log, timeLimit: timeLimit,
            supervisor: .init(path: supervisor, memoryLimit: memoryLimit))
        guard termination != .exited(0) else { return }
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        throw ModelError([
            RunDiagnostics.runFailure(
                termination, output: output, path: path, timeLimit: timeLimit, memoryLimit: memoryLimit)
        ])
    }
}
