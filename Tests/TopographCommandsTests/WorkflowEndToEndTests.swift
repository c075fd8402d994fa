import Foundation
import Testing

/// generate, check, init and concurrency through the built binary, in temporary projects made from
/// this repository's reference models.
@Suite(.serialized) struct WorkflowEndToEndTests {
    static let config = """
        defaults:
          diagrams: {formats: [svg, dot], views: [overview, security]}
          docs: true
          lint: {enforce: false}
        models:
          - models/distributed.yaml
          - path: models/secured-and-monitored.yaml
            diagrams: {formats: [svg, png, dot]}
            inject: [README.md]
        """

    /// A temporary project with two reference models, this config and a README with markers.
    func project() throws -> URL {
        let root = try temporaryDirectory()
        let models = root.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        for name in ["distributed", "secured-and-monitored"] {
            try FileManager.default.copyItem(
                at: TestPaths.repositoryRoot.appendingPathComponent("models/\(name).yaml"),
                to: models.appendingPathComponent("\(name).yaml"))
        }
        try Data(Self.config.utf8).write(to: root.appendingPathComponent("topograph.yml"))
        try Data("# Shop\n\n<!-- topograph:begin -->\n<!-- topograph:end -->\n".utf8).write(to: root.appendingPathComponent("README.md"))
        return root
    }

    func files(in root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            guard !path.hasPrefix(".topograph-cache"),
                let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
            else { continue }
            result[path] = data
        }
        return result
    }

    @Test func generateThenCheckIsFreshAndAnEditMakesItStale() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let generated = try Binary.run(["generate"], in: root, environment: ["CI": "true"])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stdout.contains("wrote output/secured-and-monitored/overview.png"))
        #expect(generated.stdout.contains("generate: 2 models (2 rebuilt, 0 unchanged); 15 files written, 0 up to date; "))
        #expect(generated.stderr.isEmpty, "no progress lines when CI is set")
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.hasPrefix("# Shop\n\n<!-- topograph:begin -->\n") && readme.contains("secured-and-monitored"))
        let snapshot = files(in: root)

        let fresh = try Binary.run(["check"], in: root)
        #expect(fresh.status == 0, "\(fresh.stdout)\(fresh.stderr)")
        #expect(fresh.stdout.contains("15 of 15 artifacts fresh"))
        let again = try Binary.run(["generate", "--force"], in: root)
        #expect(again.stdout.contains("0 files written, 15 up to date"))
        #expect(files(in: root) == snapshot, "an unchanged project stays byte-identical")

        let model = root.appendingPathComponent("models/distributed.yaml")
        let edited = try String(contentsOf: model, encoding: .utf8).replacingOccurrences(of: "\"1.24\"", with: "\"1.26\"")
        try Data(edited.utf8).write(to: model)
        let stale = try Binary.run(["check"], in: root)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("stale: output/distributed/design.md"))
        #expect(!stale.stdout.contains("stale: output/secured-and-monitored"))
        let regenerated = try Binary.run(["generate"], in: root)
        #expect(regenerated.stdout.contains("(1 rebuilt, 1 unchanged)"))
        #expect(try Binary.run(["check", "--no-cache"], in: root).status == 0)
    }

    @Test func missingArtifactsAndConfigErrorsAreNamed() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Binary.run(["generate"], in: root).status == 0)
        try FileManager.default.removeItem(at: root.appendingPathComponent("output/distributed/security.svg"))
        let missing = try Binary.run(["check"], in: root)
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("missing: output/distributed/security.svg"))

    }

    @Test func theConfigIsFoundFromSubdirectoriesAndItsErrorsArePrecise() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let lint = try Binary.run(["check", "--lint-only"], in: root.appendingPathComponent("models"))
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(lint.stdout.hasPrefix("distributed: "))
        #expect(lint.stdout.hasSuffix("check: 2 models, 0 failing lint; artifacts not compared\n"))

        try Data("models:\n  - path: models/distributed.yaml\n    diagram: {}\n".utf8).write(
            to: root.appendingPathComponent("topograph.yml"))
        let bad = try Binary.run(["check"], in: root)
        #expect(bad.status == 2)
        // Relative to the working directory, like every other diagnostic.
        #expect(bad.stderr.hasPrefix("topograph.yml:3:5: error: unknown key 'diagram' in a model entry\n"))
        #expect(bad.stdout.isEmpty)

        try Data("models: [models/nowhere.yaml]\n".utf8).write(to: root.appendingPathComponent("topograph.yml"))
        let missing = try Binary.run(["generate"], in: root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("models/nowhere.yaml: no such model file"))

        let outside = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: outside) }
        let none = try Binary.run(["generate"], in: outside)
        #expect(none.status == 2 && none.stderr.contains("no topograph.yml in this directory or any parent"))
    }

    @Test func initWritesAStarterThatLintsRendersAndChecks() throws {
        for format in ["yaml", "swift"] {
            let root = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: root) }
            let initialised = try Binary.run(["init", "--format", format], in: root)
            #expect(initialised.status == 0, "\(initialised.stderr)")
            #expect(initialised.stdout.contains("wrote models/example.\(format)"))
            let again = try Binary.run(["init"], in: root)
            #expect(again.status == 2 && again.stderr.contains("already exists; nothing was written"))
            #expect(try Binary.run(["init", "--force", "--format", format], in: root).status == 0)
            // lint at its default threshold agrees with check: the starter's known gaps are accepted risks.
            let lint = try Binary.run(["lint", "models/example.\(format)"], in: root)
            #expect(lint.status == 0, "\(format): \(lint.stdout)\(lint.stderr)")
            #expect(lint.stdout.contains("0 errors, 0 warnings, 0 notes; 2 accepted, 0 baselined; passed"), "\(lint.stdout)")
            let generated = try Binary.run(["generate"], in: root)
            #expect(generated.status == 0, "\(format): \(generated.stderr)")
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/example/overview.png").path))
            let check = try Binary.run(["check"], in: root)
            #expect(check.status == 0, "\(format): \(check.stdout)\(check.stderr)")
        }
    }

    @Test func concurrentGenerateRunsDoNotCorruptAnything() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let results = ConcurrentBox()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            let result = try? Binary.run(["generate"], in: root, environment: ["CI": "true"])
            results.append(result?.status ?? -1, result?.stdout ?? "")
        }
        #expect(results.statuses == [0, 0, 0])
        // One run wrote everything; the others waited for the lock and found it fresh.
        #expect(results.outputs.filter { $0.contains("15 files written") }.count == 1)
        #expect(!files(in: root).keys.contains { $0.contains(".tmp-") })
        #expect(try Binary.run(["check", "--no-cache"], in: root).status == 0)
    }
}

/// Results gathered from concurrent runs.
final class ConcurrentBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _statuses: [Int32] = [], _outputs: [String] = []

    func append(_ status: Int32, _ output: String) {
        lock.withLock {
            _statuses.append(status)
            _outputs.append(output)
        }
    }
    var statuses: [Int32] { lock.withLock { _statuses } }
    var outputs: [String] { lock.withLock { _outputs } }
}
