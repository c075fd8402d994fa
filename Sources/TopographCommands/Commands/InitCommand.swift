import ArgumentParser
import Foundation

/// `topograph init`: writes a starter topograph.yml and model.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter topograph.yml and model.",
        discussion: """
            Writes topograph.yml and models/example.yaml (or .swift) in the current directory (or \
            --directory), and adds the cache directory .topograph-cache/ to .gitignore. The starter \
            model loads and renders; its two known gaps (no monitoring, a database reached from the web \
            tier) are accepted risks with a reason, so `topograph lint` and `topograph check` agree: both \
            pass (exit 0), at the same threshold (warning), and list the gaps as accepted findings. Existing files are never overwritten \
            without --force.

            Exit status: 0 written, 2 a file exists (nothing written) or cannot be written.

            Examples:
              topograph init && topograph generate
              topograph init --format swift --directory infra
            """)

    @Option(help: "The starter model's form: yaml (no compiler needed) or swift (the DSL).")
    var format: Starter.Format = .yaml

    @Flag(help: "Overwrite topograph.yml and the starter model if they exist.")
    var force = false

    @Option(help: ArgumentHelp("The project directory.", valueName: "dir"))
    var directory: String = "."

    func run() throws {
        let base = URL(fileURLWithPath: directory)
        let model = Starter.modelPath(format)
        let files = [(ProjectConfig.fileName, Starter.config(modelPath: model)), (model, Starter.model(format))]
        if !force,
            let existing = files.map(\.0).first(where: { FileManager.default.fileExists(atPath: base.appendingPathComponent($0).path) })
        {
            throw CLIError(
                "\(base.appendingPathComponent(existing).relativePath) already exists; nothing was written",
                hint: "pass --force to overwrite it")
        }
        var writes = files
        if let ignore = Self.gitignore(in: base) { writes.append((".gitignore", ignore)) }
        try AtomicFile.writeAll(writes.map { (base.appendingPathComponent($0.0).path, Data($0.1.utf8)) })
        for (path, _) in writes { print("wrote \(directory == "." ? path : base.appendingPathComponent(path).relativePath)") }
        print("next: topograph generate   (diagrams and docs under output/example/), then topograph check")
    }

    /// .gitignore with the cache directory added, or nil when it is already ignored.
    static func gitignore(in base: URL) -> String? {
        let url = base.appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        guard !existing.contains(ProjectCache.directoryName) else { return nil }
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        return existing + separator + "# topograph generate's cache (hashes of inputs and outputs)\n/\(ProjectCache.directoryName)/\n"
    }
}

extension Starter.Format: ExpressibleByArgument {}
