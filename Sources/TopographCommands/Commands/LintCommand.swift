import ArgumentParser
import Foundation
import TopographModel
import TopographValidation

/// `topograph lint`: check models against the rule catalogue; exit 1 on findings at or above the threshold.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check models against the rule catalogue.",
        discussion: """
            Exit status: 0 when no active finding is at or above the threshold, 1 when one is, \
            2 on a usage or model error. Accepted risks (not expired) and baselined findings are \
            listed but never fail the run.
            """)

    @Argument(help: "Model files: *.swift, *.yaml, *.yml or *.json.")
    var models: [String]

    @Option(help: "Output format.")
    var format: LintFormat = .text

    @OptionGroup var output: OutputOptions

    @Option(help: "Lowest severity that fails the run.")
    var severityThreshold: Severity = .warning

    @Option(help: "A baseline file: findings listed in it are reported as baselined and do not fail.")
    var baseline: String?

    @Option(help: "Record every current finding (except accepted ones) in this baseline file.")
    var writeBaseline: String?

    @OptionGroup var validation: ValidationOptions

    @Option(help: "Colour in the text format; auto colours a terminal when NO_COLOR is unset.")
    var color: ColorMode = .auto

    func validate() throws {
        if models.isEmpty { throw ValidationError("Give at least one model file.") }
    }

    func run() throws {
        let run = LintRun(
            models: models, threshold: severityThreshold, baselinePath: baseline,
            today: try validation.resolved(), workingDirectory: FileManager.default.currentDirectoryPath)
        let baseline = try run.readBaseline()
        let results = try run.results()
        var report = run.report(results, baseline: baseline)
        if let writeBaseline {
            // The recorded baseline applies at once: adopting the linter is a passing run.
            let recorded = Baseline(recording: report)
            try AtomicFile.write(recorded.encoded(), to: writeBaseline)
            report = run.report(results, baseline: recorded)
        }
        let colored = color.isEnabled(
            isTerminal: output.file == nil && isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        try output.write(format.render(report, colored: colored))
        // With the report in a file, the terminal still gets the verdict.
        if output.file != nil { print(TextLintFormat.summaryLine(report, TextStyle(enabled: false))) }
        if report.exitCode != ExitStatus.clean { throw ExitCode(report.exitCode) }
    }
}
