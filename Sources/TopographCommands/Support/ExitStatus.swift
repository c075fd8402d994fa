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
        do {
            var command = try TopographCommand.parseAsRoot(arguments)
            try command.run()
            return clean
        } catch let error as ModelError {
            printError(error.description)
        } catch let error as ModelDiagnostic {
            printError(error.description)
        } catch let error as CLIError {
            printError("error: \(error.description)")
        } catch {
            let code = TopographCommand.exitCode(for: error).rawValue
            if code == 0 || code == 1 {
                // --help, --version, or findings: the command already printed what it had to say.
                let message = TopographCommand.fullMessage(for: error)
                if !message.isEmpty { print(message) }
                return code
            }
            printError(TopographCommand.fullMessage(for: error))
        }
        return usageOrModelError
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
