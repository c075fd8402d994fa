import ArgumentParser
import TopographModel
import TopographModelFiles

/// `--today`: the date accepted risks expire against. Every command that validates a model takes
/// this one group, so lint, render, docs, generate, check and diff agree on what is accepted.
struct ValidationOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The date accepted risks expire against, YYYY-MM-DD (default: $TOPOGRAPH_TODAY, else today, UTC).", valueName: "date"))
    var today: String?

    @Option(
        help: ArgumentHelp(
            "The largest model file read, e.g. 64M or 1G (default: $TOPOGRAPH_MAX_MODEL_SIZE, else 20M).", valueName: "size"))
    var maxModelSize: String?

    /// A malformed date is a usage error (exit 2), reported before any model is read.
    func validate() throws {
        if let today, !ISODate.isValid(today) {
            throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'")
        }
        if let maxModelSize {
            guard let bytes = ModelSizeLimit.parse(maxModelSize) else {
                throw ValidationError("--max-model-size must be a size such as 64M, 512K or 2G, not '\(maxModelSize)'")
            }
            // Read by every model load of this process.
            ModelSizeLimit.set(bytes)
        }
    }

    /// The validation date: `--today`, else `$TOPOGRAPH_TODAY`, else today in UTC.
    func resolved() throws -> String { try ValidationDate.resolve(today) }
}
