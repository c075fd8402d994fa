import Foundation
import Testing
import TopographTestSupport

/// `topograph serve` through the built binary, for what the browser test does not cover: a port
/// in use and a bad port are usage errors (exit 2) that say what to do, and nothing is written.
/// (scripts/browser-test.sh drives the page itself: reload on save, error page, Ctrl-C.)
@Suite(.serialized) struct ServeEndToEndTests {
    @Test func aPortInUseIsAUsageErrorThatSaysWhatToDo() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(
            at: TestPaths.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml"),
            to: root.appendingPathComponent("shop.yaml"))
        let first = try RunningProcess(Binary.url, ["serve", "shop.yaml", "--port", "0"], in: root)
        #expect(first.wait { $0.stdout.contains("serve: http://127.0.0.1:") }, "\(first.stdout) \(first.stderr)")
        let port = try #require(first.stdout.firstMatch(of: /127\.0\.0\.1:(\d+)\//).map { String($0.1) })

        let second = try Binary.run(["serve", "shop.yaml", "--port", port], in: root)
        #expect(second.status == 2)
        #expect(second.stderr.contains("error: cannot listen on 127.0.0.1:\(port): the port is in use"), "\(second.stderr)")
        #expect(second.stderr.contains("--port 0"))
        #expect(second.stdout.isEmpty, "no URL printed: \(second.stdout)")

        #expect(first.stop(with: SIGINT) == 0, "\(first.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["shop.yaml"], "serve writes no file")
    }

    @Test func aBadPortOrAMissingModelIsAUsageError() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let port = try Binary.run(["serve", "shop.yaml", "--port", "70000"], in: root)
        #expect(port.status == 2)
        #expect(port.stderr.contains("--port must be between 0 and 65535"), "\(port.stderr)")
        let missing = try Binary.run(["serve", "shop.yaml"], in: root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("shop.yaml: no such model file"), "\(missing.stderr)")
    }
}
