import ArgumentParser

/// `topograph check`: lints every model and verifies generated artifacts are fresh; writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint every model and verify generated artifacts are fresh; writes nothing.",
        discussion: """
            For each model in topograph.yml: findings at or above its `lint.threshold` that are not in its \
            `lint.baseline` fail the check, unless the model sets `lint.enforce: false` (example models \
            whose findings are the point). Then every artifact is rendered in memory and compared byte for \
            byte with the file on disk; each stale or missing file is named.

            Exit status: 0 all fresh and lint passes, 1 stale/missing artifacts or failing lint, \
            2 configuration or model error.

            Examples:
              topograph check
              topograph check --lint-only        # the pre-commit lint hook
              topograph check --config infra/topograph.yml
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var validation: ValidationOptions

    @Flag(help: "Only lint; do not compare artifacts.")
    var lintOnly = false

    @Flag(help: "Render every model even when .topograph-cache/ records its artifacts as fresh.")
    var noCache = false

    func run() throws {
        let verification = Verification(
            config: try project.loadConfig(), toolchain: LiveToolchain(), today: try validation.resolved(),
            useCache: !noCache, lintOnly: lintOnly, progress: ProgressReporter(quiet: false))
        let report = try verification.run()
        print(report.text)
        if !report.passed { throw ExitCode(ExitStatus.findings) }
    }
}
