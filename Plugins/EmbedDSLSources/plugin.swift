import Foundation
import PackagePlugin

/// Generates `EmbeddedDSLSources.swift` for TopographModelFiles: the sources of TopographModel and
/// TopographDSL as string literals, so the CLI can compile `*.swift` models wherever it runs
/// (`swift run` or a copied release binary) without a DSL library installed next to it.
@main struct EmbedDSLSources: BuildToolPlugin {
    static let embeddedTargets = ["TopographModel", "TopographDSL"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        var arguments: [String] = []
        var inputs: [URL] = []
        for name in Self.embeddedTargets {
            guard let module = try context.package.targets(named: [name]).first as? SourceModuleTarget else {
                throw PluginError("target \(name) is not a Swift source module")
            }
            let files = module.sourceFiles(withSuffix: "swift").map(\.url).sorted { $0.path < $1.path }
            arguments += ["--module", name, module.directoryURL.path] + files.map(\.path)
            inputs += files
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDSLSources.swift")
        return [
            .buildCommand(
                displayName: "Embedding the DSL sources into \(target.name)",
                executable: try context.tool(named: "topograph-embed").url,
                arguments: [output.path] + arguments, inputFiles: inputs, outputFiles: [output])
        ]
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
