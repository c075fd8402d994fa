import TopographDOT
import TopographFailure
import TopographModel
import TopographModelFiles

/// `--fail` as `whatif` and `render` read it: one usage error for ids that cannot fail, and the
/// blast radius as the diagram's marks.
enum FailedElements {
    /// The usage error for `unknown` ids, suggesting the closest of `known` when one id is wrong.
    static func unknownError(_ unknown: [ElementID], known: [ElementID]) -> CLIError {
        let names = unknown.map(\.rawValue)
        let hint = names.count == 1 ? Suggestion.closest(to: names[0], in: known.map(\.rawValue)).map { "did you mean '\($0)'?" } : nil
        return CLIError(
            "--fail \(names.joined(separator: ", ")): not \(names.count == 1 ? "an element" : "elements") of the model that can fail",
            hint: hint
                ?? "give the id of a zone, host or component (users, DNS records, internet zones and host firewalls cannot fail on their own)"
        )
    }
}

extension FailureMarks {
    /// The marks a blast radius draws: its failed elements, what is lost, and its headline.
    init(_ radius: BlastRadius) {
        self.init(failed: Set(radius.failed), lost: radius.lost, headline: radius.headline)
    }
}
