import Foundation
import Testing
import TopographModel

@testable import TopographModelFiles

/// A Swift model's program, and everything it starts, lives no longer than the topograph command
/// that runs it: not after SIGKILL, SIGTERM or Ctrl-C, not after the time limit, not after a normal
/// end. Each model spins after starting a `sleep` with a unique argument in a session of its own
/// (out of reach of any process-group kill), which is then looked for in /proc.
@Suite(.serialized) struct ProcessLifetimeTests {
    @Test func killingTopographWithSIGKILLLeavesNoSurvivor() throws {
        let outcome = try interrupt(with: SIGKILL)
        #expect(outcome.survivors.isEmpty, "still running after kill -9 of topograph: \(outcome.survivors)")
    }

    @Test func sigtermStopsTheModelAndItsChildren() throws {
        let outcome = try interrupt(with: SIGTERM)
        #expect(outcome.status == 143)
        #expect(outcome.survivors.isEmpty, "still running after SIGTERM: \(outcome.survivors)")
    }

    @Test func ctrlCStopsAtOnceWithExitCode130() throws {
        let outcome = try interrupt(with: SIGINT)
        #expect(outcome.status == 130)
        #expect(outcome.seconds < 5, "Ctrl-C took \(outcome.seconds) s")
        #expect(outcome.survivors.isEmpty, "still running after Ctrl-C: \(outcome.survivors)")
    }

    @Test func theTimeLimitStopsTheChildrenToo() throws {
        let marker = uniqueMarker()
        let model = writeModel(spinningModel(marker: marker))
        let env = environment(cache: try freshCache(), ["TOPOGRAPH_MODEL_TIMEOUT": "3"])
        let result = try run(try topographBinary(), ["dump", model], environment: env)
        #expect(result.status == 2)
        #expect(result.stderr.contains("did not finish within 3 s"), "\(result.stderr)")
        #expect(survivors(marker).isEmpty)
    }

    @Test func aModelThatEndsNormallyLeavesNoChildBehind() throws {
        let marker = uniqueMarker()
        let source = spinningModel(marker: marker).replacingOccurrences(of: "while true { spins &+= 1 }", with: "")
        let result = try run(
            try topographBinary(), ["dump", writeModel(source)], environment: environment(cache: try freshCache()))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(survivors(marker).isEmpty)
    }

    @Test func aModelOverItsMemoryLimitIsStoppedWithAMessage() throws {
        let model = writeModel(
            """
            import TopographDSL

            var chunks: [[UInt8]] = []
            for i in 0..<100_000 { chunks.append([UInt8](repeating: UInt8(i & 0xff), count: 10_000_000)) }
            let architecture = Architecture("greedy") {}

            """)
        let env = environment(cache: try freshCache(), ["TOPOGRAPH_MODEL_MEMORY": "200"])
        let result = try run(try topographBinary(), ["dump", model], environment: env)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(model):"))
        #expect(result.stderr.contains("error: the model ran out of memory (its limit is 200 MB)"), "\(result.stderr)")
        #expect(result.stderr.contains("TOPOGRAPH_MODEL_MEMORY"))
    }

    /// Starts `dump` of a spinning model, waits until its child runs, sends `signal` to topograph.
    private func interrupt(with signal: Int32) throws -> (status: Int32, seconds: Double, survivors: [String]) {
        let marker = uniqueMarker()
        let model = writeModel(spinningModel(marker: marker))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try topographBinary())
        process.arguments = ["dump", model]
        process.environment = environment(cache: try freshCache())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while survivors(marker).isEmpty && process.isRunning && Date() < deadline { usleep(50_000) }
        try #require(!survivors(marker).isEmpty, "the model never started its child")
        let sent = Date()
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(sent)
        // The supervisor notices topograph's death within tens of milliseconds.
        let settle = Date().addingTimeInterval(5)
        while !survivors(marker).isEmpty && Date() < settle { usleep(50_000) }
        return (process.terminationStatus, seconds, survivors(marker))
    }
}

/// A model that starts `sleep <marker>` in a new session, then spins.
func spinningModel(marker: String) -> String {
    """
    import Foundation
    import TopographDSL

    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
    child.arguments = ["/bin/sleep", "\(marker)"]
    try! child.run()
    var spins = 0
    while true { spins &+= 1 }
    let architecture = Architecture("spinner") {}

    """
}

/// A `sleep` duration no other process uses: seconds plus a random fraction.
func uniqueMarker() -> String { "3000.\(Int.random(in: 100_000...999_999))" }

/// The command lines of running processes that mention `marker`.
func survivors(_ marker: String) -> [String] {
    let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.filter { Int($0) != nil } ?? []
    return pids.compactMap { pid in
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
        let command = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
        guard command.contains(marker), let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat"),
            !String(decoding: stat, as: UTF8.self).contains(") Z ")
        else { return nil }
        return "\(pid): \(command)"
    }
}
