import Foundation
import TopographModel
import TopographValidation

/// One lint run: load every model, validate each, apply the baseline. Shared by `lint` and `check`.
struct LintRun {
    var models: [String]
    var threshold: Severity
    var baselinePath: String?
    /// `YYYY-MM-DD`; accepted risks expire against it.
    var today: String
    var workingDirectory: String

    /// Loads and validates every model; throws one `ModelError` holding every model's diagnostics.
    func results() throws -> [(model: String, findings: [Finding])] {
        var results: [(model: String, findings: [Finding])] = []
        var diagnostics: [ModelDiagnostic] = []
        let pipeline = ModelPipeline(today: today)
        for model in models {
            do {
                results.append((model, try pipeline.analyse(model).findings))
            } catch let error as ModelError {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw ModelError(diagnostics) }
        return results
    }

    /// The report of `results` against the baseline file (read first, so a bad path fails fast).
    func report(_ results: [(model: String, findings: [Finding])], baseline: Baseline?) -> LintReport {
        LintReport(
            results: results, rules: Validator.catalogue, threshold: threshold, baseline: baseline,
            workingDirectory: workingDirectory)
    }

    /// Reads the baseline file, when one was given.
    func readBaseline() throws -> Baseline? { try baselinePath.map(Baseline.read) }
}
