import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// A cache directory with the DSL already compiled, built once for the whole test run: every
/// test copies it into its own temporary cache, so only the first pays for compiling the DSL.
let warmCache: Result<String, ModelError> = {
    let root = temporaryDirectory("warm-cache")
    let model = writeModel("import TopographDSL\nlet architecture = Architecture(\"warm\") {}\n")
    do {
        _ = try SwiftModelLoader.load(model, environment: environment(cache: root))
        return .success(root)
    } catch let error as ModelError {
        return .failure(error)
    } catch {
        return .failure(ModelError([ModelDiagnostic("\(error)")]))
    }
}()

/// A fresh cache directory holding a copy of the compiled DSL (and no loaded models).
func freshCache() throws -> String {
    let warm = try warmCache.get()
    let cache = temporaryDirectory("cache")
    for directory in ["dsl"] {  // clang's module cache records its own path: it cannot be copied
        try FileManager.default.copyItem(atPath: "\(warm)/\(directory)", toPath: "\(cache)/\(directory)")
    }
    return cache
}

/// Every temporary file of this test run lives under one directory, removed when the run exits
/// (each test's cache holds tens of megabytes of compiled modules).
let testRunDirectory: String = {
    let path = "\(NSTemporaryDirectory())topograph-tests-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: testRunDirectory) }
    return path
}()

func temporaryDirectory(_ label: String) -> String {
    let path = "\(testRunDirectory)/\(label)-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The process environment with the cache pointed at `cache` and cache hits/misses reported.
func environment(cache: String, _ extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["TOPOGRAPH_EMIT_PATH"] = nil
    environment["TOPOGRAPH_CACHE_DIR"] = cache
    environment["TOPOGRAPH_DEBUG_CACHE"] = "1"
    return environment.merging(extra) { $1 }
}

/// Writes a model file into a fresh directory and returns its path.
func writeModel(_ source: String, named name: String = "model.swift") -> String {
    let path = "\(temporaryDirectory("model"))/\(name)"
    FileManager.default.createFile(atPath: path, contents: Data(source.utf8))
    return path
}

/// One run of the built `topograph` binary.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
}

/// The `topograph` executable built next to this test bundle (`swift build` puts both in one place).
func topographBinary() throws -> String {
    let beside = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    for candidate in [beside.appendingPathComponent("topograph").path, "\(Repo.root.path)/.build/debug/topograph"]
    where FileManager.default.isExecutableFile(atPath: candidate) {
        return candidate
    }
    throw CLIRunError(description: "no built topograph binary; run `swift build` before `swift test`")
}

struct CLIRunError: Error, CustomStringConvertible { var description: String }

/// Runs `binary` with `arguments` in `directory` and collects its output.
func run(_ binary: String, _ arguments: [String], in directory: String = Repo.root.path, environment: [String: String])
    throws -> CLIRun
{
    try start(binary, arguments, in: directory, environment: environment)()
}

/// Starts `binary` and returns a function that waits for it and collects its output, so several
/// runs can overlap.
func start(
    _ binary: String, _ arguments: [String], in directory: String = Repo.root.path, environment: [String: String]
) throws -> () throws -> CLIRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment
    // Files rather than pipes: nothing to drain while waiting, however much the child prints.
    let outputs = temporaryDirectory("run")
    FileManager.default.createFile(atPath: "\(outputs)/out", contents: nil)
    FileManager.default.createFile(atPath: "\(outputs)/err", contents: nil)
    process.standardOutput = FileHandle(forWritingAtPath: "\(outputs)/out")
    process.standardError = FileHandle(forWritingAtPath: "\(outputs)/err")
    let started = Date()
    try process.run()
    return {
        process.waitUntilExit()
        let out = FileManager.default.contents(atPath: "\(outputs)/out") ?? Data()
        let err = FileManager.default.contents(atPath: "\(outputs)/err") ?? Data()
        return CLIRun(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self), seconds: Date().timeIntervalSince(started))
    }
}
