import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// The compiled DSL checks itself on use: a damaged entry is rebuilt once, saying so, instead of
/// failing every run with a linker error blamed on the user's model.
@Suite struct CacheIntegrityTests {
    func dslEntry(in cache: String) throws -> String {
        let entries = try FileManager.default.contentsOfDirectory(atPath: "\(cache)/dsl").filter { !$0.contains(".tmp-") }
        return "\(cache)/dsl/\(try #require(entries.only))"
    }

    @Test func aSoundEntryPassesAndEveryDamageIsNamed() throws {
        let entry = try dslEntry(in: try freshCache())
        #expect(CacheIntegrity.problem(in: entry) == nil)
        let manifest = try String(contentsOfFile: "\(entry)/complete", encoding: .utf8)
        #expect(manifest.contains(" lib/libTopographDSL.a\n") && manifest.contains(" modules/TopographDSL.swiftmodule\n"))

        let library = "\(entry)/lib/libTopographDSL.a"
        let original = try Data(contentsOf: URL(fileURLWithPath: library))
        try original.prefix(original.count / 2).write(to: URL(fileURLWithPath: library))
        #expect(CacheIntegrity.problem(in: entry) == "lib/libTopographDSL.a changed since it was built")
        try original.write(to: URL(fileURLWithPath: library))

        try Data("garbage".utf8).write(to: URL(fileURLWithPath: "\(entry)/modules/TopographDSL.swiftmodule"))
        #expect(CacheIntegrity.problem(in: entry) == "modules/TopographDSL.swiftmodule changed since it was built")

        try FileManager.default.removeItem(atPath: "\(entry)/complete")
        #expect(CacheIntegrity.problem(in: entry) == "it has no completion marker (its build never finished)")
    }

    /// A truncated library gave "linker command failed" on every run.
    @Test func aDamagedEntryIsRebuiltOnceSayingSo() throws {
        let cache = try freshCache()
        let entry = try dslEntry(in: cache)
        let library = "\(entry)/lib/libTopographDSL.a"
        let original = try Data(contentsOf: URL(fileURLWithPath: library))
        try original.prefix(1000).write(to: URL(fileURLWithPath: library))
        let model = writeModel("import TopographDSL\nlet architecture = Architecture(\"healed\") {}\n")
        let binary = try topographBinary()
        let first = try run(binary, ["dump", model], environment: environment(cache: cache))
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("is damaged: lib/libTopographDSL.a changed since it was built; rebuilding it"))
        #expect(CacheIntegrity.problem(in: entry) == nil)
        let second = try run(
            binary, ["dump", writeModel("import TopographDSL\nlet architecture = Architecture(\"again\") {}\n")],
            environment: environment(cache: cache))
        #expect(second.status == 0 && !second.stderr.contains("damaged"))
    }

    @Test func aFailedBuildSaysHowToClearTheCache() throws {
        let cache = temporaryDirectory("failing-cache")
        let compiler = "\(temporaryDirectory("compiler"))/swiftc"
        _ = FileManager.default.createFile(
            atPath: compiler, contents: Data("#!/bin/sh\necho 'error: no space left on device' >&2\nexit 1\n".utf8))
        chmod(compiler, 0o755)
        let model = writeModel("import TopographDSL\nlet architecture = Architecture(\"x\") {}\n")
        #expect { try SwiftModelLoader.load(model, environment: environment(cache: cache, ["TOPOGRAPH_SWIFTC": compiler])) } throws: {
            error in
            let hint = (error as? ModelError)?.diagnostics.first?.hint ?? ""
            return hint.contains("clear the model cache (rm -rf \(cache))")
        }
    }

    /// The cache collected per-process temporary directories (25 MB after 20 kills).
    @Test func leftoversOfKilledLoadsAreSwept() throws {
        let cache = try freshCache()
        let entry = try dslEntry(in: cache)
        let manager = FileManager.default
        try manager.createDirectory(atPath: "\(cache)/tmp/999999-42/work", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: "\(cache)/tmp/\(getpid())-7", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: "\(entry).tmp-999999-3/lib", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: "\(cache)/models", withIntermediateDirectories: true)
        _ = manager.createFile(atPath: "\(cache)/models/.tmp-999999-9", contents: Data("half".utf8))
        let model = writeModel("import TopographDSL\nlet architecture = Architecture(\"swept\") {}\n")
        _ = try SwiftModelLoader.load(model, environment: environment(cache: cache))
        #expect(!manager.fileExists(atPath: "\(cache)/tmp/999999-42"))
        #expect(!manager.fileExists(atPath: "\(entry).tmp-999999-3"))
        #expect(!manager.fileExists(atPath: "\(cache)/models/.tmp-999999-9"))
        #expect(manager.fileExists(atPath: "\(cache)/tmp/\(getpid())-7"))
        #expect(Leftovers.owner(of: "123-456") == 123 && Leftovers.owner(of: "abc.tmp-77-8") == 77 && Leftovers.owner(of: "abc") == nil)
    }
}

extension Collection {
    fileprivate var only: Element? { count == 1 ? first : nil }
}
