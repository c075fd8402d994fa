import ArgumentParser
import Foundation
import TopographModel
import TopographModelFiles

/// `topograph dump`: prints the normalised model.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump", abstract: "Print the normalised model as JSON or YAML.")

    @Argument(help: "A model file: *.swift, *.yaml, *.yml or *.json.")
    var model: String

    func run() throws {
        _ = try ModelLoader.load(model)
    }
}
