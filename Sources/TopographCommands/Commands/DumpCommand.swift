import ArgumentParser
import Foundation
import TopographModel
import TopographModelFiles

/// `topograph dump`: prints the normalised model, converting between the Swift and file forms.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump", abstract: "Print the normalised model as JSON or YAML.",
        discussion: "The output loads back to the same model: dump a Swift model to YAML to get its file form.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, yaml }

    @Argument(help: "A model file: *.swift, *.yaml, *.yml or *.json.")
    var model: String

    @Option(help: "Output format: json (sorted keys) or yaml.")
    var format: Format = .json

    @Flag(help: "Include where each element was declared (file, line, column).")
    var locations = false

    @OptionGroup var output: OutputOptions

    @OptionGroup var modelSize: ModelSizeOptions

    func run() throws {
        let architecture = try ModelLoader.load(model)
        let text =
            switch format {
            case .json: try ModelDump.json(architecture, locations: locations)
            case .yaml: try ModelDump.yaml(architecture, locations: locations)
            }
        try output.write(text)
    }
}
