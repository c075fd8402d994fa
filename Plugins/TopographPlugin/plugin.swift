import Foundation
import PackagePlugin

/// `swift package topograph <arguments>`: runs the `topograph` CLI, built from this package, in the
/// root of the package the command is invoked on. Nothing to install besides SwiftPM.
///
///     swift package --allow-writing-to-package-directory topograph generate
///     swift package topograph check
@main
struct TopographPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "topograph")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments
        // topograph finds topograph.yml from the working directory upwards.
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            // The tool already printed why; the plugin only forwards the failure.
            Diagnostics.error("topograph \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
            throw TopographPluginError(status: process.terminationStatus)
        }
    }
}

/// The `topograph` process failed; its exit status is kept for the message.
struct TopographPluginError: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "topograph exited with status \(status)" }
}
