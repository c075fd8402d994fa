import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func matchesTheStandardVectors(message: String, digest: String) {
        var hasher = SHA256()
        hasher.update(message.utf8)
        #expect(hasher.hexDigest() == digest)
    }

    @Test func millionAs() {
        #expect(
            SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Feeding the same bytes in pieces of any size, contiguous or not, gives the one-call digest.
    @Test func piecesGiveTheSameDigest() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(message)
        for cut in [0, 1, 55, 56, 63, 64, 65, 127, 128, 200, 300] {
            for step in [1, 3, 64, 100] {
                var hasher = SHA256()
                hasher.update(message[..<cut])
                var i = cut
                while i < message.count {
                    // A lazy map is not contiguous: it takes the other path.
                    let piece = message[i..<min(i + step, message.count)]
                    if step == 3 { hasher.update(piece.lazy.map { $0 }) } else { hasher.update(piece) }
                    i += step
                }
                #expect(hasher.hexDigest() == whole, "cut \(cut), step \(step)")
            }
        }
    }
}

@Suite struct RunDiagnosticsTests {
    /// The notes after an error stay with it (issue 12: they were dropped).
    @Test func compilerErrorsKeepFileLineColumnAndNotes() {
        let output = """
            /tmp/m.swift:5:18: error: incorrect argument label in call
            /tmp/m.swift:5:18: note: something helpful
            /tmp/m.swift:9:3: warning: unused
            /tmp/m.swift:12:1: error: cannot find 'Zon' in scope
            """
        let diagnostics = RunDiagnostics.compilerErrors(output, path: "/tmp/m.swift", termination: .exited(1))
        #expect(
            diagnostics.map(\.description) == [
                "/tmp/m.swift:5:18: error: incorrect argument label in call\n  hint: note: something helpful",
                "/tmp/m.swift:12:1: error: cannot find 'Zon' in scope",
            ])
    }

    @Test func compilerFailureWithoutErrorLinesStillNamesTheFile() {
        let diagnostics = RunDiagnostics.compilerErrors("ld: cannot find -lX", path: "m.swift", termination: .exited(1))
        #expect(diagnostics.first?.location == SourceLocation(file: "m.swift", line: 1))
        #expect(diagnostics.first?.hint == "ld: cannot find -lX")
    }

    @Test func trapsInTheStandardLibraryPointAtTheModel() {
        let output = "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n"
        let diagnostic = RunDiagnostics.runFailure(.signalled(4), output: output, path: "m.swift", timeLimit: 60)
        #expect(diagnostic.location == SourceLocation(file: "m.swift", line: 1))
        #expect(diagnostic.message.contains("Index out of range (in Swift/ContiguousArrayBuffer.swift:692)"))
    }

    @Test func aBacktraceNamesTheInnermostModelLine() {
        let output = """
            Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range
            Thread 0 "model" crashed:
              2 [ra] 0x00007f2c53e08f65 specialized Array.subscript.getter + 84 in libswiftSwiftOnoneSupport.so
              3 [ra] 0x000055d10b2f8460 pick(_:_:) + 47 in model at /work/m.swift:4:11
              4 [ra] 0x000055d10b2f86c0 main + 255 in model at /work/m.swift:12:9
            """
        let diagnostic = RunDiagnostics.runFailure(.signalled(4), output: output, path: "/work/m.swift", timeLimit: 60)
        #expect(diagnostic.location == SourceLocation(file: "/work/m.swift", line: 4, column: 11))
        #expect(diagnostic.message == "the model crashed at run time: Fatal error: Index out of range")
    }

    @Test func aCrashWithoutAMessageNamesTheSignal() {
        let diagnostic = RunDiagnostics.runFailure(.signalled(11), output: "", path: "m.swift", timeLimit: 60)
        #expect(diagnostic.message.hasPrefix("the model crashed at run time (signal 11: "))
    }
}

@Suite struct ModelCacheTests {
    @Test func explicitDirectoryWinsThenXDGThenHome() {
        #expect(ModelCache(environment: ["TOPOGRAPH_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"]).root == "/c")
        #expect(ModelCache(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]).root == "/x/topograph")
        #expect(ModelCache(environment: ["HOME": "/h"]).root == "/h/.cache/topograph")
    }

    @Test func anOversizedModelIsRefusedBeforeCompiling() throws {
        let path = writeModel("")
        #expect(truncate(path, off_t(SwiftModelLoader.sizeLimit + 1)) == 0)
        do {
            _ = try SwiftModelLoader.load(path, environment: environment(cache: temporaryDirectory("unused")))
            Issue.record("an oversized model should not load")
        } catch let error as ModelError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "error: model file '\(path)' is 8.0 MB, over the 8.0 MB limit\n"
                        + "  hint: raise the limit with --max-model-size 9M or TOPOGRAPH_MAX_MODEL_SIZE=9M if the file really is a model"
                ])
        }
    }

    @Test func aMissingModelIsAModelError() {
        #expect(throws: ModelError.self) {
            try SwiftModelLoader.load("/no/such/model.swift", environment: environment(cache: temporaryDirectory("unused")))
        }
    }

    @Test func anUnusableExplicitCompilerIsAClearError() throws {
        let model = writeModel("import TopographDSL\n")
        let env = environment(cache: temporaryDirectory("unused"), ["TOPOGRAPH_SWIFTC": "/no/such/swiftc"])
        do {
            _ = try SwiftModelLoader.load(model, environment: env)
            Issue.record("loading without a compiler should fail")
        } catch let error as ModelError {
            #expect(error.description.contains("TOPOGRAPH_SWIFTC is '/no/such/swiftc', which is not an executable"))
            #expect(error.description.contains(model))
        }
    }

    @Test func theKeyChangesWithTheFileThePathAndTheCompiler() throws {
        let compiler = try SwiftCompiler.locate(environment: ProcessInfo.processInfo.environment)
        var other = compiler
        other = SwiftCompiler(path: compiler.path, identity: compiler.identity + "x")
        let key = SwiftModelLoader.key(path: "/m.swift", source: Data("a".utf8), compiler: compiler)
        #expect(key == SwiftModelLoader.key(path: "/m.swift", source: Data("a".utf8), compiler: compiler))
        #expect(key != SwiftModelLoader.key(path: "/m.swift", source: Data("b".utf8), compiler: compiler))
        #expect(key != SwiftModelLoader.key(path: "/n.swift", source: Data("a".utf8), compiler: compiler))
        #expect(key != SwiftModelLoader.key(path: "/m.swift", source: Data("a".utf8), compiler: other))
    }
}

/// The CLI carries the DSL's sources; they must be the ones in the repository, all of them.
@Suite struct EmbeddedSourcesTests {
    @Test(arguments: ["TopographModel", "TopographDSL"])
    func embeddedSourcesMatchTheRepository(module: String) throws {
        let directory = Repo.path("Sources/\(module)")
        let onDisk = try #require(FileManager.default.enumerator(atPath: directory)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }.sorted()
        let embedded = try #require(EmbeddedDSLSources.modules.first { $0.name == module })
        #expect(embedded.files.map(\.path).sorted() == onDisk)
        for file in embedded.files {
            #expect(file.contents == (try String(contentsOfFile: "\(directory)/\(file.path)", encoding: .utf8)), "\(file.path)")
        }
    }
}
