import ArgumentParser
import TopographModel
import TopographModelFiles

/// `--today`: the date accepted risks expire against, and `--max-model-size`. Every command that
/// validates a model takes this one group, so lint, render, docs, generate, check and diff agree on
/// what is accepted.
struct ValidationOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The date accepted risks expire against, YYYY-MM-DD (default: $TOPOGRAPH_TODAY, else today, UTC).", valueName: "date"))
    var today: String?

    @OptionGroup var modelSize: ModelSizeOptions

    /// A malformed date is a usage error (exit 2), reported before any model is read.
    func validate() throws {
        if let today, !ISODate.isValid(today) {
            throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'")
        }
    }

    /// The validation date: `--today`, else `$TOPOGRAPH_TODAY`, else today in UTC.
    func resolved() throws -> String { try ValidationDate.resolve(today) }
}
