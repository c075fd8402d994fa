import Foundation
import TopographModel

/// `topograph check` as a library call: lint every model under its policy and compare every artifact
/// on disk with what `generate` would write. Writes nothing.
struct Verification<Toolchain: ProjectToolchain> {
    var config: ProjectConfig
    var toolchain: Toolchain
    /// The validation date (`ValidationOptions`).
    var today: String
    var useCache = true
    /// Skip the artifact comparison (the pre-commit lint hook).
    var lintOnly = false
    var progress = ProgressReporter(quiet: true)

    struct Report {
        /// The project root; finding locations are shown relative to it.
        var root: String
        var results: [ModelLintResult]
        var stale: [(path: String, missing: Bool)]
        var checkedFiles: Int
        /// False for `--lint-only`.
        var comparedArtifacts = true
        /// Temporary files an interrupted write left beside the artifacts (`git status` shows them).
        var strays: [String] = []

        var passed: Bool { stale.isEmpty && strays.isEmpty && !results.contains { $0.fails } }

        var text: String {
            var lines: [String] = []
            for result in results {
                let entry = result.entry
                let policy = entry.lint.enforce ? "fails at \(entry.lint.threshold.rawValue)" : "not enforced"
                lines.append(
                    "\(entry.name): \(result.summary), \(result.failing.count) at or above \(entry.lint.threshold.rawValue) (\(policy))")
                guard result.fails else { continue }
                lines += result.failing.map { "  " + Self.line(for: $0, entry: entry, root: root) }
            }
            lines += stale.map { "\($0.missing ? "missing" : "stale"): \($0.path)" }
            lines += strays.map { "stray temporary file: \($0) (left by an interrupted write; `topograph generate` removes it)" }
            let failing = results.filter(\.fails).count
            var summary = "check: \(results.count) model\(results.count == 1 ? "" : "s"), \(failing) failing lint; "
            summary += comparedArtifacts ? "\(checkedFiles - stale.count) of \(checkedFiles) artifacts fresh" : "artifacts not compared"
            if !stale.isEmpty { summary += "; run `topograph generate` to refresh \(stale.count) file\(stale.count == 1 ? "" : "s")" }
            lines.append(summary)
            return lines.joined(separator: "\n")
        }

        /// `file:line:column: severity: message [rule]`, the form editors and CI logs link.
        static func line(for finding: Finding, entry: ModelEntry, root: String) -> String {
            var location = finding.location.map { "\($0): " } ?? "\(entry.path): "
            if location.hasPrefix(root + "/") { location.removeFirst(root.count + 1) }
            return "\(location)\(finding.severity.rawValue): \(Escape.terminal(finding.message)) [\(Escape.terminal(finding.ruleID))]"
        }
    }

    func run() throws -> Report {
        let cache = ProjectCache(root: config.root)
        // Shared lock, only if a generate has ever run here: check must not create files.
        let lock =
            FileManager.default.fileExists(atPath: cache.lockFile)
            ? try FileLock(path: cache.lockFile, exclusive: false) {} : nil
        defer { lock?.unlock() }
        var run = ProjectRun(
            config: config, toolchain: toolchain, today: today, cache: useCache ? cache.load().configs[config.name] ?? [:] : nil)
        run.lintOnly = lintOnly
        let progress = self.progress
        run.onModel = { outcome, done, total in
            progress.line("[\(done)/\(total)] \(outcome.entry.name): \(outcome.findings.count) findings")
        }
        let (outcomes, failures) = run.evaluate()
        if !failures.isEmpty { throw ReportedFailures(failures.map(\.message)) }
        let results = try outcomes.map { outcome in
            ModelLintResult(entry: outcome.entry, findings: outcome.findings, baseline: try baseline(of: outcome.entry))
        }
        guard !lintOnly else { return Report(root: config.root, results: results, stale: [], checkedFiles: 0, comparedArtifacts: false) }
        let desired = try run.desiredFiles(outcomes)
        let checked = outcomes.reduce(0) { $0 + ArtifactPlan.files(of: $1.entry).count }
        let planned = config.models.flatMap { ArtifactPlan.files(of: $0).map(\.path) }
        return Report(
            root: config.root, results: results, stale: run.stale(desired), checkedFiles: checked,
            strays: StrayTemporaries.beside(planned, root: config.root))
    }

    private func baseline(of entry: ModelEntry) throws -> Set<String> {
        guard let path = entry.lint.baseline else { return [] }
        // The same file `topograph lint --baseline` reads (a baseline or a JSON lint report).
        return Set(try Baseline.read(config.absolute(path)).fingerprints)
    }
}
