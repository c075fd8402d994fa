import ArgumentParser
import Foundation
import TopographModel

/// Linter exit codes: 0 clean, 1 findings at or above the threshold (or stale artifacts), 2 usage or
/// model error. Commands throw `ExitCode(1)` for findings; everything else maps here.
public enum ExitStatus {
    public static let clean: Int32 = 0
    public static let findings: Int32 = 1
    public static let usageOrModelError: Int32 = 2

    /// Runs the command line the way the `topograph` executable does and returns its exit code.
    public static func run(_ arguments: [String]) -> Int32 {
        if let unknown = CommandSuggestion.unknownSubcommand(in: arguments) {
            printError(unknown)
            return usageOrModelError
        }
        do {
            var command = try TopographCommand.parseAsRoot(arguments)
            try command.run()
            return clean
        } catch let error as ModelError {
            printError(Diagnostics.lines(for: error))
        } catch let error as ModelDiagnostic {
            printError(Diagnostics.lines(for: error))
        } catch let error as CLIError {
            printError(Diagnostics.lines(for: error))
        } catch let error as ReportedFailures {
            printError(Diagnostics.lines(for: error))
        } catch {
            let code = TopographCommand.exitCode(for: error).rawValue
            if code == 0 || code == 1 {
                // --help, --version, or findings: the command already printed what it had to say.
                let message = TopographCommand.fullMessage(for: error)
                if !message.isEmpty { print(message) }
                return code
            }
            printError(usageMessage(TopographCommand.fullMessage(for: error)))
        }
        return usageOrModelError
    }

    /// argument-parser's `Error: ...` in the lower-case `error: ...` form every other message uses.
    static func usageMessage(_ message: String) -> String {
        message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : Diagnostics.prefixed(message)
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
