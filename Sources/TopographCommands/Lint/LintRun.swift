import Foundation
import TopographModel
import TopographModelFiles
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
        for model in models {
            do {
                let architecture = try ModelLoader.load(model)
                results.append((model, Validator.validate(architecture, today: today)))
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

    /// Today's date in UTC, `YYYY-MM-DD`.
    static func currentDate(_ now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Whether `text` is a real calendar date written `YYYY-MM-DD`.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }
}
