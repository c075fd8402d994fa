import Foundation
import PackagePlugin

/// `swift package topograph <arguments>`: runs the `topograph` CLI, built from this package, in the
/// root of the package the command is invoked on. It asks for no permission, so the commands that
/// only read (`--version`, `lint`, `check`, `rules`, `dump`, `diff`) run without any flag; the ones
/// that write into the package go through `topograph-write`, which asks for write access once.
///
///     swift package topograph check
///     swift package --allow-writing-to-package-directory topograph-write generate
@main
struct TopographPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        if let reason = WriteDetection.reason(arguments) {
            // Refused before it starts, so a sandboxed run never fails half-way through writing.
            let command = (["swift", "package", "--allow-writing-to-package-directory", "topograph-write"] + arguments)
                .joined(separator: " ")
            FileHandle.standardError.write(Data("error: \(reason) writes into the package; run: \(command)\n".utf8))
            exit(2)
        }
        try ToolRunner.run(context: context, arguments: arguments)
    }
}
