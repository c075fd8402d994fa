import Foundation
import Testing
import TopographModelFiles
import TopographTestSupport

/// Progress lines: on a terminal only, never with CI set, for the one slow step a new user meets.
@Suite struct ProgressTests {
    @Test func theRuleIsTerminalAndNotCI() {
        #expect(TerminalProgress.isInteractive(environment: [:], stderrIsTerminal: true))
        #expect(!TerminalProgress.isInteractive(environment: [:], stderrIsTerminal: false))
        #expect(!TerminalProgress.isInteractive(environment: ["CI": "true"], stderrIsTerminal: true))
        #expect(!TerminalProgress.isInteractive(environment: ["CI": "1"], stderrIsTerminal: true))
        #expect(TerminalProgress.isInteractive(environment: ["CI": "false"], stderrIsTerminal: true))
        #expect(TerminalProgress.isInteractive(environment: ["CI": ""], stderrIsTerminal: true))
    }

    /// The first load of a Swift model with an empty cache, under a pseudo-terminal (`script`):
    /// the DSL compile is announced and timed. (With CI set or without a terminal, the rule above
    /// keeps it quiet; the end-to-end tests without a terminal assert an empty stderr.)
    @Test func theDSLCompileIsAnnouncedOnATerminalOnly() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = TestProcess.repositoryRoot.appendingPathComponent("models/distributed.swift").path
        let command = "'\(Binary.url.path)' dump '\(model)' > /dev/null"
        let cache = directory.appendingPathComponent("cache").path
        let terminal = try TestProcess.run(
            "script", ["-qec", command, "/dev/null"], in: directory, environment: ["TOPOGRAPH_CACHE_DIR": cache, "CI": ""])
        #expect(terminal.status == 0, "\(terminal.stdout)\(terminal.stderr)")
        let lines = terminal.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
        #expect(lines.first == "topograph: compiling the model DSL for this Swift compiler (once; about 10 s)...")
        #expect(lines.contains { $0.hasPrefix("topograph: DSL compiled in ") && $0.hasSuffix(" s") })

        // Once compiled, the DSL is not compiled again: no line.
        let again = try TestProcess.run(
            "script", ["-qec", command, "/dev/null"], in: directory, environment: ["TOPOGRAPH_CACHE_DIR": cache, "CI": ""])
        #expect(again.status == 0 && !again.stdout.contains("compiling"), "\(again.stdout)")
    }
}
