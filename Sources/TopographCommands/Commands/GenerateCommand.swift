import ArgumentParser

/// `topograph generate`: builds every artifact topograph.yml names.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Build every diagram and document topograph.yml names.",
        discussion: """
            Finds topograph.yml in the current directory or the nearest parent. Models whose file, \
            configuration and artifacts are unchanged since the last run are skipped; everything else is \
            rendered in memory, and only files whose bytes differ are replaced, all together (temporary \
            files, then renames), so a failed run leaves every previous artifact intact. Concurrent runs \
            in one project take turns. Findings do not fail generate; `topograph check` lints.

            With --require-staged (the pre-commit hook), generated files that git would leave out of the \
            commit, untracked or changed but not staged, fail the run (exit 1) and are named.

            Exit status: 0 generated (or already fresh), 1 generated files not staged (--require-staged), \
            2 configuration, model or rendering error.

            Examples:
              topograph generate
              topograph generate --config docs/topograph.yml --force
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var validation: ValidationOptions

    @Flag(help: "Rebuild every model, ignoring the cache in .topograph-cache/, and overwrite generated files edited by hand.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors (progress is already off when not on a terminal or when CI is set).")
    var quiet = false

    @Flag(help: "Exit 1 when a generated file is untracked or not staged in git, naming the files to add (the pre-commit hook).")
    var requireStaged = false

    func run() throws {
        let config = try project.loadConfig()
        let generation = Generation(
            config: config, toolchain: LiveToolchain(), today: try validation.resolved(),
            useCache: !force, overwriteEdits: force, progress: ProgressReporter(quiet: quiet))
        let report = try generation.run()
        if !quiet { print(report.text) }
        if requireStaged {
            let unstaged = try StagingCheck.unstaged(in: config)
            guard unstaged.isEmpty else {
                ExitStatus.printError(StagingCheck.message(unstaged))
                throw ExitCode(ExitStatus.findings)
            }
        }
    }
}
