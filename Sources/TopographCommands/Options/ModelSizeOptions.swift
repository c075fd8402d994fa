import ArgumentParser
import TopographModelFiles

/// `--max-model-size`: the largest model file read. Every command that reads a model takes this
/// one group (through `ValidationOptions` where the command validates), so a big generated model
/// that `lint` reads can also be dumped and asked `whatif`.
struct ModelSizeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The largest model file read, e.g. 64M or 1G (default: $TOPOGRAPH_MAX_MODEL_SIZE, else 20M).", valueName: "size"))
    var maxModelSize: String?

    /// A malformed size is a usage error (exit 2), reported before any model is read.
    func validate() throws {
        guard let maxModelSize else { return }
        guard let bytes = ModelSizeLimit.parse(maxModelSize) else {
            throw ValidationError("--max-model-size must be a size such as 64M, 512K or 2G, not '\(maxModelSize)'")
        }
        // Read by every model load of this process.
        ModelSizeLimit.set(bytes)
    }
}
