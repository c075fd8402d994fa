import Foundation

/// Ends the process if Graphviz lays out a user's DOT file for longer than a limit.
///
/// libgvc cannot be interrupted from outside its layout loop, and some small DOT files (dense
/// graphs, many crossing edges) take it minutes and gigabytes. A timer signal whose handler writes
/// one prepared line and exits with status 2 bounds that; nothing is lost, because render writes its
/// files only after every layout finished (and then atomically). Topograph's own diagrams need no
/// guard: they are grouped to a size Graphviz lays out in well under a second.
enum LayoutTimeGuard {
    /// Seconds one DOT input may take to lay out; `$TOPOGRAPH_DOT_TIME_LIMIT` changes it.
    static let defaultSeconds: UInt32 = 60
    static let variable = "TOPOGRAPH_DOT_TIME_LIMIT"

    /// The limit in force: the environment's whole seconds (at least 1), else the default.
    static var seconds: UInt32 {
        guard let text = ProcessInfo.processInfo.environment[variable], let value = UInt32(text), value > 0 else {
            return defaultSeconds
        }
        return value
    }

    /// Runs `body` with the guard armed for `file`, then disarms it.
    static func run<T>(file: String, _ body: () throws -> T) rethrows -> T {
        let limit = seconds
        arm(
            message: "error: \(file): Graphviz took longer than \(limit) s to lay it out; stopped, nothing written\n"
                + "  hint: simplify the graph (fewer edges, no nested clusters), or raise \(variable) (seconds)\n", seconds: limit)
        defer { alarm(0) }
        return try body()
    }

    /// The handler may only call async-signal-safe functions, so the message is prepared here.
    private static func arm(message: String, seconds: UInt32) {
        let bytes = Array(message.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        LayoutTimeGuardMessage.pointer = UnsafeRawPointer(buffer)
        LayoutTimeGuardMessage.count = bytes.count
        signal(SIGALRM) { _ in
            if let pointer = LayoutTimeGuardMessage.pointer { _ = write(2, pointer, LayoutTimeGuardMessage.count) }
            _exit(2)
        }
        // A parent may hand down a mask that blocks the signal (test runners do); this thread lays out.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGALRM)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        alarm(seconds)
    }
}

/// The prepared message, where a C signal handler (which captures nothing) can reach it.
/// Written only before the timer is armed; read only by the handler.
private enum LayoutTimeGuardMessage {
    nonisolated(unsafe) static var pointer: UnsafeRawPointer?
    nonisolated(unsafe) static var count = 0
}
