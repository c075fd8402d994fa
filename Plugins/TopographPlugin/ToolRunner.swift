import Foundation
import PackagePlugin

/// Runs the built `topograph` in the package root and ends the plugin with its exit status.
///
/// The tool has already printed its own diagnostics, so a failure is passed on as the plugin's exit
/// status alone: no `Diagnostics.error` and no thrown error, which SwiftPM would print as extra
/// `error:` lines in front of the tool's own.
enum ToolRunner {
    static func run(context: PluginContext, arguments: [String]) throws -> Never {
        let process = Process()
        process.executableURL = try context.tool(named: "topograph").url
        process.arguments = arguments
        // topograph finds topograph.yml from the working directory upwards.
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        switch process.terminationReason {
        case .exit: exit(process.terminationStatus)
        case .uncaughtSignal: exit(128 + process.terminationStatus)
        @unknown default: exit(2)
        }
    }
}

/// Which command lines write into the package (and so need the `topograph-write` plugin).
enum WriteDetection {
    /// Subcommands that always write files.
    static let writingCommands: Set<String> = ["generate", "init"]
    /// Options that make an otherwise read-only command write a file.
    static let writingOptions: Set<String> = ["-o", "--output", "--write-baseline", "--inject"]

    /// What makes `arguments` write (`generate`, `--output`), or nil for a read-only command line.
    static func reason(_ arguments: [String]) -> String? {
        if let command = arguments.first(where: { !$0.hasPrefix("-") }), writingCommands.contains(command) {
            return "topograph \(command)"
        }
        // `docs --inject FILE --check` only compares.
        if arguments.contains("--check") && !arguments.contains(where: { $0 != "--inject" && writingOptions.contains($0) }) {
            return nil
        }
        for argument in arguments {
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if writingOptions.contains(name) { return "\(name)" }
        }
        return nil
    }
}
