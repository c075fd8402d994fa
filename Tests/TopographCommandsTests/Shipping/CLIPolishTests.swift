import Foundation
import Testing

@testable import TopographCommands

/// Typo suggestions, completion scripts and the one version everything reports.
@Suite struct CLIPolishTests {
    @Test(arguments: [("lnt", "lint"), ("chek", "check"), ("generat", "generate"), ("rendr", "render")])
    func aMistypedCommandGetsASuggestion(typo: String, command: String) throws {
        let result = try Binary.run([typo, "models/x.yaml"], in: try temporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: unknown command '\(typo)'; did you mean '\(command)'?\n"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnrelatedWordListsTheCommands() {
        let message = CommandSuggestion.unknownSubcommand(in: ["frobnicate"])
        #expect(message?.hasPrefix("error: unknown command 'frobnicate'\n  hint: the commands are dump, lint,") == true)
        #expect(CommandSuggestion.unknownSubcommand(in: ["lint", "a.yaml"]) == nil)
        #expect(CommandSuggestion.unknownSubcommand(in: ["help", "lint"]) == nil)
        #expect(CommandSuggestion.unknownSubcommand(in: ["--version"]) == nil)
        #expect(CommandSuggestion.unknownSubcommand(in: []) == nil)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEveryCommand(shell: String) throws {
        let result = try Binary.run(["completions", shell], in: try temporaryDirectory())
        #expect(result.status == 0)
        for command in ["lint", "render", "generate", "check", "completions"] {
            #expect(result.stdout.contains(command), "\(shell): \(command)")
        }
        #expect(result.stdout.contains("sarif"), "\(shell) completes the values of --format")
    }

    @Test func completionScriptForBashLoadsInBash() throws {
        let directory = try temporaryDirectory()
        let script = directory.appendingPathComponent("topograph.bash")
        try Data(try Binary.run(["completions", "bash"], in: directory).stdoutData).write(to: script)
        let loaded = try Binary.shell("source '\(script.path)' && complete -p topograph", in: directory)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.contains("topograph"))
    }

    @Test func anUnknownShellIsAUsageError() throws {
        let result = try Binary.run(["completions", "powershell"], in: try temporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.contains("'bash', 'zsh' or 'fish'"))
    }

    @Test func versionIsTheOneDefinedInTopographCommand() throws {
        let result = try Binary.run(["--version"], in: try temporaryDirectory())
        #expect(result.stdout == TopographCommand.version + "\n")
        #expect(ToolInfo.version == TopographCommand.version)
    }
}
