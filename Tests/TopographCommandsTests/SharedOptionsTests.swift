import Foundation
import Testing

/// `-o/--output` means the same on every command that writes: the file holds exactly what standard
/// output would have shown (`--today` is tested with the validation date, ValidationDateAgreementTests).
///
/// Regression: lint had no `-o`; whatif, completions and manual each had their own (or none).
@Suite struct SharedOptionsTests {
    static let model = TestPaths.repositoryRoot.appendingPathComponent("models/simple-web-stack.yaml").path
    static let other = TestPaths.repositoryRoot.appendingPathComponent("models/secured-and-monitored.yaml").path

    /// Every command that writes a report, a diagram, a document or a script.
    static let writers: [[String]] = [
        ["lint", model],
        ["lint", model, "--format", "sarif"],
        ["render", model, "--format", "dot"],
        ["docs", model],
        ["diff", model, other],
        ["dump", model],
        ["rules"],
        ["whatif", model],
        ["completions", "bash"],
        ["manual"],
    ]

    @Test(arguments: writers)
    func outputFileHoldsWhatStandardOutputShows(_ command: [String]) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["TOPOGRAPH_TODAY": "2026-01-01"]
        let printed = try Binary.run(command, in: directory, environment: environment)
        let written = try Binary.run(command + ["-o", "out.txt"], in: directory, environment: environment)
        #expect(written.status == printed.status, "\(written.stderr)")
        let file = try Data(contentsOf: directory.appendingPathComponent("out.txt"))
        #expect(!file.isEmpty)
        #expect(file == printed.stdoutData, "\(command.joined(separator: " ")) -o differs from its standard output")
        // lint still prints its one-line verdict; everything else is in the file.
        if command[0] != "lint" { #expect(written.stdout.isEmpty) }
    }
}
