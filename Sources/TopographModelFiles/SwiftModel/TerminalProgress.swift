import Foundation

/// Progress for a person watching a terminal: on standard error, only when it is a terminal and
/// `CI` is not set, so logs, pipes and hooks stay quiet.
public enum TerminalProgress {
    /// Whether progress lines should appear: stderr is a terminal and `CI` is unset (or "false"/"0").
    public static var isInteractive: Bool {
        isInteractive(environment: ProcessInfo.processInfo.environment, stderrIsTerminal: isatty(STDERR_FILENO) == 1)
    }

    /// The rule behind `isInteractive`, with its inputs given (for tests).
    public static func isInteractive(environment: [String: String], stderrIsTerminal: Bool) -> Bool {
        let ci = environment["CI"].map { !$0.isEmpty && $0 != "false" && $0 != "0" } ?? false
        return stderrIsTerminal && !ci
    }

    /// Writes `line` to standard error when `isInteractive`.
    public static func note(_ line: String) {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
