import Foundation
import Testing
import TopographTestSupport

/// `topograph watch` through the built binary: a save regenerates only what changed, a broken
/// model is reported with its position while watching goes on, the next good save recovers, and
/// Ctrl-C ends it with exit 0.
@Suite(.serialized) struct WatchEndToEndTests {
    static let config = """
        defaults:
          diagrams: {formats: [svg, dot], views: [overview]}
          docs: {markdown: "output/{name}/design.md"}
          lint: {enforce: false}
        models:
          - models/shop.yaml
        """

    func project() throws -> URL {
        let root = try temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("models"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestPaths.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml"),
            to: root.appendingPathComponent("models/shop.yaml"))
        try Data(Self.config.utf8).write(to: root.appendingPathComponent("topograph.yml"))
        return root
    }

    /// Saves the model the way most editors do: a temporary file renamed over it.
    func save(_ text: String, to root: URL) throws {
        let temporary = root.appendingPathComponent("models/.shop.yaml.tmp")
        try Data(text.utf8).write(to: temporary)
        #expect(rename(temporary.path, root.appendingPathComponent("models/shop.yaml").path) == 0)
    }

    func lines(_ text: String, containing part: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(part) }
    }

    @Test func savesRegenerateErrorsAreShownAndCtrlCExitsCleanly() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let original = try String(contentsOf: root.appendingPathComponent("models/shop.yaml"), encoding: .utf8)
        let watch = try RunningProcess(Binary.url, ["watch"], in: root, environment: ["CI": "true"])
        #expect(watch.wait { $0.stdout.contains("wrote 3 files") }, "first run: \(watch.stdout) \(watch.stderr)")
        #expect(watch.stdout.contains("watching 2 files"))

        // A new description changes the document only: one file rewritten, the diagram kept.
        try save(original.replacingOccurrences(of: "One server, no load balancer", with: "A lone server, no balancer"), to: root)
        #expect(watch.wait { self.lines($0.stdout, containing: "wrote").count == 2 }, "\(watch.stdout) \(watch.stderr)")
        #expect(lines(watch.stdout, containing: "wrote").last?.contains("wrote 1 file: output/shop/design.md (2 up to date") == true)
        let document = try String(contentsOf: root.appendingPathComponent("output/shop/design.md"), encoding: .utf8)
        #expect(document.contains("A lone server, no balancer"))

        // A broken save: the positioned error, the artifacts kept, still watching.
        try save(original.replacingOccurrences(of: "kind: appServer", with: "kind: appServr"), to: root)
        #expect(watch.wait { $0.stderr.contains("failed: previous artifacts kept") }, "\(watch.stderr)")
        #expect(watch.stderr.contains("models/shop.yaml:24:"), "\(watch.stderr)")
        #expect(watch.stderr.contains("appServr"))
        #expect(watch.isRunning)
        #expect(try String(contentsOf: root.appendingPathComponent("output/shop/design.md"), encoding: .utf8) == document)

        // The next good save recovers.
        try save(original, to: root)
        #expect(watch.wait { self.lines($0.stdout, containing: "wrote").count == 3 }, "\(watch.stdout) \(watch.stderr)")
        #expect(
            try String(contentsOf: root.appendingPathComponent("output/shop/design.md"), encoding: .utf8)
                .contains("One server, no load balancer"))

        #expect(watch.stop(with: SIGINT) == 0, "\(watch.stderr)")
        #expect(watch.stdout.hasSuffix("watch: stopped\n"))
    }

    @Test func theConfigIsWatchedSigtermExitsCleanlyAndAnUnknownModelIsAUsageError() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let unknown = try Binary.run(["watch", "models/other.yaml"], in: root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("not a model of"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("models/shop.yaml"))

        let watch = try RunningProcess(Binary.url, ["watch", "models/shop.yaml"], in: root, environment: ["CI": "true"])
        #expect(watch.wait { $0.stdout.contains("wrote 3 files") }, "\(watch.stdout) \(watch.stderr)")

        // topograph.yml is watched too: a broken one is reported at its line, a fixed one is read again.
        let config = root.appendingPathComponent("topograph.yml")
        try Data((Self.config + "\n  - [oops\n").utf8).write(to: config)
        #expect(watch.wait { $0.stderr.contains("failed: previous artifacts kept") }, "\(watch.stderr)")
        #expect(watch.stderr.contains("topograph.yml:8:1: error:"), "\(watch.stderr)")
        try Data(Self.config.replacingOccurrences(of: "views: [overview]", with: "views: [overview, security]").utf8).write(to: config)
        #expect(watch.wait { $0.stdout.contains("wrote 2 files: output/shop/security.svg, output/shop/security.dot") }, "\(watch.stdout)")

        #expect(watch.stop(with: SIGTERM) == 0, "\(watch.stderr)")
    }
}
