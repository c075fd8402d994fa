import Foundation
import TopographModel
import TopographModelFiles

/// `topograph generate` as a library call: build what changed, write it all-or-nothing, record it.
struct Generation<Toolchain: ProjectToolchain> {
    var config: ProjectConfig
    var toolchain: Toolchain
    /// The validation date (`ValidationOptions`).
    var today: String
    /// False ignores the recorded state and rebuilds every model (the state is still updated).
    var useCache = true
    /// `--force`: overwrite artifacts edited by hand since the last run.
    var overwriteEdits = false
    var progress = ProgressReporter(quiet: true)
    /// Runs before each file of the commit with its index; tests throw from it to fail a commit half-way.
    var beforeStep: (Int) throws -> Void = { _ in }

    struct Report {
        var outcomes: [ModelOutcome]
        /// Root-relative paths written, in order.
        var written: [String]
        var upToDate: Int
        /// Files an earlier run wrote that no model plans any more, removed.
        var removed: [String] = []

        var text: String {
            let built = outcomes.filter { $0.built != nil }.count
            let findings = outcomes.reduce(0) { $0 + $1.findings.count }
            var lines = written.map { "wrote \($0)" } + removed.map { "removed \($0)" }
            for outcome in outcomes {
                lines += (outcome.built?.notes ?? []).map { "note: \(outcome.entry.name): \($0)" }
            }
            lines.append(
                "generate: \(outcomes.count) model\(outcomes.count == 1 ? "" : "s") (\(built) rebuilt, \(outcomes.count - built) unchanged); "
                    + "\(written.count) file\(written.count == 1 ? "" : "s") written, \(upToDate) up to date; "
                    + "\(findings) finding\(findings == 1 ? "" : "s") (`topograph check` lints)")
            return lines.joined(separator: "\n")
        }
    }

    func run() throws -> Report {
        let cache = ProjectCache(root: config.root)
        try cache.prepare()
        // Held until the state is saved: a second run waits, then finds everything fresh.
        let lock = try FileLock(path: cache.lockFile, exclusive: true) {
            FileHandle.standardError.write(Data("generate: waiting for another topograph run in \(config.root)\n".utf8))
        }
        defer { lock.unlock() }
        let runDirectory = try RunDirectory.start(in: cache)
        defer { runDirectory.remove() }
        let state = cache.load()
        let previous = state.configs[config.name] ?? [:]
        let (outcomes, desired) = try build(previous: previous)
        let stale = Set(ProjectRun(config: config, toolchain: toolchain, today: today).stale(desired).map(\.path))
        let writes = desired.filter { stale.contains($0.path) }
        let planned = outcomes.flatMap { ArtifactPlan.files(of: $0.entry) }
        let removals = orphans(previous: previous, planned: Set(planned.map(\.path)))
        if !overwriteEdits { try refuseHandEdits(writes, outcomes: outcomes, previous: previous, committing: state.committing) }
        let targets = WriteTargets(config: config)
        let writeTargets = try targets.resolve(writes.map(\.path), absolute: config.absolute)
        let removalTargets = try targets.resolve(removals, absolute: config.absolute, following: false)
        var transaction = FileTransaction(run: runDirectory)
        transaction.beforeStep = beforeStep
        let staged = try zip(writes, writeTargets).map { (try transaction.stage($0.data, for: $1.real), $1.real) }
        var journal = state
        journal.committing = Dictionary(writes.map { ($0.path, SHA256.hex($0.data)) }, uniquingKeysWith: { _, last in last })
        try cache.save(journal, through: runDirectory)
        try transaction.commit(staged, removals: removalTargets.map(\.real))
        for stray in StrayTemporaries.beside(planned.map(\.path), root: config.root) { unlink(config.absolute(stray)) }
        var final = state
        final.committing = [:]
        final.configs[config.name] = self.state(after: outcomes, desired: desired, previous: previous)
        try cache.save(final, through: runDirectory)
        return Report(outcomes: outcomes, written: writes.map(\.path), upToDate: planned.count - writes.count, removed: removals)
    }

    /// Builds every model (skipping those the records prove fresh) and the bytes each artifact should have.
    private func build(previous: [String: CacheState.ModelState]) throws -> ([ModelOutcome], [(path: String, data: Data)]) {
        var run = ProjectRun(config: config, toolchain: toolchain, today: today, cache: useCache ? previous : nil)
        let progress = self.progress
        run.onModel = { outcome, done, total in
            let what = outcome.built == nil ? "unchanged" : "built \(outcome.built!.files.count) files"
            progress.line(
                String(
                    format: "[%d/%d] %@: %@, %d findings (%.1fs)", done, total, outcome.entry.name, what, outcome.findings.count,
                    outcome.seconds))
        }
        let (outcomes, failures) = run.evaluate()
        if !failures.isEmpty { throw ReportedFailures(failures.map(\.message)) }
        return (outcomes, try run.desiredFiles(outcomes))
    }

    /// An artifact whose bytes differ from what the last run wrote was edited by hand; overwriting it
    /// silently would lose that work, so the run stops (before writing anything) unless `--force`.
    private func refuseHandEdits(
        _ writes: [(path: String, data: Data)], outcomes: [ModelOutcome], previous: [String: CacheState.ModelState],
        committing: [String: String]
    ) throws {
        let injected = Set(outcomes.flatMap(\.entry.inject))
        var recorded: [String: String] = [:]
        for model in previous.values { recorded.merge(model.files) { first, _ in first } }
        let edited = writes.map(\.path).filter { path in
            guard !injected.contains(path), let hash = recorded[path], !hash.isEmpty,
                let current = FileManager.default.contents(atPath: config.absolute(path))
            else { return false }
            let now = SHA256.hex(current)
            return now != hash && now != committing[path]
        }
        guard !edited.isEmpty else { return }
        throw ReportedFailures(
            [
                "error: \(edited.count == 1 ? "a generated file was" : "\(edited.count) generated files were") edited since the last generate:"
            ]
                + edited.map { "  \($0)" }
                + ["  hint: generate wrote nothing; move the change into the model, or run `topograph generate --force` to overwrite"])
    }

    /// Files an earlier run wrote that no model plans any more (a model left the config, a view or
    /// format was dropped) and that still hold the bytes written then: removing them keeps the
    /// output exactly what the config describes. A file edited since, and a file Topograph only
    /// injected into, stay.
    private func orphans(previous: [String: CacheState.ModelState], planned: Set<String>) -> [String] {
        var paths = Set<String>()
        for model in previous.values {
            // A state from before injections were recorded cannot tell the user's files apart.
            guard let injected = model.injected.map(Set.init) else { continue }
            for (path, hash) in model.files where !planned.contains(path) && !injected.contains(path) {
                guard let data = FileManager.default.contents(atPath: config.absolute(path)), SHA256.hex(data) == hash else { continue }
                paths.insert(path)
            }
        }
        return paths.sorted()
    }

    /// The new record: rebuilt models get fresh hashes, skipped ones keep theirs.
    private func state(
        after outcomes: [ModelOutcome], desired: [(path: String, data: Data)], previous: [String: CacheState.ModelState]
    ) -> [String: CacheState.ModelState] {
        let hashes = Dictionary(desired.map { ($0.path, SHA256.hex($0.data)) }, uniquingKeysWith: { _, last in last })
        var state: [String: CacheState.ModelState] = [:]
        for outcome in outcomes {
            if outcome.built == nil, let kept = previous[outcome.entry.name] {
                state[outcome.entry.name] = kept
                continue
            }
            let paths = ArtifactPlan.files(of: outcome.entry).map(\.path)
            let files = Dictionary(paths.map { ($0, hashes[$0] ?? "") }, uniquingKeysWith: { _, last in last })
            state[outcome.entry.name] = .init(
                key: outcome.key, files: files, findings: outcome.findings, injected: outcome.entry.inject)
        }
        return state
    }
}
