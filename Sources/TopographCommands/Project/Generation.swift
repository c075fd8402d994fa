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
    var progress = ProgressReporter(quiet: true)

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
        // Held until the state is saved: a second run waits, then finds everything fresh.
        let lock = try FileLock(path: cache.lockFile, exclusive: true) {
            FileHandle.standardError.write(Data("generate: waiting for another topograph run in \(config.root)\n".utf8))
        }
        defer { lock.unlock() }
        let previous = cache.load()
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
        let desired = try run.desiredFiles(outcomes)
        let stale = Set(run.stale(desired).map(\.path))
        let writes = desired.filter { stale.contains($0.path) }
        try AtomicFile.writeAll(writes.map { (config.absolute($0.path), $0.data) })
        let plannedPaths = Set(outcomes.flatMap { ArtifactPlan.files(of: $0.entry).map(\.path) })
        let removed = orphans(previous: previous, planned: plannedPaths)
        for path in removed { try FileManager.default.removeItem(atPath: config.absolute(path)) }
        try cache.save(state(after: outcomes, desired: desired, previous: previous))
        let planned = outcomes.reduce(0) { $0 + ArtifactPlan.files(of: $1.entry).count }
        return Report(outcomes: outcomes, written: writes.map(\.path), upToDate: planned - writes.count, removed: removed)
    }

    /// Files an earlier run wrote that no model plans any more (a model left the config, a view or
    /// format was dropped) and that still hold the bytes written then: removing them keeps the
    /// output exactly what the config describes. A file edited since, and a file Topograph only
    /// injected into, stay.
    private func orphans(previous: CacheState, planned: Set<String>) -> [String] {
        var paths = Set<String>()
        for model in previous.models.values {
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
    private func state(after outcomes: [ModelOutcome], desired: [(path: String, data: Data)], previous: CacheState) -> CacheState {
        let hashes = Dictionary(desired.map { ($0.path, SHA256.hex($0.data)) }, uniquingKeysWith: { _, last in last })
        var state = CacheState()
        for outcome in outcomes {
            if outcome.built == nil, let kept = previous.models[outcome.entry.name] {
                state.models[outcome.entry.name] = kept
                continue
            }
            let paths = ArtifactPlan.files(of: outcome.entry).map(\.path)
            let files = Dictionary(paths.map { ($0, hashes[$0] ?? "") }, uniquingKeysWith: { _, last in last })
            state.models[outcome.entry.name] = .init(
                key: outcome.key, files: files, findings: outcome.findings, injected: outcome.entry.inject)
        }
        return state
    }
}
