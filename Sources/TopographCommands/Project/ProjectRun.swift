import Foundation
import TopographModel

/// One model's outcome in a run: its findings, and the files it wants on disk (nil when the cache
/// proved them fresh without rendering).
struct ModelOutcome: Sendable {
    var entry: ModelEntry
    var key: String
    var findings: [Finding]
    var built: BuiltModel?
    var seconds: Double
}

/// A failure to build one model; runs collect them all before giving up, so one run shows every problem.
struct ModelFailure: Sendable {
    var entry: ModelEntry
    var message: String
}

/// The shared engine of `generate` and `check`: builds every model (in parallel, skipping cached ones)
/// and works out which files on disk differ from what the models produce.
struct ProjectRun<Toolchain: ProjectToolchain> {
    var config: ProjectConfig
    var toolchain: Toolchain
    /// The validation date every model is checked on.
    var today: String
    /// The configuration's last recorded models; nil disables the cache.
    var cache: [String: CacheState.ModelState]?
    /// Only load and validate; build no artifacts.
    var lintOnly = false
    /// Called once per model as it finishes, from any thread.
    var onModel: @Sendable (ModelOutcome, Int, Int) -> Void = { _, _, _ in }

    /// Builds every model; outcomes are in config order.
    func evaluate() -> (outcomes: [ModelOutcome], failures: [ModelFailure]) {
        let models = config.models
        let finished = ConcurrentCounter()
        let results = Parallel.map(models.count) { index in
            let result = Result { try outcome(for: models[index]) }.mapError { ModelFailureError(message: Self.describe($0)) }
            if case .success(let outcome) = result { onModel(outcome, finished.increment(), models.count) }
            return result
        }
        var outcomes: [ModelOutcome] = []
        var failures: [ModelFailure] = []
        for (entry, result) in zip(models, results) {
            switch result {
            case .success(let outcome): outcomes.append(outcome)
            case .failure(let error): failures.append(ModelFailure(entry: entry, message: error.message))
            }
        }
        return (outcomes, failures)
    }

    private func outcome(for entry: ModelEntry) throws -> ModelOutcome {
        let start = Date()
        let bytes = FileManager.default.contents(atPath: config.absolute(entry.path)) ?? Data()
        let key = ProjectCache.key(for: entry, modelBytes: bytes, today: today)
        let paths = ArtifactPlan.files(of: entry).map(\.path)
        if let state = cache?[entry.name],
            ProjectCache(root: config.root).isFresh(state, key: key, files: paths, root: config.root)
        {
            return ModelOutcome(entry: entry, key: key, findings: state.findings, built: nil, seconds: Date().timeIntervalSince(start))
        }
        if lintOnly {
            let model = try ModelPipeline(toolchain: toolchain, today: today).analyse(config.absolute(entry.path))
            return ModelOutcome(entry: entry, key: key, findings: model.findings, built: nil, seconds: Date().timeIntervalSince(start))
        }
        let built = try ModelBuilder.build(entry, in: config, toolchain: toolchain, today: today)
        return ModelOutcome(entry: entry, key: key, findings: built.findings, built: built, seconds: Date().timeIntervalSince(start))
    }

    /// The bytes every rebuilt artifact should have, in config order, injections applied to the
    /// targets' current content (one model after another when several share a target).
    func desiredFiles(_ outcomes: [ModelOutcome]) throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        var injected: [String: String] = [:]
        var injectionOrder: [String] = []
        for outcome in outcomes {
            guard let built = outcome.built else { continue }
            for planned in ArtifactPlan.files(of: outcome.entry) {
                if planned.kind == .injection {
                    let target = planned.path
                    guard let current = injected[target] ?? read(target).flatMap({ String(data: $0, encoding: .utf8) }) else {
                        throw CLIError(
                            "\(target): injection target does not exist (model '\(outcome.entry.name)')",
                            hint: "create the file with the topograph marker comments, or remove it from `inject:`")
                    }
                    if injected[target] == nil { injectionOrder.append(target) }
                    injected[target] = try toolchain.inject(built.injection ?? "", into: current, file: target)
                } else if let data = built.files[planned.path] {
                    files.append((planned.path, data))
                }
            }
        }
        return files + injectionOrder.map { ($0, Data(injected[$0]!.utf8)) }
    }

    /// The files whose bytes on disk differ from `files`, with whether they exist at all.
    func stale(_ files: [(path: String, data: Data)]) -> [(path: String, missing: Bool)] {
        files.compactMap { file in
            guard let current = read(file.path) else { return (file.path, true) }
            return current == file.data ? nil : (file.path, false)
        }
    }

    func read(_ path: String) -> Data? { FileManager.default.contents(atPath: config.absolute(path)) }

    /// The diagnostic lines for a model that failed, in the form every command prints.
    static func describe(_ error: Error) -> String { Diagnostics.lines(for: error) }
}

struct ModelFailureError: Error { var message: String }

/// A thread-safe counter for "n of m" progress.
final class ConcurrentCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
