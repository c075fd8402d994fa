import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory topograph-write <arguments>`: the same
/// `topograph` CLI, for the commands that write into the package (`generate`, `init`, `-o FILE`).
@main
struct TopographWritePlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "topograph").url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        // The tool printed its own diagnostics; pass its status on without adding SwiftPM errors.
        exit(process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus)
    }
}
